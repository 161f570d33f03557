package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.plancheck.catalog.Allocations.Allocation;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.engine.Facts;
import org.plancheck.engine.Judge;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;

/**
 * The one place that runs a check: documents in, {@link CheckReport} out. Used by every command and by tests.
 * Reads each document (a bad one becomes UNVERIFIABLE and the batch goes on), runs the rules once over the
 * whole batch (so aggregates can see every county), and decides each document's status.
 */
public final class CheckRun {
    private final Catalog catalog;
    private final RuleEngine engine;
    private final DocumentReader reader;
    private final List<Allocation> quotas;
    private final List<Allocation> assigned;
    private final boolean explain;

    public CheckRun(Catalog catalog, RuleEngine engine, DocumentReader reader, List<Allocation> quotas,
                    List<Allocation> assigned, boolean explain) {
        this.catalog = catalog;
        this.engine = engine;
        this.reader = reader;
        this.quotas = quotas;
        this.assigned = assigned;
        this.explain = explain;
    }

    private java.util.function.Function<Path, org.plancheck.model.StatedIdentity> stated =
            f -> org.plancheck.model.StatedIdentity.NONE;

    /** What the reviewer states of each document's identity (--jurisdiction, --kind, --domain, a manifest). */
    public CheckRun withStated(java.util.function.Function<Path, org.plancheck.model.StatedIdentity> s) {
        this.stated = s;
        return this;
    }

    /** Checks {@code files}; {@code progress} receives one line per document (the CLI shows it on a terminal). */
    public CheckReport run(List<Path> files, Consumer<String> progress) {
        List<Extraction> extractions = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            progress.accept("[" + i + "/" + files.size() + "] " + f);
            extractions.add(reader.read(f, catalog, stated.apply(f)));
        }
        return judge(extractions);
    }

    /** Runs the rules over already-read documents. */
    public CheckReport judge(List<Extraction> extractions) {
        int year = catalog.plan().targetYear();
        List<LowerPlan> plans = new ArrayList<>();
        List<PlanFigure> figures = new ArrayList<>();
        for (Extraction e : extractions) {
            if (!e.readable()) {
                continue;
            }
            plans.add(e.plan());
            for (PlanFigure f : e.figures()) {
                figures.add(f.year() == null ? withYear(f, year) : f);
            }
        }
        List<Object> extra = new ArrayList<>();
        quotas.forEach(q -> extra.add(new Facts.Quota(q.jurisdiction(), q.indicatorId(), q.value(),
                q.file() + ":" + q.line())));
        assigned.forEach(a -> extra.add(new Facts.Assigned(a.jurisdiction(), a.indicatorId(), a.value(),
                a.file() + ":" + a.line())));
        extra.addAll(relations());
        extra.addAll(aggregates(plans, figures, year));
        List<Finding> all = plans.isEmpty() ? List.of()
                : engine.run(new RuleEngine.Input(year, catalog.targets(), plans, figures, extra), explain);

        Map<String, List<Finding>> byDoc = new LinkedHashMap<>();
        List<Finding> batch = new ArrayList<>();
        for (Finding f : dedupe(all)) {
            if (f.document() == null) {
                batch.add(f);
            } else {
                byDoc.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f);
            }
        }
        List<DocumentResult> results = new ArrayList<>();
        for (Extraction e : extractions) {
            if (!e.readable()) {
                Finding unreadable = new Finding(e.plan().document(), "PC-UNREADABLE", Severity.ERROR, null, null,
                        "文档无法核验：" + e.reason(), e.fix() != null ? e.fix()
                                : "提供可复制文字、未加密、完整的PDF（或原始Word文档）后重新检查。",
                        "", "", Evidence.none(), null, null, null);
                results.add(new DocumentResult(e.plan(), e.pages(), Status.UNVERIFIABLE, e.reason(), e.figures(),
                        List.of(unreadable)));
                continue;
            }
            List<Finding> fs = new ArrayList<>(byDoc.getOrDefault(e.plan().document(), List.of()));
            fs.sort(ORDER);
            results.add(new DocumentResult(e.plan(), e.pages(), DocumentResult.statusOf(fs), null, e.figures(),
                    List.copyOf(fs)));
        }
        batch.sort(ORDER);
        return new CheckReport(catalog.plan().id(), catalog.plan().name(), results, batch, engine.rules());
    }

    /** Most severe first, then by page (missing indicators, page 0, first), then rule and indicator. */
    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> -f.severity().ordinal())
            .thenComparingInt(f -> f.evidence().page())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.indicatorId() == null ? "" : f.indicatorId());


    private static PlanFigure withYear(PlanFigure f, int year) {
        return new PlanFigure(f.document(), f.rawName(), f.indicatorId(), f.indicatorName(), f.source(), f.base(),
                f.baseText(), f.target(), f.unit(), year, f.attribute(), f.page(), f.text());
    }

    /** One finding per (document, rule, indicator): the first by page, table before text. */
    static List<Finding> dedupe(List<Finding> all) {
        Map<String, Finding> keep = new LinkedHashMap<>();
        for (Finding f : all) {
            String key = f.document() + "|" + f.ruleId() + "|" + f.indicatorId();
            Finding prev = keep.get(key);
            if (prev == null || f.evidence().page() < prev.evidence().page()) {
                keep.put(key, f);
            }
        }
        return new ArrayList<>(keep.values());
    }

    /** Relative targets ("与GDP增长同步") resolved to the catalog target they are compared with. */
    List<Facts.Relation> relations() {
        List<Facts.Relation> out = new ArrayList<>();
        for (UpperTarget t : catalog.targets()) {
            if (t.target().kind() != ValueKind.RELATIVE || t.target().relation() == null) {
                continue;
            }
            String rel = t.target().relation();
            catalog.targets().stream()
                    .filter(o -> o != t && o.target().kind() != ValueKind.RELATIVE)
                    .filter(o -> o.name().equals(rel) || o.aliases().contains(rel)
                            || o.name().startsWith(rel.replace("增长", "")) && o.name().endsWith("增长"))
                    .min(Comparator.comparing(UpperTarget::origin))
                    .ifPresent(o -> out.add(new Facts.Relation(t.id(), o.id(), t.target().relationOp())));
        }
        return out;
    }

    /**
     * Batch totals for quota-mode targets, only when the batch holds a general plan of every county-level unit
     * (functional areas excluded): a sum for amounts, a land-area-weighted mean for shares (%).
     */
    List<Facts.Aggregate> aggregates(List<LowerPlan> plans, List<PlanFigure> figures, int year) {
        List<Jurisdiction> units = catalog.jurisdictions().stream()
                .filter(j -> !j.isFunctionalArea() && !"city".equals(j.kind())).toList();
        Map<String, LowerPlan> planOf = new HashMap<>();
        for (LowerPlan p : plans) {
            if (p.isLowerGeneral() && p.jurisdiction() != null) {
                planOf.putIfAbsent(p.jurisdiction(), p);
            }
        }
        Set<String> covered = new LinkedHashSet<>(planOf.keySet());
        if (units.isEmpty() || !units.stream().allMatch(j -> covered.contains(j.name()))) {
            return List.of();
        }
        List<Facts.Aggregate> out = new ArrayList<>();
        for (UpperTarget t : catalog.targets()) {
            if (t.transmission() != Transmission.QUOTA || t.target().kind() != ValueKind.LEVEL) {
                continue;
            }
            boolean share = "%".equals(t.unit());
            double sum = 0;
            double weights = 0;
            boolean complete = true;
            StringBuilder detail = new StringBuilder();
            for (Jurisdiction j : units) {
                String doc = planOf.get(j.name()).document();
                PlanFigure f = figures.stream()
                        .filter(x -> doc.equals(x.document()) && t.id().equals(x.indicatorId())
                                && x.year() != null && x.year() == year && Judge.comparable(x, t))
                        .min(Comparator.comparing((PlanFigure x) -> x.source() == Origin.TABLE ? 0 : 1)
                                .thenComparingInt(PlanFigure::page))
                        .orElse(null);
                Double v = f == null ? null : Judge.lowerLevel(f, t);
                if (v == null || (share && j.landArea() == null)) {
                    complete = false;
                    break;
                }
                double w = share ? j.landArea() : 1;
                sum += v * w;
                weights += w;
                detail.append(detail.length() == 0 ? "" : "；").append(j.name()).append(" ").append(Judge.show(v));
            }
            if (complete && weights > 0) {
                double value = share ? sum / weights : sum;
                out.add(new Facts.Aggregate(t.id(), value, share ? "weighted" : "sum", units.size(),
                        detail.toString()));
            }
        }
        return out;
    }
}
