package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environment and names: a UTF-8 locale that is not installed must not turn Chinese file names into a usage error,
 * and a file name with a newline or ESC never reaches the terminal raw (one-line errors, the text report).
 */
class EnvironmentTest {
    static final Path FAILING = Path.of("src", "test", "resources", "extract", "jianghua-star.pdf");
    /** A name that would break a one-line error, fake a second line and colour the terminal. */
    static final String HOSTILE_NAME = "bad\nplancheck: fake.pdf: PASS\u001b[31m\u202e.pdf";

    @TempDir
    Path tmp;

    private static void assertNoRawControl(String s) {
        for (char c : s.toCharArray()) {
            assertFalse(c == 0x1b || c == '\r' || c == 0x202e, () -> "raw control character in:\n" + s);
        }
    }

    @Test
    void controlCharactersInAFileNameAreEscaped() throws IOException {
        Path bad = tmp.resolve(HOSTILE_NAME);
        Files.writeString(bad, "not a pdf", StandardCharsets.UTF_8);
        for (String command : List.of("check", "extract")) {
            Run r = Run.of(command, bad.toString(), FAILING.toString());
            assertEquals(3, r.exit(), r::err);
            r.assertNoStackTrace();
            assertNoRawControl(r.err());
            assertNoRawControl(r.out());
            List<String> lines = r.errLines();
            assertEquals(1, lines.size(), () -> "one line for the bad file, nothing faked:\n" + r.err());
            assertTrue(lines.get(0).contains("bad\\nplancheck: fake.pdf: PASS\\x1b[31m\\u202e.pdf: 无法核验"),
                    lines.get(0));
            assertTrue(r.out().contains("bad\\nplancheck"), r::out);
            assertFalse(r.out().contains("bad\nplancheck"), r::out);
        }
        // configuration file names too
        Run q = Run.of("check", "--quotas", bad.toString(), FAILING.toString());
        assertEquals(4, q.exit(), q::err);
        assertEquals(1, q.errLines().size(), q::err);
        assertNoRawControl(q.err());
    }

    /** With LANG naming a UTF-8 locale that is not installed, the launcher picks one that is. */
    @Test
    void missingUtf8LocaleStillOpensChineseFileNames() throws IOException {
        Path chinese = tmp.resolve("江华瑶族自治县规划.pdf");
        Files.copy(FAILING, chinese);
        Map<String, String> env = new HashMap<>();
        env.put("LC_ALL", null);
        env.put("LC_CTYPE", null);
        env.put("LANG", "en_US.UTF-8");
        Launcher.Result r = Launcher.run(tmp, env, null, "check", chinese.getFileName().toString());
        assertEquals(1, r.exit(), r::err);
        assertTrue(r.out().contains("江华瑶族自治县规划.pdf"), r::out);
        env.put("LANG", "C");
        assertEquals(1, Launcher.run(tmp, env, null, "check", chinese.getFileName().toString()).exit());
    }

    /** A report written to a full device: exit 6 and a line on stderr, through the real standard output. */
    @Test
    void fullStandardOutputIsAnError() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));
        Launcher.Result r = Launcher.run(Path.of("").toAbsolutePath(), Map.of(), full, "check", FAILING.toString());
        assertEquals(6, r.exit(), r::err);
        assertEquals(1, r.errLines().size(), r::err);
        assertTrue(r.err().contains("standard output"), r::err);
    }
}
