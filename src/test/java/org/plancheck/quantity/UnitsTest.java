package org.plancheck.quantity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitsTest {

    private static double conv(double v, String from, String to) {
        Optional<Double> r = Units.convert(v, from, to);
        assertTrue(r.isPresent(), from + " → " + to);
        return r.get();
    }

    @Test
    void grainJin() {
        assertEquals(5.0, conv(1, "亿斤", "万吨"), 1e-9);
        assertEquals(302.5, conv(60.5, "亿斤", "万吨"), 1e-9);
        assertEquals(62.0, conv(310, "万吨", "亿斤"), 1e-9);
        assertEquals(5.0, conv(1, "万斤", "吨"), 1e-9);
        assertEquals(0.5, conv(1, "斤", "公斤"), 1e-9);
    }

    @Test
    void power() {
        assertEquals(100.0, conv(1, "GW", "万千瓦"), 1e-9);
        assertEquals(0.1, conv(1, "MW", "万千瓦"), 1e-9);
        assertEquals(0.1, conv(1, "兆瓦", "万千瓦"), 1e-9);
        assertEquals(1200.0, conv(12, "吉瓦", "万千瓦"), 1e-9);
        assertEquals(1000.0, conv(1, "MW", "千瓦"), 1e-9);
        assertEquals(1.0, conv(10000, "kW", "万千瓦"), 1e-9);
        assertEquals(Units.lookup("兆瓦"), Units.lookup("MW"));
    }

    @Test
    void coalEquivalentSpellings() {
        assertEquals("万吨标准煤", Units.canonical("万吨标煤"));
        assertEquals(600.0, conv(600, "万吨标煤", "万吨标准煤"), 1e-9);
        assertEquals(10000.0, conv(1, "万吨标准煤", "吨标煤"), 1e-9);
        assertTrue(Units.compatible("万吨标煤", "万吨标准煤"));
        assertFalse(Units.compatible("万吨标准煤", "万吨"), "coal equivalent is not a mass of grain");
    }

    @Test
    void percentAndPercentPointDoNotConvert() {
        assertFalse(Units.compatible("%", "百分点"));
        assertTrue(Units.convert(5, "%", "百分点").isEmpty());
        assertEquals("百分点", Units.canonical("个百分点"));
        assertEquals("%", Units.canonical("％"));
        assertTrue(Units.compatible("%", "％"));
        assertFalse(Units.compatible("%", "‰"));
    }

    @Test
    void moneyAreaAndOthers() {
        assertEquals(1.0, conv(10000, "万元", "亿元"), 1e-9);
        assertEquals(3.0, conv(30000, "元", "万元"), 1e-9);
        assertEquals(15.0, conv(1, "万公顷", "万亩"), 1e-9);
        assertEquals(0.15, conv(1, "平方公里", "万亩"), 1e-9);
        assertEquals(15.0, conv(1, "公顷", "亩"), 1e-9);
        assertEquals(1.0, conv(1000, "米", "公里"), 1e-9);
        assertEquals(1.0, conv(1000, "米", "千米"), 1e-9);
        assertEquals(25000.0, conv(2.5, "万个", "个"), 1e-9);
        assertEquals(30000.0, conv(3, "万人次", "人次"), 1e-9);
        assertEquals(1.0, conv(10, "兆伏安", "万千伏安"), 1e-9);
        assertEquals(1.0, conv(1, "μg/m³", "微克/立方米"), 1e-9);
        assertEquals(1.0, conv(1, "ug/m3", "微克/立方米"), 1e-9);
    }

    @Test
    void singleUnitsOfTheDomainList() {
        for (String u : new String[] {"人/亿元", "微克/立方米", "岁", "年", "件", "个", "家", "万亩", "亿元", "万元",
            "万千瓦", "万吨标准煤", "栋", "分钟", "套", "所", "张", "处", "项"}) {
            assertTrue(Units.lookup(u).isPresent(), u);
            assertEquals(u, Units.canonical(u), u);
        }
        assertFalse(Units.compatible("岁", "年"), "an age is not a duration");
        assertFalse(Units.compatible("件", "个"));
        assertFalse(Units.compatible("人", "人次"));
    }

    @Test
    void lookupNormalisesNoise() {
        assertEquals("%", Units.lookup("（%）").orElseThrow().symbol());
        assertEquals("%", Units.lookup(" ％ ").orElseThrow().symbol());
        assertEquals("套", Units.lookup("套（间）").orElseThrow().symbol());
        assertEquals("人", Units.lookup("每人").orElseThrow().symbol());
        assertTrue(Units.lookup("").isEmpty());
        assertTrue(Units.lookup(null).isEmpty());
        assertTrue(Units.lookup("furlong").isEmpty());
        assertEquals("furlong", Units.canonical("furlong"));
        assertNull(Units.canonical(null));
        assertTrue(Units.convert(1, "furlong", "米").isEmpty());
        assertFalse(Units.compatible(null, "%"));
    }

    @Test
    void unitPrefixTakesTheLongestSpelling() {
        assertEquals("万千瓦", Units.unitPrefix("万千瓦以上"));
        assertEquals("万吨标准煤", Units.unitPrefix("万吨标准煤"));
        assertEquals("万吨", Units.unitPrefix("万吨左右"));
        assertEquals("亿斤", Units.unitPrefix("亿斤以上"));
        assertEquals("个百分点", Units.unitPrefix("个百分点"));
        assertEquals("套（间）", Units.unitPrefix("套（间）以上"));
        assertNull(Units.unitPrefix("以上"));
    }

    @Test
    void unitsInNames() {
        assertArrayEquals(new String[] {"森林覆盖率", "%"}, Units.splitNameAndUnit("森林覆盖率（%）"));
        assertArrayEquals(new String[] {"森林覆盖率", "%"}, Units.splitNameAndUnit("森林覆盖率(％)"));
        assertArrayEquals(new String[] {"粮食综合生产能力", "万吨"}, Units.splitNameAndUnit("粮食综合生产能力（万吨）"));
        assertArrayEquals(new String[] {"能源综合生产能力", "万吨标准煤"},
                Units.splitNameAndUnit("能源综合生产能力（万吨标煤）"));
        assertArrayEquals(new String[] {"地级及以上城市细颗粒物（PM2.5）浓度", "微克/立方米"},
                Units.splitNameAndUnit("地级及以上城市细颗粒物（PM2.5）浓度（微克/立方米）"));
        assertArrayEquals(new String[] {"亿元GDP生产安全事故死亡率", "人/亿元"},
                Units.splitNameAndUnit("亿元GDP生产安全事故死亡率（人/亿元）"));
        assertArrayEquals(new String[] {"3岁以下婴幼儿入托率提高", "百分点"},
                Units.splitNameAndUnit("3岁以下婴幼儿入托率提高（百分点）"));
        assertArrayEquals(new String[] {"地区生产总值（GDP）增长", "%"}, Units.splitNameAndUnit("地区生产总值（GDP）增长（%）"));
        assertArrayEquals(new String[] {"地区生产总值（GDP）增长", null}, Units.splitNameAndUnit("地区生产总值（GDP）增长"));
        assertArrayEquals(new String[] {"常住人口城镇化率", null}, Units.splitNameAndUnit("常住人口城镇化率"));
    }

    @Test
    void normalizer() {
        assertEquals("33%<5.5", TextNormalizer.normalize("３３％＜５．５"));
        assertEquals("到2030年达到57%", TextNormalizer.normalize("到 2030 年达到 57 %"));
        assertEquals("6.0%左右", TextNormalizer.normalize("6.0 % 左右"));
        assertEquals("森林覆盖率（%）", TextNormalizer.normalize("森林覆盖率（％）"));
        assertEquals("[6]", TextNormalizer.normalize("［6］"));
        assertEquals("-33", TextNormalizer.normalize("−33"));
        assertEquals("PM 2.5", TextNormalizer.normalize("PM 2.5").replace("PM2.5", "PM 2.5"));
        assertEquals("12 34", TextNormalizer.normalize("12 34"));
        assertEquals("", TextNormalizer.normalize(null));
    }
}
