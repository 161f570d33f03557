package org.plancheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.plancheck.catalog.InputException;
import org.plancheck.catalog.TextFiles;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.RuleInfo;
import org.plancheck.model.Severity;
import org.plancheck.model.UpperTarget;

/**
 * Drools, confined. Loads the DRL rules of a folder once ({@link RuleBases}: precompiled, cached or compiled), then
 * judges one document at a time in its own session, inside a time budget ({@link #judge}), and the batch in a last
 * session ({@link #judgeBatch}). Facts in, findings out: the rules insert {@link Issue}s and findings.drl reports
 * the first of each document, rule and indicator.
 */
public final class RuleEngine {
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final long buildMillis;
    private final String origin;

    RuleEngine(KieBase kieBase, List<RuleInfo> rules, long buildMillis, String origin) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.buildMillis = buildMillis;
        this.origin = origin;
    }

    /** Rules that are not written in DRL because they act before the engine (document reading). */
    public static final List<RuleInfo> BUILT_IN = List.of(new RuleInfo("PC-UNREADABLE", "文档无法核验", Severity.ERROR,
            "文档无法完整读取（无文本层的扫描件、字体无法解码的乱码、加密、文件损坏、超出页数、大小、时间或事实数量限制），"
                    + "或找不到任何指标表和文中目标。这样的文档判定为“无法核验”，绝不判定为通过：请提供可复制文字的PDF或原始Word文档。",
            "unverifiable", "(document reading)"));

    /** Loads every {@code *.drl} under {@code folder}: a broken rule file fails with its file and line. */
    public static RuleEngine load(Path folder) {
        return RuleBases.load(folder);
    }

    /**
     * Starts loading the rules on another thread, so the rule base is built while documents are read; the future
     * completes with the engine or with the {@link InputException} of a broken rule file.
     */
    public static CompletableFuture<RuleEngine> loadAsync(Path folder) {
        CompletableFuture<RuleEngine> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            RuleEngine engine;
            try {
                engine = load(folder);
                if (!"false".equals(System.getProperty("plancheck.warmUp"))) {
                    engine.warmUp();
                }
            } catch (Throwable e) {
                f.completeExceptionally(e);
                return;
            }
            f.complete(engine);
        }, "plancheck-rules-load");
        t.setDaemon(true);
        t.start();
        return f;
    }

    /**
     * Judges a small made-up plan once, so that the first real document does not pay for loading the session's and
     * the rules' classes (done on the loading thread, while the documents are read). The verdict is discarded.
     */
    void warmUp() {
        org.plancheck.model.TargetValue ten = new org.plancheck.model.TargetValue("10", 10.0, 10.0,
                org.plancheck.model.Qualifier.POINT, org.plancheck.model.ValueKind.LEVEL, "%", null, null);
        List<UpperTarget> targets = new ArrayList<>();
        int i = 0;
        for (org.plancheck.model.Transmission tr : org.plancheck.model.Transmission.values()) {
            for (org.plancheck.model.Attribute a : org.plancheck.model.Attribute.values()) {
                targets.add(new UpperTarget("W-" + i++, "warm" + i, List.of(), "", List.of("warm"), "%", 9.0, "9",
                        ten, org.plancheck.model.Direction.HIGHER, a, tr, "all", org.plancheck.model.Origin.TABLE, "",
                        "", 0, ""));
            }
        }
        List<PlanFigure> figures = new ArrayList<>();
        for (UpperTarget t : targets) {
            for (org.plancheck.model.Origin o : org.plancheck.model.Origin.values()) {
                figures.add(new PlanFigure("warm.pdf", t.name(), t.id(), t.name(), o, 11.0, "11",
                        new org.plancheck.model.TargetValue("8", 8.0, 8.0, org.plancheck.model.Qualifier.POINT,
                                org.plancheck.model.ValueKind.LEVEL, "%", null, null), "%", 2030,
                        org.plancheck.model.Attribute.EXPECTED, o.ordinal() + 1, "warm"));
            }
        }
        Context ctx = new Context(2030, targets, List.of(new Facts.Quota("warm", "W-2", 12.0, "")),
                List.of(new Facts.Assigned("warm", "W-4", 12.0, "")), List.of(new Facts.Relation("W-6", "W-0",
                "same")), List.of(new Facts.LowerUnit(0, "warm", "county", 1.0)), 0.05);
        Judgement j = judge(ctx, new LowerPlan("warm.pdf", "", "warm", org.plancheck.model.Tier.LOWER,
                org.plancheck.model.PlanKind.GENERAL, null, ""), figures, true, Duration.ofSeconds(30));
        judgeBatch(ctx, j.forBatch(), true);
    }

    /** The engine of a finished {@link #loadAsync}: its InputException (a broken rule file) is rethrown as is. */
    public static RuleEngine await(CompletableFuture<RuleEngine> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The rule files of {@code folder}, sorted; an InputException when there are none. */
    static List<Path> ruleFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder, 0, "rules folder not found");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new InputException(folder, 0, "cannot list rules: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new InputException(folder, 0, "no .drl rule files");
        }
        files.forEach(TextFiles::check); // a FIFO or /dev/zero named *.drl would hang or exhaust the compiler
        return files;
    }

    /** The rules' metadata (rules with a {@code @title}: the checks), with the file that declares each. */
    static List<RuleInfo> describe(Collection<KiePackage> packages, Map<Path, String> texts) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        packages.forEach(p -> all.addAll(p.getRules()));
        all.sort(Comparator.comparing(Findings::ruleId));
        for (Rule r : all) {
            Map<String, Object> meta = r.getMetaData();
            String id = Findings.ruleId(r);
            if (byId.containsKey(id) || !meta.containsKey("title")) {
                continue;
            }
            String declared = Findings.declaredSeverity(r);
            boolean byAttribute = declared.equals(Findings.BY_ATTRIBUTE);
            Severity severity;
            try {
                severity = byAttribute ? Severity.ERROR : Severity.parse(declared);
            } catch (IllegalArgumentException e) {
                throw new InputException(Path.of(fileOf(r, texts)), 0, "rule " + id + ": @severity must be error, "
                        + "warning, info or byAttribute, not '" + declared + "'");
            }
            byId.put(id, new RuleInfo(id, Findings.unquote(meta.get("title").toString()), severity, byAttribute,
                    Findings.unquote(String.valueOf(meta.getOrDefault("explanation", ""))),
                    Findings.unquote(String.valueOf(meta.getOrDefault("check", ""))), fileOf(r, texts)));
        }
        List<RuleInfo> out = new ArrayList<>(byId.values());
        out.addAll(BUILT_IN);
        out.sort(Comparator.comparing(RuleInfo::id));
        return List.copyOf(out);
    }

    /** The rule file that declares {@code r}, from the texts read once at load time. */
    private static String fileOf(Rule r, Map<Path, String> texts) {
        // the compiled rule remembers its resource (plancheck/NAME.drl); searching every text for the declaration is
        // the fallback
        String source = r instanceof org.drools.base.definitions.rule.impl.RuleImpl impl && impl.getResource() != null
                ? impl.getResource().getSourcePath() : null;
        String name = source == null ? null : source.substring(source.lastIndexOf('/') + 1);
        String decl = "rule \"" + r.getName() + "\"";
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            if (name != null ? e.getKey().getFileName().toString().equals(name) : e.getValue().contains(decl)) {
                Path abs = e.getKey().toAbsolutePath().normalize();
                Path cwd = Path.of("").toAbsolutePath();
                return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
            }
        }
        return "";
    }

    /** The rule files' texts, read once (UTF-8). */
    static Map<Path, String> read(List<Path> files) {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            texts.put(f, TextFiles.read(f));
        }
        return texts;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** How long loading the rules took, in milliseconds. */
    public long buildMillis() {
        return buildMillis;
    }

    /** Where the rule base came from: "model" (executable model), "cache" or "compiled" (from the DRL, this run). */
    public String origin() {
        return origin;
    }

    /**
     * What every session of a run knows: the upper plan's target year and targets, the numbers handed down
     * (quotas, assignments), relative targets, the lower units (for the batch), the 左右 tolerance and the projects
     * the upper plan assigns to lower units.
     */
    public record Context(int targetYear, List<UpperTarget> targets, List<Facts.Quota> quotas,
                          List<Facts.Assigned> assigned, List<Facts.Relation> relations, List<Facts.LowerUnit> units,
                          double aboutTolerance, List<org.plancheck.model.Project> projects) {

        public Context {
            projects = projects == null ? List.of() : List.copyOf(projects);
        }

        public Context(int targetYear, List<UpperTarget> targets, List<Facts.Quota> quotas,
                       List<Facts.Assigned> assigned, List<Facts.Relation> relations, List<Facts.LowerUnit> units,
                       double aboutTolerance) {
            this(targetYear, targets, quotas, assigned, relations, units, aboutTolerance, List.of());
        }
    }

    /**
     * One document's verdict from the rules: its findings (first by page per rule and indicator) and what it brings
     * to the batch (claims and contributions); or, when the rules could not finish within the budget, why.
     */
    public record Judgement(List<Finding> findings, List<Object> forBatch, String failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    /** The facts the rules see for one document: one {@link Comparison} per matched figure, in reading order. */
    public static List<Comparison> comparisons(Context ctx, List<PlanFigure> figures) {
        Map<String, UpperTarget> byId = new HashMap<>();
        ctx.targets().forEach(t -> byId.put(t.id(), t));
        List<PlanFigure> matched = figures.stream().filter(f -> f.indicatorId() != null
                && byId.containsKey(f.indicatorId())).toList();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            order.add(i);
        }
        List<Integer> byReading = new ArrayList<>(order);
        byReading.sort(Comparator.comparingInt((Integer i) -> matched.get(i).page())
                .thenComparing(i -> matched.get(i).source()).thenComparingInt(i -> i));
        List<Integer> byPreference = new ArrayList<>(order);
        byPreference.sort(Comparator.comparing((Integer i) -> matched.get(i).source())
                .thenComparingInt(i -> matched.get(i).page()).thenComparingInt(i -> i));
        int[] rank = new int[matched.size()];
        int[] preference = new int[matched.size()];
        for (int k = 0; k < matched.size(); k++) {
            rank[byReading.get(k)] = k;
            preference[byPreference.get(k)] = k;
        }
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < matched.size(); i++) {
            PlanFigure f = matched.get(i);
            out.add(Comparison.of(f, byId.get(f.indicatorId()), ctx.targetYear(), rank[i], preference[i],
                    ctx.aboutTolerance()));
        }
        return out;
    }

    /**
     * Judges one document in its own session, within {@code budget}: a session that does not finish in time is
     * halted and the judgement failed ("规则检查超时"), as is one that runs out of memory; never an exception.
     */
    public Judgement judge(Context ctx, LowerPlan plan, List<PlanFigure> figures, boolean explain, Duration budget) {
        return judge(ctx, plan, figures, List.of(), explain, budget);
    }

    /** {@link #judge}, with the places where the plan names the upper plan's projects (PC-PROJECT). */
    public Judgement judge(Context ctx, LowerPlan plan, List<PlanFigure> figures,
                           List<org.plancheck.model.ProjectMention> mentions, boolean explain, Duration budget) {
        KieSession session = kieBase.newKieSession();
        CompletableFuture<Judgement> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                session.insert(new Facts.TargetYear(ctx.targetYear()));
                ctx.targets().forEach(session::insert);
                ctx.quotas().forEach(session::insert);
                ctx.assigned().forEach(session::insert);
                ctx.relations().forEach(session::insert);
                ctx.projects().forEach(session::insert);
                session.insert(plan);
                comparisons(ctx, figures).forEach(session::insert);
                mentions.forEach(session::insert);
                session.fireAllRules();
                List<Object> batch = new ArrayList<>();
                for (Object o : session.getObjects(o -> o instanceof Facts.Claim || o instanceof Facts.Contribution
                        || o instanceof Facts.Stated || o instanceof Facts.StatedBase)) {
                    batch.add(o);
                }
                result.complete(new Judgement(reported(session, explain), batch, null));
            } catch (OutOfMemoryError e) {
                result.complete(new Judgement(List.of(), List.of(), "规则检查内存不足"));
            } catch (StackOverflowError e) {
                result.complete(new Judgement(List.of(), List.of(), "规则检查嵌套过深"));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "plancheck-rules", 16L * 1024 * 1024);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(Math.max(1, budget.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            session.halt();
            worker.interrupt();
            return new Judgement(List.of(), List.of(), "规则检查超时（超过 " + Math.max(1, budget.toSeconds())
                    + " 秒，--timeout）");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            return new Judgement(List.of(), List.of(), "规则检查被中断");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (result.isDone()) {
                session.dispose();
            }
        }
    }

    /**
     * Judges the batch: totals over the county plans (PC-AGGREGATE), jurisdictions claimed twice, special plans
     * against their county's general plan (PC-CHAIN*), plans of one level and jurisdiction against each other
     * (PC-PEER-*).
     */
    public List<Finding> judgeBatch(Context ctx, List<Object> fromDocuments, boolean explain) {
        KieSession session = kieBase.newKieSession();
        try {
            session.insert(new Facts.TargetYear(ctx.targetYear()));
            session.insert(new Facts.Tolerance(ctx.aboutTolerance()));
            ctx.targets().forEach(session::insert);
            ctx.units().forEach(session::insert);
            fromDocuments.forEach(session::insert);
            session.fireAllRules();
            return reported(session, explain);
        } finally {
            session.dispose();
        }
    }

    private static List<Finding> reported(KieSession session, boolean explain) {
        List<Finding> out = new ArrayList<>();
        for (Object o : session.getObjects(o -> o instanceof Issue.Reported)) {
            Finding f = ((Issue.Reported) o).issue().finding();
            out.add(explain ? f : f.withExplanation(null));
        }
        out.sort(Comparator.comparing((Finding f) -> f.document() == null ? "" : f.document())
                .thenComparing(Finding::ruleId).thenComparing(f -> f.indicatorId() == null ? "" : f.indicatorId()));
        return out;
    }

    /** The facts of a test or a small run: every plan, its figures, the handed-down numbers and the units. */
    public record Input(int targetYear, List<UpperTarget> targets, List<LowerPlan> plans, List<PlanFigure> figures,
                        List<Object> extraFacts) {
    }

    /** Judges every plan of {@code in} (no time limit to speak of), then the batch: all findings. */
    public List<Finding> run(Input in, boolean explain) {
        List<Facts.Quota> q = new ArrayList<>();
        List<Facts.Assigned> a = new ArrayList<>();
        List<Facts.Relation> r = new ArrayList<>();
        List<Facts.LowerUnit> u = new ArrayList<>();
        List<org.plancheck.model.Project> projects = new ArrayList<>();
        List<org.plancheck.model.ProjectMention> mentions = new ArrayList<>();
        for (Object o : in.extraFacts()) {
            if (o instanceof Facts.Quota x) {
                q.add(x);
            } else if (o instanceof Facts.Assigned x) {
                a.add(x);
            } else if (o instanceof Facts.Relation x) {
                r.add(x);
            } else if (o instanceof Facts.LowerUnit x) {
                u.add(x);
            } else if (o instanceof org.plancheck.model.Project x) {
                projects.add(x);
            } else if (o instanceof org.plancheck.model.ProjectMention x) {
                mentions.add(x);
            } else {
                throw new IllegalArgumentException("not a fact of a run: " + o);
            }
        }
        Context ctx = new Context(in.targetYear(), in.targets(), q, a, r, u,
                org.plancheck.catalog.Parameters.DEFAULT.aboutTolerance(), projects);
        List<Finding> out = new ArrayList<>();
        List<Object> batch = new ArrayList<>();
        for (LowerPlan p : in.plans()) {
            List<PlanFigure> fs = in.figures().stream().filter(f -> p.document().equals(f.document())).toList();
            List<org.plancheck.model.ProjectMention> ms = mentions.stream()
                    .filter(m -> p.document().equals(m.document())).toList();
            Judgement j = judge(ctx, p, fs, ms, explain, Duration.ofMinutes(10));
            if (j.failed()) {
                throw new IllegalStateException(p.document() + ": " + j.failure());
            }
            out.addAll(j.findings());
            batch.addAll(j.forBatch());
        }
        out.addAll(judgeBatch(ctx, batch, explain));
        return out;
    }
}
