package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.Attribute;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Extraction;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.RuleInfo;
import org.plancheck.model.Status;
import org.plancheck.model.Tier;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;

/**
 * The fact and rule stage, fed what reading could hand it: a batch of one to three plans of any identity with
 * figures for any catalog targets (targets and bases written in any way, any unit, year, page, source, attribute,
 * many figures for one indicator), with the sample quotas and assignments. {@link CheckRun#judge} must never throw;
 * each finding names a loaded rule and one finding stands per document, rule and indicator; a document is
 * UNVERIFIABLE only with a reason; statuses follow the findings.
 */
class RulesFuzzTest {
    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final RuleEngine ENGINE = RuleEngine.load(Path.of("rules", "checks"));
    private static final List<Allocations.Allocation> QUOTAS = Allocations.readQuotas(Path.of("samples", "quotas.tsv"),
            CATALOG);
    private static final List<Allocations.Allocation> ASSIGNED =
            Allocations.readAssigned(Path.of("samples", "assigned.tsv"), CATALOG);
    private static final String[] WRITTEN = {"57", "≥57", "5—5.5", "3.5左右", "≤5.5", "[6]", "年均10", "高于GDP增长",
        "与GDP增长同步", "以省下达任务为准", "完成市下达任务", "达到80岁以上", "100", "0", "-3", "1e9", "56%", "1200万千瓦",
        "12500兆瓦", "5个百分点", "30亿斤", "稳步提高", ""};
    private static final String[] UNITS = {"%", "百分点", "万吨", "亿斤", "万千瓦", "兆瓦", "人/亿元", "岁", "年", "万亩",
        "微克/立方米", "亿元", ""};
    private static final String[] NAMES = {"冷水滩区", "零陵区", "道县", "永州市", "江华瑶族自治县", "回龙圩管理区", null};
    private static final String[] DOMAINS = {"energy", "ecology", "education", null};

    @FuzzTest(maxDuration = "5m")
    void judge(FuzzedDataProvider in) {
        List<UpperTarget> targets = CATALOG.targets();
        int docs = in.consumeInt(1, 3);
        List<Extraction> extractions = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            String doc = "fuzz-" + in.consumeInt(0, 2) + ".pdf";
            LowerPlan plan = new LowerPlan(doc, "t", in.pickValue(NAMES), in.pickValue(Tier.values()),
                    in.pickValue(PlanKind.values()), in.pickValue(DOMAINS), "");
            List<PlanFigure> figures = new ArrayList<>();
            int n = in.consumeInt(0, 120);
            for (int i = 0; i < n; i++) {
                UpperTarget t = in.consumeInt(0, 9) == 0 ? null : targets.get(in.consumeInt(0, targets.size() - 1));
                String written = in.consumeBoolean() ? in.pickValue(WRITTEN) : in.consumeString(10);
                String base = in.consumeBoolean() ? in.pickValue(WRITTEN) : in.consumeString(6);
                Integer year = in.consumeBoolean() ? null : in.pickValue(new Integer[] {2025, 2027, 2030, 2035});
                figures.add(new PlanFigure(doc, t == null ? in.consumeString(8) : t.name(), t == null ? null : t.id(),
                        t == null ? null : t.name(), in.pickValue(Origin.values()), TargetGrammar.number(base), base,
                        TargetGrammar.parse(written), in.pickValue(UNITS), year,
                        in.consumeBoolean() ? null : in.pickValue(Attribute.values()), in.consumeInt(1, 400),
                        written));
            }
            extractions.add(new Extraction(plan, 10, true, null, figures));
        }
        CheckRun run = new CheckRun(CATALOG, ENGINE, (p, c, s, x) -> {
            throw new AssertionError("not read here");
        }, QUOTAS, ASSIGNED, in.consumeBoolean(), Limits.DEFAULT);
        CheckReport report = run.judge(extractions);

        Set<String> ruleIds = new HashSet<>();
        for (RuleInfo r : report.rules()) {
            ruleIds.add(r.id());
        }
        assertEquals(extractions.size(), report.documents().size());
        for (DocumentResult d : report.documents()) {
            Set<String> keys = new HashSet<>();
            for (Finding f : d.findings()) {
                assertTrue(ruleIds.contains(f.ruleId()), f::toString);
                assertNotNull(f.severity(), f::toString);
                assertTrue(keys.add(f.ruleId() + "|" + f.indicatorId()), () -> "twice: " + f);
            }
            if (d.status() == Status.UNVERIFIABLE) {
                assertTrue(d.reason() != null && !d.reason().isBlank() && !d.reason().contains("\n"), d::toString);
            } else {
                assertEquals(DocumentResult.statusOf(d.findings()), d.status());
            }
        }
        Set<String> batchKeys = new HashSet<>();
        for (Finding f : report.batchFindings()) {
            assertTrue(ruleIds.contains(f.ruleId()), f::toString);
            // a finding between two plans (chain, peers) is about one document of the batch
            assertTrue(batchKeys.add(f.document() + "|" + f.ruleId() + "|" + f.indicatorId() + "|" + f.message()),
                    () -> "twice: " + f);
        }
    }
}
