package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.layout.TitleLine;
import org.plancheck.model.Attribute;
import org.plancheck.model.Extraction;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.RowIssue;
import org.plancheck.model.StatedIdentity;
import org.plancheck.model.Tier;
import org.plancheck.quantity.TargetGrammar;

/** Each source of identity (docs/domain.md, "Which document is it?") and each refusal to judge. */
class IdentityTest {
    static Catalog yongzhou;

    @BeforeAll
    static void load() {
        yongzhou = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    }

    /** Lines of a first page: "text@size" (size in points, 12 when omitted); "^" marks a running header. */
    static LowerPlan id(String... lines) {
        List<TitleLine> out = new ArrayList<>();
        for (String l : lines) {
            boolean running = l.startsWith("^");
            String t = running ? l.substring(1) : l;
            float em = 12;
            int at = t.lastIndexOf('@');
            if (at > 0) {
                em = Float.parseFloat(t.substring(at + 1));
                t = t.substring(0, at);
            }
            out.add(new TitleLine(1, t, em, false, running));
        }
        return PlanIdentifier.identify("x.pdf", out, yongzhou);
    }

    @Test
    void titleFromTheLargestTextOfTheCover() {
        LowerPlan p = id("征求意见稿@10", "宁远县国民经济和社会发展@22", "第十五个五年规划纲要@22", "宁远县人民政府@14",
                "2026年1月@12");
        assertEquals("宁远县国民经济和社会发展第十五个五年规划纲要", p.title());
        assertEquals("宁远县", p.jurisdiction());
        assertEquals(PlanKind.GENERAL, p.kind());
        assertEquals(Tier.LOWER, p.tier());
        assertTrue(p.basis().contains("最大字号"), p.basis());
    }

    @Test
    void noticeWrapperGivesTheQuotedTitleNotTheAddresseeLine() {
        LowerPlan p = id("东安县人民政府文件@26", "东政发〔2026〕3号", "东安县人民政府关于印发《东安县国民经济和社会@16",
                "发展第十五个五年规划纲要》的通知@16", "各乡镇人民政府，县直各单位：", "《东安县国民经济和社会发展第十五个五年规划纲要》已经…");
        assertEquals("东安县国民经济和社会发展第十五个五年规划纲要", p.title());
        assertEquals("东安县", p.jurisdiction());
        assertTrue(p.basis().contains("印发通知"), p.basis());
    }

    /** A title OCR could not read surely is quoted with □ for the unsure characters, never with U+FFFD. */
    @Test
    void unsureOcrCharactersInARefusedTitleAreShownAsBoxes() {
        org.plancheck.model.Extraction e = new org.plancheck.model.Extraction(new LowerPlan("scan.pdf",
                "龙\uFFFD\uFFFD区国民经\uFFFD和社会发展第十五个五年规划", null, Tier.UNKNOWN, PlanKind.GENERAL, null, ""),
                4, true, null, java.util.List.of(), java.util.List.of(), null);
        String reason = Identity.judgeable(e, yongzhou).reason();
        assertTrue(reason.contains("标题「龙□□区国民经□和社会发展第十五个五年规划」"), reason);
        assertTrue(reason.contains("□ 为OCR未能可靠识别的字"), reason);
        assertTrue(reason.indexOf('\uFFFD') < 0, reason);
    }

    /** Reports name a special plan's domain as domains.tsv does (能源), the rules keep matching on its code. */
    @Test
    void specialPlanDomainIsShownByItsName() throws Exception {
        org.plancheck.model.Extraction e = new FigureExtractor().extract(Path.of("samples", "energy-special-plan.pdf"),
                yongzhou);
        assertEquals("energy", e.plan().domain());
        assertEquals("能源", e.plan().domainName());
        assertEquals("永州市 · 专项规划（能源）", e.plan().label());
    }

    @Test
    void countySpecialPlanIsSpecialOfItsDomainAtCountyLevel() {
        LowerPlan p = id("道县“十五五”能源发展规划@22", "（征求意见稿）@14");
        assertEquals(PlanKind.SPECIAL, p.kind());
        assertEquals("energy", p.domain());
        assertEquals("道县", p.jurisdiction());
        assertEquals(Tier.LOWER, p.tier());
    }

    @Test
    void citySpecialPlanIsOfTheUpperJurisdiction() {
        LowerPlan p = id("永州市“十五五”水利发展规划@22");
        assertEquals(Tier.SAME, p.tier());
        assertEquals("water", p.domain());
    }

    @Test
    void jurisdictionFromTheIssuerWhenTheTitleNamesNone() {
        LowerPlan p = id("“十五五”生态环境保护规划@22", "双牌县人民政府@14", "2026年2月");
        assertEquals("双牌县", p.jurisdiction());
        assertTrue(p.basis().contains("落款") || p.basis().contains("发文机关"), p.basis());
    }

    @Test
    void jurisdictionFromARunningHeader() {
        LowerPlan p = id("^江永县“十五五”规划纲要@9", "国民经济和社会发展第十五个五年规划纲要@22");
        assertEquals("江永县", p.jurisdiction());
        assertTrue(p.basis().contains("页眉") || p.basis().contains("标题"), p.basis());
    }

    @Test
    void workReportIsAnAnnualPlanOfTheCityItWasGivenTo() {
        Catalog hunan = CatalogLoader.load(Path.of("rules", "hunan-2025"));
        List<TitleLine> lines = List.of(new TitleLine(1, "政府工作报告", 22, true, false),
                new TitleLine(1, "——2025年1月在株洲市人民代表大会会议上", 14, true, false),
                new TitleLine(1, "各位代表：", 12, false, false));
        LowerPlan p = PlanIdentifier.identify("r.pdf", lines, hunan);
        assertEquals(PlanKind.ANNUAL, p.kind());
        assertEquals("株洲市", p.jurisdiction());
        assertEquals(Tier.LOWER, p.tier());
    }

    @Test
    void aNewsArticleAboutAReportIsOther() {
        Catalog hunan = CatalogLoader.load(Path.of("rules", "hunan-2025"));
        List<TitleLine> lines = List.of(new TitleLine(1, "稳字当头 干字为先——聚焦益阳市", 20, true, false),
                new TitleLine(1, "2025年政府工作报告", 20, true, false), new TitleLine(1, "本报记者 综合报道", 11, false, false));
        assertEquals(PlanKind.OTHER, PlanIdentifier.identify("n.pdf", lines, hunan).kind());
    }

    @Test
    void cityAnnualPlanWrappedInANotice() {
        Catalog hunan = CatalogLoader.load(Path.of("rules", "hunan-2025"));
        List<TitleLine> lines = List.of(new TitleLine(1, "郴州市人民政府文件", 28, true, false),
                new TitleLine(1, "郴州市人民政府关于印发《郴州市2025年国", 16, true, false),
                new TitleLine(1, "民经济和社会发展计划》的通知", 16, true, false),
                new TitleLine(1, "各县市区人民政府，市政府各工作部门，中省驻郴各单位：", 12, false, false));
        LowerPlan p = PlanIdentifier.identify("c.pdf", lines, hunan);
        assertEquals("郴州市2025年国民经济和社会发展计划", p.title());
        assertEquals(PlanKind.ANNUAL, p.kind());
        assertEquals("郴州市", p.jurisdiction());
    }

    // ---- refusals ----------------------------------------------------------------------------------------------

    static Extraction read(LowerPlan p, PlanFigure... figures) {
        return Identity.judgeable(new Extraction(p, 10, true, null, List.of(figures)), yongzhou);
    }

    static PlanFigure row(String id, String name, String target) {
        return new PlanFigure("x.pdf", name, id, name, Origin.TABLE, null, null, TargetGrammar.parse(target), null,
                2030, Attribute.BINDING, 3, name + " " + target);
    }

    @Test
    void unrecognisedJurisdictionIsRefusedAndNamesTheOverride() {
        Extraction e = read(id("某某县国民经济和社会发展第十五个五年规划纲要@22"), row("K2-19", "森林覆盖率", "60"));
        assertFalse(e.readable());
        assertTrue(e.reason().contains("辖区"), e.reason());
        assertTrue(e.fix().contains("--jurisdiction"), e.fix());
        assertFalse(e.fix().contains("可复制"), "a readable document is not asked for a copyable PDF: " + e.fix());
    }

    @Test
    void otherDocumentsAreNotJudged() {
        Extraction e = read(id("宁远县关于做好安全生产工作的通知@20"), row("K2-22", "亿元GDP生产安全事故死亡率", "0.02"));
        assertFalse(e.readable());
        assertTrue(e.fix().contains("--kind"), e.fix());
    }

    @Test
    void annualPlansAreNotGovernedByAFiveYearPlan() {
        Extraction e = read(id("宁远县2026年国民经济和社会发展计划@20"), row("K2-19", "森林覆盖率", "60"));
        assertFalse(e.readable());
        assertTrue(e.reason().contains("不约束"), e.reason());
    }

    @Test
    void statedIdentityReplacesWhatTheToolDecided() {
        LowerPlan decided = id("“十五五”能源发展规划@22");
        assertNull(decided.jurisdiction());
        LowerPlan stated = Identity.stated(decided, new StatedIdentity("道县", null, null, "--jurisdiction"), yongzhou);
        assertEquals("道县", stated.jurisdiction());
        assertEquals(Tier.LOWER, stated.tier());
        assertEquals("energy", stated.domain());
        assertTrue(stated.basis().contains("审核人员指定"), stated.basis());
        assertTrue(read(stated, row("K2-16", "非化石能源占能源消费总量比重", "35")).readable());
    }

    @Test
    void aBindingIndicatorInAnUnreadableRowMakesTheDocumentUnverifiable() {
        LowerPlan p = id("宁远县国民经济和社会发展第十五个五年规划纲要@22");
        Extraction e = new Extraction(p, 10, true, null, List.of(row("K2-16", "非化石能源占能源消费总量比重", "35")),
                List.of(new RowIssue("x.pdf", 3, "森林覆盖率", "森林覆盖率 % 60 61 约束性", "同一行的一列中有两个值", "K2-19",
                        "森林覆盖率")));
        Extraction judged = Identity.judgeable(e, yongzhou);
        assertFalse(judged.readable());
        assertTrue(judged.reason().contains("无法读取"), judged.reason());
        // an unreadable row of an expected indicator only is not a reason to refuse
        Extraction expected = Identity.judgeable(new Extraction(p, 10, true, null,
                List.of(row("K2-16", "非化石能源占能源消费总量比重", "35")), List.of(new RowIssue("x.pdf", 3,
                "常住人口城镇化率", "…", "该行没有目标值", "K2-03", "常住人口城镇化率"))), yongzhou);
        assertTrue(expected.readable(), expected.reason());
    }
}
