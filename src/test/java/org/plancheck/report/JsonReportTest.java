package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("report.json", Golden.render(new JsonReport()));
    }

    @Test
    void followsTheContract() throws Exception {
        JsonNode root = Json.mapper().readTree(Golden.render(new JsonReport()));
        assertEquals(ReportFixture.UPPER, root.at("/upperPlan/name").asText());
        JsonNode dao = root.at("/documents/0");
        assertEquals("FAIL", dao.get("status").asText());
        assertEquals("general", dao.get("kind").asText());
        assertEquals("lower", dao.get("tier").asText());
        JsonNode strict = dao.at("/findings/1");
        assertEquals("PC-STRICT", strict.get("ruleId").asText());
        assertEquals("error", strict.get("severity").asText());
        assertEquals(5, strict.at("/evidence/page").asInt());
        assertEquals("非化石能源消费比重（%） 25 30 约束性", strict.at("/evidence/text").asText());
        assertFalse(strict.has("suppressed"));
        JsonNode rd = dao.at("/findings/2");
        assertEquals("warning", rd.get("severity").asText());
        assertTrue(rd.at("/suppressed/reason").asText().contains("市科技局"));
        assertEquals("无文本层（扫描件）", root.at("/documents/2/reason").asText());
        assertEquals("UNVERIFIABLE", root.at("/documents/2/status").asText());
        assertTrue(root.at("/batchFindings/0/baselined").asBoolean());
        JsonNode s = root.get("summary");
        assertEquals(3, s.get("documents").asInt());
        assertEquals(1, s.get("pass").asInt());
        assertEquals(1, s.get("fail").asInt());
        assertEquals(1, s.get("unverifiable").asInt());
        // active only: STRICT, COVERAGE, UNREADABLE; the suppressed warning and baselined aggregate counted apart
        assertEquals(3, s.get("errors").asInt());
        assertEquals(0, s.get("warnings").asInt());
        assertEquals(1, s.get("infos").asInt());
        assertEquals(1, s.get("suppressed").asInt());
        assertEquals(1, s.get("baselined").asInt());
    }
}
