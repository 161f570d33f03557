package org.plancheck.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.engine.RuleEngine;
import org.plancheck.ocr.OcrSettings;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

class BenchmarkTest {

    /**
     * pdftotext reads nothing from a scan, so the speed comparison times the documents with a text layer only; a
     * scan in the corpus (read by OCR, 0.5 pages/s) is reported under "ocr" instead of dragging the ratio down.
     */
    @Test
    void speedComparisonLeavesScansToOcr(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/lengshuitan-15th-draft.pdf"), dir.resolve("text.pdf"));
        Files.copy(Path.of("samples/huilongxu-15th-draft-scan.pdf"), dir.resolve("scan.pdf"));
        Files.writeString(dir.resolve("corpus.properties"), "name=mixed\n");
        StringWriter out = new StringWriter();
        PrintWriter err = new PrintWriter(java.io.Writer.nullWriter());
        new Benchmark(RuleEngine.load(Path.of("rules/checks")), Readers.documents(Limits.DEFAULT,
                OcrSettings.DEFAULT), new PrintWriter(out), err).run(List.of(Corpus.read(dir)), 1, false, false, null);
        String s = out.toString();
        assertTrue(s.contains("ocr            1 documents, 4 pages"), s);
        assertTrue(s.contains("speed (all 1 documents with a text layer, 42 pages; 1 read by OCR are timed under ocr "
                + "above)"), s);
    }
}
