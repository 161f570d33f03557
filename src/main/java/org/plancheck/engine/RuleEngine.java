package org.plancheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
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
 * Drools, confined: compiles the DRL files of a folder once (read as UTF-8), then runs sessions of facts and
 * returns the findings. A broken rule file fails with its file, line and message.
 */
public final class RuleEngine {
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final long buildMillis;
    private final java.util.Set<String> byAttribute = new java.util.HashSet<>();

    private RuleEngine(KieBase kieBase, List<RuleInfo> rules, long buildMillis) {
        this.kieBase = kieBase;
        this.rules = rules;
        this.buildMillis = buildMillis;
    }

    /** Rules that are not written in DRL because they act before the engine (document reading). */
    public static final List<RuleInfo> BUILT_IN = List.of(new RuleInfo("PC-UNREADABLE", "文档无法核验", Severity.ERROR,
            "文档无法完整读取（无文本层的扫描件、字体无法解码的乱码、加密、文件损坏、超出页数或大小限制），"
                    + "或找不到任何指标表和文中目标。这样的文档判定为“无法核验”，绝不判定为通过：请提供可复制文字的PDF或原始Word文档。",
            "unverifiable", "(document reading)"));

    /** Compiles every {@code *.drl} under {@code folder}. */
    public static RuleEngine load(Path folder) {
        long t0 = System.nanoTime();
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
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, Path> byResource = new LinkedHashMap<>();
        for (Path f : files) {
            TextFiles.check(f); // a FIFO or /dev/zero named *.drl would hang or exhaust the compiler
            String res = "src/main/resources/plancheck/" + f.getFileName();
            byResource.put(res, f);
            kfs.write(res, ks.getResources().newFileSystemResource(f.toFile(), "UTF-8"));
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            Path file = byResource.getOrDefault(m.getPath(), folder);
            if (m.getPath() != null) {
                for (Map.Entry<String, Path> e : byResource.entrySet()) {
                    if (m.getPath().endsWith(e.getValue().getFileName().toString())) {
                        file = e.getValue();
                    }
                }
            }
            throw new InputException(file, Math.max(m.getLine(), 0),
                    "rule error: " + m.getText().replaceAll("\\s+", " ").strip());
        }
        KieBase base = ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path f : files) {
            texts.put(f, TextFiles.read(f));
        }
        List<RuleInfo> infos = describe(base.getKiePackages(), texts);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        RuleEngine engine = new RuleEngine(base, infos, ms);
        base.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Object sev = r.getMetaData().get("severity");
            if (sev != null && FindingSink.unquote(sev.toString()).equals("byAttribute")) {
                engine.byAttribute.add(FindingSink.ruleId(r));
            }
        }));
        return engine;
    }

    private static List<RuleInfo> describe(Collection<KiePackage> packages, Map<Path, String> texts) {
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        List<Rule> all = new ArrayList<>();
        packages.forEach(p -> all.addAll(p.getRules()));
        all.sort((a, b) -> FindingSink.ruleId(a).compareTo(FindingSink.ruleId(b)));
        for (Rule r : all) {
            Map<String, Object> meta = r.getMetaData();
            String id = FindingSink.ruleId(r);
            if (byId.containsKey(id) || !meta.containsKey("title")) {
                continue;
            }
            String sev = meta.containsKey("severity") ? FindingSink.unquote(meta.get("severity").toString()) : "error";
            byId.put(id, new RuleInfo(id, FindingSink.unquote(meta.get("title").toString()),
                    Severity.parse(sev.startsWith("byAttribute") ? "error" : sev),
                    FindingSink.unquote(String.valueOf(meta.getOrDefault("explanation", ""))),
                    FindingSink.unquote(String.valueOf(meta.getOrDefault("check", ""))), fileOf(r, texts)));
        }
        List<RuleInfo> out = new ArrayList<>(byId.values());
        out.addAll(BUILT_IN);
        out.sort((a, b) -> a.id().compareTo(b.id()));
        return List.copyOf(out);
    }

    /** The rule file that declares {@code r}, from the texts read once at load time. */
    private static String fileOf(Rule r, Map<Path, String> texts) {
        String decl = "rule \"" + r.getName() + "\"";
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            if (e.getValue().contains(decl)) {
                Path abs = e.getKey().toAbsolutePath().normalize();
                Path cwd = Path.of("").toAbsolutePath();
                return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
            }
        }
        return "";
    }

    /** True when the rule's severity follows the upper target's attribute (binding → error, expected → warning). */
    public boolean severityByAttribute(String ruleId) {
        return byAttribute.contains(ruleId);
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    /** How long compiling the rules took, in milliseconds. */
    public long buildMillis() {
        return buildMillis;
    }

    /** The facts of one run. */
    public record Input(int targetYear, List<UpperTarget> targets, List<LowerPlan> plans, List<PlanFigure> figures,
                        List<Object> extraFacts) {
    }

    /** Inserts the facts, fires every rule, returns the findings (with --explain, each says which rule fired on what). */
    public List<Finding> run(Input in, boolean explain) {
        FindingSink sink = new FindingSink(explain);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("out", sink);
            if (explain) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void beforeMatchFired(BeforeMatchFiredEvent event) {
                        sink.matchStarting(Explain.describe(event.getMatch().getRule().getName(),
                                event.getMatch().getObjects()));
                    }
                });
            }
            session.insert(new Facts.TargetYear(in.targetYear()));
            in.targets().forEach(session::insert);
            in.plans().forEach(session::insert);
            in.figures().forEach(session::insert);
            in.extraFacts().forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return sink.findings();
    }
}
