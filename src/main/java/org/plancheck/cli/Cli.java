package org.plancheck.cli;

import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.plancheck.catalog.InputException;
import org.plancheck.run.ExitCode;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} used by {@code main} and by the tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create() {
        return create(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    private static void setFooter(CommandLine cl) {
        cl.getCommandSpec().usageMessage().footer("", String.format(ExitCode.help()));
        cl.getSubcommands().values().forEach(Cli::setFooter);
    }

    /** A command line writing to {@code out} and {@code err} (tests pass StringWriters). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PlancheckCommand());
        setFooter(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof InputException ? ExitCode.BAD_CONFIG : ExitCode.INTERNAL);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PlancheckCommand root = commandLine.getCommandSpec().root().userObject() instanceof PlancheckCommand p
                    ? p : null;
            boolean debug = root != null && root.debug;
            if (ex instanceof InputException ie) {
                commandLine.getErr().println("plancheck: " + ie.oneLine());
                if (debug) {
                    ex.printStackTrace(commandLine.getErr());
                }
                return ExitCode.BAD_CONFIG;
            }
            commandLine.getErr().println("plancheck: 内部错误 internal error: " + ex);
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("plancheck: rerun with --debug for the stack trace");
            }
            return ExitCode.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("plancheck: " + ex.getMessage());
            c.getErr().println("plancheck: see '" + c.getCommandSpec().qualifiedName() + " --help'");
            return ExitCode.USAGE;
        });
        return cl;
    }
}
