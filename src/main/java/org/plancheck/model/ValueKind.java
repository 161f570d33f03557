package org.plancheck.model;

/** What a target's number measures. */
public enum ValueKind implements Coded {
    /** The level reached in the target year. */
    LEVEL("level"),
    /** Annual average growth over the period (年均). */
    ANNUAL_GROWTH("annualGrowth"),
    /** Five-year cumulative figure, written in square brackets. */
    CUMULATIVE("cumulative"),
    /** Stated against another indicator (高于GDP增长, 与GDP增长同步). */
    RELATIVE("relative"),
    /** The number comes from the level above (以省下达任务为准) or from outside (与全国一致). */
    DEFERRED("deferred"),
    /** No number at all (进出口保稳提质): listed for coverage, never compared. */
    QUALITATIVE("qualitative");

    private final String code;

    ValueKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static ValueKind parse(String code) {
        return Coded.parse(ValueKind.class, "kind", code);
    }
}
