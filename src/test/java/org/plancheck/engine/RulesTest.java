package org.plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plancheck.engine.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Severity;
import org.plancheck.model.UpperTarget;

/** Each rule on facts: one fixture that makes it fire, others that must not. */
class RulesTest {
    private static final String DOC = "daoxian.pdf";
    private static final LowerPlan DAO = county(DOC, "道县");

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + ":" + f.indicatorId() + ":" + f.severity().code()).sorted().toList();
    }

    @Test
    void coverageFiresForMissingBindingIndicatorOnly() {
        List<UpperTarget> ts = List.of(nonFossil(), urbanisation(), pm25());
        List<Finding> fs = run(ts, List.of(DAO), List.of());
        // PM2.5 is city-level (scope city), urbanisation is expected: neither is demanded of a county.
        assertEquals(List.of("PC-COVERAGE:K2-16:error"), ids(fs));
    }

    @Test
    void coverageSilentWhenPresent() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "25", "36", Attribute.BINDING, "%", 3)));
        assertEquals(List.of(), ids(fs));
    }

    @Test
    void specialPlanDemandsOnlyItsDomain() {
        LowerPlan energy = special("energy.pdf", "energy");
        List<Finding> fs = run(List.of(nonFossil(), forest()), List.of(energy), List.of());
        assertEquals(List.of("PC-COVERAGE:K2-16:error"), ids(fs));
    }

    @Test
    void strictFiresOnWeakerUniformTarget() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "25", "30", Attribute.BINDING, "%", 5)));
        assertEquals(List.of("PC-STRICT:K2-16:error"), ids(fs));
        Finding f = fs.get(0);
        assertEquals(5, f.evidence().page());
        assertEquals(30.0, f.lowerValue());
        assertEquals(35.0, f.upperValue());
        assertTrue(f.upper().contains("专栏2"), f.upper());
    }

    @Test
    void strictRespectsAtMostDirection() {
        UpperTarget acc = accidents();
        assertEquals(List.of("PC-STRICT:K2-22:error"), ids(run(List.of(acc), List.of(DAO),
                List.of(row(DOC, acc, "0.03", "0.025", Attribute.BINDING, "人/亿元", 4)))));
        assertEquals(List.of(), ids(run(List.of(acc), List.of(DAO),
                List.of(row(DOC, acc, "0.03", "≤0.02", Attribute.BINDING, "人/亿元", 4)))));
    }

    @Test
    void quotaTargetNotComparedDirectlyForCounty() {
        // A county's forest coverage of 50 % is its own level; only its base and its quota bind it.
        List<Finding> fs = run(List.of(forest()), List.of(DAO),
                List.of(row(DOC, forest(), "49", "50", Attribute.BINDING, "%", 3)));
        assertEquals(List.of(), ids(fs));
    }

    @Test
    void quotaTargetComparedDirectlyForSameJurisdictionSpecialPlan() {
        LowerPlan eco = special("eco.pdf", "ecology");
        List<Finding> fs = run(List.of(forest()), List.of(eco),
                List.of(row("eco.pdf", forest(), "55", "55.5", Attribute.BINDING, "%", 2)));
        assertEquals(List.of("PC-STRICT:K2-19:error"), ids(fs));
    }

    @Test
    void attributeDowngrade() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "25", "36", Attribute.EXPECTED, "%", 3)));
        assertEquals(List.of("PC-ATTR:K2-16:error"), ids(fs));
    }

    @Test
    void regressionBelowOwnBase() {
        List<Finding> fs = run(List.of(forest()), List.of(DAO),
                List.of(row(DOC, forest(), "62", "60", Attribute.BINDING, "%", 3)));
        assertEquals(List.of("PC-REGRESS:K2-19:error"), ids(fs));
    }

    @Test
    void unitThatCannotBeConverted() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "25", "36", Attribute.BINDING, "百分点", 3)));
        assertEquals(List.of("PC-UNIT:K2-16:error"), ids(fs));
    }

    @Test
    void convertibleUnitIsConverted() {
        UpperTarget wind = target("T-050", "风电、光伏装机", "万千瓦", "", "1200", org.plancheck.model.Direction.HIGHER,
                Attribute.EXPECTED, org.plancheck.model.Transmission.QUOTA, "all", "energy");
        LowerPlan energy = special("energy.pdf", "energy");
        // 12,500 MW = 1250 万千瓦 ≥ 1200: silent; 11,000 MW = 1100 万千瓦: weaker.
        assertEquals(List.of(), ids(run(List.of(wind), List.of(energy),
                List.of(text("energy.pdf", wind, "达到12500兆瓦", 2030, 7)))));
        assertEquals(List.of("PC-STRICT:T-050:warning"), ids(run(List.of(wind), List.of(energy),
                List.of(text("energy.pdf", wind, "达到11000MW", 2030, 7)))));
    }

    @Test
    void periodWhenOnlyAnotherYear() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO),
                List.of(text(DOC, nonFossil(), "达到40%", 2035, 9)));
        assertEquals(List.of("PC-PERIOD:K2-16:error"), ids(fs));
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO), List.of(
                text(DOC, nonFossil(), "达到40%", 2035, 9), text(DOC, nonFossil(), "达到36%", 2030, 8)))));
    }

    @Test
    void internalInconsistency() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO), List.of(
                row(DOC, nonFossil(), "25", "36", Attribute.BINDING, "%", 3),
                text(DOC, nonFossil(), "达到38%", 2030, 12)));
        assertEquals(List.of("PC-INTERNAL:K2-16:warning"), ids(fs));
        assertEquals(12, fs.get(0).evidence().page());
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO), List.of(
                row(DOC, nonFossil(), "25", "36", Attribute.BINDING, "%", 3),
                text(DOC, nonFossil(), "达到36%以上", 2030, 12)))));
    }

    @Test
    void baseConsistencyForSpecialPlansOnly() {
        LowerPlan energy = special("energy.pdf", "energy");
        assertEquals(List.of("PC-BASE:K2-16:warning"), ids(run(List.of(nonFossil()), List.of(energy),
                List.of(row("energy.pdf", nonFossil(), "26.5", "35", Attribute.BINDING, "%", 3)))));
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "26.5", "35", Attribute.BINDING, "%", 3)))));
    }

    @Test
    void quotaFromAllocationTable() {
        Facts.Quota q = new Facts.Quota("道县", "K2-19", 61.0, "quotas.tsv:3");
        assertEquals(List.of("PC-QUOTA:K2-19:error"), ids(run(List.of(forest()), List.of(DAO),
                List.of(row(DOC, forest(), "59", "60", Attribute.BINDING, "%", 3)), q)));
        assertEquals(List.of(), ids(run(List.of(forest()), List.of(DAO),
                List.of(row(DOC, forest(), "59", "61.5", Attribute.BINDING, "%", 3)), q)));
    }

    @Test
    void deferredAgainstAssignedNumber() {
        UpperTarget co2 = target("K2-15", "单位GDP二氧化碳排放降低", "%", "25.9", "以省下达任务为准",
                org.plancheck.model.Direction.HIGHER, Attribute.BINDING, org.plancheck.model.Transmission.DEFERRED,
                "all", "energy");
        Facts.Assigned a = new Facts.Assigned("道县", "K2-15", 18.0, "assigned.tsv:2");
        assertEquals(List.of("PC-DEFERRED:K2-15:error"), ids(run(List.of(co2), List.of(DAO),
                List.of(row(DOC, co2, "", "16", Attribute.BINDING, "%", 3)), a)));
        assertEquals(List.of(), ids(run(List.of(co2), List.of(DAO),
                List.of(row(DOC, co2, "", "完成市下达任务", Attribute.BINDING, "%", 3)), a)));
    }

    @Test
    void relativeTargetInsideThePlan() {
        UpperTarget gdp = target("K2-01", "地区生产总值（GDP）增长", "%", "5.6", "5—5.5",
                org.plancheck.model.Direction.HIGHER, Attribute.EXPECTED, org.plancheck.model.Transmission.INFORMATIONAL,
                "all");
        UpperTarget income = target("K2-09", "居民人均可支配收入增长", "%", "6.2", "与GDP增长同步",
                org.plancheck.model.Direction.HIGHER, Attribute.EXPECTED, org.plancheck.model.Transmission.RELATIVE,
                "all");
        Facts.Relation rel = new Facts.Relation("K2-09", "K2-01", "same");
        assertEquals(List.of("PC-RELATIVE:K2-09:warning"), ids(run(List.of(gdp, income), List.of(DAO), List.of(
                row(DOC, gdp, "5.6", "6", Attribute.EXPECTED, "%", 3),
                row(DOC, income, "6.2", "5", Attribute.EXPECTED, "%", 3)), rel)).stream()
                .filter(s -> !s.startsWith("PC-INFO")).toList());
        assertEquals(List.of(), ids(run(List.of(gdp, income), List.of(DAO), List.of(
                row(DOC, gdp, "5.6", "6", Attribute.EXPECTED, "%", 3),
                row(DOC, income, "6.2", "6.5", Attribute.EXPECTED, "%", 3)), rel)).stream()
                .filter(s -> !s.startsWith("PC-INFO")).toList());
    }

    @Test
    void aboveIsBrokenOnlyWhenTheTargetCannotBeAbove() {
        UpperTarget gdp = target("K2-01", "地区生产总值（GDP）增长", "%", "5.6", "5—5.5",
                org.plancheck.model.Direction.HIGHER, Attribute.EXPECTED, org.plancheck.model.Transmission.INFORMATIONAL,
                "all");
        UpperTarget income = target("K2-09", "居民人均可支配收入增长", "%", "6.2", "高于GDP增长",
                org.plancheck.model.Direction.HIGHER, Attribute.EXPECTED, org.plancheck.model.Transmission.RELATIVE,
                "all");
        Facts.Relation rel = new Facts.Relation("K2-09", "K2-01", "above");
        // 6 is not above 6左右: broken
        assertEquals(List.of("PC-RELATIVE:K2-09:warning"), ids(run(List.of(gdp, income), List.of(DAO), List.of(
                row(DOC, gdp, "5.6", "6左右", Attribute.EXPECTED, "%", 3),
                row(DOC, income, "6.2", "6", Attribute.EXPECTED, "%", 3)), rel)).stream()
                .filter(s -> !s.startsWith("PC-INFO")).toList());
        // 6以上 has no ceiling: it can be above 6左右
        assertEquals(List.of(), ids(run(List.of(gdp, income), List.of(DAO), List.of(
                row(DOC, gdp, "5.6", "6左右", Attribute.EXPECTED, "%", 3),
                row(DOC, income, "6.2", "6以上", Attribute.EXPECTED, "%", 3)), rel)).stream()
                .filter(s -> !s.startsWith("PC-INFO")).toList());
    }

    @Test
    void informationalDifferenceIsInfo() {
        List<Finding> fs = run(List.of(urbanisation()), List.of(DAO),
                List.of(row(DOC, urbanisation(), "48", "53", Attribute.EXPECTED, "%", 3)));
        assertEquals(List.of("PC-INFO:K2-03:info"), ids(fs));
        assertEquals(Severity.INFO, fs.get(0).severity());
        assertEquals(List.of(), ids(run(List.of(urbanisation()), List.of(DAO),
                List.of(row(DOC, urbanisation(), "48", "57", Attribute.EXPECTED, "%", 3)))));
    }

    @Test
    void aggregateShortOfTarget() {
        UpperTarget grain = target("K2-20", "粮食综合生产能力", "万吨", "310", "310",
                org.plancheck.model.Direction.HIGHER, Attribute.BINDING, org.plancheck.model.Transmission.QUOTA, "all");
        LowerPlan a = county("a.pdf", "甲县");
        LowerPlan b = county("b.pdf", "乙县");
        Object[] units = {new Facts.LowerUnit(0, "甲县", "county", 100.0), new Facts.LowerUnit(1, "乙县", "county", 300.0),
            new Facts.LowerUnit(2, "丙区", "functional", null)};
        List<Finding> fs = run(List.of(grain), List.of(a, b), List.of(
                row("a.pdf", grain, "190", "200", Attribute.BINDING, "万吨", 3),
                row("b.pdf", grain, "95", "100", Attribute.BINDING, "万吨", 3)), units);
        assertEquals(List.of("PC-AGGREGATE:K2-20:error"), ids(fs));
        assertEquals(300.0, fs.get(0).lowerValue());
        assertEquals("甲县 200；乙县 100", fs.get(0).evidence().text());
        assertEquals(List.of(), ids(run(List.of(grain), List.of(a, b), List.of(
                row("a.pdf", grain, "190", "200", Attribute.BINDING, "万吨", 3),
                row("b.pdf", grain, "95", "112", Attribute.BINDING, "万吨", 3)), units)));
        // one county missing: no total
        assertEquals(List.of(), ids(run(List.of(grain), List.of(a), List.of(
                row("a.pdf", grain, "190", "200", Attribute.BINDING, "万吨", 3)), units)));
    }

    @Test
    void ruleMetadataComplete() {
        var rules = engine().rules();
        List<String> ids = rules.stream().map(r -> r.id()).toList();
        assertEquals(List.of("PC-AGGREGATE", "PC-ATTR", "PC-BASE", "PC-CHAIN", "PC-CHAIN-BASE", "PC-COVERAGE",
                "PC-DEFERRED", "PC-DUPLICATE", "PC-INFO", "PC-INTERNAL", "PC-PEER-BASE", "PC-PEER-TARGET", "PC-PERIOD",
                "PC-PROJECT", "PC-QUOTA", "PC-REGRESS", "PC-RELATIVE", "PC-STRICT", "PC-UNIT", "PC-UNREADABLE"), ids);
        rules.forEach(r -> assertTrue(r.explanation().length() > 30 && !r.title().isEmpty(), r.id()));
    }

    @Test
    void attributeKeptIsSilent() {
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO),
                List.of(row(DOC, nonFossil(), "25", "36", Attribute.BINDING, "%", 3)))));
        // an expected upper target marked expected below: nothing to downgrade
        assertEquals(List.of(), ids(run(List.of(urbanisation()), List.of(DAO),
                List.of(row(DOC, urbanisation(), "48", "57", Attribute.EXPECTED, "%", 3)))));
    }

    @Test
    void regressionSilentWhenTargetKeepsTheBase() {
        assertEquals(List.of(), ids(run(List.of(forest()), List.of(DAO),
                List.of(row(DOC, forest(), "60", "60", Attribute.BINDING, "%", 3)))));
    }

    @Test
    void unitSilentWhenConvertibleOrAbsent() {
        UpperTarget acc = accidents();
        assertEquals(List.of(), ids(run(List.of(acc), List.of(DAO),
                List.of(row(DOC, acc, "0.03", "0.02", Attribute.BINDING, null, 4)))));
    }

    @Test
    void strictAllowsTheAboutTolerance() {
        UpperTarget energy = target("K2-13", "能源综合生产能力", "万吨标准煤", "", "500左右", Direction.HIGHER,
                Attribute.EXPECTED, org.plancheck.model.Transmission.UNIFORM, "all", "energy");
        // 5 % of 500 is 25: 476 is within, 470 is weaker
        assertEquals(List.of(), ids(run(List.of(energy), List.of(DAO),
                List.of(row(DOC, energy, "", "476", Attribute.EXPECTED, "万吨标准煤", 3)))));
        assertEquals(List.of("PC-STRICT:K2-13:warning"), ids(run(List.of(energy), List.of(DAO),
                List.of(row(DOC, energy, "", "470", Attribute.EXPECTED, "万吨标准煤", 3)))));
    }

    @Test
    void strictOnlyForIndicatorsInScope() {
        // PM2.5-like uniform target scoped to the city: a county plan is not held to it
        UpperTarget cityOnly = target("T-900", "城区空气质量优良天数比率", "%", "90", "92", Direction.HIGHER,
                Attribute.EXPECTED, org.plancheck.model.Transmission.UNIFORM, "city");
        assertEquals(List.of(), ids(run(List.of(cityOnly), List.of(DAO),
                List.of(row(DOC, cityOnly, "85", "88", Attribute.EXPECTED, "%", 3)))));
        // an energy plan is not held to an education target it happens to mention
        UpperTarget school = target("T-901", "劳动年龄人口平均受教育年限", "年", "11", "11.5", Direction.HIGHER,
                Attribute.EXPECTED, org.plancheck.model.Transmission.UNIFORM, "all", "education");
        LowerPlan energy = special("energy.pdf", "energy");
        assertEquals(List.of(), ids(run(List.of(school), List.of(energy),
                List.of(row("energy.pdf", school, "11", "11.2", Attribute.EXPECTED, "年", 3)))));
        LowerPlan edu = special("edu.pdf", "education");
        assertEquals(List.of("PC-STRICT:T-901:warning"), ids(run(List.of(school), List.of(edu),
                List.of(row("edu.pdf", school, "11", "11.2", Attribute.EXPECTED, "年", 3)))));
    }

    @Test
    void upperPlanItselfIsNotJudgedOnStrictness() {
        LowerPlan upper = new LowerPlan("upper.pdf", "永州市规划纲要", "永州市", org.plancheck.model.Tier.SAME,
                org.plancheck.model.PlanKind.GENERAL, null, "");
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(upper),
                List.of(row("upper.pdf", nonFossil(), "25", "30", Attribute.BINDING, "%", 3)))));
    }

    @Test
    void oneFindingPerRuleAndIndicatorTheFirstByPage() {
        // three weaker figures for one indicator: one PC-STRICT, with the evidence of the first page
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO), List.of(
                text(DOC, nonFossil(), "达到31%", 2030, 20),
                row(DOC, nonFossil(), "25", "30", Attribute.BINDING, "%", 5),
                text(DOC, nonFossil(), "达到32%", 2030, 9)));
        assertEquals(List.of("PC-INTERNAL:K2-16:warning", "PC-STRICT:K2-16:error"), ids(fs));
        Finding strict = fs.stream().filter(f -> f.ruleId().equals("PC-STRICT")).findFirst().orElseThrow();
        assertEquals(5, strict.evidence().page());
        Finding internal = fs.stream().filter(f -> f.ruleId().equals("PC-INTERNAL")).findFirst().orElseThrow();
        assertEquals(9, internal.evidence().page());
        // the same figure given twice is one finding
        PlanFigure weak = row(DOC, nonFossil(), "25", "30", Attribute.BINDING, "%", 5);
        assertEquals(List.of("PC-STRICT:K2-16:error"), ids(run(List.of(nonFossil()), List.of(DAO),
                List.of(weak, weak))));
    }

    @Test
    void relativeSilentWhenNoOtherFigure() {
        UpperTarget income = target("K2-09", "居民人均可支配收入增长", "%", "6.2", "与GDP增长同步",
                Direction.HIGHER, Attribute.EXPECTED, org.plancheck.model.Transmission.RELATIVE, "all");
        assertEquals(List.of(), ids(run(List.of(income), List.of(DAO),
                List.of(row(DOC, income, "6.2", "5", Attribute.EXPECTED, "%", 3)),
                new Facts.Relation("K2-09", "K2-01", "same"))));
    }

    @Test
    void twoGeneralPlansOfOneCountyWarnAndMakeNoTotalWhateverTheirOrder() {
        UpperTarget grain = target("K2-20", "粮食综合生产能力", "万吨", "310", "310", Direction.HIGHER,
                Attribute.BINDING, org.plancheck.model.Transmission.QUOTA, "all");
        LowerPlan a = county("a.pdf", "甲县");
        LowerPlan a2 = county("a2.pdf", "甲县");
        LowerPlan b = county("b.pdf", "乙县");
        Object[] units = {new Facts.LowerUnit(0, "甲县", "county", 100.0), new Facts.LowerUnit(1, "乙县", "county", 300.0)};
        List<PlanFigure> figs = List.of(row("a.pdf", grain, "190", "200", Attribute.BINDING, "万吨", 3),
                row("a2.pdf", grain, "190", "250", Attribute.BINDING, "万吨", 3),
                row("b.pdf", grain, "95", "100", Attribute.BINDING, "万吨", 3));
        List<Finding> one = run(List.of(grain), List.of(a, a2, b), figs, units);
        List<Finding> other = run(List.of(grain), List.of(b, a2, a), figs, units);
        List<String> batch = one.stream().filter(f -> f.document() == null).map(f -> f.ruleId() + ":" + f.message())
                .toList();
        assertEquals(1, batch.size(), batch.toString());
        assertTrue(batch.get(0).startsWith("PC-DUPLICATE:") && batch.get(0).contains("a.pdf、a2.pdf"), batch.get(0));
        assertEquals(batch, other.stream().filter(f -> f.document() == null).map(f -> f.ruleId() + ":" + f.message())
                .toList());
    }

    @Test
    void weightedShareNeedsEveryLandArea() {
        UpperTarget forest = forest();
        LowerPlan a = county("a.pdf", "甲县");
        LowerPlan b = county("b.pdf", "乙县");
        List<PlanFigure> figs = List.of(row("a.pdf", forest, "59", "60", Attribute.BINDING, "%", 3),
                row("b.pdf", forest, "49", "50", Attribute.BINDING, "%", 3));
        List<Finding> fs = run(List.of(forest), List.of(a, b), figs, new Facts.LowerUnit(0, "甲县", "county", 100.0),
                new Facts.LowerUnit(1, "乙县", "county", 300.0));
        // (60 × 100 + 50 × 300) / 400 = 52.5 < 56
        assertEquals(List.of("PC-AGGREGATE:K2-19:error"), ids(fs));
        assertEquals(52.5, fs.get(0).lowerValue());
        assertEquals(List.of(), ids(run(List.of(forest), List.of(a, b), figs,
                new Facts.LowerUnit(0, "甲县", "county", 100.0), new Facts.LowerUnit(1, "乙县", "county", null))));
    }

    // ---- chains, peers and projects (links.drl, projects.drl) ------------------------------------------------

    private static final LowerPlan DAO_ENERGY = new LowerPlan("dao-energy.pdf", "道县“十五五”能源发展规划", "道县",
            org.plancheck.model.Tier.LOWER, org.plancheck.model.PlanKind.SPECIAL, "energy", "");

    private static UpperTarget co2() {
        return target("K2-14", "单位GDP二氧化碳排放降低", "%", "", "以省下达任务为准", Direction.HIGHER, Attribute.BINDING,
                org.plancheck.model.Transmission.DEFERRED, "all", "energy", "ecology");
    }

    @Test
    void chainFiresWhenACountySpecialPlanIsWeakerThanItsGeneralPlan() {
        // city 35; 道县's general plan asks 40; its energy plan writes 37: no weaker than the city, weaker than 道县
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO, DAO_ENERGY),
                List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", nonFossil(), "30", "37", Attribute.BINDING, "%", 6)));
        assertEquals(List.of("PC-CHAIN:K2-16:error"), ids(fs));
        Finding f = fs.get(0);
        assertEquals("dao-energy.pdf", f.document(), "about the special plan");
        assertEquals(6, f.evidence().page());
        assertEquals(DOC, f.counterpart().document(), "the general plan's evidence beside");
        assertEquals(4, f.counterpart().evidence().page());
        assertTrue(f.upper().startsWith("上位：《道县规划纲要》（道县总体规划）第4页") && f.upper().contains("专栏2"),
                f.upper());
        assertEquals(40.0, f.upperValue());
        assertEquals(37.0, f.lowerValue());
    }

    @Test
    void chainSilentWhenTheSpecialPlanAgreesOrIsStricter() {
        for (String written : new String[] {"40", "42", "≥40"}) {
            assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO, DAO_ENERGY),
                    List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                            row("dao-energy.pdf", nonFossil(), "30", written, Attribute.BINDING, "%", 6)))), written);
        }
        // the county's 「40左右」 allows the 左右 slack (5 %): 38.5 is within it
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO, DAO_ENERGY),
                List.of(row(DOC, nonFossil(), "30", "40左右", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", nonFossil(), "30", "38.5", Attribute.BINDING, "%", 6)))));
    }

    @Test
    void chainOnlyWithinTheDomainTheJurisdictionAndOneGeneralPlan() {
        // forest coverage is an ecology target: 道县's energy plan is not held to 道县's figure
        assertEquals(List.of(), ids(run(List.of(forest()), List.of(DAO, DAO_ENERGY),
                List.of(row(DOC, forest(), "60", "62", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", forest(), "60", "61", Attribute.BINDING, "%", 6)))));
        // 江永县's energy plan does not answer to 道县's general plan
        LowerPlan jyEnergy = new LowerPlan("jy-energy.pdf", "江永县能源规划", "江永县", org.plancheck.model.Tier.LOWER,
                org.plancheck.model.PlanKind.SPECIAL, "energy", "");
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO, jyEnergy),
                List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("jy-energy.pdf", nonFossil(), "30", "37", Attribute.BINDING, "%", 6)))));
        // two general plans of 道县: which one is the upper plan is unknown, no chain (PC-DUPLICATE says why)
        LowerPlan dao2 = county("daoxian-v2.pdf", "道县");
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO, dao2, DAO_ENERGY),
                List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("daoxian-v2.pdf", nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", nonFossil(), "30", "37", Attribute.BINDING, "%", 6)));
        assertEquals(List.of("PC-DUPLICATE:null:warning"), ids(fs));
    }

    @Test
    void chainBaseFiresOnADifferentBaseOnly() {
        List<Finding> fs = run(List.of(nonFossil()), List.of(DAO, DAO_ENERGY),
                List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", nonFossil(), "28", "40", Attribute.BINDING, "%", 6)));
        assertEquals(List.of("PC-CHAIN-BASE:K2-16:warning"), ids(fs));
        assertEquals(DOC, fs.get(0).counterpart().document());
        assertEquals(List.of(), ids(run(List.of(nonFossil()), List.of(DAO, DAO_ENERGY),
                List.of(row(DOC, nonFossil(), "30", "40", Attribute.BINDING, "%", 4),
                        row("dao-energy.pdf", nonFossil(), "30.0", "40", Attribute.BINDING, "%", 6)))));
    }

    @Test
    void peerTargetFiresWhenTwoSpecialPlansOfOneJurisdictionDisagree() {
        LowerPlan energy = special("energy.pdf", "energy");
        LowerPlan eco = special("eco.pdf", "ecology");
        List<Finding> fs = run(List.of(co2()), List.of(energy, eco),
                List.of(row("energy.pdf", co2(), "", "16", Attribute.BINDING, "%", 3),
                        row("eco.pdf", co2(), "", "18", Attribute.BINDING, "%", 5)));
        assertEquals(List.of("PC-PEER-TARGET:K2-14:error"), ids(fs));
        Finding f = fs.get(0);
        assertEquals("eco.pdf", f.document());
        assertEquals("energy.pdf", f.counterpart().document(), "both plans' evidence");
        assertEquals(5, f.evidence().page());
        assertEquals(3, f.counterpart().evidence().page());
        // agreeing peers (after unit conversion) get nothing
        assertEquals(List.of(), ids(run(List.of(co2()), List.of(energy, eco),
                List.of(row("energy.pdf", co2(), "", "16", Attribute.BINDING, "%", 3),
                        row("eco.pdf", co2(), "", "≥16", Attribute.BINDING, "%", 5)))));
        UpperTarget wind = target("T-050", "风电、光伏装机", "万千瓦", "", "1200", Direction.HIGHER, Attribute.EXPECTED,
                org.plancheck.model.Transmission.QUOTA, "all", "energy");
        assertEquals(List.of(), ids(run(List.of(wind), List.of(energy, eco),
                List.of(text("energy.pdf", wind, "达到1250万千瓦", 2030, 3),
                        text("eco.pdf", wind, "达到12500兆瓦", 2030, 4)))));
        assertEquals(List.of("PC-PEER-TARGET:T-050:warning"), ids(run(List.of(wind), List.of(energy, eco),
                List.of(text("energy.pdf", wind, "达到1250万千瓦", 2030, 3),
                        text("eco.pdf", wind, "达到11000兆瓦", 2030, 4)))));
    }

    @Test
    void peersAreSpecialPlansOfOneJurisdiction() {
        LowerPlan energy = special("energy.pdf", "energy");
        LowerPlan jyEnergy = new LowerPlan("jy-energy.pdf", "江永县能源规划", "江永县", org.plancheck.model.Tier.LOWER,
                org.plancheck.model.PlanKind.SPECIAL, "energy", "");
        // the city's energy plan and 江永县's: different jurisdictions
        assertEquals(List.of(), ids(run(List.of(co2()), List.of(energy, jyEnergy),
                List.of(row("energy.pdf", co2(), "", "16", Attribute.BINDING, "%", 3),
                        row("jy-energy.pdf", co2(), "", "18", Attribute.BINDING, "%", 5)))));
        // two special plans of 道县 are peers
        LowerPlan daoEco = new LowerPlan("dao-eco.pdf", "道县生态环境保护规划", "道县", org.plancheck.model.Tier.LOWER,
                org.plancheck.model.PlanKind.SPECIAL, "ecology", "");
        assertEquals(List.of("PC-PEER-TARGET:K2-14:error"), ids(run(List.of(co2()), List.of(DAO_ENERGY, daoEco),
                List.of(row("dao-energy.pdf", co2(), "", "16", Attribute.BINDING, "%", 3),
                        row("dao-eco.pdf", co2(), "", "18", Attribute.BINDING, "%", 5)))));
        // a number beside a deferred target in words is no disagreement
        assertEquals(List.of(), ids(run(List.of(co2()), List.of(DAO_ENERGY, daoEco),
                List.of(row("dao-energy.pdf", co2(), "", "16", Attribute.BINDING, "%", 3),
                        row("dao-eco.pdf", co2(), "", "完成省下达任务", Attribute.BINDING, "%", 5)))));
    }

    @Test
    void peerBaseFiresOnDifferentBasesAfterConversion() {
        LowerPlan energy = special("energy.pdf", "energy");
        LowerPlan eco = special("eco.pdf", "ecology");
        UpperTarget hydro = target("T-051", "水电装机", "万千瓦", "", "217.4", Direction.HIGHER, Attribute.EXPECTED,
                org.plancheck.model.Transmission.QUOTA, "all", "energy", "ecology");
        assertEquals(List.of("PC-PEER-BASE:T-051:warning"), ids(run(List.of(hydro), List.of(energy, eco),
                List.of(row("energy.pdf", hydro, "210", "217.4", Attribute.EXPECTED, "万千瓦", 3),
                        row("eco.pdf", hydro, "2000", "2174", Attribute.EXPECTED, "兆瓦", 4)))));
        assertEquals(List.of(), ids(run(List.of(hydro), List.of(energy, eco),
                List.of(row("energy.pdf", hydro, "210", "217.4", Attribute.EXPECTED, "万千瓦", 3),
                        row("eco.pdf", hydro, "2100", "2174", Attribute.EXPECTED, "兆瓦", 4)))));
    }

    private static final org.plancheck.model.Project HOSPITAL = new org.plancheck.model.Project("P25-1", "中医医院新院",
            List.of(), List.of("江华瑶族自治县", "江永县", "道县", "东安县"), "专栏25 健康永州建设工程",
            "推动江华、江永、道县中医医院新院投入使用，加快东安县中医医院新院建设", 1120, "");

    private static org.plancheck.model.ProjectMention mention(String doc, String... named) {
        return new org.plancheck.model.ProjectMention(doc, "P25-1", "中医医院新院", 12, "加快中医医院新院区建设。", "中医医院新院",
                List.of(named), org.plancheck.model.Origin.TEXT, "含名称「中医医院新院」");
    }

    @Test
    void projectFiresWhenAnAssignedProjectIsNotMentioned() {
        List<Finding> fs = run(List.of(), List.of(DAO), List.of(), HOSPITAL);
        assertEquals(List.of("PC-PROJECT:P25-1:warning"), ids(fs));
        assertTrue(fs.get(0).upper().contains("专栏25") && fs.get(0).upper().contains("东安县中医医院新院建设"),
                fs.get(0).upper());
        // a mention of another county's project is not 道县's: 「江永县中医医院新院」
        assertEquals(List.of("PC-PROJECT:P25-1:warning"), ids(run(List.of(), List.of(DAO), List.of(), HOSPITAL,
                mention(DOC, "江永县"))));
    }

    @Test
    void projectSilentWhenMentionedOrNotAssigned() {
        // named for nobody in particular (「加快县中医医院新院区建设」), or in a list with 道县
        assertEquals(List.of(), ids(run(List.of(), List.of(DAO), List.of(), HOSPITAL, mention(DOC))));
        assertEquals(List.of(), ids(run(List.of(), List.of(DAO), List.of(), HOSPITAL,
                mention(DOC, "江华瑶族自治县", "江永县", "道县"))));
        // 宁远县 is assigned no hospital; special plans are not asked for projects
        assertEquals(List.of(), ids(run(List.of(), List.of(county("ny.pdf", "宁远县"), DAO_ENERGY), List.of(),
                HOSPITAL)));
    }

    @Test
    void noRuleDecidesThroughEval() throws Exception {
        try (var files = java.nio.file.Files.list(RULES)) {
            for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(!drl.matches("(?s).*\\beval\\s*\\(.*"), f + " uses eval(");
                assertTrue(!drl.contains("Judge."), f + " calls a Java judge");
            }
        }
    }

    @Test
    void everyCheckRuleHasAFiresTest() throws Exception {
        String tests = java.nio.file.Files.readString(java.nio.file.Path.of("src", "test", "java", "org", "plancheck",
                "engine", "RulesTest.java"), java.nio.charset.StandardCharsets.UTF_8);
        for (var r : engine().rules()) {
            if (!r.id().equals("PC-UNREADABLE")) {
                assertTrue(tests.contains("\"" + r.id() + ":"), r.id() + " has no test that makes it fire");
            }
        }
    }
}
