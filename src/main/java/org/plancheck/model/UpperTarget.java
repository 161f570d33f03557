package org.plancheck.model;

import java.util.List;

/**
 * One target of the upper plan, as the catalog states it.
 *
 * @param id           stable id (e.g. "T02-16" for 专栏2 item 16)
 * @param name         the indicator's name as the plan writes it, without unit
 * @param aliases      other names lower plans use for it
 * @param category     category or domain in the plan (经济发展, 绿色低碳, 第三十六章 …)
 * @param domains      special-plan domains that must carry it (energy, ecology, …)
 * @param unit         canonical unit
 * @param base         2025 base value, null when the plan gives none
 * @param baseText     base as written
 * @param target       target as written and parsed
 * @param direction    which way is better
 * @param attribute    约束性 or 预期性
 * @param transmission how it binds lower plans
 * @param scope        "all" (every lower plan in scope) or "city" (the upper jurisdiction only)
 * @param origin       table or text
 * @param section      where it stands (专栏2 第16项, 第三十八章 …)
 * @param quote        verbatim sentence or row of the plan
 * @param line         line of the quote in the plan text (1-based)
 * @param note         the reason for a transmission or scope judgement, when not obvious
 */
public record UpperTarget(String id, String name, List<String> aliases, String category, List<String> domains,
                          String unit, Double base, String baseText, TargetValue target, Direction direction,
                          Attribute attribute, Transmission transmission, String scope, Origin origin,
                          String section, String quote, int line, String note) {

    public boolean isBinding() {
        return attribute == Attribute.BINDING;
    }

    public boolean isDeferred() {
        return target.kind() == ValueKind.DEFERRED;
    }

    /**
     * A share, stated in per cent: its batch total is an area-weighted mean, not a sum. (The rules ask this rather
     * than {@code unit == "%"}: Drools' executable model reads "unit" as a keyword.)
     */
    public boolean inPercent() {
        return "%".equals(unit);
    }

    public boolean cityOnly() {
        return "city".equals(scope);
    }

    /** The clause a reviewer cites: section, name, attribute and target. */
    public String clause() {
        return section + " " + name + " " + attribute.label() + " " + target.text()
                + (unit == null || unit.isEmpty() || target.text().contains(unit) ? "" : "（" + unit + "）");
    }
}
