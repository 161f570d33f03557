package org.plancheck.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.plancheck.catalog.Allocations.Allocation;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.catalog.Parameters;
import org.plancheck.engine.Facts;
import org.plancheck.engine.RuleEngine;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Extraction;
import org.plancheck.model.Finding;
import org.plancheck.model.Names;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;

/**
 * Runs a check: documents in, {@link CheckReport} out. Reads each document (a bad one becomes UNVERIFIABLE and the
 * batch goes on), judges each readable one in its own rule session within what is left of its time budget (a
 * document whose facts exceed the limits of parameters.properties, or whose rules run out of time, is UNVERIFIABLE),
 * then judges the batch (totals over the county plans), and decides each document's status.
 */
public final class CheckRun {
    private final Catalog catalog;
    private final RuleEngine engine;
    private final DocumentReader reader;
    private final List<Allocation> quotas;
    private final List<Allocation> assigned;
    private final boolean explain;
    private final Limits limits;

    public CheckRun(Catalog catalog, RuleEngine engine, DocumentReader reader, List<Allocation> quotas,
                    List<Allocation> assigned, boolean explain) {
        this(catalog, engine, reader, quotas, assigned, explain, Limits.DEFAULT);
    }

    public CheckRun(Catalog catalog, RuleEngine engine, DocumentReader reader, List<Allocation> quotas,
                    List<Allocation> assigned, boolean explain, Limits limits) {
        this.catalog = catalog;
        this.engine = engine;
        this.reader = reader;
        this.quotas = quotas;
        this.assigned = assigned;
        this.explain = explain;
        this.limits = limits;
    }

    /**
     * The one orchestrator of {@code plancheck check}: loads the configuration (the rule base on another thread while
     * the documents are read), reads, judges, applies suppressions and baseline, computes the exit code, and lists
     * the reports to write and the annotated copies to make. Nothing is written here: {@link CheckOutcome#deliver}.
     * A broken configuration file is an {@link org.plancheck.catalog.InputException} (exit 4).
     */
    public static CheckOutcome check(CheckOptions o, Consumer<String> progress) {
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<RuleEngine> rules = RuleEngine.loadAsync(o.rules());
        Catalog catalog = org.plancheck.catalog.CatalogLoader.load(o.upper());
        List<Allocation> q = o.quotas() == null ? List.of()
                : org.plancheck.catalog.Allocations.readQuotas(o.quotas(), catalog);
        List<Allocation> a = o.assigned() == null ? List.of()
                : org.plancheck.catalog.Allocations.readAssigned(o.assigned(), catalog);
        Suppressions sup = o.suppressions() == null ? Suppressions.none() : Suppressions.read(o.suppressions());
        Baseline base = o.baseline() == null ? null : Baseline.read(o.baseline());
        long t1 = System.nanoTime();
        Manifest stated = o.identity().load(catalog);
        List<Read> reads = new CheckRun(catalog, null, Readers.documents(o.limits(), o.ocr()), q, a, o.explain(),
                o.limits())
                .withStated(stated::of).read(o.files(), progress);
        long t2 = System.nanoTime();
        RuleEngine engine = RuleEngine.await(rules);
        long t3 = System.nanoTime();
        CheckReport report = new CheckRun(catalog, engine, null, q, a, o.explain(), o.limits()).judgeRead(reads);
        long t4 = System.nanoTime();

        org.plancheck.report.Waivers waivers = sup.apply(report, org.plancheck.report.Waivers.none());
        if (base != null) {
            waivers = base.apply(report, waivers);
        }
        List<String> notices = new ArrayList<>();
        for (DocumentResult d : report.documents()) {
            if (d.status() == Status.UNVERIFIABLE) {
                notices.add(Names.printable(d.document()) + ": 无法核验 UNVERIFIABLE: " + Names.printable(d.reason()));
            }
        }
        for (Finding f : report.batchFindings()) {
            if (f.ruleId().equals("PC-DUPLICATE")) {
                notices.add("警告 warning: " + f.message());
            }
        }
        List<CheckOutcome.Output> outputs = new ArrayList<>();
        boolean stdout = o.output() == null || o.output().toString().equals("-");
        for (org.plancheck.report.Reporter r : o.reporters()) {
            outputs.add(new CheckOutcome.Output(r, stdout ? null
                    : o.reporters().size() == 1 ? o.output() : stemmed(o.output(), r)));
            if (stdout) {
                break;
            }
        }
        List<CheckOutcome.Annotation> annotations = new ArrayList<>();
        if (o.annotate() != null) {
            java.util.Map<Path, Path> targets = OutputTargets.annotated(o.files(), o.annotate());
            for (DocumentResult d : report.documents()) {
                if (d.status() == Status.UNVERIFIABLE) {
                    continue;
                }
                List<Finding> active = d.findings().stream().filter(waivers::active).toList();
                if (!active.isEmpty() && Readers.kind(Path.of(d.document())) != Readers.Kind.PDF) {
                    // annotated copies are PDFs: a Word draft's findings say where they stand instead
                    notices.add(d.document() + ": 不是PDF，未生成批注副本（问题位置见报告中的章节、表格和行）");
                    continue;
                }
                if (!active.isEmpty()) {
                    annotations.add(new CheckOutcome.Annotation(Path.of(d.document()),
                            targets.get(Path.of(d.document())), active));
                }
            }
        }
        CheckOutcome.Timings timings = new CheckOutcome.Timings((t3 - t2) / 1_000_000, engine.buildMillis(),
                engine.origin(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t4 - t3) / 1_000_000, 0);
        return new CheckOutcome(report, waivers, ExitCodes.of(report, waivers, o.failOn()), outputs, annotations,
                notices, timings);
    }

    /**
     * reports/out + html → reports/out.html; the opinions get their own suffix (out-opinion.md, out-opinion.docx) so
     * the Markdown one does not clash with md and both read as what they are.
     */
    public static Path stemmed(Path stem, org.plancheck.report.Reporter r) {
        String name = stem.getFileName().toString();
        boolean opinion = r.format().equals("opinion") || r.format().equals("docx");
        String file = opinion ? name + "-opinion." + r.extension() : name + "." + r.extension();
        return stem.resolveSibling(file);
    }

    /** What {@code plancheck extract} shows: each document as read, and the exit code (3 when one is unreadable). */
    public record Extracted(List<Extraction> documents, int exitCode, List<String> notices) {
    }

    /** The orchestrator of {@code plancheck extract}: reads every file, one unreadable file does not stop the rest. */
    public static Extracted extract(List<Path> files, Path upper, Limits limits, IdentityRequest identity) {
        return extract(files, upper, limits, identity, org.plancheck.ocr.OcrSettings.DEFAULT);
    }

    /** As {@link #extract(List, Path, Limits, IdentityRequest)}, scanned pages read as {@code ocr} says. */
    public static Extracted extract(List<Path> files, Path upper, Limits limits, IdentityRequest identity,
                                    org.plancheck.ocr.OcrSettings ocr) {
        Catalog catalog = org.plancheck.catalog.CatalogLoader.load(upper);
        Manifest stated = identity.load(catalog);
        DocumentReader reader = Readers.documents(limits, ocr);
        List<Extraction> out = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (Path f : files) {
            Extraction e = reader.read(f, catalog, stated.of(f));
            if (!e.readable()) {
                notices.add(Names.printable(f) + ": 无法核验 UNVERIFIABLE: " + Names.printable(e.reason()));
            }
            out.add(e);
        }
        return new Extracted(out, notices.isEmpty() ? ExitCode.OK : ExitCode.UNREADABLE, notices);
    }

    /** A document as read, with the time reading it took (the rules get what is left of the budget). */
    public record Read(Extraction extraction, long millis) {
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
        return judgeRead(read(files, progress));
    }

    /** Reads {@code files}, one after the other, timing each. */
    public List<Read> read(List<Path> files, Consumer<String> progress) {
        List<Read> out = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            progress.accept("[" + i + "/" + files.size() + "] " + f);
            long t0 = System.nanoTime();
            Extraction e = reader.read(f, catalog, stated.apply(f));
            out.add(new Read(e, (System.nanoTime() - t0) / 1_000_000));
        }
        return out;
    }

    /** Runs the rules over already-read documents, each with its whole time budget. */
    public CheckReport judge(List<Extraction> extractions) {
        return judgeRead(extractions.stream().map(e -> new Read(e, 0)).toList());
    }

    /** Runs the rules over documents read, each within what is left of its time budget. */
    public CheckReport judgeRead(List<Read> reads) {
        RuleEngine.Context ctx = context();
        List<DocumentResult> results = new ArrayList<>();
        List<Object> forBatch = new ArrayList<>();
        for (Read r : reads) {
            Extraction e = r.extraction();
            if (!e.readable()) {
                results.add(unverifiable(e, e.reason()));
                continue;
            }
            String over = overLimits(e);
            if (over != null) {
                results.add(unverifiable(e, over));
                continue;
            }
            Duration left = Duration.ofSeconds(limits.timeoutSeconds()).minusMillis(r.millis());
            if (left.toMillis() < 1000) {
                left = Duration.ofSeconds(1);
            }
            RuleEngine.Judgement j = engine.judge(ctx, e.plan(), e.figures(), e.mentions(), explain, left);
            if (j.failed()) {
                results.add(unverifiable(e, j.failure()));
                continue;
            }
            forBatch.addAll(j.forBatch());
            List<Finding> fs = new ArrayList<>(j.findings());
            fs.sort(ORDER);
            results.add(new DocumentResult(e.plan(), e.pages(), DocumentResult.statusOf(fs), null, e.figures(),
                    List.copyOf(fs), e.ocr()));
        }
        List<Finding> batch = new ArrayList<>(forBatch.isEmpty() ? List.of() : engine.judgeBatch(ctx, forBatch,
                explain));
        batch.sort(ORDER);
        return new CheckReport(catalog.plan().id(), catalog.plan().name(), results, batch, engine.rules(),
                catalog.plan().targetYear());
    }

    private static DocumentResult unverifiable(Extraction e, String reason) {
        String fix = !e.readable() && e.fix() != null ? e.fix()
                : e.readable() ? "核对文档内容（指标数据是否重复、是否为规划正文）后重新检查，或调整 parameters.properties 的上限。"
                : "提供可复制文字、未加密、完整的PDF（或原始Word文档）后重新检查。";
        Finding unreadable = new Finding(e.plan().document(), "PC-UNREADABLE", Severity.ERROR, null, null,
                "文档无法核验：" + reason, fix, "", "", Evidence.none(), null, null, null);
        return new DocumentResult(e.plan(), e.pages(), Status.UNVERIFIABLE, reason, e.figures(), List.of(unreadable),
                e.ocr());
    }

    /**
     * Why the document's facts are too many for the rules (parameters.properties: maxFiguresPerIndicator,
     * maxFiguresPerDocument), in one Chinese line; null when within the limits.
     */
    String overLimits(Extraction e) {
        Parameters p = catalog.parameters();
        if (e.figures().size() > p.maxFiguresPerDocument()) {
            return "提取到 " + e.figures().size() + " 条指标数据，超过上限 " + p.maxFiguresPerDocument()
                    + "（parameters.properties 的 maxFiguresPerDocument）";
        }
        Map<String, Integer> perIndicator = new HashMap<>();
        for (PlanFigure f : e.figures()) {
            if (f.indicatorId() != null) {
                int n = perIndicator.merge(f.indicatorId(), 1, Integer::sum);
                if (n > p.maxFiguresPerIndicator()) {
                    String name = catalog.byId(f.indicatorId()).map(UpperTarget::name).orElse(f.indicatorId());
                    long all = e.figures().stream().filter(x -> f.indicatorId().equals(x.indicatorId())).count();
                    return "指标「" + name + "」有 " + all + " 条数据，超过上限 " + p.maxFiguresPerIndicator()
                            + "（parameters.properties 的 maxFiguresPerIndicator）";
                }
            }
        }
        return null;
    }

    /** What every rule session of this run knows (targets, handed-down numbers, relations, units, tolerance). */
    public RuleEngine.Context context() {
        List<Facts.Quota> q = quotas.stream().map(a -> new Facts.Quota(a.jurisdiction(), a.indicatorId(), a.value(),
                a.file() + ":" + a.line())).toList();
        List<Facts.Assigned> as = assigned.stream().map(a -> new Facts.Assigned(a.jurisdiction(), a.indicatorId(),
                a.value(), a.file() + ":" + a.line())).toList();
        List<Facts.LowerUnit> units = new ArrayList<>();
        List<Jurisdiction> js = catalog.jurisdictions();
        for (int i = 0; i < js.size(); i++) {
            Jurisdiction j = js.get(i);
            units.add(new Facts.LowerUnit(i, j.name(), j.kind(), j.landArea()));
        }
        return new RuleEngine.Context(catalog.plan().targetYear(), catalog.targets(), q, as, relations(), units,
                catalog.parameters().aboutTolerance(), catalog.projects());
    }

    /** Most severe first, then by page (missing indicators, page 0, first), then rule and indicator. */
    static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> -f.severity().ordinal())
            .thenComparingInt(f -> f.evidence().page())
            .thenComparing(Finding::ruleId)
            .thenComparing(f -> f.indicatorId() == null ? "" : f.indicatorId())
            .thenComparing(f -> f.message() == null ? "" : f.message());

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
}
