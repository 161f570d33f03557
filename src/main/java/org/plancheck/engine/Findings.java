package org.plancheck.engine;

import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.plancheck.model.Attribute;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Severity;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;

/**
 * What the rules' consequences call to raise an issue ({@code import function} in the DRL): each builds the finding
 * from the matched facts, with the rule id from the rule's {@code @id} and the severity from its {@code @severity}.
 * Nothing here decides whether there is a finding; the rule's conditions did.
 */
public final class Findings {
    private Findings() {
    }

    /** A finding about one lower figure set against its target. */
    public static Issue finding(RuleContext ctx, Comparison c, String message, String fix) {
        return issue(ctx, new Finding(c.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), c.target()),
                c.indicatorId(), c.target().name(), message, fix, upperClause(c.target()), describe(c.figure(), c.year()),
                c.figure().evidence(), c.lowerLevel(), c.required(), c.figure().base()),
                c.rank(), null);
    }

    /** A finding comparing a figure with a number handed down (a quota, an assignment) rather than the target. */
    public static Issue handedDown(RuleContext ctx, Comparison c, double value, String message, String fix) {
        return issue(ctx, new Finding(c.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), c.target()),
                c.indicatorId(), c.target().name(), message, fix, upperClause(c.target()), describe(c.figure(), c.year()),
                c.figure().evidence(), c.lowerLevel(), value, c.figure().base()), c.rank(), null);
    }

    /** A finding about an indicator the plan does not carry (no evidence page). */
    public static Issue missing(RuleContext ctx, LowerPlan p, UpperTarget t, String message, String fix) {
        return issue(ctx, new Finding(p.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(),
                t.name(), message, fix, upperClause(t), "", Evidence.none(), null,
                Comparison.level(t.target(), t.direction()), null), 0, null);
    }

    /** A finding about a batch total (not tied to one document). */
    public static Issue batch(RuleContext ctx, Facts.BatchTotal a, String message, String fix) {
        UpperTarget t = a.target();
        return issue(ctx, new Finding(null, ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(), t.name(),
                message, fix, upperClause(t), a.detail(), new Evidence(0, a.detail()), a.value(),
                Comparison.level(t.target(), t.direction()), t.base()), 0, null);
    }

    /** A finding about the batch as a whole that concerns {@code subject} (a jurisdiction), not an indicator. */
    public static Issue batchNote(RuleContext ctx, String subject, String evidence, String message, String fix) {
        return issue(ctx, new Finding(null, ruleId(ctx.getRule()), severity(ctx.getRule(), null), null, null,
                message, fix, "", evidence, new Evidence(0, evidence), null, null, null), 0, subject);
    }

    /**
     * A special plan's target weaker than its county's general plan (the chain): the finding is about the special
     * plan; its upper clause and counterpart are the general plan's statement, the city target named beside.
     */
    public static Issue chain(RuleContext ctx, Facts.Chained c, String message, String fix) {
        Facts.Stated g = c.general();
        Facts.Stated s = c.special();
        UpperTarget t = c.target();
        return issue(ctx, new Finding(s.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(),
                t.name(), message, fix, "上位：" + statedClause(g) + "；市级对应目标：" + upperClause(t),
                describe(s.comparison().figure(), s.comparison().year()), s.comparison().figure().evidence(),
                s.level(), g.level(), s.comparison().figure().base(), null, counterpart(g)), s.comparison().rank(),
                g.document());
    }

    /** A base that differs from the one its county's general plan states (the chain). */
    public static Issue chainBase(RuleContext ctx, Facts.StatedBase general, Facts.StatedBase special,
                                  String message, String fix) {
        UpperTarget t = special.target();
        return issue(ctx, new Finding(special.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(),
                t.name(), message, fix, "上位：" + statedClause(general), describe(special.comparison().figure(),
                special.comparison().year()), special.comparison().figure().evidence(), special.base(),
                general.base(), special.base(), null, counterpart(general)), special.comparison().rank(),
                general.document());
    }

    /** Two plans of one level and jurisdiction that state one indicator differently: about {@code a}, beside {@code b}. */
    public static Issue peer(RuleContext ctx, Facts.Stated a, Facts.Stated b, String message, String fix) {
        UpperTarget t = a.target();
        return issue(ctx, new Finding(a.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(),
                t.name(), message, fix, "同级：" + statedClause(b) + "；上位目标：" + upperClause(t),
                describe(a.comparison().figure(), a.comparison().year()), a.comparison().figure().evidence(),
                a.level(), b.level(), a.comparison().figure().base(), null, counterpart(b)), a.comparison().rank(),
                b.document());
    }

    /** Two plans of one level and jurisdiction that state different bases for one indicator. */
    public static Issue peerBase(RuleContext ctx, Facts.StatedBase a, Facts.StatedBase b, String message,
                                 String fix) {
        UpperTarget t = a.target();
        return issue(ctx, new Finding(a.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), t), t.id(),
                t.name(), message, fix, "同级：" + statedClause(b), describe(a.comparison().figure(),
                a.comparison().year()), a.comparison().figure().evidence(), a.base(), b.base(), a.base(), null,
                counterpart(b)), a.comparison().rank(), b.document());
    }

    /** A project the upper plan assigns to the plan's jurisdiction that the plan does not name. */
    public static Issue project(RuleContext ctx, LowerPlan p, org.plancheck.model.Project r, String message,
                                String fix) {
        return issue(ctx, new Finding(p.document(), ruleId(ctx.getRule()), severity(ctx.getRule(), null), r.id(),
                r.name(), message, fix, r.clause(), "", Evidence.none(), null, null, null), 0, null);
    }

    /** 「《道县…纲要》（道县总体规划）」: a plan of the batch named for a reviewer, with what it is. */
    /**
     * Where a statement stands, with a note, in parentheses: 「（第2页，越高越好）」, 「（第三章 主要目标 > 表1 第5行）」 for
     * a Word document; 「（越高越好）」 or "" when it has no place.
     */
    public static String at(Comparison c, String note) {
        String place = c.figure().evidence() == null ? "" : c.figure().evidence().place();
        String n = note == null ? "" : note;
        String inside = place.isEmpty() ? n : n.isEmpty() ? place : place + "，" + n;
        return inside.isEmpty() ? "" : "（" + inside + "）";
    }

    public static String planName(LowerPlan p) {
        String t = p.title() == null || p.title().isBlank() ? Finding.fileName(p.document()) : p.title().strip();
        String title = t.startsWith("《") ? t : "《" + t + "》";
        String what = switch (p.kind()) {
            case GENERAL -> "总体规划";
            case SPECIAL -> "专项规划" + (p.domain() == null ? "" : "·" + p.domainName());   // 专项规划·能源
            case ANNUAL -> "年度计划";
            default -> p.kind().label();
        };
        return title + "（" + (p.jurisdiction() == null ? "" : p.jurisdiction()) + what + "）";
    }

    /** The plan and its statement with page and verbatim text: the upper clause of a finding between two plans. */
    static String statedClause(Facts.Stated s) {
        PlanFigure f = s.comparison().figure();
        return planName(s.plan()) + "第" + f.page() + "页：「" + f.text() + "」";
    }

    static String statedClause(Facts.StatedBase s) {
        PlanFigure f = s.comparison().figure();
        return planName(s.plan()) + "第" + f.page() + "页：「" + f.text() + "」";
    }

    private static org.plancheck.model.Counterpart counterpart(Facts.Stated s) {
        PlanFigure f = s.comparison().figure();
        return new org.plancheck.model.Counterpart(s.document(), planName(s.plan()), describe(f, s.comparison().year()),
                f.evidence());
    }

    private static org.plancheck.model.Counterpart counterpart(Facts.StatedBase s) {
        PlanFigure f = s.comparison().figure();
        return new org.plancheck.model.Counterpart(s.document(), planName(s.plan()), describe(f, s.comparison().year()),
                f.evidence());
    }

    private static Issue issue(RuleContext ctx, Finding f, int rank, String subject) {
        return new Issue(f.withExplanation(Explain.describe(ctx.getRule().getName(), ctx.getMatch().getObjects())),
                rank, subject);
    }

    /** The rule's {@code @id}, or its name when it has none. */
    static String ruleId(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : unquote(id.toString());
    }

    /** The rule's declared {@code @severity}: error, warning, info or byAttribute (error when not declared). */
    static String declaredSeverity(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Object s = meta.get("severity");
        return s == null ? "error" : unquote(s.toString());
    }

    /**
     * The severity of a finding of {@code rule} about {@code t}: the rule's {@code @severity}; for "byAttribute",
     * {@link #byAttribute(UpperTarget)}. The one place severity is decided.
     */
    static Severity severity(Rule rule, UpperTarget t) {
        String declared = declaredSeverity(rule);
        if (declared.equals(BY_ATTRIBUTE)) {
            if (t == null) {
                throw new IllegalStateException("rule " + ruleId(rule) + " is byAttribute but has no target");
            }
            return byAttribute(t);
        }
        return Severity.parse(declared);
    }

    static final String BY_ATTRIBUTE = "byAttribute";

    /** Binding (约束性) → error, expected (预期性) → warning; an informational transmission → info. */
    public static Severity byAttribute(UpperTarget t) {
        if (t.transmission() == Transmission.INFORMATIONAL) {
            return Severity.INFO;
        }
        return t.attribute() == Attribute.BINDING ? Severity.ERROR : Severity.WARNING;
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    /** Figures as the plan states them, in reading order: "80.2（第16页）、78.6（第9页）" (or where, in Word). */
    public static String statements(java.util.Collection<?> comparisons) {
        return comparisons.stream().map(Comparison.class::cast).sorted(java.util.Comparator.comparingInt(Comparison::rank))
                .map(c -> c.figure().target().text() + "（" + c.place() + "）")
                .collect(java.util.stream.Collectors.joining("、"));
    }

    /** The upper clause with its verbatim quote. */
    public static String upperClause(UpperTarget t) {
        return t.clause() + "：「" + t.quote() + "」";
    }

    /** How the lower plan states the figure: name, target as written, unit, year, attribute, base. */
    public static String describe(PlanFigure f, Integer year) {
        StringBuilder b = new StringBuilder();
        b.append(f.rawName()).append(" ").append(f.target().text());
        String u = Comparison.unitOf(f);
        if (u != null && !f.target().text().contains(u)) {
            b.append("（").append(u).append("）");
        }
        if (year != null) {
            b.append("，").append(year).append("年");
        }
        if (f.attribute() != null) {
            b.append("，").append(f.attribute().label());
        }
        if (f.baseText() != null && !f.baseText().isBlank()) {
            b.append("，基期 ").append(f.baseText());
        }
        return b.toString();
    }
}
