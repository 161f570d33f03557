package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unbounded memory: a decompression bomb is refused at the per-stream limit (no heap is spent on it), and a
 * document that exhausts the launcher's heap bound anyway is UNVERIFIABLE with one line, while the other documents
 * of the batch keep their verdicts and the process stays under 1 GB.
 */
class MemoryTest {
    static final Path FAILING = Path.of("samples", "ningyuan-15th-draft.pdf");
    static final Path PASSING = Path.of("samples", "dongan-15th-draft.pdf");
    static final long ONE_GB_KB = 1L << 20;

    @TempDir
    static Path tmp;

    private static void assertVerdicts(String json, String bomb, String reasonPart) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode b = BadInputTest.documentNamed(root, bomb);
        assertEquals("UNVERIFIABLE", b.get("status").asText(), b::toString);
        assertTrue(b.get("reason").asText().contains(reasonPart), b::toString);
        assertEquals("FAIL", BadInputTest.documentNamed(root, FAILING.getFileName().toString()).get("status").asText());
        assertEquals("PASS", BadInputTest.documentNamed(root, PASSING.getFileName().toString()).get("status").asText());
    }

    /** 6 MB that inflate to 6 GB, the page tree inside: refused when the stream passes 64 MB. */
    @Test
    void objectStreamBombIsRefusedAtTheStreamLimit() throws IOException {
        Path bomb = tmp.resolve("bomb-objstm.pdf");
        Hostile.objectStreamBomb(bomb, 6L << 30);
        assertTrue(Files.size(bomb) < 8L << 20);
        Run r = Run.of("check", "--format", "json", FAILING.toString(), bomb.toString(), PASSING.toString());
        r.assertNoStackTrace();
        assertEquals(3, r.exit(), r::err);
        assertEquals(List.of("plancheck: " + bomb + ": 无法核验 UNVERIFIABLE: 数据流解压后超过 64 MB（可能是解压炸弹）"),
                r.errLines());
        assertVerdicts(r.out(), bomb.getFileName().toString(), "解压");
    }

    /**
     * 8 million glyphs on one page (about 40 KB of PDF): reading them needs more than the launcher's heap. The reader's
     * OutOfMemoryError makes that document UNVERIFIABLE, nothing else: one line, no trace, the batch judged.
     */
    @Test
    void documentThatExhaustsTheHeapIsUnverifiableAndTheBatchGoesOn() throws IOException {
        Path flood = tmp.resolve("glyph-flood.pdf");
        Hostile.glyphFlood(flood, 8_000_000);
        Launcher.Result r = Launcher.run(Path.of("").toAbsolutePath(), "check", "--format", "json",
                FAILING.toString(), flood.toString(), PASSING.toString());
        assertEquals(3, r.exit(), r::err);
        assertEquals(1, r.errLines().size(), r::err);
        // The page scanner counts glyphs a reader cannot see (these run off the page) without keeping them, so it
        // usually refuses the page for its hidden text before the heap runs out; otherwise 内存不足, or on a machine so
        // loaded that the heap is not exhausted within the default 120 s, the time limit: each is this document
        // UNVERIFIABLE and nothing else
        String reason = r.errLines().get(0);
        assertTrue(reason.contains("内存不足") || reason.contains("--timeout") || reason.contains("看不见"), reason);
        assertFalse(r.err().contains("\tat ") || r.err().contains("OutOfMemoryError"), r::err);
        assertVerdicts(r.out(), flood.getFileName().toString(), "");
        System.out.printf("glyph flood beside two plans: exit %d in %d ms, peak RSS %d MB%n", r.exit(), r.wallMs(),
                r.maxRssKb() / 1024);
        if (r.maxRssKb() >= 0) {
            assertTrue(r.maxRssKb() < ONE_GB_KB, () -> "peak RSS " + r.maxRssKb() / 1024 + " MB");
        }
    }

    /**
     * The same document with a time limit (15 s) shorter than it takes to exhaust the heap on a loaded machine:
     * PDFBox shows its one text
     * operator without polling the cancellation, so the reader runs on after its time is up. The guard waits for it
     * while it fills the heap (it ends by running out of memory), so the other documents and the rule stage are not
     * starved: the batch keeps its verdicts.
     */
    @Test
    void readerThatIgnoresItsTimeLimitDoesNotStarveTheBatch() throws IOException {
        Path flood = tmp.resolve("glyph-flood-timeout.pdf");
        Hostile.glyphFlood(flood, 8_000_000);
        Launcher.Result r = Launcher.run(Path.of("").toAbsolutePath(), "check", "--format", "json", "--timeout", "15",
                FAILING.toString(), flood.toString(), PASSING.toString());
        assertEquals(3, r.exit(), r::err);
        assertEquals(1, r.errLines().size(), r::err);
        assertFalse(r.err().contains("\tat ") || r.err().contains("OutOfMemoryError"), r::err);
        // on a fast machine the heap may run out before the time limit, or the hidden glyphs be counted first (see
        // above): each reason is right
        String reason = r.errLines().get(0);
        assertTrue(reason.contains("--timeout") || reason.contains("内存不足") || reason.contains("看不见"), reason);
        assertVerdicts(r.out(), flood.getFileName().toString(), "");
        if (r.maxRssKb() >= 0) {
            assertTrue(r.maxRssKb() < ONE_GB_KB, () -> "peak RSS " + r.maxRssKb() / 1024 + " MB");
        }
    }
}
