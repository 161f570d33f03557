package org.plancheck.model;

/** How a stated number bounds the target. */
public enum Qualifier {
    /** A plain level ("57", "达到57%"): at least or at most by the indicator's direction. */
    POINT("point"),
    /** "5—5.5". */
    RANGE("range"),
    /** "3.5左右": a tolerance, not a bound. */
    ABOUT("about"),
    /** "≤5.5", "以下", "以内", "控制在". */
    AT_MOST("atMost"),
    /** "≥90", "以上", "不低于", "突破". */
    AT_LEAST("atLeast"),
    /** No number: relative or deferred targets. */
    NONE("none");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
