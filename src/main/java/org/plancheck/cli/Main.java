package org.plancheck.cli;

/** Entry point: builds the command line and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // A failure on any other thread is one line too, never a stack trace on the reviewer's terminal.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.err.println("plancheck: "
                + (e instanceof OutOfMemoryError ? "内存不足 (out of memory)" : "内部错误 internal error: "
                + e.getClass().getSimpleName())));
        System.exit(Cli.create().execute(args));
    }
}
