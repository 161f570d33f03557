package org.plancheck.samples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.plancheck.bench.Corpus;
import org.plancheck.bench.Expectations;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Extraction;
import org.plancheck.model.Finding;
import org.plancheck.model.Origin;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * Every corpus under corpora/ (made by helpers who did not read the reader, truth from their generators' specs) against
 * its expectations: each document's status (or an accepted alternative), its identity, every expected finding, no
 * unexpected error or warning; and reading at the thresholds the project promises on documents made by others
 * (table rows ≥ 0.98, text targets ≥ 0.95, precision and recall).
 */
class CorporaTest {
    static final RuleEngine ENGINE = RuleEngine.load(Path.of("rules", "checks"));

    @TestFactory
    List<DynamicNode> everyCorpusMeetsItsExpectations() throws IOException {
        List<DynamicNode> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("corpora"))) {
            for (Path folder : s.filter(Files::isDirectory).sorted().toList()) {
                if (benchOnly(folder)) {
                    continue;
                }
                out.add(corpus(Corpus.read(folder)));
            }
        }
        return out;
    }

    /**
     * A corpus measured by {@code plancheck bench} only ({@code tests=bench-only} in its corpus.properties): the
     * scanned corpus takes minutes of OCR, and is covered in the suite by OcrScansTest's small scans.
     */
    static boolean benchOnly(Path folder) throws IOException {
        Path p = folder.resolve("corpus.properties");
        if (!Files.exists(p)) {
            return false;
        }
        java.util.Properties props = new java.util.Properties();
        try (var r = Files.newBufferedReader(p, java.nio.charset.StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return "bench-only".equals(props.getProperty("tests", "").strip());
    }

    private DynamicContainer corpus(Corpus c) throws IOException {
        Catalog catalog = CatalogLoader.load(c.upper());
        List<Path> files = c.documents();
        var reader = Readers.pdf(Limits.DEFAULT);
        List<Extraction> read = new ArrayList<>();
        for (Path f : files) {
            read.add(reader.read(f, catalog));
        }
        CheckReport report = new CheckRun(catalog, ENGINE, reader,
                c.quotas() == null ? List.of() : Allocations.readQuotas(c.quotas(), catalog),
                c.assigned() == null ? List.of() : Allocations.readAssigned(c.assigned(), catalog), false).judge(read);
        List<DynamicNode> tests = new ArrayList<>();
        int[] table = new int[4];
        int[] text = new int[4];
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            DocumentResult d = report.documents().get(i);
            Extraction e = read.get(i);
            if (Files.exists(Expectations.figuresFile(f))) {
                var figures = e.figures().stream()
                        .filter(x -> c.textAll() || x.source() != Origin.TEXT || x.matched()).toList();
                for (var sc : Expectations.scoreFigures(Expectations.readFigures(Expectations.figuresFile(f)),
                        figures, catalog)) {
                    int[] acc = sc.source() == Origin.TABLE ? table : text;
                    acc[0] += sc.truth();
                    acc[1] += sc.extracted();
                    acc[2] += sc.matchedTruth();
                    acc[3] += sc.matchedExtracted();
                }
            }
            if (!Expectations.hasExpectations(f)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                var expected = Expectations.readVerdict(Expectations.expectedFile(f), catalog);
                var score = Expectations.score(expected, d, List.of());
                List<String> problems = new ArrayList<>();
                if (!score.statusRight()) {
                    problems.add("status " + d.status() + " (expected " + expected.status() + "): " + d.reason());
                }
                if (expected.status() != Status.UNVERIFIABLE && d.status() != Status.UNVERIFIABLE
                        && !expected.identityMatches(d.plan())) {
                    problems.add("identity " + d.plan().label() + ", expected " + expected.jurisdiction() + " "
                            + expected.kind() + " " + expected.domain());
                }
                score.missed().forEach(m -> problems.add("missed " + m.ruleId() + " " + m.indicator()));
                for (Finding u : score.unexpected()) {
                    if (u.severity() != Severity.INFO) {
                        problems.add("unexpected " + u.ruleId() + " " + u.indicatorName() + " " + u.message());
                    }
                }
                assertTrue(problems.isEmpty(), f + ":\n  " + String.join("\n  ", problems));
            }));
        }
        tests.add(DynamicTest.dynamicTest("reading: table rows and text targets", () -> {
            String t = String.format(Locale.ROOT, "table precision %d/%d recall %d/%d; text precision %d/%d recall %d/%d",
                    table[3], table[1], table[2], table[0], text[3], text[1], text[2], text[0]);
            assertTrue(ratio(table[3], table[1]) >= 0.98 && ratio(table[2], table[0]) >= 0.98, t);
            assertTrue(ratio(text[3], text[1]) >= 0.95 && ratio(text[2], text[0]) >= 0.95, t);
        }));
        return DynamicContainer.dynamicContainer(c.name(), tests);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }
}
