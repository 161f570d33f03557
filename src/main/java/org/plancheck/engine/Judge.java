package org.plancheck.engine;

import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Qualifier;
import org.plancheck.model.Severity;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.Units;

/**
 * The arithmetic the rules call: comparing a lower figure with an upper target by direction, unit and kind.
 * Kept in Java so the DRL stays readable and every comparison has a unit test.
 */
public final class Judge {

    /** Slack allowed around an upper target written "左右" (about): 5 % of its value. */
    public static final double ABOUT_TOLERANCE = 0.05;
    private static final double EPS = 1e-9;

    private Judge() {
    }

    /** Binding → error, expected → warning, informational transmission → info. */
    public static Severity severity(UpperTarget t) {
        if (t.transmission() == Transmission.INFORMATIONAL) {
            return Severity.INFO;
        }
        return t.attribute() == Attribute.BINDING ? Severity.ERROR : Severity.WARNING;
    }

    /**
     * Whether a lower plan must carry the target (coverage): a county general plan every target not scoped to the
     * upper jurisdiction itself; a special plan the targets of its domain; the upper plan checked against itself none.
     */
    public static boolean inScope(org.plancheck.model.LowerPlan p, UpperTarget t) {
        return switch (p.kind()) {
            case GENERAL, ANNUAL -> p.tier() == org.plancheck.model.Tier.LOWER && !t.cityOnly();
            case SPECIAL -> p.domain() != null && t.domains().contains(p.domain());
            default -> false;
        };
    }

    /** A plan of the upper plan's own jurisdiction (a city special plan): levels compare directly, bases must agree. */
    public static boolean sameJurisdiction(org.plancheck.model.LowerPlan p) {
        return p.isSameJurisdiction();
    }

    /** The unit a figure is stated in: with its number, else in its name or column; null when none. */
    public static String unitOf(PlanFigure f) {
        if (f.target().unit() != null) {
            return f.target().unit();
        }
        return f.unit() == null || f.unit().isBlank() ? null : Units.canonical(f.unit());
    }

    /** True when the figure states a unit that cannot be converted to the target's unit. */
    public static boolean unitMismatch(PlanFigure f, UpperTarget t) {
        String fu = unitOf(f);
        String tu = t.unit();
        if (fu == null || tu == null || tu.isEmpty() || !f.target().hasNumber()) {
            return false;
        }
        if (fu.equals(tu)) {
            return false;
        }
        return !Units.compatible(fu, tu);
    }

    /** The figure's target in the upper target's unit; null when it has no number or cannot be converted. */
    public static TargetValue inTargetUnit(PlanFigure f, UpperTarget t) {
        TargetValue v = f.target();
        if (!v.hasNumber()) {
            return null;
        }
        String fu = unitOf(f);
        String tu = t.unit();
        if (fu == null || tu == null || tu.isEmpty() || fu.equals(tu)) {
            return v;
        }
        return Units.convert(1.0, fu, tu).map(k -> v.scaled(k, tu)).orElse(null);
    }

    /** Whether the two kinds measure the same thing (a county often writes a growth target without 年均). */
    static boolean kindsComparable(ValueKind upper, ValueKind lower) {
        return switch (upper) {
            case LEVEL -> lower == ValueKind.LEVEL;
            case ANNUAL_GROWTH -> lower == ValueKind.LEVEL || lower == ValueKind.ANNUAL_GROWTH;
            case CUMULATIVE -> lower == ValueKind.CUMULATIVE || lower == ValueKind.LEVEL;
            default -> false;
        };
    }

    /** The level a target guarantees: its floor for better-higher indicators, its ceiling for better-lower. */
    public static Double level(TargetValue v, Direction d) {
        if (v == null || !v.hasNumber()) {
            return null;
        }
        if (d == Direction.LOWER) {
            return v.max() != null ? v.max() : v.min();
        }
        return v.min() != null ? v.min() : v.max();
    }

    /** The figure's guaranteed level in the target's unit, null when not comparable. */
    public static Double lowerLevel(PlanFigure f, UpperTarget t) {
        return level(inTargetUnit(f, t), t.direction());
    }

    /** What the upper target requires, by direction; null when it states no number. */
    public static Double required(UpperTarget t) {
        return level(t.target(), t.direction());
    }

    /** Whether a guaranteed {@code level} falls short of {@code required} in direction {@code d}. */
    public static boolean shortOf(double level, double required, Direction d, boolean about) {
        double slack = about ? Math.abs(required) * ABOUT_TOLERANCE : 0;
        double eps = EPS * Math.max(1, Math.abs(required));
        return d == Direction.LOWER ? level > required + slack + eps : level < required - slack - eps;
    }

    /** True when the figure can be set against the target: both have numbers of compatible kind and unit. */
    public static boolean comparable(PlanFigure f, UpperTarget t) {
        return t.target().hasNumber() && f.target().hasNumber()
                && kindsComparable(t.target().kind(), f.target().kind())
                && inTargetUnit(f, t) != null && !unitMismatch(f, t);
    }

    /** The strictness check: the lower target allows less than the upper one requires. */
    public static boolean weaker(PlanFigure f, UpperTarget t) {
        if (!comparable(f, t)) {
            return false;
        }
        Double lv = lowerLevel(f, t);
        Double req = required(t);
        return lv != null && req != null
                && shortOf(lv, req, t.direction(), t.target().qualifier() == Qualifier.ABOUT);
    }

    /** The figure falls short of a number handed down (a quota or an assigned value, in the target's unit). */
    public static boolean weakerThan(PlanFigure f, UpperTarget t, double handedDown) {
        if (!f.target().hasNumber() || unitMismatch(f, t)) {
            return false;
        }
        Double lv = lowerLevel(f, t);
        return lv != null && shortOf(lv, handedDown, t.direction(), false);
    }

    /** Non-regression: the figure's target is worse than its own base value (both as the plan states them). */
    public static boolean belowBase(PlanFigure f, UpperTarget t) {
        if (f.base() == null || !f.target().hasNumber() || t.target().kind() != ValueKind.LEVEL
                || f.target().kind() != ValueKind.LEVEL) {
            return false;
        }
        Double lv = level(f.target(), t.direction());
        return lv != null && shortOf(lv, f.base(), t.direction(), false);
    }

    /** Base consistency: the figure's base differs from the upper plan's base (after unit conversion). */
    public static boolean baseDiffers(PlanFigure f, UpperTarget t) {
        if (f.base() == null || t.base() == null || unitMismatch(f, t)) {
            return false;
        }
        String fu = unitOf(f);
        double fb = f.base();
        if (fu != null && t.unit() != null && !t.unit().isEmpty() && !fu.equals(t.unit())) {
            Double k = Units.convert(1.0, fu, t.unit()).orElse(null);
            if (k == null) {
                return false;
            }
            fb = fb * k;
        }
        return Math.abs(fb - t.base()) > EPS * Math.max(1, Math.abs(t.base()));
    }

    /** Two figures of one indicator state different targets (compared in the target's unit, by direction). */
    public static boolean differ(PlanFigure a, PlanFigure b, UpperTarget t) {
        if (!a.target().hasNumber() || !b.target().hasNumber()) {
            return false;
        }
        if (a.target().kind() != b.target().kind() && a.target().kind() != ValueKind.LEVEL
                && b.target().kind() != ValueKind.LEVEL) {
            return false;
        }
        if (unitMismatch(a, t) || unitMismatch(b, t)) {
            return false;
        }
        String ua = unitOf(a);
        String ub = unitOf(b);
        if (ua != null && ub != null && !ua.equals(ub) && !Units.compatible(ua, ub)) {
            return false;
        }
        Double la = lowerLevel(a, t);
        Double lb = lowerLevel(b, t);
        return la != null && lb != null && Math.abs(la - lb) > EPS * Math.max(1, Math.abs(la));
    }

    /** The figure's level differs from the target's (an informational note, not a breach). */
    public static boolean differsFromTarget(PlanFigure f, UpperTarget t) {
        Double lv = comparable(f, t) ? lowerLevel(f, t) : null;
        Double req = required(t);
        return lv != null && req != null && Math.abs(lv - req) > EPS * Math.max(1, Math.abs(req));
    }

    /**
     * A relative target broken inside one plan: {@code f} (e.g. income growth) must be "same" as or "above"
     * {@code other} (e.g. the plan's own GDP growth), both as the plan states them.
     */
    public static boolean relativeBroken(PlanFigure f, PlanFigure other, String op) {
        Double a = level(f.target(), Direction.HIGHER);
        Double b = level(other.target(), Direction.HIGHER);
        if (a == null || b == null) {
            return false;
        }
        double eps = EPS * Math.max(1, Math.abs(b));
        return "above".equals(op) ? a <= b + eps : a < b - eps;
    }

    /** A figure's representative number as the plan states it (for messages). */
    public static String show(Double v) {
        if (v == null) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return String.valueOf(v.longValue());
        }
        return String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
