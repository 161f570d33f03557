package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.document.Cancellation;
import org.plancheck.run.Readers;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import org.plancheck.run.GuardedReader;
import org.plancheck.run.Limits;

/** The guard around any reader: whatever the reader does, the document comes back unreadable with a reason. */
class GuardedReaderTest {
    private static final Path GOOD = BadInputTest.GOOD;
    private static final Extraction OK = new Extraction(new LowerPlan(GOOD.toString(), "t", "东安县",
            Tier.LOWER, PlanKind.GENERAL, null, ""), 1, true, null, List.of());

    private static Extraction read(DocumentReader inner, Limits limits, Path doc) {
        return new GuardedReader(inner, limits).read(doc, null);
    }

    private static void assertUnreadable(Extraction e, String reasonPart) {
        assertFalse(e.readable());
        assertTrue(e.reason() != null && e.reason().contains(reasonPart), () -> "reason: " + e.reason());
        assertFalse(e.reason().contains("\n"), () -> "reason on several lines: " + e.reason());
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }

    @Test
    void stackOverflowInTheReader() {
        assertUnreadable(read((d, c, s, x) -> {
            depth(0);
            return OK;
        }, Limits.DEFAULT, GOOD), "嵌套过深");
    }

    @Test
    void outOfMemoryInTheReader() {
        assertUnreadable(read((d, c, s, x) -> {
            throw new OutOfMemoryError("Java heap space");
        }, Limits.DEFAULT, GOOD), "内存不足");
    }

    @Test
    void timeLimit() {
        long t0 = System.nanoTime();
        assertUnreadable(read((d, c, s, x) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OK;
        }, new Limits(1000, 1L << 30, 1), GOOD), "--timeout");
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the time limit did not stop the wait");
    }

    /** Reader threads still alive (the guard names them plancheck-read). */
    static List<Thread> readers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("plancheck-read") && t.isAlive()).toList();
    }

    /** A reader that only stops when told: after the time limit it is told, and its thread is gone. */
    @Test
    void timedOutReaderIsStoppedNotLeftRunning() {
        long t0 = System.nanoTime();
        Extraction e = new GuardedReader(new DocumentReader() {
            @Override
            public Extraction read(Path d, Catalog c, org.plancheck.model.StatedIdentity s, Cancellation cancel) {
                long spins = 0;
                while (true) {
                    cancel.check();
                    spins++;
                    if (spins < 0) {
                        return OK;
                    }
                }
            }
        }, new Limits(1000, 1L << 30, 1)).read(GOOD, null);
        assertUnreadable(e, "--timeout");
        assertFalse(e.reason().contains("未能"), e.reason());
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L + GRACE_NANOS, "stopping took longer than the grace");
        assertTrue(readers().isEmpty(), () -> "reader threads left running: " + readers());
    }

    private static final long GRACE_NANOS = 3_000_000_000L;

    /**
     * A real PDF whose one page would take hours (forms drawing forms, 10^9 draws): the read stops at the time
     * limit, inside PDFBox, and no thread keeps working.
     */
    @Test
    void runawayPdfStopsAtTheTimeLimit(@TempDir Path tmp) throws IOException {
        Path pdf = tmp.resolve("slow-forms.pdf");
        Hostile.formBomb(pdf, 9, 10);
        Catalog catalog = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        long t0 = System.nanoTime();
        Extraction e = Readers.pdf(new Limits(1000, 200L << 20, 2)).read(pdf, catalog);
        long took = System.nanoTime() - t0;
        assertUnreadable(e, "--timeout");
        assertFalse(e.reason().contains("未能"), e.reason());
        assertTrue(took < 2_000_000_000L + GRACE_NANOS, () -> "took " + took / 1_000_000 + " ms");
        assertTrue(readers().isEmpty(), () -> "reader threads left running: " + readers());
    }

    @Test
    void sizeLimitEmptyAndMissingFiles() {
        assertUnreadable(read((d, c, s, x) -> OK, new Limits(1000, 1024, 120), GOOD), "--max-mb");
        assertUnreadable(read((d, c, s, x) -> OK, Limits.DEFAULT, BadInputTest.BAD.resolve("empty.pdf")), "空文件");
        assertUnreadable(read((d, c, s, x) -> OK, Limits.DEFAULT, Path.of("no-such.pdf")), "not found");
        assertUnreadable(read((d, c, s, x) -> OK, Limits.DEFAULT, BadInputTest.BAD), "not a readable file");
    }

    @Test
    void readableDocumentPassesThrough() {
        assertTrue(read((d, c, s, x) -> OK, Limits.DEFAULT, GOOD).readable());
    }
}
