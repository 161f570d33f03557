package org.plancheck.bench;

import org.plancheck.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.InputException;
import org.plancheck.catalog.Tsv;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Status;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TextNormalizer;

/**
 * Hand-written expectations beside a sample ({@code X.expected.tsv}, {@code X.figures.tsv}) and the comparison
 * of a result with them: used by the corpus test and by {@code plancheck bench}.
 */
public final class Expectations {

    /** One expected finding; {@code indicatorId} is resolved from the catalog when the name is known. */
    public record ExpectedFinding(String ruleId, String indicator, String indicatorId, String severity, int page,
                                  String note, int line) {
    }

    /**
     * The expected verdict of one document: its status (and other statuses also accepted, e.g. UNVERIFIABLE where
     * refusing is as safe as reading right), its identity when stated, and the findings.
     */
    public record ExpectedVerdict(Status status, java.util.Set<Status> accepted, String jurisdiction, String kind,
                                  String domain, List<ExpectedFinding> findings) {
        public ExpectedVerdict(Status status, List<ExpectedFinding> findings) {
            this(status, java.util.Set.of(), null, null, null, findings);
        }

        public boolean allows(Status s) {
            return s == status || accepted.contains(s);
        }

        /** Whether the plan's identity is the stated one (true when the expectations state none). */
        public boolean identityMatches(org.plancheck.model.LowerPlan p) {
            return (jurisdiction == null || jurisdiction.equals(p.jurisdiction()))
                    && (kind == null || kind.equals(p.kind().code()))
                    && (domain == null || domain.equals(p.domain()));
        }

        public boolean statesIdentity() {
            return jurisdiction != null || kind != null || domain != null;
        }
    }

    /** One figure as the document states it. */
    public record ExpectedFigure(Origin source, String indicator, String rawName, String target, Double min,
                                 Double max, String attribute, Integer year, int page) {
    }

    /** How a result compares with its expectations. */
    public record VerdictScore(boolean statusRight, List<ExpectedFinding> found, List<ExpectedFinding> missed,
                               List<Finding> unexpected, List<ExpectedFinding> wrongPage) {
    }

    /** Extraction precision and recall counts for one document and one source (table or text). */
    public record FigureScore(Origin source, int truth, int extracted, int matchedTruth, int matchedExtracted,
                              List<ExpectedFigure> missed, List<PlanFigure> extra) {
    }

    private Expectations() {
    }

    /** The expectations file beside a sample PDF: X.pdf → X.expected.tsv. */
    public static Path expectedFile(Path pdf) {
        return sibling(pdf, ".expected.tsv");
    }

    public static Path figuresFile(Path pdf) {
        return sibling(pdf, ".figures.tsv");
    }

    private static Path sibling(Path pdf, String suffix) {
        String n = pdf.getFileName().toString();
        String stem = n.toLowerCase().endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
        return pdf.resolveSibling(stem + suffix);
    }

    public static ExpectedVerdict readVerdict(Path file, Catalog catalog) {
        List<String> lines = Tsv.readLines(file);
        Status status = null;
        java.util.Set<Status> accepted = new java.util.HashSet<>();
        java.util.Map<String, String> identity = new java.util.HashMap<>();
        int n = 0;
        for (String l : lines) {
            n++;
            String t = l.strip();
            if (!t.startsWith("#") || !t.contains(":")) {
                continue;
            }
            String key = t.substring(1, t.indexOf(':')).strip();
            String v = t.substring(t.indexOf(':') + 1).strip();
            try {
                switch (key) {
                    case "status" -> status = Status.valueOf(v);
                    case "accept" -> {
                        for (String a : v.split("[\\s,]+")) {
                            accepted.add(Status.valueOf(a));
                        }
                    }
                    case "jurisdiction", "kind", "domain" -> identity.put(key, v.isEmpty() ? null : v);
                    default -> { }
                }
            } catch (IllegalArgumentException e) {
                throw new InputException(file, n, "status must be PASS, FAIL or UNVERIFIABLE, not '" + v + "'");
            }
        }
        if (status == null) {
            throw new InputException(file, 1, "first line must be '# status: PASS|FAIL|UNVERIFIABLE'");
        }
        List<ExpectedFinding> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "ruleId", "indicator", "severity", "page")) {
            String ind = r.get("indicator");
            String id = ind.isEmpty() ? null : idOf(catalog, ind);
            int page;
            try {
                page = r.get("page").isEmpty() ? 0 : Integer.parseInt(r.get("page"));
            } catch (NumberFormatException e) {
                throw r.error("page must be a number");
            }
            out.add(new ExpectedFinding(r.required("ruleId"), ind, id, r.required("severity"), page, r.get("note"),
                    r.line()));
        }
        return new ExpectedVerdict(status, java.util.Set.copyOf(accepted), identity.get("jurisdiction"),
                identity.get("kind"), identity.get("domain"), out);
    }

    /** The id an expectation's indicator names: a catalog target's (by id, name or alias), or a project's id. */
    static String idOf(Catalog c, String indicator) {
        return resolve(c, indicator).map(UpperTarget::id).orElseGet(() -> c.projects().stream()
                .filter(p -> p.id().equals(indicator)).map(org.plancheck.model.Project::id).findFirst().orElse(null));
    }

    /** Catalog target by id, exact name or alias, then by normalised name containment (table targets first). */
    static Optional<UpperTarget> resolve(Catalog c, String indicator) {
        Optional<UpperTarget> byId = c.byId(indicator);
        if (byId.isPresent()) {
            return byId;
        }
        String n = norm(indicator);
        List<UpperTarget> sorted = new ArrayList<>(c.targets());
        sorted.sort((a, b) -> a.origin().compareTo(b.origin()));
        for (UpperTarget t : sorted) {
            if (norm(t.name()).equals(n) || t.aliases().stream().anyMatch(a -> norm(a).equals(n))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static String norm(String s) {
        return TextNormalizer.normalize(s).replaceAll("[（(].*?[）)]", "").replaceAll("[\\s、，,]", "");
    }

    /** Whether a finding fulfils an expectation: same rule, same severity, same indicator (by id or by name). */
    static boolean matches(ExpectedFinding e, Finding f) {
        if (!e.ruleId().equals(f.ruleId()) || !e.severity().equalsIgnoreCase(f.severity().code())) {
            return false;
        }
        if (e.indicator().isEmpty()) {
            return true;
        }
        if (e.indicatorId() != null) {
            return e.indicatorId().equals(f.indicatorId());
        }
        String n = norm(e.indicator());
        return f.indicatorName() != null && (norm(f.indicatorName()).contains(n) || n.contains(norm(f.indicatorName())));
    }

    public static VerdictScore score(ExpectedVerdict expected, DocumentResult actual, List<Finding> batch) {
        if (actual.status() != expected.status() && expected.allows(actual.status())) {
            // an accepted alternative (refusing where reading right was possible): findings are not scored
            return new VerdictScore(true, List.of(), List.of(), List.of(), List.of());
        }
        List<Finding> pool = new ArrayList<>(actual.findings());
        List<ExpectedFinding> found = new ArrayList<>();
        List<ExpectedFinding> missed = new ArrayList<>();
        List<ExpectedFinding> wrongPage = new ArrayList<>();
        for (ExpectedFinding e : expected.findings()) {
            Finding hit = pool.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(e);
                continue;
            }
            pool.remove(hit);
            found.add(e);
            if (e.page() > 0 && hit.evidence().page() != e.page() && !unpaged(hit.evidence())) {
                wrongPage.add(e);
            }
        }
        if (expected.status() == Status.UNVERIFIABLE) {
            // the unreadable-document finding is what UNVERIFIABLE means: not a surprise
            pool.removeIf(f -> "PC-UNREADABLE".equals(f.ruleId()));
        }
        return new VerdictScore(expected.allows(actual.status()), found, missed, pool, wrongPage);
    }

    /** Evidence in a Word document that states no pages: located by where it stands, its page is not compared. */
    static boolean unpaged(org.plancheck.model.Evidence e) {
        return e.page() <= 0 && e.where() != null;
    }

    /** Batch expectations (X.expected.tsv without a status line) against the batch findings. */
    public static List<ExpectedFinding> readBatch(Path file, Catalog catalog) {
        List<ExpectedFinding> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "ruleId", "indicator", "severity")) {
            String ind = r.get("indicator");
            out.add(new ExpectedFinding(r.required("ruleId"), ind,
                    ind.isEmpty() ? null : idOf(catalog, ind),
                    r.required("severity"), 0, r.get("note"), r.line()));
        }
        return out;
    }

    /** Scores batch findings: found, missed and unexpected, as for a document. */
    public static VerdictScore scoreBatch(List<ExpectedFinding> expected, List<Finding> batch) {
        List<Finding> pool = new ArrayList<>(batch);
        List<ExpectedFinding> found = new ArrayList<>();
        List<ExpectedFinding> missed = new ArrayList<>();
        for (ExpectedFinding e : expected) {
            Finding hit = pool.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
            if (hit == null) {
                missed.add(e);
            } else {
                pool.remove(hit);
                found.add(e);
            }
        }
        return new VerdictScore(true, found, missed, pool, List.of());
    }

    public static List<ExpectedFigure> readFigures(Path file) {
        List<ExpectedFigure> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "source", "indicator", "rawName", "target", "min", "max", "attribute",
                "year", "page")) {
            try {
                out.add(new ExpectedFigure(Origin.parse(r.required("source")), r.get("indicator"), r.get("rawName"),
                        r.get("target"), num(r.get("min")), num(r.get("max")), r.get("attribute"),
                        r.get("year").isEmpty() ? null : Integer.valueOf(r.get("year")),
                        Integer.parseInt(r.required("page"))));
            } catch (NumberFormatException e) {
                throw r.error("bad number: " + e.getMessage());
            }
        }
        return out;
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }

    /**
     * Whether an extracted figure is the expected one: same source and page (unless a Word document states no
     * pages), same year, the same interval (within rounding), the same attribute when the truth states one, and the
     * same indicator when both are matched.
     */
    static boolean matches(ExpectedFigure e, PlanFigure f, Catalog c) {
        if (e.source() != f.source() || e.page() != f.page() && !unpaged(f.evidence())) {
            return false;
        }
        if (e.year() != null && f.year() != null && !e.year().equals(f.year())) {
            return false;
        }
        if (!close(e.min(), f.target().min()) || !close(e.max(), f.target().max())) {
            return false;
        }
        if (!e.attribute().isEmpty() && (f.attribute() == null || !f.attribute().label().equals(e.attribute()))) {
            return false;
        }
        if (!e.indicator().isEmpty()) {
            Optional<UpperTarget> t = resolve(c, e.indicator());
            if (t.isPresent() && f.indicatorId() != null && !t.get().id().equals(f.indicatorId())) {
                return false;
            }
        }
        return true;
    }

    private static boolean close(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));
    }

    public static List<FigureScore> scoreFigures(List<ExpectedFigure> truth, List<PlanFigure> extracted, Catalog c) {
        List<FigureScore> out = new ArrayList<>();
        for (Origin src : Origin.values()) {
            List<ExpectedFigure> t = truth.stream().filter(e -> e.source() == src).toList();
            List<PlanFigure> x = extracted.stream().filter(f -> f.source() == src).toList();
            List<PlanFigure> pool = new ArrayList<>(x);
            List<ExpectedFigure> missed = new ArrayList<>();
            int matchedTruth = 0;
            for (ExpectedFigure e : t) {
                PlanFigure hit = pool.stream().filter(f -> matches(e, f, c)).findFirst().orElse(null);
                if (hit != null) {
                    pool.remove(hit);
                    matchedTruth++;
                } else {
                    missed.add(e);
                }
            }
            out.add(new FigureScore(src, t.size(), x.size(), matchedTruth, x.size() - pool.size(), missed, pool));
        }
        return out;
    }

    /**
     * Figures that state another value than the document does: an extracted figure that matches no truth row, while
     * truth rows of the same source, page, year and indicator exist and none of them states its interval (the figure
     * was read, and its number read wrong). What OCR must never produce. A figure whose value is right but whose
     * other cells were read differently (an attribute, say) is a miss of the scoring, not a wrong value.
     */
    public static List<PlanFigure> contradicting(List<ExpectedFigure> truth, List<PlanFigure> extracted, Catalog c) {
        List<PlanFigure> out = new ArrayList<>();
        for (FigureScore s : scoreFigures(truth, extracted, c)) {
            for (PlanFigure f : s.extra()) {
                if (f.indicatorId() == null) {
                    continue;
                }
                List<ExpectedFigure> same = truth.stream().filter(e -> e.source() == f.source()
                        && e.page() == f.page()
                        && (e.year() == null || f.year() == null || e.year().equals(f.year()))
                        && resolve(c, e.indicator()).map(t -> t.id().equals(f.indicatorId())).orElse(false))
                        .toList();
                if (!same.isEmpty() && same.stream().noneMatch(e -> close(e.min(), f.target().min())
                        && close(e.max(), f.target().max()))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    public static boolean hasExpectations(Path pdf) {
        return Files.exists(expectedFile(pdf));
    }
}
