package org.plancheck.cli;

/** Entry point: builds the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        org.plancheck.run.Startup.mainEntered();
        System.exit(Cli.create().execute(args));
    }
}
