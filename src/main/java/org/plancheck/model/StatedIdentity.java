package org.plancheck.model;

/**
 * What a reviewer states about a document (--jurisdiction, --kind, --domain, or a line of a batch manifest): each
 * stated part replaces what the tool would decide; null leaves it to the tool.
 *
 * @param jurisdiction the unit the plan is for, as named in the upper plan's jurisdictions (or the upper one)
 * @param kind         general, special, annual or other
 * @param domain       a domain code of the upper plan's domains.tsv (special plans)
 * @param source       where it was stated ("--kind", "manifest.tsv:3"), for the basis
 */
public record StatedIdentity(String jurisdiction, PlanKind kind, String domain, String source) {
    public static final StatedIdentity NONE = new StatedIdentity(null, null, null, "");

    public boolean isEmpty() {
        return jurisdiction == null && kind == null && domain == null;
    }
}
