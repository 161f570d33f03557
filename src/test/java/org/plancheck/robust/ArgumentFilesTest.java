package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile file names on the command line: "@a.pdf" is a file to check, never a file of options (picocli would
 * read the options in "a.pdf"), also after "--"; "-x.pdf" is checked after "--" and otherwise refused with a hint.
 */
class ArgumentFilesTest {
    static final Path FAILING = Path.of("samples", "ningyuan-15th-draft.pdf");
    static final Path PASSING = Path.of("samples", "dongan-15th-draft.pdf");

    @TempDir
    Path tmp;

    /** "a.pdf" holds options that would hide the failure and overwrite a file; "@a.pdf" is the committed bait. */
    private Path bait() throws IOException {
        Path victim = tmp.resolve("victim.txt");
        Files.writeString(victim, "keep", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("a.pdf"), "--fail-on never --output " + victim + "\n", StandardCharsets.UTF_8);
        Files.writeString(tmp.resolve("@a.pdf"), "--fail-on never --output " + victim + "\n", StandardCharsets.UTF_8);
        return tmp.resolve("@a.pdf");
    }

    private void assertCheckedAsAFile(Run r, Path at) throws IOException {
        assertEquals(3, r.exit(), () -> "the bait is an unreadable document, nothing else:\n" + r.err());
        assertEquals("keep", Files.readString(tmp.resolve("victim.txt"), StandardCharsets.UTF_8));
        assertEquals("UNVERIFIABLE", BadInputTest.documentNamed(BadInputTest.json(r), "@a.pdf").get("status")
                .asText());
        assertEquals("FAIL", BadInputTest.documentNamed(BadInputTest.json(r), FAILING.getFileName().toString())
                .get("status").asText());
        r.assertNoStackTrace();
    }

    @Test
    void atFileIsAFileNotOptions() throws IOException {
        Path at = bait();
        assertCheckedAsAFile(Run.of("check", "--format", "json", FAILING.toString(), at.toString()), at);
    }

    @Test
    void atFileAfterDoubleDashIsAFileToo() throws IOException {
        Path at = bait();
        assertCheckedAsAFile(Run.of("check", "--format", "json", "--", FAILING.toString(), at.toString()), at);
    }

    /** A file whose name starts with '-' must be given relative to the working directory to look like an option. */
    @Test
    void dashFileWorksAfterDoubleDashAndOtherwiseGetsAHint() throws IOException {
        Path dash = Path.of("-plancheck-test-" + ProcessHandle.current().pid() + ".pdf");
        Files.copy(PASSING, dash);
        try {
            Run ok = Run.of("check", "--", dash.toString());
            assertEquals(0, ok.exit(), ok::err);
            Run hint = Run.of("check", dash.toString());
            assertEquals(2, hint.exit(), hint::err);
            hint.assertNoStackTrace();
            assertTrue(hint.err().contains("-- " + dash), () -> "no hint to use '--':\n" + hint.err());
        } finally {
            Files.deleteIfExists(dash);
        }
    }
}
