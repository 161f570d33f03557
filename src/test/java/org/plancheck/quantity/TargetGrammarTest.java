package org.plancheck.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;

/** Every form of docs/domain.md "How a target reads", with the values it must give. */
class TargetGrammarTest {

    private static void assertValue(String written, Double min, Double max, Qualifier q, ValueKind kind,
                                    String unit) {
        TargetValue v = TargetGrammar.parse(written);
        String ctx = "parse(\"" + written + "\") = " + v;
        assertEquals(written.strip(), v.text(), ctx);
        assertEquals(min, v.min(), ctx);
        assertEquals(max, v.max(), ctx);
        assertEquals(q, v.qualifier(), ctx);
        assertEquals(kind, v.kind(), ctx);
        assertEquals(unit, v.unit(), ctx);
    }

    private static void level(String written, Double min, Double max, Qualifier q, String unit) {
        assertValue(written, min, max, q, ValueKind.LEVEL, unit);
    }

    @Test
    void plainLevels() {
        level("57", 57.0, 57.0, Qualifier.POINT, null);
        level("达到57%", 57.0, 57.0, Qualifier.POINT, "%");
        level("提高到57%", 57.0, 57.0, Qualifier.POINT, "%");
        level("提升至70%", 70.0, 70.0, Qualifier.POINT, "%");
        level("0.0217", 0.0217, 0.0217, Qualifier.POINT, null);
        level("1200万千瓦", 1200.0, 1200.0, Qualifier.POINT, "万千瓦");
        level("下降15%", 15.0, 15.0, Qualifier.POINT, "%");
        level("提高6个百分点", 6.0, 6.0, Qualifier.POINT, "百分点");
    }

    @Test
    void ranges() {
        level("5—5.5", 5.0, 5.5, Qualifier.RANGE, null);
        level("5%-5.5%", 5.0, 5.5, Qualifier.RANGE, "%");
        level("5%～5.5%", 5.0, 5.5, Qualifier.RANGE, "%");
        level("5.5–5", 5.0, 5.5, Qualifier.RANGE, null);
        level("10—15人", 10.0, 15.0, Qualifier.RANGE, "人");
        level("2—3处", 2.0, 3.0, Qualifier.RANGE, "处");
        level("5至6", 5.0, 6.0, Qualifier.RANGE, null);
    }

    @Test
    void about() {
        level("3.5左右", 3.5, 3.5, Qualifier.ABOUT, null);
        level("稳定在730万亩左右", 730.0, 730.0, Qualifier.ABOUT, "万亩");
        level("约1182套", 1182.0, 1182.0, Qualifier.ABOUT, "套");
        level("2.4%左右", 2.4, 2.4, Qualifier.ABOUT, "%");
    }

    @Test
    void upperBounds() {
        level("≤5.5", null, 5.5, Qualifier.AT_MOST, null);
        level("＜5.5", null, 5.5, Qualifier.AT_MOST, null);
        level("<5.5", null, 5.5, Qualifier.AT_MOST, null);
        level("5.5%以内", null, 5.5, Qualifier.AT_MOST, "%");
        level("5%以下", null, 5.0, Qualifier.AT_MOST, "%");
        level("降至13%以下", null, 13.0, Qualifier.AT_MOST, "%");
        level("控制在5.5%", null, 5.5, Qualifier.AT_MOST, "%");
        level("控制在5.5%以内", null, 5.5, Qualifier.AT_MOST, "%");
        level("不超过13%", null, 13.0, Qualifier.AT_MOST, "%");
        level("不高于5.5%", null, 5.5, Qualifier.AT_MOST, "%");
        level("低于0.0217", null, 0.0217, Qualifier.AT_MOST, null);
    }

    @Test
    void lowerBounds() {
        level("≥90", 90.0, null, Qualifier.AT_LEAST, null);
        level("≥ 90", 90.0, null, Qualifier.AT_LEAST, null);
        level("90以上", 90.0, null, Qualifier.AT_LEAST, null);
        level("达到35%以上", 35.0, null, Qualifier.AT_LEAST, "%");
        level("不低于90%", 90.0, null, Qualifier.AT_LEAST, "%");
        level("不低于7600万立方米", 7600.0, null, Qualifier.AT_LEAST, "万立方米");
        level("突破3600亿元", 3600.0, null, Qualifier.AT_LEAST, "亿元");
        level("超过3500家", 3500.0, null, Qualifier.AT_LEAST, "家");
        level("超1万人", 1.0, null, Qualifier.AT_LEAST, "万人");
        level("稳定在60.5亿斤以上", 60.5, null, Qualifier.AT_LEAST, "亿斤");
        level("6000套（间）以上", 6000.0, null, Qualifier.AT_LEAST, "套");
    }

    @Test
    void cumulativeInBrackets() {
        assertValue("[6]", 6.0, 6.0, Qualifier.POINT, ValueKind.CUMULATIVE, null);
        assertValue("[25.9]", 25.9, 25.9, Qualifier.POINT, ValueKind.CUMULATIVE, null);
        assertValue("[-33%]", -33.0, -33.0, Qualifier.POINT, ValueKind.CUMULATIVE, "%");
        assertValue("[−33%]", -33.0, -33.0, Qualifier.POINT, ValueKind.CUMULATIVE, "%");
        assertValue("［6］", 6.0, 6.0, Qualifier.POINT, ValueKind.CUMULATIVE, null);
        assertValue("【6】", 6.0, 6.0, Qualifier.POINT, ValueKind.CUMULATIVE, null);
    }

    @Test
    void annualGrowth() {
        assertValue("年均10", 10.0, 10.0, Qualifier.POINT, ValueKind.ANNUAL_GROWTH, null);
        assertValue("年均增长5%—5.5%", 5.0, 5.5, Qualifier.RANGE, ValueKind.ANNUAL_GROWTH, "%");
        assertValue("年均增长7%左右", 7.0, 7.0, Qualifier.ABOUT, ValueKind.ANNUAL_GROWTH, "%");
        assertValue("年平均增长6%以上", 6.0, null, Qualifier.AT_LEAST, ValueKind.ANNUAL_GROWTH, "%");
    }

    @Test
    void relativeTargets() {
        TargetValue above = TargetGrammar.parse("高于GDP增长");
        assertEquals(ValueKind.RELATIVE, above.kind());
        assertEquals("GDP增长", above.relation());
        assertEquals("above", above.relationOp());
        assertEquals(Qualifier.NONE, above.qualifier());
        assertTrue(!above.hasNumber());

        TargetValue same = TargetGrammar.parse("与GDP增长同步");
        assertEquals(ValueKind.RELATIVE, same.kind());
        assertEquals("GDP增长", same.relation());
        assertEquals("same", same.relationOp());

        TargetValue sameBasic = TargetGrammar.parse("与经济增长基本同步");
        assertEquals("经济增长", sameBasic.relation());
        assertEquals("same", sameBasic.relationOp());

        TargetValue rural = TargetGrammar.parse("增速高于城镇居民");
        assertEquals(ValueKind.RELATIVE, rural.kind());
        assertEquals("城镇居民增长", rural.relation());
        assertEquals("above", rural.relationOp());

        TargetValue rural2 = TargetGrammar.parse("增速持续高于城镇居民");
        assertEquals("城镇居民增长", rural2.relation());

        TargetValue province = TargetGrammar.parse("高于全省平均水平");
        assertEquals("全省平均水平", province.relation());
    }

    @Test
    void deferredTargets() {
        for (String s : new String[] {"以省下达任务为准", "完成省定目标", "完成市下达任务", "以国家下达为准",
            "完成上级下达任务", "按省下达目标执行"}) {
            TargetValue v = TargetGrammar.parse(s);
            assertEquals(ValueKind.DEFERRED, v.kind(), s);
            assertEquals(Qualifier.NONE, v.qualifier(), s);
            assertNull(v.min(), s);
            assertNull(v.max(), s);
        }
    }

    @Test
    void fullWidthDigitsAndSigns() {
        level("３３", 33.0, 33.0, Qualifier.POINT, null);
        level("５５％", 55.0, 55.0, Qualifier.POINT, "%");
        level("＜５．５", null, 5.5, Qualifier.AT_MOST, null);
        level("≥９０％", 90.0, null, Qualifier.AT_LEAST, "%");
        level("５％－５．５％", 5.0, 5.5, Qualifier.RANGE, "%");
    }

    @Test
    void straySpaces() {
        level("6.0 % 左右", 6.0, 6.0, Qualifier.ABOUT, "%");
        level("到 2030 年达到 57 %", 57.0, 57.0, Qualifier.POINT, "%");
        level("5 — 5.5", 5.0, 5.5, Qualifier.RANGE, null);
        level("1200 万千瓦", 1200.0, 1200.0, Qualifier.POINT, "万千瓦");
        level("\u3000５５\u3000", 55.0, 55.0, Qualifier.POINT, null);
    }

    @Test
    void yearsDateATargetButAreNotItsValue() {
        level("到2030年突破3600亿元", 3600.0, null, Qualifier.AT_LEAST, "亿元");
        level("力争到2030年学生体质健康优良率达60%", 60.0, 60.0, Qualifier.POINT, "%");
        level("到2030年底开展补贴性职业技能培训3万人次以上", 3.0, null, Qualifier.AT_LEAST, "万人次");
        level("2030年前达到35%", 35.0, 35.0, Qualifier.POINT, "%");
        TargetValue span = TargetGrammar.parse("2025—2030年");
        assertTrue(!span.hasNumber(), span.toString());
    }

    @Test
    void numbersInsideNamesAreSkipped() {
        level("3岁以下婴幼儿入托率达20%", 20.0, 20.0, Qualifier.POINT, "%");
        level("新增4A级旅游景区3家", 3.0, 3.0, Qualifier.POINT, "家");
        level("PM2.5浓度35微克/立方米", 35.0, 35.0, Qualifier.POINT, "微克/立方米");
        level("PM2.5浓度控制在35微克/立方米以下", null, 35.0, Qualifier.AT_MOST, "微克/立方米");
    }

    @Test
    void fromBaseToTargetIsNotARange() {
        level("从51.7%提高到57%", 57.0, 57.0, Qualifier.POINT, "%");
        level("由10.68年提高到11.5年", 11.5, 11.5, Qualifier.POINT, "年");
        level("从2.67人提高到3.5人左右", 3.5, 3.5, Qualifier.ABOUT, "人");
        level("从35%降至30%以下", null, 30.0, Qualifier.AT_MOST, "%");
    }

    @Test
    void thousandsSeparators() {
        level("3,600亿元", 3600.0, 3600.0, Qualifier.POINT, "亿元");
    }

    @Test
    void unitsAfterTheNumber() {
        level("12GW", 12.0, 12.0, Qualifier.POINT, "吉瓦");
        level("800MW", 800.0, 800.0, Qualifier.POINT, "兆瓦");
        level("800兆瓦", 800.0, 800.0, Qualifier.POINT, "兆瓦");
        level("600万吨标煤", 600.0, 600.0, Qualifier.POINT, "万吨标准煤");
        level("60.5亿斤", 60.5, 60.5, Qualifier.POINT, "亿斤");
        level("35微克/立方米", 35.0, 35.0, Qualifier.POINT, "微克/立方米");
        level("0.0217人/亿元", 0.0217, 0.0217, Qualifier.POINT, "人/亿元");
        level("80.2岁", 80.2, 80.2, Qualifier.POINT, "岁");
        level("2.5万个", 2.5, 2.5, Qualifier.POINT, "万个");
    }

    @Test
    void noNumber() {
        for (String s : new String[] {"", "—", "-", "  ", "明显提高", "森林覆盖率（%）"}) {
            TargetValue v = TargetGrammar.parse(s);
            assertTrue(!v.hasNumber(), s);
            assertEquals(Qualifier.NONE, v.qualifier(), s);
        }
        TargetValue nul = TargetGrammar.parse(null);
        assertEquals("", nul.text());
        assertEquals(Qualifier.NONE, nul.qualifier());
    }

    @Test
    void bareNumbersOfTableCells() {
        assertEquals(55.0, TargetGrammar.number("55"));
        assertEquals(55.0, TargetGrammar.number("５５"));
        assertEquals(10.68, TargetGrammar.number("10.68"));
        assertEquals(5.5, TargetGrammar.number("≤5.5"));
        assertEquals(6.0, TargetGrammar.number("[6]"));
        assertEquals(10.0, TargetGrammar.number("年均10"));
        assertEquals(0.0334, TargetGrammar.number(" 0.0334 "));
        assertNull(TargetGrammar.number("—"));
        assertNull(TargetGrammar.number("以省下达任务为准"));
        assertNull(TargetGrammar.number(null));
    }
}
