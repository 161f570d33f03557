package org.plancheck.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicContainer;
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
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * Word drafts give the verdicts of their PDF exports: every .docx with a PDF of the same stem (corpora/independent:
 * the python-docx sources of its PDFs; samples/docx: the samples' HTML sources saved as .docx by LibreOffice) is
 * checked beside its PDF, in one batch each, through the reader the commands use (by content). Each pair must have
 * the same status and the same findings (rule, indicator, severity); pages are compared only where the Word document
 * states them. Each Word document must also meet the PDF's expectations (X.expected.tsv), pages ignored where it
 * states none.
 */
class WordVersusPdfTest {
    private static final RuleEngine ENGINE = RuleEngine.load(Path.of("rules", "checks"));

    @TestFactory
    List<DynamicContainer> wordDraftsGiveTheVerdictsOfTheirPdfs() throws IOException {
        List<DynamicContainer> out = new ArrayList<>();
        out.add(corpus(Path.of("corpora", "independent")));
        out.add(corpus(Path.of("samples")));
        return out;
    }

    private static DynamicContainer corpus(Path folder) throws IOException {
        Corpus c = Corpus.read(folder);
        assertTrue(c.words() != null, folder + "/corpus.properties says docx=true");
        Catalog catalog = CatalogLoader.load(c.upper());
        List<Path> docx = c.words().documents();
        List<Path> pdfs = docx.stream().map(c::truth).toList();
        CheckRun run = new CheckRun(catalog, ENGINE, Readers.documents(Limits.DEFAULT),
                c.quotas() == null ? List.of() : Allocations.readQuotas(c.quotas(), catalog),
                c.assigned() == null ? List.of() : Allocations.readAssigned(c.assigned(), catalog), false);
        CheckReport fromWord = run.run(docx, x -> { });
        CheckReport fromPdf = run.run(pdfs, x -> { });
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every Word draft has its PDF", () -> {
            assertTrue(docx.size() >= 12, folder + " holds " + docx.size() + " Word drafts");
            for (Path p : pdfs) {
                assertTrue(Files.exists(p), p + " missing");
            }
        }));
        for (int i = 0; i < docx.size(); i++) {
            Path d = docx.get(i);
            DocumentResult w = fromWord.documents().get(i);
            DocumentResult p = fromPdf.documents().get(i);
            tests.add(DynamicTest.dynamicTest(d.getFileName().toString(), () -> {
                List<String> problems = differences(w, p);
                Path expected = Expectations.expectedFile(pdfs.get(docx.indexOf(d)));
                if (Files.exists(expected)) {
                    problems.addAll(againstExpectations(Expectations.readVerdict(expected, catalog), w, c));
                }
                assertEquals(p.status(), w.status(), d + " status (" + w.reason() + "); " + problems);
                assertTrue(problems.isEmpty(), d + ":\n  " + String.join("\n  ", problems));
            }));
        }
        return DynamicContainer.dynamicContainer(c.words().name(), tests);
    }

    /** Findings of one that the other lacks (rule, indicator, severity), and pages that differ where Word states one. */
    static List<String> differences(DocumentResult word, DocumentResult pdf) {
        List<String> out = new ArrayList<>();
        List<Finding> pool = new ArrayList<>(pdf.findings());
        for (Finding f : word.findings()) {
            Finding hit = pool.stream().filter(g -> same(f, g)).findFirst().orElse(null);
            if (hit == null) {
                out.add("only in Word: " + describe(f));
                continue;
            }
            pool.remove(hit);
            if (f.evidence().page() > 0 && hit.evidence().page() > 0 && f.evidence().page() != hit.evidence().page()) {
                out.add("page differs: " + describe(f) + " PDF p" + hit.evidence().page());
            }
        }
        pool.forEach(g -> out.add("only in PDF: " + describe(g)));
        return out;
    }

    private static List<String> againstExpectations(Expectations.ExpectedVerdict expected, DocumentResult d,
                                                    Corpus c) {
        List<String> out = new ArrayList<>();
        var score = Expectations.score(expected, d, List.of());
        score.missed().forEach(e -> out.add("expected " + e.ruleId() + " " + e.indicator() + " (" + e.note() + ")"));
        score.wrongPage().forEach(e -> {
            Finding f = d.findings().stream().filter(x -> x.ruleId().equals(e.ruleId())
                    && (e.indicatorId() == null || e.indicatorId().equals(x.indicatorId()))).findFirst().orElse(null);
            if (f != null && f.evidence().page() > 0) {
                out.add("expected page " + e.page() + " for " + e.ruleId() + " " + e.indicator());
            }
        });
        for (Finding u : score.unexpected()) {
            if (u.severity() != Severity.INFO || c.infoListed()) {
                out.add("unexpected " + describe(u));
            }
        }
        if (!score.statusRight()) {
            out.add("status " + d.status() + ", expected " + expected.status());
        }
        return out;
    }

    private static boolean same(Finding a, Finding b) {
        return a.ruleId().equals(b.ruleId()) && a.severity() == b.severity()
                && java.util.Objects.equals(a.indicatorId(), b.indicatorId());
    }

    private static String describe(Finding f) {
        return f.ruleId() + " " + f.indicatorName() + " " + f.severity().code() + " " + f.evidence().place() + ": "
                + f.message();
    }
}
