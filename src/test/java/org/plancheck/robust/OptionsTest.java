package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The document limits are checked while the command line is parsed, and the ones given are the ones applied. */
class OptionsTest {
    @TempDir
    static Path tmp;

    /**
     * A limit of zero or less is a usage error before any work: the upper plan folder does not exist, so a run that
     * started work would exit 4, not 2.
     */
    @ParameterizedTest
    @CsvSource({"--max-pages,-1", "--max-pages,0", "--timeout,0", "--timeout,-5", "--max-mb,0", "--max-mb,-1",
        "--max-mb,99999999999", "--timeout,99999999999"})
    void nonPositiveLimitIsAUsageError(String option, String value) {
        for (String command : new String[] {"check", "extract"}) {
            Run r = Run.of(command, "--upper", tmp.resolve("no-such-upper").toString(), option, value,
                    BadInputTest.GOOD.toString());
            assertEquals(2, r.exit(), () -> command + " " + option + " " + value + ":\n" + r.err());
            r.assertNoStackTrace();
            assertEquals(1, r.errLines().size(), r::err);
            assertTrue(r.err().contains(option), r::err);
            assertEquals("", r.out());
        }
    }

    /**
     * The good plan, then a sparse hole, then its trailer again: 250 MB on disk by size, a few KB of real data,
     * still a valid PDF (the trailer points back to the original cross-reference table).
     */
    static Path sparse250Mb(Path dir) throws IOException {
        Path out = dir.resolve("sparse-250mb.pdf");
        if (Files.exists(out)) {
            return out;
        }
        byte[] pdf = Files.readAllBytes(BadInputTest.GOOD);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
            f.write(pdf);
            f.seek(250L << 20);
            f.write(("\n" + text.substring(at)).getBytes(StandardCharsets.ISO_8859_1));
        }
        return out;
    }

    @Test
    void maxMbAboveTheDefaultIsHonoured() throws IOException {
        Path big = sparse250Mb(tmp);
        Run refused = Run.of("check", "--format", "json", big.toString());
        BadInputTest.assertUnverifiable(refused, big);
        assertTrue(refused.err().contains("--max-mb") && refused.err().contains("200 MB"), refused::err);

        Run raised = Run.of("check", "--format", "json", "--max-mb", "300", big.toString());
        raised.assertNoStackTrace();
        String status = BadInputTest.documentNamed(BadInputTest.json(raised), big.getFileName().toString())
                .get("status").asText();
        assertNotEquals("UNVERIFIABLE", status, raised::err);
    }
}
