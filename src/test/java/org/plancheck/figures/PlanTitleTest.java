package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;

class PlanTitleTest {
    private static final Catalog C = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));

    private static LowerPlan id(String opening) {
        return PlanIdentifier.identify("x.pdf", opening, C);
    }

    @Test
    void countyPlans() {
        assertEquals("道县", id("道县国民经济和社会发展第十五个五年规划纲要（草案）").jurisdiction());
        LowerPlan p = id("永州市祁阳市国民经济和社会发展第十五个五年规划纲要");
        assertEquals("祁阳市", p.jurisdiction());
        assertEquals(PlanKind.GENERAL, p.kind());
        assertEquals(Tier.LOWER, p.tier());
        assertEquals("江华瑶族自治县", id("江华瑶族自治县“十五五”规划纲要").jurisdiction());
    }

    @Test
    void citySpecialPlansAndTheUpperPlan() {
        LowerPlan energy = id("永州市“十五五”能源发展规划（征求意见稿）");
        assertEquals(PlanKind.SPECIAL, energy.kind());
        assertEquals("energy", energy.domain());
        assertEquals("ecology", id("永州市“十五五”生态环境保护规划").domain());
        assertEquals("education", id("永州市“十五五”教育事业发展规划").domain());
        assertEquals(Tier.SAME, id("永州市国民经济和社会发展第十五个五年规划纲要（草案）").tier());
    }
}
