package org.plancheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.RuleInfo;
import org.plancheck.model.Status;
import org.plancheck.model.Tier;

/**
 * What the reports show about the plans of a batch taken together: the chain of plans (the upper plan, each
 * jurisdiction's general plan, the special plans under it), the indicators several plans of one jurisdiction state
 * (side by side), and which findings are about chains, peers and projects (by the rule's {@code @check}).
 */
final class Links {
    private Links() {
    }

    /** The kinds of problem between plans, by the {@code @check} of their rules. */
    enum Kind {
        CHAIN("chain", "与本级总体规划衔接（规划链）"),
        PEERS("peers", "与同级规划协调"),
        PROJECTS("projects", "项目安排衔接");

        final String check;
        final String label;

        Kind(String check, String label) {
            this.check = check;
            this.label = label;
        }
    }

    /** The kind of problem {@code f} is, or empty for a finding against the upper plan's targets. */
    static Optional<Kind> kind(CheckReport r, Finding f) {
        String check = r.rules().stream().filter(x -> x.id().equals(f.ruleId())).map(RuleInfo::check).findFirst()
                .orElse("");
        for (Kind k : Kind.values()) {
            if (k.check.equals(check)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** What a report says where a finding has no evidence: the indicator, or the project, was not found. */
    static String notFound(CheckReport r, Finding f) {
        return kind(r, f).orElse(null) == Kind.PROJECTS ? "（未找到该项目）" : "（未找到该指标）";
    }

    /** Findings between two plans that concern {@code document} (about it, or with it as the counterpart). */
    static List<Finding> between(CheckReport r, String document) {
        return r.batchFindings().stream().filter(f -> f.counterpart() != null && (document.equals(f.document())
                || document.equals(f.counterpart().document()))).toList();
    }

    /** One jurisdiction's plans in the batch: its general plan(s) and its special plans. */
    record Group(String jurisdiction, Tier tier, List<DocumentResult> general, List<DocumentResult> special) {
    }

    /**
     * The chain of plans in the batch: the upper plan's own jurisdiction first (its special plans answer to the upper
     * plan directly), then each lower unit in the order its documents come, with its general plan and the special plans
     * that answer to it as well. Plans that could not be identified or read are left out.
     */
    static List<Group> chain(CheckReport r) {
        Map<String, Group> groups = new LinkedHashMap<>();
        List<DocumentResult> docs = new ArrayList<>(r.documents());
        docs.sort(Comparator.comparing((DocumentResult d) -> d.plan().tier() == Tier.SAME ? 0 : 1));
        for (DocumentResult d : docs) {
            if (d.plan().jurisdiction() == null || d.status() == Status.UNVERIFIABLE) {
                continue;
            }
            Group g = groups.computeIfAbsent(d.plan().jurisdiction(), j -> new Group(j, d.plan().tier(),
                    new ArrayList<>(), new ArrayList<>()));
            if (d.plan().kind() == PlanKind.SPECIAL) {
                g.special().add(d);
            } else if (d.plan().kind() == PlanKind.GENERAL) {
                g.general().add(d);
            }
        }
        return List.copyOf(groups.values());
    }

    /** The target year of the report (the upper plan's; else the year most figures state). */
    static int targetYear(CheckReport r) {
        if (r.targetYear() > 0) {
            return r.targetYear();
        }
        Map<Integer, Integer> n = new HashMap<>();
        r.documents().forEach(d -> d.figures().forEach(f -> {
            if (f.year() != null) {
                n.merge(f.year(), 1, Integer::sum);
            }
        }));
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
    }

    /** Indicators stated by several plans of one jurisdiction, each plan's statement beside the others. */
    record SideBySide(String jurisdiction, List<DocumentResult> plans, List<Row> rows) {
    }

    /** One indicator: its name, and each plan's best-placed target-year figure (null where the plan has none). */
    record Row(String indicatorId, String name, List<PlanFigure> figures) {
        long stated() {
            return figures.stream().filter(java.util.Objects::nonNull).count();
        }

        /**
         * Whether the plans that state the indicator give different targets or different bases (numbers after unit
         * conversion, else as written; a plan that gives no base does not count as differing).
         */
        /** The unit of the first plan that gives one: the row's unit; a cell in another unit names its own. */
        String unit() {
            return figures.stream().filter(java.util.Objects::nonNull).map(Links::unit)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }

        /** 「35；基期 27.7（第4页）」, 「400000 吨标准煤；基期 350000（第2页）」 in a row of 万吨标准煤, or 「—」. */
        String cell(PlanFigure f) {
            if (f == null) {
                return "—";
            }
            String u = Links.unit(f);
            String base = Labels.text(f.baseText()).strip();
            return f.target().text() + (u == null || u.equals(unit()) ? "" : " " + u)
                    + (base.isEmpty() || base.equals("—") ? "" : "；基期 " + base)
                    + (Labels.page(f.evidence()).isEmpty() ? "" : "（" + Labels.page(f.evidence()) + "）");
        }

        boolean differs() {
            List<PlanFigure> stated = figures.stream().filter(java.util.Objects::nonNull).toList();
            String unit = unit();
            return stated.stream().map(f -> targetKey(f, unit)).distinct().count() > 1
                    || stated.stream().map(f -> baseKey(f, unit)).filter(b -> !b.isEmpty()).distinct().count() > 1;
        }
    }

    /** The unit a figure is written in, or null. */
    private static String unit(PlanFigure f) {
        String u = f.target().unit() != null ? f.target().unit() : f.unit();
        return u == null || u.isBlank() ? null : u;
    }

    /** The figure's number in {@code unit} (40 万吨标准煤 = 400000 吨标准煤), or null when it cannot be converted. */
    private static String inUnit(Double v, PlanFigure f, String unit) {
        if (v == null) {
            return null;
        }
        String from = unit(f);
        java.util.Optional<Double> c = from == null || unit == null ? java.util.Optional.of(v)
                : org.plancheck.quantity.Units.convert(v, from, unit);
        return c.map(x -> new java.math.BigDecimal(x).round(new java.math.MathContext(9)).stripTrailingZeros()
                .toPlainString()).orElse(null);
    }

    /** A target for comparison: its numbers in the row's unit, else its text (spaces aside). */
    private static String targetKey(PlanFigure f, String unit) {
        String lo = inUnit(f.target().min(), f, unit);
        String hi = inUnit(f.target().max(), f, unit);
        return lo == null && hi == null ? f.target().text().replaceAll("\\s", "") : lo + "~" + hi;
    }

    /** A base for comparison, "" when the plan gives none. */
    private static String baseKey(PlanFigure f, String unit) {
        String b = inUnit(f.base(), f, unit);
        if (b != null) {
            return b;
        }
        String t = Labels.text(f.baseText()).replaceAll("\\s", "");
        return t.equals("—") ? "" : t;
    }

    /** For every jurisdiction with two or more plans in the batch, the indicators two or more of them state. */
    static List<SideBySide> sideBySide(CheckReport r) {
        int year = targetYear(r);
        List<SideBySide> out = new ArrayList<>();
        for (Group g : chain(r)) {
            List<DocumentResult> plans = new ArrayList<>(g.general());
            plans.addAll(g.special());
            if (plans.size() < 2) {
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            List<Map<String, PlanFigure>> best = new ArrayList<>();
            for (DocumentResult d : plans) {
                Map<String, PlanFigure> m = new HashMap<>();
                for (PlanFigure f : d.figures()) {
                    if (f.indicatorId() == null || f.year() != null && f.year() != year || !f.target().hasNumber()
                            && f.target().text().isBlank()) {
                        continue;
                    }
                    names.putIfAbsent(f.indicatorId(), f.indicatorName());
                    m.merge(f.indicatorId(), f, (a, b) -> better(b, a) ? b : a);
                }
                best.add(m);
            }
            List<Row> rows = new ArrayList<>();
            names.keySet().stream().sorted().forEach(id -> {
                List<PlanFigure> cells = new ArrayList<>();
                best.forEach(m -> cells.add(m.get(id)));
                Row row = new Row(id, names.get(id), cells);
                if (row.stated() >= 2) {
                    rows.add(row);
                }
            });
            if (!rows.isEmpty()) {
                out.add(new SideBySide(g.jurisdiction(), List.copyOf(plans), List.copyOf(rows)));
            }
        }
        return out;
    }

    /** The rules' choice of a plan's statement: a table row before text, then the earlier page. */
    private static boolean better(PlanFigure a, PlanFigure b) {
        if (a.source() != b.source()) {
            return a.source() == Origin.TABLE;
        }
        return a.page() < b.page();
    }

    /** 「《道县“十五五”能源发展规划》」, or the file name. */
    static String title(DocumentResult d) {
        String t = Labels.text(d.plan().title()).strip();
        if (t.isEmpty()) {
            return Labels.fileName(d.document());
        }
        return t.startsWith("《") ? t : "《" + t + "》";
    }

}
