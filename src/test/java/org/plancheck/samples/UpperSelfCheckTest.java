package org.plancheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Status;
import org.plancheck.model.Tier;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * The province's annual plan checked against itself (samples/upper/hunan-2025-annual-plan.pdf, made from
 * rules/hunan-2025/plan.txt by scripts/upper/make-hunan-pdf.sh): identified as 湖南省's own annual plan (tier same),
 * every target of the catalog read from it, judged for internal consistency only — no coverage or strictness finding,
 * even for a binding target it does not restate, which a city's plan is asked for.
 */
class UpperSelfCheckTest {
    private static final Path PDF = Path.of("samples", "upper", "hunan-2025-annual-plan.pdf");

    @TempDir
    Path dir;

    private static CheckReport check(Catalog catalog, List<Path> files) {
        RuleEngine engine = RuleEngine.load(Path.of("rules", "checks"));
        return new CheckRun(catalog, engine, Readers.pdf(Limits.DEFAULT), Allocations.none(), Allocations.none(), false)
                .run(files, s -> { });
    }

    @Test
    void theProvincesPlanIsItsOwnAnnualPlanAndPasses() {
        Catalog hunan = CatalogLoader.load(Path.of("rules", "hunan-2025"));
        DocumentResult d = check(hunan, List.of(PDF)).documents().get(0);
        assertEquals("湖南省", d.plan().jurisdiction());
        assertEquals(Tier.SAME, d.plan().tier());
        assertEquals(PlanKind.ANNUAL, d.plan().kind());
        assertEquals(Status.PASS, d.status(), d.reason());
        assertEquals(List.of(), d.findings().stream().map(Finding::ruleId).toList());
        assertEquals(hunan.targets().stream().map(t -> t.id()).collect(Collectors.toSet()),
                d.figures().stream().filter(f -> f.matched()).map(f -> f.indicatorId()).collect(Collectors.toSet()),
                "every target of the catalog is read from the plan itself");
    }

    @Test
    void onlyInternalConsistencyIsJudged() throws IOException {
        // a copy of the catalog with a binding target the plan states only for 2024 (总量达5.3万亿元)
        Path upper = dir.resolve("hunan");
        Files.createDirectories(upper);
        for (String f : List.of("plan.properties", "plan.txt", "jurisdictions.tsv", "targets.tsv")) {
            Files.copy(Path.of("rules", "hunan-2025", f), upper.resolve(f));
        }
        Files.writeString(upper.resolve("targets.tsv"), String.join("\t", "H-99", "地区生产总值", "GDP总量", "测试", "",
                "万亿元", "", "5.3", "higher", "level", "约束性", "quota", "all", "text", "测试", "总量达5.3万亿元", "",
                "测试用约束性目标") + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Catalog c = CatalogLoader.load(upper);
        CheckReport r = check(c, List.of(PDF, Path.of("corpora", "hunan-annual", "chenzhou-2025-plan.pdf")));
        DocumentResult self = r.documents().get(0);
        DocumentResult city = r.documents().get(1);
        assertEquals(Tier.SAME, self.plan().tier());
        assertTrue(self.findings().stream().noneMatch(f -> f.ruleId().equals("PC-COVERAGE")), self.findings()::toString);
        assertEquals(Status.PASS, self.status());
        assertEquals(Tier.LOWER, city.plan().tier());
        assertTrue(city.findings().stream().anyMatch(f -> f.ruleId().equals("PC-COVERAGE")
                && "H-99".equals(f.indicatorId())), city.findings()::toString);
    }
}
