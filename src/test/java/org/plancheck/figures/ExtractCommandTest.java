package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.cli.Cli;

/** {@code plancheck extract}: the JSON contract, a batch with a bad file, exit codes, stderr. */
class ExtractCommandTest {
    static final String FIXTURES = "src/test/resources/extract/";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonPerFile() throws Exception {
        Run r = run("extract", "--upper", FIXTURES + "catalog", "--format", "json", FIXTURES + "energy-special.pdf");
        assertEquals(0, r.code(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out());
        assertEquals(1, docs.size());
        JsonNode d = docs.get(0);
        assertEquals("OK", d.get("status").asText());
        assertEquals("永州市", d.get("jurisdiction").asText());
        assertEquals("special", d.get("kind").asText());
        assertEquals(1, d.get("pages").asInt());
        JsonNode f = d.get("figures").get(0);
        for (String k : new String[] {"rawName", "indicatorId", "indicatorName", "source", "base", "target", "unit",
            "year", "attribute", "page", "text"}) {
            assertTrue(f.has(k), k);
        }
        for (String k : new String[] {"text", "min", "max", "qualifier"}) {
            assertTrue(f.get("target").has(k), k);
        }
    }

    @Test
    void oneBadFileDoesNotStopTheBatch() throws Exception {
        Path bad = tmp.resolve("broken.pdf");
        Files.writeString(bad, "%PDF-1.7\n1 0 obj << /Type /Catalog");
        Run r = run("extract", "--upper", FIXTURES + "catalog", "--format", "json", bad.toString(),
                FIXTURES + "daoxian-ruled.pdf");
        assertEquals(3, r.code());
        JsonNode docs = new ObjectMapper().readTree(r.out());
        assertEquals(2, docs.size());
        assertEquals("UNVERIFIABLE", docs.get(0).get("status").asText());
        assertFalse(docs.get(0).get("reason").asText().isBlank());
        assertEquals("OK", docs.get(1).get("status").asText());
        assertTrue(docs.get(1).get("figures").size() > 20);
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("broken.pdf"));
        assertFalse(r.err().contains("at org."));
    }

    @Test
    void textFormat() {
        Run r = run("extract", "--upper", FIXTURES + "catalog", FIXTURES + "jiangyong-star.pdf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("江永县"));
        assertTrue(r.out().contains("K2-19"));
    }
}
