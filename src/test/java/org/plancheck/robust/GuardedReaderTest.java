package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        assertUnreadable(read((d, c, s) -> {
            depth(0);
            return OK;
        }, Limits.DEFAULT, GOOD), "嵌套过深");
    }

    @Test
    void outOfMemoryInTheReader() {
        assertUnreadable(read((d, c, s) -> {
            throw new OutOfMemoryError("Java heap space");
        }, Limits.DEFAULT, GOOD), "内存不足");
    }

    @Test
    void timeLimit() {
        long t0 = System.nanoTime();
        assertUnreadable(read((d, c, s) -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return OK;
        }, new Limits(1000, 1L << 30, 1), GOOD), "--timeout");
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the time limit did not stop the wait");
    }

    @Test
    void sizeLimitEmptyAndMissingFiles() {
        assertUnreadable(read((d, c, s) -> OK, new Limits(1000, 1024, 120), GOOD), "--max-mb");
        assertUnreadable(read((d, c, s) -> OK, Limits.DEFAULT, BadInputTest.BAD.resolve("empty.pdf")), "空文件");
        assertUnreadable(read((d, c, s) -> OK, Limits.DEFAULT, Path.of("no-such.pdf")), "not found");
        assertUnreadable(read((d, c, s) -> OK, Limits.DEFAULT, BadInputTest.BAD), "not a readable file");
    }

    @Test
    void readableDocumentPassesThrough() {
        assertTrue(read((d, c, s) -> OK, Limits.DEFAULT, GOOD).readable());
    }
}
