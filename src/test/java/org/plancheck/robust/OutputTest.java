package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.cli.Cli;

/**
 * Outputs are checked before any document is read, never overwrite an input, keep one annotated copy per input, and
 * a report that could not be written is an error (exit 6), not a silent exit 0.
 */
class OutputTest {
    static final Path FAILING = Path.of("src", "test", "resources", "extract", "jianghua-star.pdf");

    @TempDir
    Path tmp;

    /** A usage error before the run: nothing on stdout, no document judged (the missing one would be reported). */
    private void assertRefusedBeforeTheRun(Run r, String part) {
        assertEquals(2, r.exit(), r::err);
        r.assertNoStackTrace();
        assertEquals(1, r.errLines().size(), r::err);
        assertTrue(r.err().contains(part), r::err);
        assertFalse(r.err().contains("无法核验"), () -> "documents were read before the output was checked:\n" + r.err());
        assertEquals("", r.out());
    }

    @Test
    void outputUnderAFileIsRefusedBeforeTheRun() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path out = file.resolve("report.json");
        assertRefusedBeforeTheRun(Run.of("check", "--format", "json", "--output", out.toString(),
                tmp.resolve("missing.pdf").toString(), FAILING.toString()), "--output");
    }

    @Test
    void outputThatIsAFolderIsRefused() {
        assertRefusedBeforeTheRun(Run.of("check", "--output", tmp.toString(), tmp.resolve("missing.pdf").toString()),
                "folder");
    }

    @Test
    void severalFormatsUnderAFileAreRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertRefusedBeforeTheRun(Run.of("check", "--format", "json,html", "--output", file.resolve("r").toString(),
                tmp.resolve("missing.pdf").toString()), "--output");
    }

    @Test
    void annotateIntoAFileIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        assertRefusedBeforeTheRun(Run.of("check", "--annotate", file.toString(), tmp.resolve("missing.pdf")
                .toString()), "--annotate");
    }

    @Test
    void outputEqualToAnInputDoesNotOverwriteIt() throws IOException {
        Path pdf = tmp.resolve("plan.pdf");
        Files.copy(FAILING, pdf);
        byte[] before = Files.readAllBytes(pdf);
        Run r = Run.of("check", "--format", "json", "--output", pdf.toString(), pdf.toString());
        assertEquals(2, r.exit(), r::err);
        assertTrue(r.err().contains("input"), r::err);
        assertArrayEquals(before, Files.readAllBytes(pdf));
        // the same file by another spelling
        Run r2 = Run.of("check", "--output", tmp.resolve(".").resolve("plan.pdf").toString(), pdf.toString());
        assertEquals(2, r2.exit(), r2::err);
        assertArrayEquals(before, Files.readAllBytes(pdf));
    }

    @Test
    void annotatedCopiesOfInputsWithTheSameNameAreKeptApart() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("plan.pdf");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("plan.pdf");
        Files.copy(FAILING, a);
        Files.copy(FAILING, b);
        Path out = tmp.resolve("annotated");
        Run r = Run.of("check", "--annotate", out.toString(), a.toString(), b.toString());
        assertEquals(1, r.exit(), r::err);
        r.assertNoStackTrace();
        List<String> names;
        try (Stream<Path> s = Files.list(out)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("plan-2.annotated.pdf", "plan.annotated.pdf"), names);
    }

    @Test
    void annotatedCopyNeverOverwritesAnInput() throws IOException {
        Path pdf = tmp.resolve("plan.pdf");
        Path trap = tmp.resolve("plan.annotated.pdf");
        Files.copy(FAILING, pdf);
        Files.copy(FAILING, trap);
        byte[] before = Files.readAllBytes(trap);
        Run r = Run.of("check", "--annotate", tmp.toString(), pdf.toString(), trap.toString());
        assertEquals(1, r.exit(), r::err);
        assertArrayEquals(before, Files.readAllBytes(trap));
        assertTrue(Files.exists(tmp.resolve("plan-2.annotated.pdf")), r::err);
    }

    /** Standard output that fails (a full disk, a closed pipe): exit 6 and a line on stderr. */
    @Test
    void failedWriteToStandardOutputIsAnError() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        StringWriter err = new StringWriter();
        int exit = Cli.create(new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8), true),
                new PrintWriter(err, true)).execute("check", FAILING.toString());
        assertEquals(6, exit, err::toString);
        assertTrue(err.toString().contains("standard output"), err::toString);
        assertEquals(1, err.toString().lines().filter(l -> !l.isBlank()).count(), err::toString);
    }
}
