package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Qualifier;

class TextTargetsTest {
    static List<PlanFigure> find(int baseYear, int targetYear, String... passages) {
        List<org.plancheck.layout.Passage> ps = new java.util.ArrayList<>();
        for (String p : passages) {
            ps.add(new org.plancheck.layout.Passage(4, p));
        }
        return TextTargets.find(ps, "plan.pdf", baseYear, targetYear);
    }

    static List<PlanFigure> find(String... passages) {
        return find(2025, 2030, passages);
    }

    @Test
    void twoTargetsInOneSentence() {
        List<PlanFigure> f = find("到2030年，全县风电、光伏装机达到120万千瓦，水电装机达到21.7万千瓦。");
        assertEquals(2, f.size());
        assertEquals("风电、光伏装机", f.get(0).rawName());
        assertEquals(120.0, f.get(0).target().min());
        assertEquals("水电装机", f.get(1).rawName());
        assertEquals(21.7, f.get(1).target().min());
        assertEquals(2030, f.get(1).year());
        assertEquals(4, f.get(1).page());
    }

    @Test
    void spacesAndFullWidthDigitsOfRealDrafts() {
        List<PlanFigure> f = find("到 ２０３０ 年，全县森林覆盖率稳定在 ６８.５ ％ 以上。");
        assertEquals(1, f.size());
        assertEquals("森林覆盖率", f.get(0).rawName());
        assertEquals(68.5, f.get(0).target().min());
        assertEquals(Qualifier.AT_LEAST, f.get(0).target().qualifier());
    }

    @Test
    void verbsOfTheGrammar() {
        List<PlanFigure> f = find("到2030年，单位GDP能耗降至0.45吨标准煤以下，城镇调查失业率控制在5.5%以内，"
                + "地区生产总值突破400亿元，粮食产量不低于38万吨。");
        assertEquals(4, f.size());
        assertEquals(Qualifier.AT_MOST, f.get(0).target().qualifier());
        assertEquals(Qualifier.AT_MOST, f.get(1).target().qualifier());
        assertEquals(Qualifier.AT_LEAST, f.get(2).target().qualifier());
        assertEquals("粮食产量", f.get(3).rawName());
    }

    @Test
    void megawattsAndTonnesOfCoalEquivalent() {
        List<PlanFigure> f = find("到2030年，新型储能装机达到 200 MW，能源综合生产能力达到 45 万吨标煤。");
        assertEquals("兆瓦", f.get(0).target().unit());
        assertEquals(200.0, f.get(0).target().min());
        assertEquals("万吨标准煤", f.get(1).target().unit());
    }

    @Test
    void otherYearsKeepTheirYear() {
        List<PlanFigure> f = find("到2027年，新建高标准农田3万亩；到2035年，森林覆盖率达到70%。");
        assertEquals(2027, f.get(0).year());
        assertEquals("新建高标准农田", f.get(0).rawName());
        assertEquals(2035, f.get(1).year());
    }

    @Test
    void baseYearAndPastAreNotTargets() {
        assertTrue(find("2025年，全县地区生产总值达到315亿元，森林覆盖率达到68.2%。").isEmpty());
        assertTrue(find("“十四五”期间，全县累计新增光伏装机25万千瓦，地区生产总值年均增长6.2%。").isEmpty());
        assertTrue(find("全县现有各类学校120所，在校学生5.6万人。").isEmpty());
    }

    @Test
    void yearCarriesOverSemicolons() {
        List<PlanFigure> f = find("到2030年，全县光伏装机达到30万千瓦；能源综合生产能力稳定在35万吨标煤以上。");
        assertEquals(2, f.size());
        assertEquals(2030, f.get(1).year());
    }

    @Test
    void goalsListedUnderAnIntroduction() {
        List<PlanFigure> f = find("今后五年经济社会发展主要目标是：",
                "——经济发展取得新成效。地区生产总值年均增长6%左右，规模以上工业增加值年均增长7%。",
                "——民生福祉达到新水平。城镇调查失业率控制在5.5%以内。",
                "坚持创新驱动发展，研发投入增长12%。");
        assertEquals(3, f.size());
        assertEquals(2030, f.get(0).year());
        assertEquals(6.0, f.get(0).target().min());
        assertEquals(Qualifier.ABOUT, f.get(0).target().qualifier());
    }

    /** An annual plan: the catalog's target year is 2026, nothing is hard-coded to 2030. */
    @Test
    void annualPlanListStyle() {
        List<PlanFigure> f = find(2025, 2026, "2026年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，"
                + "规模工业增加值增长6.5%以上，固定资产投资增长5%；城镇调查失业率控制在5.5%以内。");
        assertEquals(4, f.size(), f.toString());
        assertEquals("地区生产总值增长", f.get(0).rawName());
        assertEquals(2026, f.get(0).year());
        assertEquals(Qualifier.AT_LEAST, f.get(1).target().qualifier());
        assertEquals(6.5, f.get(1).target().min());
        assertEquals("固定资产投资增长", f.get(2).rawName());
    }
}
