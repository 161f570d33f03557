package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.Extraction;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * Arbitrary bytes through the reader the commands use ({@link Readers#documents}: chosen by content, so zips and
 * OLE2 files reach the Word reader), guarded by the limits: never an uncaught exception, always either read or
 * unreadable with a one-line reason. Seeds: {@code fuzz/corpus/WordFuzzTest/read/} (a small .docx and .doc).
 */
class WordFuzzTest {
    private static final Limits LIMITS = new Limits(50, 10L << 20, 10);
    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("plancheck-fuzz-", ".docx");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void read(byte[] data) throws IOException {
        Files.write(FILE, data);
        Extraction e = Readers.documents(LIMITS).read(FILE, CATALOG);
        assertNotNull(e);
        assertEquals(FILE.toString(), e.plan().document());
        if (!e.readable()) {
            assertNotNull(e.reason());
            assertFalse(e.reason().contains("\n") || e.reason().contains("\tat "), e.reason());
        }
    }
}
