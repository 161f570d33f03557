package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.model.Tier;

/**
 * Evidence in a Word document is located by where it stands in the document's structure (it states no pages unless
 * Word paginated it): every report shows that place where it shows a PDF's page.
 */
class WordEvidenceTest {
    static final String DOC = "drafts/道县十五五规划纲要.docx";
    static final String WHERE = "第三章 主要目标 > 表1 第5行";

    static CheckReport report() {
        Finding strict = new Finding(DOC, "PC-STRICT", Severity.ERROR, "K2-16", "非化石能源占能源消费总量比重",
                "「非化石能源占能源消费总量比重」目标为 30，弱于上位规划约束性目标 35（越高越好）。",
                "将目标调整为不低于 35%。", "专栏2 第16项", "30%（约束性）",
                new Evidence(0, "非化石能源消费比重（%） 25 30 约束性", WHERE, List.of()), 30.0, 35.0, 25.0);
        LowerPlan p = new LowerPlan(DOC, "道县国民经济和社会发展第十五个五年规划纲要", "道县", Tier.LOWER, PlanKind.GENERAL,
                null, "");
        DocumentResult d = new DocumentResult(p, 0, Status.FAIL, null, List.of(), List.of(strict));
        return new CheckReport("yongzhou-15th", ReportFixture.UPPER, List.of(d), List.of(), ReportFixture.rules());
    }

    private static String render(Reporter r) throws Exception {
        StringBuilder b = new StringBuilder();
        r.write(report(), Waivers.none(), b);
        return b.toString();
    }

    @Test
    void textMarkdownHtmlAndOpinionShowWhere() throws Exception {
        for (Reporter r : List.of(new TextReport(false), new MarkdownReport(), new HtmlReport(), new OpinionReport())) {
            String out = render(r);
            String shown = r instanceof HtmlReport ? Xml.esc(WHERE)
                    : r instanceof TextReport ? WHERE : MarkdownReport.inline(WHERE);
            assertTrue(out.contains(shown), r.format() + " shows where: " + out);
            assertFalse(out.contains("第0页"), r.format() + " shows no page 0");
        }
    }

    @Test
    void jsonAndSarifCarryWhere() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode json = m.readTree(render(new JsonReport()));
        assertEquals(WHERE, json.at("/documents/0/findings/0/evidence/where").asText());
        JsonNode sarif = m.readTree(render(new SarifReport("test")));
        JsonNode result = sarif.at("/runs/0/results/0");
        assertEquals(WHERE, result.at("/properties/where").asText());
        assertEquals(WHERE, result.at("/locations/0/logicalLocations/0/name").asText());
        assertTrue(result.at("/locations/0/physicalLocation/region").isMissingNode(), "no page, no region");
        com.networknt.schema.JsonSchema schema;
        try (var in = getClass().getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V4)
                    .getSchema(in, com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                            .build());
        }
        var errors = schema.validate(sarif);
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
