package org.plancheck.engine;

/** The small facts the rules reason over besides targets, plans and figures. */
public final class Facts {
    private Facts() {
    }

    /** The upper plan's target year: figures for other years are kept but are not the target. */
    public record TargetYear(int year) {
    }

    /** A county's share of a quota-mode target (from --quotas), in the target's unit. */
    public record Quota(String jurisdiction, String indicatorId, double value, String source) {
    }

    /** A number handed down for a deferred target (from --assigned), in the target's unit. */
    public record Assigned(String jurisdiction, String indicatorId, double value, String source) {
    }

    /** A relative target: {@code targetId} is compared with {@code otherId} inside the same lower plan. */
    public record Relation(String targetId, String otherId, String op) {
    }

    /**
     * A batch total over county plans for a quota-mode target.
     *
     * @param indicatorId the catalog target
     * @param value       the sum, or the land-area-weighted mean for shares (%)
     * @param method      "sum" or "weighted"
     * @param counties    how many county plans contributed
     * @param detail      each county's figure, for the evidence
     */
    public record Aggregate(String indicatorId, double value, String method, int counties, String detail) {
    }
}
