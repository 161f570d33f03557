package org.plancheck.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts of plans the drafter was not written against find at least 90 % of the targets they state, with the right
 * numbers: four short annual-plan texts in the style of real ones (src/test/resources/catalog-draft, their truth
 * written before the drafter), and the cities' 2025 annual plans and 政府工作报告 of corpora/hunan-annual read as PDFs
 * (their figures.tsv made by another helper for the extraction benchmark).
 */
class HeldOutDraftTest {
    @TempDir
    Path dir;

    @Test
    void annualPlanTextsInTheStyleOfRealOnes() throws Exception {
        List<HeldOut.Result> results = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "catalog-draft"))) {
            for (Path truth : s.filter(p -> p.toString().endsWith(".truth.tsv")).sorted().toList()) {
                Path text = Path.of(truth.toString().replace(".truth.tsv", ".txt"));
                results.add(HeldOut.score(text, dir.resolve(text.getFileName().toString()), HeldOut.truthFile(truth)));
            }
        }
        assertShare(results, 4, 0.90);
    }

    @Test
    void citiesAnnualPlansAndWorkReportsAsPdf() throws Exception {
        List<HeldOut.Result> results = new ArrayList<>();
        Path corpus = Path.of("corpora", "hunan-annual");
        try (Stream<Path> s = Files.list(corpus)) {
            for (Path figures : s.filter(p -> p.toString().endsWith(".figures.tsv")).sorted().toList()) {
                Path pdf = Path.of(figures.toString().replace(".figures.tsv", ".pdf"));
                List<HeldOut.Truth> truth = HeldOut.figuresFile(figures, 2025);
                if (truth.isEmpty()) {
                    continue; // the news article states no target of its own
                }
                results.add(HeldOut.score(pdf, dir.resolve(pdf.getFileName().toString()), truth));
            }
        }
        assertShare(results, 7, 0.90);
    }

    private static void assertShare(List<HeldOut.Result> results, int documents, double share) throws IOException {
        int found = 0;
        int all = 0;
        StringBuilder report = new StringBuilder();
        for (HeldOut.Result r : results) {
            found += r.found().size();
            all += r.found().size() + r.missed().size();
            report.append(String.format("%n%s: %d/%d", r.document(), r.found().size(),
                    r.found().size() + r.missed().size()));
            r.missed().forEach(t -> report.append("\n  missed ").append(t.name()).append(' ').append(t.written()));
        }
        System.out.printf("held-out: %d/%d targets found (%.1f %%)%s%n", found, all, 100.0 * found / all, report);
        assertTrue(results.size() >= documents, "documents: " + results.size());
        assertTrue(found >= share * all, String.format("%d/%d found%s", found, all, report));
    }
}
