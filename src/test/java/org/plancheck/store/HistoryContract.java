package org.plancheck.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.model.Tier;
import org.plancheck.report.Waivers;

/**
 * What every history database must do, whatever its engine: record jobs, files and findings, find a draft's
 * earlier checks (by name, by jurisdiction and kind), tell what changed, and keep it all across a reopen.
 */
final class HistoryContract {
    private HistoryContract() {
    }

    static Finding finding(String doc, String rule, Severity s, String indicator, String name, int page) {
        return new Finding(doc, rule, s, indicator, name, "「" + name + "」" + rule, "fix", "upper", "lower",
                new Evidence(page, page > 0 ? name + " 60" : ""), null, null, null);
    }

    static CheckReport report(String doc, String jurisdiction, List<Finding> findings) {
        LowerPlan plan = new LowerPlan(doc, jurisdiction + "国民经济和社会发展第十五个五年规划纲要", jurisdiction, Tier.LOWER,
                PlanKind.GENERAL, null, "");
        return new CheckReport("yongzhou-15th", "上位规划", List.of(new DocumentResult(plan, 8,
                DocumentResult.statusOf(findings), null, List.of(), findings)), List.of(), List.of());
    }

    /** {@code open} opens the same database each time (a restart); each run uses fresh job ids. */
    static void holds(Supplier<History> open, String prefix) {
        String a = prefix + "a";
        String b = prefix + "b";
        String c = prefix + "c";
        long t = System.currentTimeMillis();
        try (History h = open.get()) {
            h.created(a, t, "规划科 张三", "127.0.0.1", "rules/yongzhou-15th",
                    List.of(History.StoredFile.uploaded(1, "宁远县（征求意见稿）.pdf", "ab".repeat(32), 1234)));
            h.running(a);
            h.finished(a, t + 10, 1, "{\"documents\":[]}", report("宁远县（征求意见稿）.pdf", "宁远县", List.of(
                    finding("x", "PC-REGRESS", Severity.ERROR, "K2-19", "森林覆盖率", 3),
                    finding("x", "PC-STRICT", Severity.ERROR, "K2-16", "非化石能源占能源消费总量比重", 3),
                    finding("x", "PC-COVERAGE", Severity.ERROR, "K2-18", "优良水体比例", 0))), Waivers.none());
            h.created(c, t + 5, null, "127.0.0.1", "rules/yongzhou-15th",
                    List.of(History.StoredFile.uploaded(1, "道县.pdf", "cd".repeat(32), 99)));
            h.failed(c, t + 6, "检查超时");
        }
        try (History h = open.get()) {
            h.created(b, t + 20, "规划科 李四", "127.0.0.1", "rules/yongzhou-15th",
                    List.of(History.StoredFile.uploaded(1, "宁远县（送审稿）.pdf", "ef".repeat(32), 1300)));
            h.finished(b, t + 30, 1, "{\"documents\":[1]}", report("宁远县（送审稿）.pdf", "宁远县", List.of(
                    finding("y", "PC-STRICT", Severity.ERROR, "K2-16", "非化石能源占能源消费总量比重", 4),
                    finding("y", "PC-COVERAGE", Severity.ERROR, "K2-18", "优良水体比例", 0),
                    finding("y", "PC-STRICT", Severity.WARNING, "K2-08", "城镇调查失业率", 5))), Waivers.none());
        }
        try (History h = open.get()) {
            History.StoredJob jb = h.job(b).orElseThrow();
            assertEquals("done", jb.state());
            assertEquals("规划科 李四", jb.uploader());
            History.StoredFile f = jb.files().get(0);
            assertEquals("宁远县", f.jurisdiction());
            assertEquals("general", f.kind());
            assertEquals("FAIL", f.status());
            assertEquals(2, f.errors());
            assertEquals(1, f.warnings());
            assertEquals("ef".repeat(32), f.sha256());
            assertEquals("{\"documents\":[1]}", h.reportJson(b).orElseThrow());
            assertEquals("failed", h.job(c).orElseThrow().state());
            assertEquals("检查超时", h.job(c).orElseThrow().error());

            List<History.Earlier> earlier = h.earlier(b, 1);
            assertEquals(1, earlier.stream().filter(e -> e.job().id().startsWith(prefix)).count());
            assertEquals(a, earlier.get(0).job().id(), "the failed 道县 job is not an earlier version");
            assertTrue(earlier.get(0).matchedBy().contains("宁远县"));
            History.Changes ch = h.changes(b, 1).orElseThrow();
            assertEquals(List.of("PC-REGRESS|K2-19"), ch.fixed().stream().map(History.StoredFinding::key).toList());
            assertEquals(List.of("PC-STRICT|K2-08"), ch.added().stream().map(History.StoredFinding::key).toList());
            assertEquals(List.of("PC-STRICT|K2-16", "PC-COVERAGE|K2-18"),
                    ch.unchanged().stream().map(History.StoredFinding::key).toList());
            assertFalse(h.changes(a, 1).isPresent() && h.changes(a, 1).get().from().job().id().startsWith(prefix),
                    "the first version has no earlier one");
            assertEquals("森林覆盖率 60", h.findings(a, 1).get(0).evidence());
            assertTrue(h.recent(10).stream().anyMatch(j -> j.id().equals(b)));
            assertTrue(h.product().length() > 2);
        }
        try (History h = open.get()) {
            h.created(prefix + "q", t + 40, null, null, "u",
                    List.of(History.StoredFile.uploaded(1, "x.pdf", "00".repeat(32), 1)));
        }
        try (History h = open.get()) {
            assertTrue(h.interrupted(t + 50) >= 1, "a job queued when the server stopped is marked failed");
            assertEquals("failed", h.job(prefix + "q").orElseThrow().state());
        }
    }
}
