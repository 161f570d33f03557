package org.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed man pages and completion script are what the commands generate today (scripts/make-docs.sh). */
class CliDocsTest {
    @TempDir
    Path tmp;

    @Test
    void manPagesAndCompletionAreUpToDate() throws Exception {
        CliDocs.write(tmp.resolve("man"), tmp.resolve("plancheck.bash"));
        String hint = ": run scripts/make-docs.sh and commit docs/man and docs/completion";
        // options declared on methods (LimitsOptions' setters) come in the JVM's reflection order, which differs
        // from run to run: the option lists and the per-option lines of the completion are compared as sets
        assertEquals(optionsSorted(read(Path.of("docs/completion/plancheck.bash"))),
                optionsSorted(read(tmp.resolve("plancheck.bash"))), "completion" + hint);
        List<Path> fresh;
        try (Stream<Path> s = Files.list(tmp.resolve("man"))) {
            fresh = s.sorted().toList();
        }
        List<String> committed;
        try (Stream<Path> s = Files.list(Path.of("docs/man"))) {
            committed = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".adoc")).sorted().toList();
        }
        assertEquals(fresh.stream().map(p -> p.getFileName().toString()).toList(), committed, "man pages" + hint);
        for (Path p : fresh) {
            assertEquals(read(Path.of("docs/man").resolve(p.getFileName().toString())), read(p), p.getFileName() + hint);
            String roff = p.getFileName().toString().replace(".adoc", ".1");
            assertEquals(true, Files.exists(Path.of("docs/man", roff)), roff + hint);
        }
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /**
     * The completion with the words of each {@code local arg_opts="…"} / {@code flag_opts} list sorted, then its
     * lines sorted: what options and completions it has, whatever order reflection gave them in.
     */
    static String optionsSorted(String completion) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(local (?:arg|flag)_opts=\")([^\"]*)(\")")
                .matcher(completion);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String words = String.join(" ", java.util.Arrays.stream(m.group(2).split(" ")).sorted().toList());
            m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(m.group(1) + words + m.group(3)));
        }
        m.appendTail(b);
        return String.join("\n", b.toString().lines().sorted().toList());
    }
}
