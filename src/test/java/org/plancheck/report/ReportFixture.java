package org.plancheck.report;

import java.util.List;
import org.plancheck.model.Attribute;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.model.Qualifier;
import org.plancheck.model.RuleInfo;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;

/**
 * A hand-made check of three county plans, the input of every golden-file test: 道县 fails (a weaker binding
 * target, a missing binding indicator, an expected indicator below the city's that the reviewer suppressed, a
 * note on urbanisation); 江永县 passes; 蓝山县 is a scan without text. The batch has an aggregate finding that a
 * baseline already knew.
 */
final class ReportFixture {
    static final String UPPER = "永州市国民经济和社会发展第十五个五年规划纲要（草案）";
    static final String DAOXIAN = "samples/道县十五五规划纲要.pdf";
    static final String JIANGYONG = "samples/江永县十五五规划纲要.pdf";
    static final String LANSHAN = "samples/蓝山县十五五规划纲要（扫描件）.pdf";

    private ReportFixture() {
    }

    static final Finding STRICT = new Finding(DAOXIAN, "PC-STRICT", Severity.ERROR, "K2-16", "非化石能源占能源消费总量比重",
            "「非化石能源占能源消费总量比重」目标为 30，弱于上位规划约束性目标 35（越高越好）。",
            "将「非化石能源占能源消费总量比重」的2030年目标调整为不低于 35%。",
            "专栏2 第16项 非化石能源占能源消费总量比重 约束性 35（%）：「非化石能源占能源消费总量比重（%） 30 35 约束性」",
            "30%（约束性）", new Evidence(5, "非化石能源消费比重（%） 25 30 约束性"), 30.0, 35.0, 25.0);

    static final Finding COVERAGE = new Finding(DAOXIAN, "PC-COVERAGE", Severity.ERROR, "K2-20", "优良水体比例",
            "下位规划未设置上位规划的约束性指标「优良水体比例」（专栏2 第20项，目标 100）。",
            "在主要指标表中增加「优良水体比例」，标注为约束性，目标不低于上位规划要求（或按上级分解/下达任务确定）。",
            "专栏2 第20项 优良水体比例 约束性 100（%）：「优良水体比例（%） 100 100 约束性」", "", Evidence.none(),
            null, 100.0, null);

    static final Finding RD = new Finding(DAOXIAN, "PC-STRICT", Severity.WARNING, "K2-05", "研究与试验发展（R&D）经费投入强度",
            "「研究与试验发展（R&D）经费投入强度」目标为 2.0，弱于上位规划预期性目标 2.5（越高越好）。",
            "将「研究与试验发展（R&D）经费投入强度」的2030年目标调整为不弱于 2.5%。",
            "专栏2 第5项 研究与试验发展（R&D）经费投入强度 预期性 2.5（%）：「研究与试验发展（R&D）经费投入强度（%） 1.8 2.5 预期性」",
            "2.0%（预期性）", new Evidence(7, "研发经费投入强度（%） 1.2 2.0 预期性"), 2.0, 2.5, 1.2);

    static final Finding URBAN = new Finding(DAOXIAN, "PC-INFO", Severity.INFO, "K2-08", "常住人口城镇化率",
            "「常住人口城镇化率」目标为 52，上位规划为 57（预期性，各地水平可以不同，仅供参考）。",
            "", "专栏2 第8项 常住人口城镇化率 预期性 57（%）：「常住人口城镇化率（%） 53.2 57 预期性」",
            "52%（预期性）", new Evidence(6, "常住人口城镇化率（%） 48.6 52 预期性"), 52.0, 57.0, 48.6);

    static final Finding UNREADABLE = new Finding(LANSHAN, "PC-UNREADABLE", Severity.ERROR, null, null,
            "文档无法核验：无文本层（扫描件）", "提供可复制文字、未加密、完整的PDF（或原始Word文档）后重新检查。", "", "",
            Evidence.none(), null, null, null);

    static final Finding AGGREGATE = new Finding(null, "PC-AGGREGATE", Severity.ERROR, "K2-19", "森林覆盖率",
            "全市11个县市区森林覆盖率目标按土地面积加权为 55.4，低于上位规划约束性目标 56。",
            "按市级分解方案调整各县森林覆盖率目标，使加权汇总不低于 56%。",
            "专栏2 第19项 森林覆盖率 约束性 56（%）：「森林覆盖率（%） 55 56 约束性」", "55.4%（加权汇总）",
            Evidence.none(), 55.4, 56.0, 55.0);

    static CheckReport report() {
        LowerPlan dao = new LowerPlan(DAOXIAN, "道县国民经济和社会发展第十五个五年规划纲要", "道县", Tier.LOWER, PlanKind.GENERAL,
                null, "");
        LowerPlan jy = new LowerPlan(JIANGYONG, "江永县国民经济和社会发展第十五个五年规划纲要", "江永县",
                Tier.LOWER, PlanKind.GENERAL, null, "");
        LowerPlan ls = new LowerPlan(LANSHAN, "", "蓝山县", Tier.UNKNOWN, PlanKind.UNKNOWN, null, "");
        List<PlanFigure> daoFigures = List.of(
                figure(DAOXIAN, "地区生产总值年均增长", "K2-01", "地区生产总值增长", 6.0, "6.5左右", 6.5, 6.5,
                        Qualifier.ABOUT, ValueKind.ANNUAL_GROWTH, Attribute.EXPECTED, 4, "地区生产总值年均增长（%） 6.0 6.5左右 预期性"),
                figure(DAOXIAN, "非化石能源消费比重", "K2-16", "非化石能源占能源消费总量比重", 25.0, "30", 30.0, 30.0,
                        Qualifier.POINT, ValueKind.LEVEL, Attribute.BINDING, 5, "非化石能源消费比重（%） 25 30 约束性"),
                figure(DAOXIAN, "常住人口城镇化率", "K2-08", "常住人口城镇化率", 48.6, "52", 52.0, 52.0, Qualifier.POINT,
                        ValueKind.LEVEL, Attribute.EXPECTED, 6, "常住人口城镇化率（%） 48.6 52 预期性"),
                figure(DAOXIAN, "研发经费投入强度", "K2-05", "研究与试验发展（R&D）经费投入强度", 1.2, "2.0", 2.0, 2.0,
                        Qualifier.POINT, ValueKind.LEVEL, Attribute.EXPECTED, 7, "研发经费投入强度（%） 1.2 2.0 预期性"));
        List<PlanFigure> jyFigures = List.of(
                figure(JIANGYONG, "非化石能源占能源消费总量比重", "K2-16", "非化石能源占能源消费总量比重", 31.0, "36", 36.0,
                        36.0, Qualifier.POINT, ValueKind.LEVEL, Attribute.BINDING, 6, "非化石能源占能源消费总量比重（%） 31 36 约束性"),
                figure(JIANGYONG, "地表水达到或好于Ⅲ类水体比例", "K2-20", "优良水体比例", 100.0, "100", 100.0, 100.0,
                        Qualifier.POINT, ValueKind.LEVEL, Attribute.BINDING, 6, "地表水达到或好于Ⅲ类水体比例（%） 100 100 约束性"));
        DocumentResult d1 = new DocumentResult(dao, 48, Status.FAIL, null, daoFigures,
                List.of(COVERAGE, STRICT, RD, URBAN));
        DocumentResult d2 = new DocumentResult(jy, 40, Status.PASS, null, jyFigures, List.of());
        DocumentResult d3 = new DocumentResult(ls, 52, Status.UNVERIFIABLE, "无文本层（扫描件）", List.of(),
                List.of(UNREADABLE));
        return new CheckReport("yongzhou-15th", UPPER, List.of(d1, d2, d3), List.of(AGGREGATE), rules());
    }

    /** The reviewer accepted the R&D target; the aggregate was in last month's baseline. */
    static Waivers waivers() {
        return Waivers.none()
                .with(RD, new Waiver(Waiver.Kind.SUPPRESSED, "县域研发基础薄弱，经市科技局同意按2.0%安排",
                        "suppressions.tsv:2"))
                .with(AGGREGATE, new Waiver(Waiver.Kind.BASELINED, "基线 baseline.json 中已有", "baseline.json"));
    }

    private static PlanFigure figure(String doc, String raw, String id, String name, Double base, String text,
                                     Double min, Double max, Qualifier q, ValueKind kind, Attribute attr, int page,
                                     String row) {
        return new PlanFigure(doc, raw, id, name, Origin.TABLE, base, base == null ? null : Labels.number(base),
                new TargetValue(text, min, max, q, kind, "%", null, null), "%", 2030, attr, page, row);
    }

    static List<RuleInfo> rules() {
        return List.of(
                byAttribute("PC-AGGREGATE", "汇总未达上位目标", "批量检查全部县市区时，分解类指标的汇总（总量求和，比重按土地面积加权）低于上位目标。", "aggregation", "aggregate.drl"),
                rule("PC-ATTR", "约束性指标降为预期性", Severity.ERROR, "上位规划标为约束性的指标，在下位规划中标为预期性。", "attribute", "strictness.drl"),
                rule("PC-BASE", "基期值与上位规划不一致", Severity.WARNING, "同一辖区的市级专项规划所写2025年基期值与上位规划不同。", "base", "consistency.drl"),
                rule("PC-COVERAGE", "缺少约束性指标", Severity.ERROR, "适用范围内的上位约束性指标在下位规划中找不到。", "coverage", "coverage.drl"),
                byAttribute("PC-DEFERRED", "未达到下达任务", "以上级下达为准的指标，低于下达表给出的任务。", "deferred", "handed-down.drl"),
                rule("PC-INFO", "参考指标差异", Severity.INFO, "各地水平可以不同的预期性指标与上位规划不同，仅供参考。", "informational", "strictness.drl"),
                rule("PC-INTERNAL", "表文目标不一致", Severity.WARNING, "同一指标在指标表和正文中的目标不同。", "internal", "consistency.drl"),
                byAttribute("PC-PERIOD", "目标年份不符", "指标只给出了其他年份（2027、2035）的目标。", "period", "coverage.drl"),
                byAttribute("PC-QUOTA", "未落实分解指标", "县级目标低于分解表给本县的任务。", "quota", "handed-down.drl"),
                rule("PC-REGRESS", "目标低于基期水平", Severity.ERROR, "约束性指标的目标比本规划自己的基期值还差。", "non-regression", "strictness.drl"),
                byAttribute("PC-RELATIVE", "相对目标不符", "居民收入增长等相对目标与本规划自己的GDP增长目标不符。", "relative", "handed-down.drl"),
                byAttribute("PC-STRICT", "目标弱于上位规划", "下位规划的目标比上位规划的要求宽松；约束性为错误，预期性为警告。", "strictness", "strictness.drl"),
                byAttribute("PC-UNIT", "单位无法换算", "目标的单位无法换算为上位规划的单位（如%与百分点）。", "unit", "strictness.drl"),
                rule("PC-UNREADABLE", "文档无法核验", Severity.ERROR, "文档无法完整读取，判定为无法核验，绝不判定为通过。", "unverifiable", "(document reading)"));
    }

    private static RuleInfo byAttribute(String id, String title, String explanation, String check, String file) {
        return new RuleInfo(id, title, Severity.ERROR, true, explanation, check, "rules/checks/" + file);
    }

    private static RuleInfo rule(String id, String title, Severity s, String explanation, String check, String file) {
        return new RuleInfo(id, title, s, explanation, check, file.startsWith("(") ? file : "rules/checks/" + file);
    }
}
