package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.UpperTarget;

class IndicatorMatcherTest {
    static IndicatorMatcher matcher;

    @BeforeAll
    static void load() {
        Catalog c = CatalogLoader.load(Path.of("src/test/resources/extract/catalog"));
        matcher = new IndicatorMatcher(c);
    }

    static String id(String name, String unit) {
        UpperTarget t = matcher.best(name, unit);
        return t == null ? null : t.id();
    }

    @Test
    void variantsOfTheSameIndicator() {
        assertEquals("K2-19", id("全县森林覆盖率（%）", "%"));
        assertEquals("K2-19", id("★森林覆盖率", null));
        assertEquals("K2-18", id("地表水达到或好于Ⅲ类水体比例", "%"));
        assertEquals("K2-16", id("非化石能源消费比重", "%"));
        assertEquals("K2-16", id("非化石能源占一次能源消费总量比重", "%"));
        assertEquals("K2-07", id("数字经济核心产业增加值占地区生产总值比重", "%"));
        assertEquals("T-045", id("风光装机容量", "万千瓦"));
        assertEquals("K2-21", id("能源综合生产能力（万吨标煤）", "万吨标准煤"));
        assertEquals("K2-22", id("亿元地区生产总值生产安全事故死亡率", "人/亿元"));
    }

    @Test
    void similarWordsAreNotTheSameIndicator() {
        assertEquals("T-125", id("森林蓄积量", "万立方米"));
        assertEquals("K2-19", id("森林覆盖率", "%"));
        assertNull(id("电力总装机容量", "万千瓦"));
        assertNull(id("城镇居民人均住房面积", "平方米"));
    }

    @Test
    void unitBreaksTies() {
        assertEquals("T-002", id("地区生产总值", "亿元"));
    }
}
