package org.plancheck.model;

/**
 * A plan under review, as identified: the rules judge it by tier and kind.
 *
 * @param document     file path
 * @param title        the real title (for 关于印发《…》的通知, the quoted one), null when none was found
 * @param jurisdiction the unit it plans for (道县, 永州市, 郴州市), null when not recognised
 * @param tier         the upper plan's own jurisdiction, or one of its lower units
 * @param kind         general plan, special plan, annual plan, other
 * @param domain       for special plans, the domain code (energy, ecology …); null otherwise
 * @param basis        how jurisdiction and kind were decided, in words a reviewer can check (extract, --explain)
 * @param domainLabel  the domain's name for reviewers (能源, 教育), from the upper plan's domains.tsv; the code when
 *                     not known
 */
public record LowerPlan(String document, String title, String jurisdiction, Tier tier, PlanKind kind, String domain,
                        String basis, String domainLabel) {

    /** Without a domain label: reports show the code until {@link #labelled} names it. */
    public LowerPlan(String document, String title, String jurisdiction, Tier tier, PlanKind kind, String domain,
                     String basis) {
        this(document, title, jurisdiction, tier, kind, domain, basis, domain);
    }

    /** The same plan with its domain named by {@code label} (code → name, e.g. from the catalog's domains). */
    public LowerPlan labelled(java.util.function.Function<String, String> label) {
        String name = domain == null ? null : label.apply(domain);
        return new LowerPlan(document, title, jurisdiction, tier, kind, domain, basis, name == null ? domain : name);
    }

    /** The domain as reviewers read it (能源), or null. */
    public String domainName() {
        return domainLabel != null ? domainLabel : domain;
    }

    /** A document that could not be read at all: nothing is known of it. */
    public static LowerPlan unknown(String document) {
        return new LowerPlan(document, null, null, Tier.UNKNOWN, PlanKind.UNKNOWN, null, "");
    }

    /** A general plan of a lower unit (县市区规划纲要). */
    public boolean isLowerGeneral() {
        return tier == Tier.LOWER && kind == PlanKind.GENERAL;
    }

    /** A plan of the upper plan's own jurisdiction (a city special plan; the upper plan itself). */
    public boolean isSameJurisdiction() {
        return tier == Tier.SAME;
    }

    /** Jurisdiction and kind known: the rules can judge it. */
    public boolean identified() {
        return jurisdiction != null && tier != Tier.UNKNOWN && kind != PlanKind.UNKNOWN;
    }

    /** "道县 · 专项规划（能源）": for reports. */
    public String label() {
        return (jurisdiction == null ? "（未识别辖区）" : jurisdiction) + " · " + kindLabel();
    }

    /** The kind as reviewers read it, with a special plan's domain: "专项规划（能源）", "总体规划（规划纲要）". */
    public String kindLabel() {
        return kind.label() + (domain == null || domain.isEmpty() ? "" : "（" + domainName() + "）");
    }

    public LowerPlan with(String newJurisdiction, Tier newTier, PlanKind newKind, String newDomain, String newBasis) {
        return new LowerPlan(document, title, newJurisdiction, newTier, newKind, newDomain, newBasis,
                java.util.Objects.equals(newDomain, domain) ? domainLabel : newDomain);
    }
}
