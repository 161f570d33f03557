package org.plancheck.model;

/**
 * A target as written and as parsed: the verbatim text, the interval it allows, how it bounds, what it measures.
 *
 * @param text      the target exactly as written ("5—5.5", "≤5.5", "以省下达任务为准")
 * @param min       lower end of the stated interval, null when open or absent
 * @param max       upper end of the stated interval, null when open or absent
 * @param qualifier how the number bounds the target
 * @param kind      level, annual growth, cumulative, relative or deferred
 * @param unit      canonical unit stated with the number, null when the text has none
 * @param relation  for relative targets, the indicator it is compared with ("GDP增长"); null otherwise
 * @param relationOp for relative targets, "above" (高于/快于) or "same" (同步); null otherwise
 */
public record TargetValue(String text, Double min, Double max, Qualifier qualifier, ValueKind kind, String unit,
                          String relation, String relationOp) {

    public boolean hasNumber() {
        return min != null || max != null;
    }

    /** The single representative number: the point, or the end of a range that matters for a direction. */
    public Double bound(Direction direction) {
        if (direction == Direction.LOWER) {
            return max != null ? max : min;
        }
        return min != null ? min : max;
    }

    public TargetValue withUnit(String newUnit) {
        return new TargetValue(text, min, max, qualifier, kind, newUnit, relation, relationOp);
    }

    public TargetValue scaled(double factor, String newUnit) {
        return new TargetValue(text, min == null ? null : min * factor, max == null ? null : max * factor,
                qualifier, kind, newUnit, relation, relationOp);
    }
}
