package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;

class PlanIdentifierTest {
    static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(Path.of("src/test/resources/extract/catalog"));
    }

    static LowerPlan id(String opening) {
        return PlanIdentifier.identify("x.pdf", opening, catalog);
    }

    @Test
    void countyGeneralPlans() {
        LowerPlan p = id("江华瑶族自治县国民经济和社会发展\n第十五个五年规划纲要\n（草案）\n江华瑶族自治县人民政府");
        assertEquals("江华瑶族自治县", p.jurisdiction());
        assertEquals(PlanKind.GENERAL, p.kind());
        assertEquals(Tier.LOWER, p.tier());
        assertEquals("祁阳市", id("祁阳市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要").jurisdiction());
        assertEquals("道县", id("道县国民经济和社会发展第十五个五年规划纲要").jurisdiction());
    }

    @Test
    void citySpecialPlansAndTheirDomain() {
        LowerPlan energy = id("永州市“十五五”能源发展规划\n（送审稿）");
        assertEquals(PlanKind.SPECIAL, energy.kind());
        assertEquals("energy", energy.domain());
        assertEquals("永州市", energy.jurisdiction());
        assertEquals("education", id("永州市“十五五”教育事业发展规划").domain());
        assertEquals("transport", id("永州市“十五五”综合交通运输发展规划").domain());
    }

    @Test
    void theUpperPlanItself() {
        LowerPlan p = id("永州市国民经济和社会发展第十五个五年规划纲要（草案）");
        assertEquals(Tier.SAME, p.tier());
        assertNull(p.domain());
    }

    @Test
    void unknownWhenNeitherCountyNorCity() {
        LowerPlan p = id("关于做好2026年春节期间安全生产工作的通知");
        assertEquals(PlanKind.OTHER, p.kind());
        assertNull(p.jurisdiction());
        assertEquals(Tier.UNKNOWN, p.tier());
    }
}
