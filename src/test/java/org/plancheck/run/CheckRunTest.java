package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.catalog.PlanInfo;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.Attribute;
import org.plancheck.model.CheckReport;
import org.plancheck.model.Direction;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.model.Status;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TargetGrammar;

/** The orchestration: statuses, batch aggregates, unreadable documents, one bad file not stopping the batch. */
class CheckRunTest {
    private static final RuleEngine ENGINE = RuleEngine.load(Path.of("rules", "checks"));

    private static UpperTarget target(String id, String name, String unit, String base, String target,
                                      Transmission tr) {
        TargetValue v = TargetGrammar.parse(target).withUnit(unit);
        return new UpperTarget(id, name, List.of(), "安全保障", List.of(), unit, TargetGrammar.number(base), base, v,
                Direction.HIGHER, Attribute.BINDING, tr, "all", Origin.TABLE, "专栏2", name, 1, "");
    }

    private static final UpperTarget GRAIN = target("K2-20", "粮食综合生产能力", "万吨", "310", "310", Transmission.QUOTA);
    private static final UpperTarget FOREST = target("K2-19", "森林覆盖率", "%", "55", "56", Transmission.QUOTA);

    private static Catalog catalog(List<Jurisdiction> units) {
        return new Catalog(Path.of("x"), new PlanInfo("t", "测试上位规划", "测试", "测试市", "city", 2025, 2030, 2026, 2030),
                List.of(GRAIN, FOREST), units, List.of(), List.of());
    }

    private static PlanFigure fig(String doc, UpperTarget t, String value) {
        return new PlanFigure(doc, t.name(), t.id(), t.name(), Origin.TABLE, null, "", TargetGrammar.parse(value),
                t.unit(), 2030, Attribute.BINDING, 2, t.name() + " " + value);
    }

    /** A reader that serves prepared extractions by file name, and reports any other file unreadable. */
    private static DocumentReader reader(Map<String, Extraction> byName) {
        return (path, cat, stated, cancel) -> byName.getOrDefault(path.toString(), new Extraction(
                new LowerPlan(path.toString(), null, null, Tier.UNKNOWN, PlanKind.UNKNOWN, null, ""), 0, false, "不是PDF文件", List.of()));
    }

    private static Extraction county(String doc, String name, PlanFigure... figures) {
        return new Extraction(new LowerPlan(doc, name, name, Tier.LOWER, PlanKind.GENERAL, null, ""), 10, true, null,
                List.of(figures));
    }

    @Test
    void aggregatesOnlyWhenEveryCountyIsInTheBatch() {
        List<Jurisdiction> units = List.of(new Jurisdiction("甲县", "county", List.of(), 100.0, ""),
                new Jurisdiction("乙县", "county", List.of(), 300.0, ""),
                new Jurisdiction("丙区", "functional", List.of(), null, ""));
        Map<String, Extraction> docs = Map.of(
                "a.pdf", county("a.pdf", "甲县", fig("a.pdf", GRAIN, "200"), fig("a.pdf", FOREST, "60")),
                "b.pdf", county("b.pdf", "乙县", fig("b.pdf", GRAIN, "100"), fig("b.pdf", FOREST, "50")));
        CheckRun run = new CheckRun(catalog(units), ENGINE, reader(docs), List.of(), List.of(), false);
        CheckReport both = run.run(List.of(Path.of("a.pdf"), Path.of("b.pdf")), s -> { });
        // grain 200 + 100 = 300 < 310; forest (60×100 + 50×300) / 400 = 52.5 < 56.
        List<String> batch = both.batchFindings().stream().map(f -> f.ruleId() + ":" + f.indicatorId()).toList();
        assertEquals(List.of("PC-AGGREGATE:K2-19", "PC-AGGREGATE:K2-20"), batch.stream().sorted().toList());
        assertTrue(both.batchFindings().stream().anyMatch(f -> Math.abs(f.lowerValue() - 52.5) < 1e-9));
        CheckReport one = run.run(List.of(Path.of("a.pdf")), s -> { });
        assertEquals(List.of(), one.batchFindings());
    }

    @Test
    void unreadableDocumentIsUnverifiableAndDoesNotStopTheBatch() {
        Map<String, Extraction> docs = Map.of("a.pdf", county("a.pdf", "甲县", fig("a.pdf", GRAIN, "20"),
                fig("a.pdf", FOREST, "60")));
        CheckRun run = new CheckRun(catalog(List.of()), ENGINE, reader(docs), List.of(), List.of(), false);
        List<String> progress = new ArrayList<>();
        CheckReport r = run.run(List.of(Path.of("broken.pdf"), Path.of("a.pdf")), progress::add);
        assertEquals(2, r.documents().size());
        DocumentResult broken = r.documents().get(0);
        assertEquals(Status.UNVERIFIABLE, broken.status());
        assertEquals("PC-UNREADABLE", broken.findings().get(0).ruleId());
        assertEquals(Status.PASS, r.documents().get(1).status());
        assertEquals(2, progress.size());
    }

    @Test
    void missingBindingIndicatorFailsTheDocument() {
        Map<String, Extraction> docs = Map.of("a.pdf", county("a.pdf", "甲县", fig("a.pdf", GRAIN, "20")));
        CheckRun run = new CheckRun(catalog(List.of()), ENGINE, reader(docs), List.of(), List.of(), true);
        DocumentResult d = run.run(List.of(Path.of("a.pdf")), s -> { }).documents().get(0);
        assertEquals(Status.FAIL, d.status());
        assertEquals("PC-COVERAGE", d.findings().get(0).ruleId());
        assertEquals("K2-19", d.findings().get(0).indicatorId());
        assertTrue(d.findings().get(0).explanation().contains("PC-COVERAGE"), d.findings().get(0).explanation());
    }

    /** Issue 13: thousands of rows for one indicator made the rule stage run 105 s and 6.9 GB; now refused at once. */
    @Test
    void tooManyFiguresForOneIndicatorIsUnverifiableBeforeTheRules() {
        List<PlanFigure> many = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            many.add(new PlanFigure("a.pdf", GRAIN.name(), GRAIN.id(), GRAIN.name(), i % 2 == 0 ? Origin.TABLE
                    : Origin.TEXT, 300.0 + i, "", TargetGrammar.parse(String.valueOf(200 + i)), "万吨", 2030,
                    Attribute.BINDING, 1 + i / 40, "row " + i));
        }
        Map<String, Extraction> docs = Map.of("a.pdf", county("a.pdf", "甲县", many.toArray(PlanFigure[]::new)),
                "b.pdf", county("b.pdf", "乙县", fig("b.pdf", GRAIN, "100"), fig("b.pdf", FOREST, "50")));
        CheckRun run = new CheckRun(catalog(List.of()), ENGINE, reader(docs), List.of(), List.of(), false);
        long t0 = System.nanoTime();
        CheckReport r = run.run(List.of(Path.of("a.pdf"), Path.of("b.pdf")), s -> { });
        assertTrue((System.nanoTime() - t0) / 1e9 < 10, "refused quickly");
        DocumentResult a = r.documents().get(0);
        assertEquals(Status.UNVERIFIABLE, a.status());
        assertTrue(a.reason().contains("粮食综合生产能力") && a.reason().contains("3000")
                && a.reason().contains("maxFiguresPerIndicator") && !a.reason().contains("\n"), a.reason());
        assertEquals(Status.PASS, r.documents().get(1).status(), "the good document keeps its verdict");
    }

    /** Within the limits, a full document's worth of figures is judged in bounded time (joins are not cubic). */
    @Test
    void manyFiguresWithinTheLimitsAreJudgedQuickly() throws Exception {
        var catalog = org.plancheck.catalog.CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        List<PlanFigure> figs = new ArrayList<>();
        int k = 0;
        for (UpperTarget t : catalog.targets()) {
            for (int i = 0; i < 30; i++, k++) {
                figs.add(new PlanFigure("big.pdf", t.name(), t.id(), t.name(), i % 2 == 0 ? Origin.TABLE : Origin.TEXT,
                        10.0 + i, String.valueOf(10 + i), TargetGrammar.parse(String.valueOf(5 + i)), t.unit(),
                        i % 5 == 0 ? 2035 : 2030, i % 3 == 0 ? Attribute.EXPECTED : Attribute.BINDING, 1 + k / 30,
                        "row " + k));
            }
        }
        Extraction big = county("big.pdf", "道县", figs.toArray(PlanFigure[]::new));
        CheckRun run = new CheckRun(catalog, ENGINE, reader(Map.of("big.pdf", big)), List.of(), List.of(), false);
        long t0 = System.nanoTime();
        DocumentResult d = run.run(List.of(Path.of("big.pdf")), s -> { }).documents().get(0);
        double sec = (System.nanoTime() - t0) / 1e9;
        assertTrue(figs.size() > 4000, "figures " + figs.size());
        assertEquals(Status.FAIL, d.status(), d.reason());
        assertTrue(sec < 30, "rule stage took " + sec + " s");
    }

    /** A rule session that outruns its budget is halted: the document is UNVERIFIABLE, never a hang. */
    @Test
    void ruleStageOverItsBudgetIsUnverifiable() {
        var catalog = org.plancheck.catalog.CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        List<PlanFigure> figs = new ArrayList<>();
        for (UpperTarget t : catalog.targets()) {
            for (int i = 0; i < 20; i++) {
                figs.add(new PlanFigure("big.pdf", t.name(), t.id(), t.name(), Origin.TEXT, null, "",
                        TargetGrammar.parse(String.valueOf(5 + i)), t.unit(), 2030, null, 1 + i, "row"));
            }
        }
        RuleEngine.Context ctx = new CheckRun(catalog, ENGINE, reader(Map.of()), List.of(), List.of(), false)
                .context();
        RuleEngine.Judgement j = ENGINE.judge(ctx, new LowerPlan("big.pdf", "t", "道县", Tier.LOWER, PlanKind.GENERAL,
                null, ""), figs, false, java.time.Duration.ofMillis(1));
        assertTrue(j.failed());
        assertTrue(j.failure().startsWith("规则检查超时"), j.failure());
    }
}
