package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.plancheck.cli.Cli;
import picocli.CommandLine;

/** One in-process run of the plancheck command line, with what it printed. */
record Run(int exit, String out, String err) {

    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** True once the named subcommand is on the command line (the PDF commands land in a later merge). */
    static boolean hasCommand(String name) {
        CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return cl.getSubcommands().containsKey(name);
    }

    /** True when the subcommand accepts the option (the document limits). */
    static boolean hasOption(String command, String option) {
        CommandLine cl = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        CommandLine sub = cl.getSubcommands().get(command);
        return sub != null && sub.getCommandSpec().findOption(option) != null;
    }

    /** stderr, without blank lines. */
    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** No stack trace and no exception class name on stderr: a user sees a sentence, not a crash. */
    void assertNoStackTrace() {
        assertFalse(err.contains("\tat "), () -> "stack trace on stderr:\n" + err);
        assertFalse(err.contains("Exception"), () -> "exception name on stderr:\n" + err);
        assertFalse(err.contains("Error:") && err.contains("java."), () -> "Java error on stderr:\n" + err);
    }

    /** Exactly one line on stderr, "plancheck: FILE:LINE: reason" (":LINE" only when {@code line > 0}). */
    void assertConfigError(Path file, int line, String reasonPart) {
        assertEquals(4, exit, () -> "exit code, stderr:\n" + err);
        assertNoStackTrace();
        List<String> lines = errLines();
        assertEquals(1, lines.size(), () -> "expected one line on stderr:\n" + err);
        String l = lines.get(0);
        String where = file + (line > 0 ? ":" + line : "") + ": ";
        assertTrue(l.startsWith("plancheck: ") && l.contains(where), () -> "expected '" + where + "' in: " + l);
        assertTrue(l.contains(reasonPart), () -> "expected reason '" + reasonPart + "' in: " + l);
    }

    static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
