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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanType;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import org.plancheck.run.GuardedReader;
import org.plancheck.run.Limits;

/**
 * Arbitrary bytes as a PDF through the guarded document reader: never an uncaught exception, always either read or
 * unreadable with a one-line reason. Seeds: {@code fuzz/corpus/PdfFuzzTest/read/} (small hand-made and bad PDFs).
 */
class PdfFuzzTest {
    private static final Limits LIMITS = new Limits(50, 10L << 20, 10);
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("plancheck-fuzz-", ".pdf");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The inner reader: PDFBox parsing and text extraction, as the document reader does before figures. */
    static final DocumentReader PDFBOX = (doc, catalog) -> {
        try (PDDocument d = Loader.loadPDF(doc.toFile())) {
            int pages = d.getNumberOfPages();
            if (pages == 0) {
                // /Count 0 over a page tree that still has kids: PDFBox extracts text from pages it does not count.
                return GuardedReader.unreadable(doc, "no pages");
            }
            if (pages > LIMITS.maxPages()) {
                return GuardedReader.unreadable(doc, "too many pages");
            }
            String text = new PDFTextStripper().getText(d);
            return new Extraction(new LowerPlan(doc.toString(), null, null, PlanType.UNKNOWN, null), pages,
                    !text.isBlank(), text.isBlank() ? "no text" : null, List.of());
        } catch (IOException e) {
            return GuardedReader.unreadable(doc, "cannot parse");
        }
    };

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) throws IOException {
        Files.write(FILE, data);
        Extraction e = new GuardedReader(PDFBOX, LIMITS).read(FILE, null);
        assertNotNull(e);
        assertNotNull(e.plan());
        assertEquals(FILE.toString(), e.plan().document());
        if (!e.readable()) {
            assertNotNull(e.reason());
            assertFalse(e.reason().contains("\n") || e.reason().contains("\tat "), e.reason());
        } else {
            assertTrue(e.pages() > 0);
        }
    }
}
