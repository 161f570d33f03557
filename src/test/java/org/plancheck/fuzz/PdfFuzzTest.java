package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.Extraction;
import org.plancheck.model.PlanFigure;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * Arbitrary bytes as a PDF through the reader the commands use ({@link Readers#pdf}: PDF pages, figure extraction,
 * guarded by the limits): never an uncaught exception, always either read or unreadable with a one-line reason.
 * Seeds: {@code fuzz/corpus/PdfFuzzTest/read/} (small hand-made and bad PDFs).
 */
class PdfFuzzTest {
    private static final Limits LIMITS = new Limits(50, 10L << 20, 10);
    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("plancheck-fuzz-", ".pdf");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) throws IOException {
        Files.write(FILE, data);
        Extraction e = Readers.pdf(LIMITS).read(FILE, CATALOG);
        assertNotNull(e);
        assertNotNull(e.plan());
        assertEquals(FILE.toString(), e.plan().document());
        if (!e.readable()) {
            assertNotNull(e.reason());
            assertFalse(e.reason().contains("\n") || e.reason().contains("\tat "), e.reason());
        } else {
            assertTrue(e.pages() > 0 && e.pages() <= LIMITS.maxPages(), () -> "pages " + e.pages());
            for (PlanFigure f : e.figures()) {
                assertTrue(f.page() >= 1 && f.page() <= e.pages(), f::toString);
            }
        }
    }
}
