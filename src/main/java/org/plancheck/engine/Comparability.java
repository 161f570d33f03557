package org.plancheck.engine;

/** Whether a lower figure can be set against its upper target, and if not, why. */
public enum Comparability {
    /** Both state numbers of the same kind in convertible units. */
    COMPARABLE,
    /** The lower figure states no number (完成市下达任务, 稳步提高). */
    NO_NUMBER,
    /** The lower unit cannot be converted to the upper one (百分点 for %). */
    UNIT,
    /** The upper target states no number (deferred or relative). */
    UPPER_NO_NUMBER,
    /** Different kinds of number (a cumulative figure against an annual growth rate). */
    KIND
}
