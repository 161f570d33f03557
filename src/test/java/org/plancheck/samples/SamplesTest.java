package org.plancheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;
import org.plancheck.run.CheckRun;
import org.plancheck.bench.Expectations;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * The sample corpus against its hand-written expectations (samples/X.expected.tsv, written from the documents):
 * each document's status, every expected finding (rule, indicator, severity, page), and no unexpected error or
 * warning. The whole corpus is checked as one batch with the example quota and assignment files, as a reviewer would.
 */
class SamplesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static Catalog catalog;
    private static CheckReport report;
    private static List<Path> files;

    @BeforeAll
    static void check() throws IOException {
        catalog = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        RuleEngine engine = RuleEngine.load(Path.of("rules", "checks"));
        try (Stream<Path> s = Files.walk(SAMPLES, 2)) {
            files = s.filter(p -> p.toString().endsWith(".pdf") && Expectations.hasExpectations(p)).sorted().toList();
        }
        Path quotas = SAMPLES.resolve("quotas.tsv");
        Path assigned = SAMPLES.resolve("assigned.tsv");
        CheckRun run = new CheckRun(catalog, engine, Readers.pdf(Limits.DEFAULT),
                Files.exists(quotas) ? Allocations.readQuotas(quotas, catalog) : List.of(),
                Files.exists(assigned) ? Allocations.readAssigned(assigned, catalog) : List.of(), false);
        report = run.run(files, s -> { });
    }

    @TestFactory
    List<DynamicTest> everySampleMeetsItsExpectations() {
        assertTrue(files.size() >= 14, "the corpus has at least 14 documents with expectations: " + files.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            DocumentResult d = report.documents().get(i);
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                var expected = Expectations.readVerdict(Expectations.expectedFile(f), catalog);
                var score = Expectations.score(expected, d, List.of());
                List<String> problems = new ArrayList<>();
                score.missed().forEach(e -> problems.add("missed " + e.ruleId() + " " + e.indicator() + " p" + e.page()
                        + " (" + e.note() + ")"));
                score.wrongPage().forEach(e -> problems.add("wrong page for " + e.ruleId() + " " + e.indicator()
                        + ": expected p" + e.page()));
                for (Finding u : score.unexpected()) {
                    if (u.severity() != Severity.INFO) {
                        problems.add("unexpected " + u.ruleId() + " " + u.indicatorName() + " " + u.severity().code()
                                + " p" + u.evidence().page() + ": " + u.message());
                    }
                }
                assertEquals(expected.status(), d.status(), f + " status; " + problems);
                assertTrue(problems.isEmpty(), f + ":\n  " + String.join("\n  ", problems));
            }));
        }
        Path batch = SAMPLES.resolve("batch.expected.tsv");
        tests.add(DynamicTest.dynamicTest("batch of all county plans", () -> {
            var score = Expectations.scoreBatch(Expectations.readBatch(batch, catalog), report.batchFindings());
            assertTrue(score.missed().isEmpty(), "missed " + score.missed());
            assertTrue(score.unexpected().isEmpty(), "unexpected " + score.unexpected());
        }));
        return tests;
    }
}
