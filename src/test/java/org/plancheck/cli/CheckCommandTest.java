package org.plancheck.cli;

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

/** The commands as a user runs them: exit codes, clean stdout, one-line errors. */
class CheckCommandTest {
    static final String CONFORMING = "src/test/resources/extract/ningyuan-ruled.pdf";
    static final String FAILING = "src/test/resources/extract/jianghua-star.pdf";

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void conformingPlanExitsZeroAndFailingPlanOne() {
        assertEquals(0, run("check", CONFORMING).code());
        Run r = run("check", FAILING, "--format", "json");
        assertEquals(1, r.code());
        assertEquals("", r.err());
    }

    @Test
    void jsonParsesAndCarriesEvidence() throws Exception {
        Run r = run("check", FAILING, CONFORMING, "--format", "json");
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode docs = root.get("documents");
        assertEquals(2, docs.size());
        assertEquals("FAIL", docs.get(0).get("status").asText());
        assertEquals("PASS", docs.get(1).get("status").asText());
        boolean strict = false;
        for (JsonNode f : docs.get(0).get("findings")) {
            if (f.get("ruleId").asText().equals("PC-STRICT")) {
                strict = true;
                assertEquals("K2-10", f.get("indicatorId").asText());
                assertEquals("error", f.get("severity").asText());
                assertEquals(3, f.get("evidence").get("page").asInt());
                assertTrue(f.get("evidence").get("text").asText().contains("劳动年龄人口平均受教育年限"));
                assertTrue(f.get("upper").asText().contains("专栏2"));
            }
        }
        assertTrue(strict);
    }

    @Test
    void failOnNeverAndWarning() {
        assertEquals(0, run("check", FAILING, "--fail-on", "never").code());
        // the conforming fixture passes, but names none of the 8 projects the upper plan assigns 宁远县 (PC-PROJECT warnings)
        assertEquals(0, run("check", CONFORMING, "--fail-on", "error").code());
        assertEquals(1, run("check", CONFORMING, "--fail-on", "warning").code());
    }

    @Test
    void usageErrorsExitTwo() {
        Run r = run("check", CONFORMING, "--format", "pdfx");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("pdfx"), r.err());
        assertEquals(2, run("check").code());
        assertEquals(2, run("nosuchcommand").code());
        assertEquals(2, run("check", CONFORMING, "--format", "json,html").code(), "several formats need --output");
    }

    /**
     * What a reviewer states of a document's identity: an unknown kind or a jurisdiction the upper plan does not list
     * is a one-line usage error before any reading (exit 2, no stack trace); a stated kind and domain are used, here
     * and from a batch manifest (宁远县's general plan judged as an energy plan: only the energy indicators count).
     */
    @Test
    void statedIdentityIsUsedAndABadOneIsAUsageError(@TempDir Path tmp) throws Exception {
        Run bad = run("check", "--kind", "foo", CONFORMING);
        assertEquals(2, bad.code(), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(bad.err().contains("foo") && !bad.err().contains("\tat "), bad.err());
        Run mars = run("check", "--jurisdiction", "火星县", CONFORMING);
        assertEquals(2, mars.code(), mars.err());
        assertTrue(mars.err().contains("火星县"), mars.err());

        Run stated = run("check", "--format", "json", "--kind", "special", "--domain", "energy", CONFORMING);
        JsonNode doc = new ObjectMapper().readTree(stated.out()).get("documents").get(0);
        assertEquals("special", doc.get("kind").asText(), stated.out());
        assertEquals("energy", doc.get("domain").asText());

        Path manifest = tmp.resolve("batch.tsv");
        Files.writeString(manifest, "file\tjurisdiction\tkind\tdomain\nningyuan-ruled.pdf\t\tspecial\tenergy\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Run listed = run("check", "--format", "json", "--manifest", manifest.toString(), CONFORMING);
        JsonNode fromManifest = new ObjectMapper().readTree(listed.out()).get("documents").get(0);
        assertEquals("special", fromManifest.get("kind").asText(), listed.err());
        assertEquals("宁远县", fromManifest.get("jurisdiction").asText());
    }

    @Test
    void unreadableFileIsUnverifiableAndTheBatchGoesOn(@TempDir Path tmp) throws Exception {
        Path bad = tmp.resolve("broken.pdf");
        Files.writeString(bad, "not a pdf at all");
        Run r = run("check", bad.toString(), CONFORMING, "--format", "json");
        assertEquals(3, r.code());
        JsonNode docs = new ObjectMapper().readTree(r.out()).get("documents");
        assertEquals("UNVERIFIABLE", docs.get(0).get("status").asText());
        assertEquals("PASS", docs.get(1).get("status").asText());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("broken.pdf"));
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void severalFormatsToAStem(@TempDir Path tmp) throws Exception {
        Path stem = tmp.resolve("out");
        Run r = run("check", FAILING, "--format", "json,sarif,junit,html,md,opinion", "--output", stem.toString());
        assertEquals(1, r.code());
        assertEquals("", r.out());
        for (String f : new String[] {"out.json", "out.sarif", "out.xml", "out.html", "out.md", "out-opinion.md"}) {
            assertTrue(Files.size(tmp.resolve(f)) > 100, f);
        }
        assertTrue(Files.readString(tmp.resolve("out-opinion.md")).contains("江华瑶族自治县"));
    }

    @Test
    void annotatedCopyHighlightsTheBrokenRow(@TempDir Path tmp) throws Exception {
        Run r = run("check", FAILING, "--annotate", tmp.toString());
        assertEquals(1, r.code());
        Path copy = tmp.resolve("jianghua-star.annotated.pdf");
        assertTrue(Files.size(copy) > 1000);
        // one PC-STRICT row and three PC-INFO rows stand on pages; the three missing indicators and the twelve projects
        // assigned to 江华 that the fixture does not name (PC-PROJECT) have no place to highlight
        assertTrue(r.err().contains("4 处高亮，15 条未能定位"), r.err());
    }

    @Test
    void explainNamesTheRuleAndFacts() throws Exception {
        Run r = run("check", FAILING, "--format", "json", "--explain");
        assertTrue(r.out().contains("规则「PC-STRICT"), "explanation present");
    }

    @Test
    void brokenCatalogExitsFour(@TempDir Path tmp) throws Exception {
        Run r = run("check", CONFORMING, "--upper", tmp.toString());
        assertEquals(4, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void extractJson() throws Exception {
        Run r = run("extract", CONFORMING, "--format", "json");
        assertEquals(0, r.code());
        JsonNode d = new ObjectMapper().readTree(r.out()).get(0);
        assertEquals("OK", d.get("status").asText());
        assertEquals("宁远县", d.get("jurisdiction").asText());
        assertEquals("general", d.get("kind").asText());
        assertTrue(d.get("figures").size() >= 14);
    }
}
