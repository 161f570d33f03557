package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.UpperTarget;

class IndicatorMatcherOnCatalogTest {
    private static final IndicatorMatcher M = new IndicatorMatcher(CatalogLoader.load(Path.of("rules", "yongzhou-15th")));

    private static String id(String name, String unit) {
        UpperTarget t = M.best(name, unit);
        return t == null ? null : t.id();
    }

    @Test
    void namingVariants() {
        assertEquals("K2-16", id("非化石能源消费比重", "%"));
        assertEquals("K2-16", id("★非化石能源占能源消费总量比重（%）", null));
        assertEquals("K2-18", id("地表水达到或好于Ⅲ类水体比例", "%"));
        assertEquals("K2-01", id("地区生产总值年均增长", "%"));
        assertEquals("K2-19", id("全县森林覆盖率", "%"));
        assertEquals("K2-19", id("森林覆盖率（%）", null));
        assertEquals("K2-17", id("细颗粒物（PM2.5）年均浓度", "微克/立方米"));
        assertEquals("K2-22", id("亿元地区生产总值生产安全事故死亡率", "人/亿元"));
        assertEquals("K2-16", id("非化石能源占一次能源消费比重", "%"));
        // a well-named figure in a unit that cannot be converted still matches, so PC-UNIT can report it
        assertEquals("K2-16", id("非化石能源消费比重", "百分点"));
    }

    @Test
    void similarButDifferentIndicatorsDoNotMatch() {
        String forest = id("森林蓄积量", "万立方米");
        assertEquals(false, "K2-19".equals(forest));
        assertNull(id("县级特色指标1", "个"));
        // clean energy includes natural gas: not the non-fossil share
        assertNull(id("清洁能源消费比重", "%"));
    }

    @Test
    void unitBreaksTies() {
        // GDP as an amount (亿元) is not the GDP growth rate (%)
        assertEquals(false, "K2-01".equals(id("地区生产总值", "亿元")));
    }
}
