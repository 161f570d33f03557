package org.plancheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word in and Word out on the command line: one batch of PDF and Word, the opinion as a .docx file. */
class WordCommandTest {
    static final String WORD = "samples/docx/lanshan-15th-draft.docx";
    static final String PDF = "samples/xintian-15th-draft.pdf";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void oneBatchHoldsPdfAndWordAndWordEvidenceSaysWhere() {
        Run r = run("check", WORD, PDF, "--quotas", "samples/quotas.tsv", "--assigned", "samples/assigned.tsv");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("■ " + WORD), r.out());
        assertTrue(r.out().contains("PC-PERIOD") && r.out().contains("第七章"), "located by heading path: " + r.out());
        assertTrue(r.out().contains("■ " + PDF));
    }

    @Test
    void theWordOpinionNeedsAFile(@TempDir Path tmp) throws Exception {
        Run noFile = run("check", WORD, "--format", "docx");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("--output"), noFile.err());

        Path file = tmp.resolve("意见.docx");
        Run one = run("check", WORD, "--format", "docx", "--output", file.toString());
        assertEquals(0, one.code(), one.err());
        assertEquals("", one.out(), "nothing binary on stdout");
        assertTrue(Files.size(file) > 2000);
        assertEquals(org.plancheck.run.Readers.Kind.WORD, org.plancheck.run.Readers.kind(file));

        Run both = run("check", WORD, "--format", "opinion,docx", "--output", tmp.resolve("out").toString());
        assertEquals(0, both.code(), both.err());
        assertTrue(Files.exists(tmp.resolve("out-opinion.md")));
        assertTrue(Files.exists(tmp.resolve("out-opinion.docx")));
    }

    @Test
    void annotatedCopiesAreForPdfsOnly(@TempDir Path tmp) throws Exception {
        Run r = run("check", WORD, "--annotate", tmp.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("未生成批注副本"), r.err());
        try (var files = Files.list(tmp)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void extractShowsWhereForWordFigures() {
        Run r = run("extract", WORD, "--tables");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("页数不详"), r.out());
        assertTrue(r.out().contains("@第三章"), r.out());
        assertTrue(r.out().contains("表1 第2行"), r.out());
    }
}
