package org.plancheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.InputException;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.report.JsonReport;
import org.plancheck.report.Waiver;
import org.plancheck.report.Waivers;

/** Exit codes, suppressions and baselines: what makes CI fail and what a reviewer can wave through. */
class WaiversTest {
    @TempDir
    Path dir;

    private static final String DOC = "samples/道县十五五规划纲要.pdf";

    private static Finding finding(String doc, String rule, Severity s, String id, String name) {
        return new Finding(doc, rule, s, id, name, "问题", "修改", "上位", "下位", new Evidence(3, "原文"), 1.0, 2.0,
                null);
    }

    private static final Finding STRICT = finding(DOC, "PC-STRICT", Severity.ERROR, "K2-16", "非化石能源占能源消费总量比重");
    private static final Finding WARN = finding(DOC, "PC-INTERNAL", Severity.WARNING, "K2-01", "地区生产总值增长");
    private static final Finding INFO = finding(DOC, "PC-INFO", Severity.INFO, "K2-08", "常住人口城镇化率");
    private static final Finding AGG = finding(null, "PC-AGGREGATE", Severity.ERROR, "K2-19", "森林覆盖率");

    private static CheckReport report(List<Finding> docFindings, List<Finding> batch, Status... extra) {
        LowerPlan p = new LowerPlan(DOC, "道县规划", "道县", Tier.LOWER, PlanKind.GENERAL, null, "");
        List<DocumentResult> docs = new java.util.ArrayList<>();
        docs.add(new DocumentResult(p, 10, DocumentResult.statusOf(docFindings), null, List.of(), docFindings));
        for (Status s : extra) {
            LowerPlan q = new LowerPlan("samples/scan.pdf", "", "蓝山县", Tier.UNKNOWN, PlanKind.UNKNOWN, null, "");
            docs.add(new DocumentResult(q, 0, s, "无文本层（扫描件）", List.of(), List.of()));
        }
        return new CheckReport("yongzhou-15th", "上位", docs, batch, List.of());
    }

    @Test
    void exitCodeFollowsFailOnAndIgnoresWaivedFindings() {
        CheckReport r = report(List.of(STRICT, WARN, INFO), List.of());
        assertEquals(1, ExitCodes.of(r, Severity.ERROR));
        assertEquals(1, ExitCodes.of(r, Severity.INFO));
        assertEquals(0, ExitCodes.of(r, null));
        CheckReport onlyWarn = report(List.of(WARN, INFO), List.of());
        assertEquals(0, ExitCodes.of(onlyWarn, Severity.ERROR));
        assertEquals(1, ExitCodes.of(onlyWarn, Severity.WARNING));
        assertEquals(0, ExitCodes.of(report(List.of(INFO), List.of()), Severity.WARNING));

        Waivers w = Waivers.none().with(STRICT, new Waiver(Waiver.Kind.SUPPRESSED, "同意", "s.tsv:2"));
        assertEquals(0, ExitCodes.of(r, w, Severity.ERROR));
        assertEquals(1, ExitCodes.of(r, w, Severity.WARNING));
        w = w.with(WARN, new Waiver(Waiver.Kind.BASELINED, "基线", "b.json"));
        assertEquals(0, ExitCodes.of(r, w, Severity.WARNING));
        assertEquals(1, ExitCodes.of(r, w, Severity.INFO));
    }

    @Test
    void batchFindingsCountAndUnverifiableWinsRegardless() {
        assertEquals(1, ExitCodes.of(report(List.of(), List.of(AGG)), Severity.ERROR));
        CheckReport scan = report(List.of(), List.of(), Status.UNVERIFIABLE);
        assertEquals(3, ExitCodes.of(scan, Severity.ERROR));
        assertEquals(3, ExitCodes.of(scan, null));
        assertEquals(3, ExitCodes.of(report(List.of(STRICT), List.of(AGG), Status.UNVERIFIABLE), Severity.ERROR));
        assertEquals(0, ExitCodes.of(report(List.of(INFO), List.of()), ExitCodes.failOn("never")));
        assertEquals(Severity.WARNING, ExitCodes.failOn(" Warning "));
        assertNull(ExitCodes.failOn("never"));
    }

    @Test
    void suppressionsMatchByRuleDocumentAndIndicatorWithWildcards() throws Exception {
        Path tsv = dir.resolve("suppressions.tsv");
        Files.writeString(tsv, """
                # reviewed 2026-03
                ruleId\tdocument\tindicator\treason
                PC-STRICT\t道县十五五规划纲要.pdf\tK2-16\t经市发改委同意分两步达到
                PC-INFO\t*\t*\t城镇化率各县不同，仅供参考
                PC-AGGREGATE\t*\t森林覆盖率\t市林业局另行分解
                PC-INTERNAL\tsamples/other.pdf\t*\t别的文档
                """, StandardCharsets.UTF_8);
        Suppressions s = Suppressions.read(tsv);
        assertEquals(4, s.entries().size());
        CheckReport r = report(List.of(STRICT, WARN, INFO), List.of(AGG));
        Waivers w = s.apply(r, Waivers.none());
        assertEquals("经市发改委同意分两步达到", w.of(STRICT).reason());
        assertEquals(tsv + ":3", w.of(STRICT).source());
        assertEquals(Waiver.Kind.SUPPRESSED, w.of(INFO).kind());
        assertEquals("市林业局另行分解", w.of(AGG).reason());
        assertTrue(w.active(WARN), "suppression for another document does not apply");
        assertEquals(1, ExitCodes.of(r, w, Severity.WARNING));
        assertEquals(0, ExitCodes.of(r, w, Severity.ERROR));
    }

    @Test
    void suppressionWithoutReasonIsRefusedWithFileAndLine() throws Exception {
        Path tsv = dir.resolve("s.tsv");
        Files.writeString(tsv, "ruleId\tdocument\tindicator\treason\nPC-INFO\t*\t*\t原因\nPC-STRICT\t*\tK2-16\t  \n",
                StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> Suppressions.read(tsv));
        assertEquals(3, e.line());
        assertTrue(e.oneLine().startsWith(tsv + ":3: "), e.oneLine());
        assertTrue(e.getMessage().contains("reason"));
        Files.writeString(tsv, "ruleId\tdocument\tindicator\treason\nPC-STRICT\t道县.pdf\n", StandardCharsets.UTF_8);
        assertEquals(2, assertThrows(InputException.class, () -> Suppressions.read(tsv)).line());
    }

    @Test
    void jsonReportWorksAsBaseline() throws Exception {
        CheckReport before = report(List.of(STRICT, INFO), List.of(AGG));
        StringBuilder json = new StringBuilder();
        new JsonReport().write(before, json);
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        Baseline b = Baseline.read(file);
        assertEquals(3, b.fingerprints().size());
        // the same plan checked again from another folder: new warning only
        Finding moved = finding("/tmp/in/道县十五五规划纲要.pdf", "PC-STRICT", Severity.ERROR, "K2-16", "x");
        CheckReport now = report(List.of(moved, WARN), List.of(AGG));
        Waivers w = b.apply(now, Waivers.none());
        assertEquals(Waiver.Kind.BASELINED, w.of(moved).kind());
        assertEquals(Waiver.Kind.BASELINED, w.of(AGG).kind());
        assertTrue(w.active(WARN));
        assertEquals(0, ExitCodes.of(now, w, Severity.ERROR));
        assertEquals(1, ExitCodes.of(now, w, Severity.WARNING));

        // a suppression applied first keeps its reason
        Waivers sup = Waivers.none().with(AGG, new Waiver(Waiver.Kind.SUPPRESSED, "同意", "s:2"));
        assertEquals(Waiver.Kind.SUPPRESSED, b.apply(now, sup).of(AGG).kind());
    }

    @Test
    void brokenBaselineIsAConfigurationError() throws Exception {
        Path file = dir.resolve("b.json");
        Files.writeString(file, "{\"documents\": [", StandardCharsets.UTF_8);
        assertThrows(InputException.class, () -> Baseline.read(file));
        Files.writeString(file, "{\"version\": \"2.1.0\"}", StandardCharsets.UTF_8);
        assertTrue(assertThrows(InputException.class, () -> Baseline.read(file)).getMessage().contains("documents"));
        assertThrows(InputException.class, () -> Baseline.read(dir.resolve("missing.json")));
    }
}
