package org.plancheck.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.draft.PlanLines.Grid;
import org.plancheck.draft.PlanLines.Para;

/** The parts of a draft on small texts: identity, tables one cell a line, lower units, numbers that name things. */
class DraftPartsTest {

    private static PlanIdentity identity(String... lines) {
        return PlanIdentity.of(List.of(lines), PlanIdentity.Stated.NONE);
    }

    @Test
    void identityOfFiveYearAnnualAndReportTitles() {
        PlanIdentity yz = identity("", "永州市国民经济和社会发展", "第十五个五年规划纲要", "（草案）", "2025年3月30日");
        assertEquals("永州市国民经济和社会发展第十五个五年规划纲要（草案）", yz.name());
        assertEquals("永州市", yz.jurisdiction());
        assertEquals("city", yz.level());
        assertEquals(List.of(2025, 2030, 2026, 2030), List.of(yz.baseYear(), yz.targetYear(), yz.periodStart(),
                yz.periodEnd()));
        assertEquals("永州市“十五五”规划纲要", yz.shortName());

        PlanIdentity hn = identity("湖南省人民政府关于印发《湖南省2025年国民经济和", "社会发展计划》的通知", "湘政发〔2025〕3号");
        assertEquals("湖南省2025年国民经济和社会发展计划", hn.name());
        assertEquals("province", hn.level());
        assertTrue(hn.annual());
        assertEquals(2024, hn.baseYear());
        assertEquals("annual", hn.governs());

        PlanIdentity jx = identity("关于江西省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告");
        assertEquals("江西省", jx.jurisdiction());
        assertEquals(2026, jx.targetYear());

        PlanIdentity report = identity("政府工作报告", "——2024年12月23日在湘潭市第十六届人民代表大会第四次会议上");
        assertEquals("湘潭市", report.jurisdiction());
        assertEquals(2025, report.targetYear(), "a report given in December is about the next year");
        assertEquals("湘潭市2025年政府工作报告", report.name());

        PlanIdentity county = identity("政府工作报告", "——2025年1月9日在攸县第十八届人民代表大会第五次会议上");
        assertEquals("攸县", county.jurisdiction());
        assertEquals("county", county.level());
        assertEquals(2025, county.targetYear());

        PlanIdentity xiangxi = identity("湘西土家族苗族自治州2025年国民经济和社会发展计划");
        assertEquals("湘西土家族苗族自治州", xiangxi.jurisdiction());
        assertEquals("city", xiangxi.level());

        PlanIdentity stated = PlanIdentity.of(List.of("一段文字。"),
                new PlanIdentity.Stated("某县计划", "某县", "county", null, 2026));
        assertEquals(List.of(2025, 2026), List.of(stated.baseYear(), stated.targetYear()));
    }

    @Test
    void aTableOneCellALineIsRegroupedByItsHeader() {
        List<Object> blocks = PlanLines.of(List.of("表1 主要指标", "指标", "单位", "2024年预计", "2025年目标", "属性",
                "地区生产总值增长", "%", "5.3", "5.5左右", "预期性", "粮食产量", "万吨", "186", "186以上", "约束性",
                "到2025年底，全市5G基站达到1.2万个。"));
        Grid g = (Grid) blocks.stream().filter(b -> b instanceof Grid).findFirst().orElseThrow();
        assertEquals(5, g.columns());
        assertEquals(2, g.rows().size());
        assertEquals("表1 主要指标", g.caption());
        assertEquals("粮食产量", g.rows().get(1).get(0).text());
        assertEquals(12, g.rows().get(1).get(0).line());
        assertTrue(blocks.get(blocks.size() - 1) instanceof Para p && p.line() == 17);
        List<Found> rows = TableDrafts.read(g, 2024, 2025);
        assertEquals(List.of("5.5左右", "186以上"), rows.stream().map(Found::target).toList());
        assertEquals("约束性", rows.get(1).attribute());
        assertEquals("万吨", rows.get(1).unit());
    }

    @Test
    void aWordTableWithAMergedNameGivesEachSubRowItsOwnName() {
        List<Object> blocks = PlanLines.of(List.of("\t专栏 2 主要指标", "", "\t序号", "\t指标名称", "\t基期值", "（2025年）",
                "\t目标值", "（2030年）", "\t属性", "", "\t11", "\t每千人口拥有", "医护人员数", "\t执业医师数（人）", "\t2.67",
                "\t3.5左右", "\t预期性", "", "\t", "\t", "\t注册护士数（人）", "\t4.5", "\t5左右", "\t预期性", "",
                "\t注：[ ]为5年累计数"));
        Grid g = (Grid) blocks.stream().filter(b -> b instanceof Grid).findFirst().orElseThrow();
        List<Found> rows = TableDrafts.read(g, 2025, 2030);
        assertEquals(List.of("执业医师数", "注册护士数"), rows.stream().map(Found::name).toList());
        assertEquals(List.of("专栏2 第11项", "专栏2 第11项"), rows.stream().map(Found::section).toList());
        assertEquals(List.of(14, 21), rows.stream().map(Found::line).toList());
        assertEquals("每千人口拥有医护人员数执业医师数", rows.get(0).aliases().get(0));
    }

    @Test
    void numbersThatNameThingsAreNotValues() {
        String masked = new String(TextDrafts.mask("3岁以下婴幼儿入托率达20%，建成5G基站1.2万个，PM2.5浓度35，"
                + "“311”就业服务，国道207，到2030年，500千伏，16大产业"));
        assertEquals("#岁以下婴幼儿入托率达20%，建成#G基站1.2万个，PM###浓度35，“###”就业服务，国道###，到####年，###千伏，##大产业",
                masked);
    }

    @Test
    void lowerUnitsAreTakenFromEnumerations() {
        PlanIdentity hn = identity("湖南省2025年国民经济和社会发展计划");
        List<String[]> units = LowerUnits.find(List.of("支持长沙市、株洲市、湘潭市和湘西土家族苗族自治州协同发展，建设教育强省。"),
                hn);
        assertEquals(List.of("长沙市", "株洲市", "湘潭市", "湘西土家族苗族自治州"), units.stream().map(u -> u[0]).toList());
        assertEquals("autonomous-prefecture", units.get(3)[1]);
        assertEquals(List.of(), LowerUnits.find(List.of("统筹教育强市、科技强市、人才强市建设。"),
                identity("永州市2026年国民经济和社会发展计划")));
    }
}
