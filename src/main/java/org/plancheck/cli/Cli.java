package org.plancheck.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.plancheck.catalog.InputException;
import org.plancheck.model.Names;
import org.plancheck.run.ExitCode;
import org.plancheck.run.OutputTargets;
import picocli.CommandLine;

/** Builds the one {@link CommandLine} used by {@code main} and by the tests. */
public final class Cli {
    private Cli() {
    }

    public static CommandLine create() {
        // stdout straight on the file descriptor: System.out (a PrintStream) swallows write errors, so a report
        // written to a full disk or a closed pipe would vanish with exit 0; a PrintWriter over the descriptor keeps
        // the error for checkError().
        return create(new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(
                        new FileOutputStream(FileDescriptor.out), 1 << 16), StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    private static void setFooter(CommandLine cl) {
        cl.getCommandSpec().usageMessage().footer("", String.format(ExitCode.help()));
        cl.getSubcommands().values().forEach(Cli::setFooter);
    }

    /** A command line writing to {@code out} and {@code err} (tests pass StringWriters). */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new PlancheckCommand());
        // No @file expansion: a committed file named "@a.pdf" would otherwise inject the options written in "a.pdf"
        // (picocli expands them even after "--"). File names are only ever file names.
        cl.setExpandAtFiles(false);
        setFooter(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionStrategy(parseResult -> {
            int code;
            try {
                code = new CommandLine.RunLast().execute(parseResult);
            } catch (OutOfMemoryError e) {
                // the readers catch their own (one document UNVERIFIABLE); this is the rest of the run
                err.println("plancheck: 内存不足，运行中止 (out of memory)");
                err.flush();
                return ExitCode.INTERNAL;
            }
            out.flush();
            if (out.checkError()) {
                err.println("plancheck: 无法写出报告到标准输出（已关闭或磁盘已满）/ cannot write to standard output");
                return ExitCode.OUTPUT;
            }
            return code;
        });
        cl.setExitCodeExceptionMapper(t -> t instanceof InputException ? ExitCode.BAD_CONFIG
                : t instanceof org.plancheck.run.UsageException ? ExitCode.USAGE
                : t instanceof OutputTargets.Unwritable ? ExitCode.OUTPUT : ExitCode.INTERNAL);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PlancheckCommand root = commandLine.getCommandSpec().root().userObject() instanceof PlancheckCommand p
                    ? p : null;
            boolean debug = root != null && root.debug;
            if (ex instanceof OutputTargets.Unwritable u) {
                commandLine.getErr().println("plancheck: " + u.getMessage());
                return ExitCode.OUTPUT;
            }
            if (ex instanceof org.plancheck.run.UsageException ue) {
                commandLine.getErr().println("plancheck: " + Names.printable(ue.getMessage()));
                return ExitCode.USAGE;
            }
            if (ex instanceof InputException ie) {
                commandLine.getErr().println("plancheck: " + Names.printable(ie.oneLine()));
                if (debug) {
                    ex.printStackTrace(commandLine.getErr());
                }
                return ExitCode.BAD_CONFIG;
            }
            commandLine.getErr().println("plancheck: 内部错误 internal error: " + Names.printable(ex)
                    + (debug ? "" : " (rerun with --debug for the stack trace)"));
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.INTERNAL;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            // One line: the reason and where to look (a CI log keeps one line per problem).
            String dashFile = Inputs.dashFile(args);
            String help = "see '" + c.getCommandSpec().qualifiedName() + " --help'";
            if (dashFile != null) {
                c.getErr().println("plancheck: '" + Names.printable(dashFile) + "' is a file, not an option: put file"
                        + " names that start with '-' after '--' (" + c.getCommandSpec().qualifiedName() + " -- "
                        + Names.printable(dashFile) + ") or write ./" + Names.printable(dashFile));
            } else {
                c.getErr().println("plancheck: " + Names.printable(ex.getMessage()) + " (" + help + ")");
            }
            return ExitCode.USAGE;
        });
        return cl;
    }
}
