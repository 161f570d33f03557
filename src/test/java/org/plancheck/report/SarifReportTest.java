package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportTest {

    private static String sarif() throws Exception {
        return Golden.render(new SarifReport("0.1.0"));
    }

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("report.sarif", sarif());
    }

    @Test
    void validAgainstTheOfficialSchema() throws Exception {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/report/sarif-schema-2.1.0.json")) {
            schema = factory.getSchema(in, config);
        }
        Set<ValidationMessage> errors = schema.validate(Json.mapper().readTree(sarif()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void everyResultNamesADeclaredRule() throws Exception {
        JsonNode run = Json.mapper().readTree(sarif()).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        assertEquals(14, rules.size());
        Set<String> ids = new HashSet<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        assertEquals(14, ids.size(), "each rule its own id");
        JsonNode results = run.get("results");
        assertEquals(6, results.size());
        for (JsonNode r : results) {
            String id = r.get("ruleId").asText();
            assertTrue(ids.contains(id), id);
            assertEquals(id, rules.get(r.get("ruleIndex").asInt()).get("id").asText());
        }
        JsonNode strict = results.get(1);
        assertEquals("error", strict.get("level").asText());
        assertEquals("samples/%E9%81%93%E5%8E%BF%E5%8D%81%E4%BA%94%E4%BA%94%E8%A7%84%E5%88%92%E7%BA%B2%E8%A6%81.pdf",
                strict.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("非化石能源消费比重（%） 25 30 约束性",
                strict.at("/locations/0/physicalLocation/region/snippet/text").asText());
        assertEquals(5, strict.at("/properties/page").asInt());
        JsonNode rd = results.get(2);
        assertEquals("warning", rd.get("level").asText());
        assertEquals("accepted", rd.at("/suppressions/0/status").asText());
        assertEquals("note", results.get(3).get("level").asText());
        assertEquals("unchanged", results.get(5).get("baselineState").asText());
        assertEquals("new", strict.get("baselineState").asText());
    }

    /** A rule's default level is true: a fixed-severity rule's results have it; a byAttribute rule's never exceed it. */
    @Test
    void ruleLevelsAreTrue() throws Exception {
        JsonNode run = Json.mapper().readTree(sarif()).at("/runs/0");
        JsonNode rules = run.at("/tool/driver/rules");
        java.util.List<String> order = java.util.List.of("note", "warning", "error");
        for (JsonNode r : run.get("results")) {
            JsonNode rule = rules.get(r.get("ruleIndex").asInt());
            String level = r.get("level").asText();
            String declared = rule.at("/defaultConfiguration/level").asText();
            if (rule.at("/properties/severity").asText().equals("byAttribute")) {
                assertEquals("error", declared, rule.get("id").asText());
                assertTrue(order.indexOf(level) <= order.indexOf(declared), rule.get("id").asText());
            } else {
                assertEquals(declared, level, rule.get("id").asText());
            }
        }
    }
}
