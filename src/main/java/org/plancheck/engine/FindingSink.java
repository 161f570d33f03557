package org.plancheck.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Severity;
import org.plancheck.model.UpperTarget;

/**
 * The global the rules report to ({@code out} in the DRL). Rules never print: they hand a finding here with the
 * facts that support it; the rule id comes from the rule's {@code @id} metadata.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();
    private final boolean explain;
    private String currentMatch;

    public FindingSink(boolean explain) {
        this.explain = explain;
    }

    void matchStarting(String description) {
        this.currentMatch = description;
    }

    public List<Finding> findings() {
        return findings;
    }

    static String ruleId(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Object id = meta.get("id");
        return id == null ? rule.getName() : unquote(id.toString());
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private void add(Finding f) {
        findings.add(explain && currentMatch != null ? f.withExplanation(currentMatch) : f);
    }

    /** A finding about one figure of a lower plan. */
    public void figure(RuleContext ctx, LowerPlan p, UpperTarget t, PlanFigure f, Severity s, String message,
                       String fix) {
        add(new Finding(p.document(), ruleId(ctx.getRule()), s, t.id(), t.name(), message, fix, upperClause(t),
                describe(f), new Evidence(f.page(), f.text()), Judge.lowerLevel(f, t), Judge.required(t), f.base()));
    }

    /** A finding comparing a figure with a number handed down (quota, assignment) rather than the target itself. */
    public void handedDown(RuleContext ctx, LowerPlan p, UpperTarget t, PlanFigure f, Severity s, double value,
                           String message, String fix) {
        add(new Finding(p.document(), ruleId(ctx.getRule()), s, t.id(), t.name(), message, fix, upperClause(t),
                describe(f), new Evidence(f.page(), f.text()), Judge.lowerLevel(f, t), value, f.base()));
    }

    /** A finding about an indicator the plan does not carry (no evidence page). */
    public void missing(RuleContext ctx, LowerPlan p, UpperTarget t, Severity s, String message, String fix) {
        add(new Finding(p.document(), ruleId(ctx.getRule()), s, t.id(), t.name(), message, fix, upperClause(t), "",
                Evidence.none(), null, Judge.required(t), null));
    }

    /** A finding about a batch of plans (aggregates), not tied to one document. */
    public void batch(RuleContext ctx, UpperTarget t, Facts.Aggregate a, Severity s, String message, String fix) {
        add(new Finding(null, ruleId(ctx.getRule()), s, t.id(), t.name(), message, fix, upperClause(t),
                a.detail(), new Evidence(0, a.detail()), a.value(), Judge.required(t), t.base()));
    }

    /** The upper clause with its verbatim quote. */
    public static String upperClause(UpperTarget t) {
        return t.clause() + "：「" + t.quote() + "」";
    }

    /** How the lower plan states the figure: name, target as written, unit, year, page. */
    public static String describe(PlanFigure f) {
        StringBuilder b = new StringBuilder();
        b.append(f.rawName()).append(" ").append(f.target().text());
        String u = Judge.unitOf(f);
        if (u != null && !f.target().text().contains(u)) {
            b.append("（").append(u).append("）");
        }
        if (f.year() != null) {
            b.append("，").append(f.year()).append("年");
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
