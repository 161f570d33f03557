package org.plancheck.engine;

import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.Units;

/**
 * One lower figure set against the upper target it names, with the arithmetic done once (in Java, unit-tested):
 * whether they are comparable and why not, both levels in the upper plan's unit, what the upper target requires,
 * and by how much the figure falls short. The rules decide with plain constraints on these fields
 * ({@code comparability == COMPARABLE, shortfall > 0}); nothing here decides a finding.
 *
 * @param figure         the lower plan's figure (evidence: page, verbatim text)
 * @param target         the upper target it was matched to
 * @param document       the lower plan's file
 * @param indicatorId    the target's catalog id
 * @param year           the year the figure is for (the target year when the plan does not say)
 * @param inTargetYear   whether that is the upper plan's target year
 * @param page           page of the figure
 * @param source         table row or text
 * @param rank           reading order in the document: page, then table before text, then order read (0 first)
 * @param preference     which figure states a level best: table rows first, then by page (0 first)
 * @param transmission   how the target binds lower plans
 * @param direction      which way is better
 * @param upperAttribute 约束性/预期性 above
 * @param lowerAttribute 约束性/预期性 as the lower plan marks it, null when unmarked
 * @param upperKind      kind of the upper number (level, annual growth, cumulative, relative, deferred)
 * @param lowerKind      kind of the lower number
 * @param upperOrigin    whether the upper target stands in the table or the text
 * @param about          the upper target is written 「左右」
 * @param lowerUnit      the unit the figure is stated in, null when none
 * @param upperUnit      the upper target's unit
 * @param levelUnit      the unit {@code lowerLevel} is expressed in
 * @param comparability  comparable, or why not
 * @param required       the level the upper target requires (its floor, or its ceiling for better-lower), null when
 *                       it states no number
 * @param lowerLevel     the level the figure guarantees, in the upper unit; null when it has no number or the unit
 *                       cannot be converted
 * @param shortfall      how far the figure falls short of {@code required}, by direction, after the 左右 tolerance:
 *                       positive when weaker, zero or negative otherwise; null unless comparable
 * @param lowerBase      the figure's base (2025) in the upper unit, null when none or not convertible (also when the
 *                       upper plan states no base: plans of the batch compare theirs)
 * @param upperBase      the upper plan's base
 * @param stated         the figure's level as the plan writes it (no conversion), by the target's direction
 * @param statedMinimum  the figure's lower end as written (for relative targets, compared inside one plan)
 * @param statedMaximum  the most the figure allows as written: null when open above (「6%以上」)
 * @param shortOfOwnBase how far the figure's target falls short of its own base, by direction; null when the plan
 *                       states no base or no number
 */
public record Comparison(PlanFigure figure, UpperTarget target, String document, String indicatorId, int year,
                         boolean inTargetYear, int page, Origin source, int rank, int preference,
                         Transmission transmission, Direction direction, Attribute upperAttribute,
                         Attribute lowerAttribute, ValueKind upperKind, ValueKind lowerKind, Origin upperOrigin,
                         boolean about, String lowerUnit, String upperUnit, String levelUnit,
                         Comparability comparability, Double required, Double lowerLevel, Double shortfall,
                         Double lowerBase, Double upperBase, Double stated, Double statedMinimum,
                         Double statedMaximum, Double shortOfOwnBase) {

    /** Differences smaller than this share of the number are rounding, not a difference. */
    private static final double EPS = 1e-9;

    /**
     * Sets {@code f} against {@code t}.
     *
     * @param targetYear     the upper plan's target year (a figure without a year is taken to be for it)
     * @param rank           reading order of the figure in its document
     * @param preference     order of preference as the statement of a level (table first)
     * @param aboutTolerance slack around a target written 「左右」, as a share of its value (0.05 = 5 %)
     */
    public static Comparison of(PlanFigure f, UpperTarget t, int targetYear, int rank, int preference,
                                double aboutTolerance) {
        int year = f.year() == null ? targetYear : f.year();
        String fu = unitOf(f);
        String tu = t.unit() == null || t.unit().isEmpty() ? null : t.unit();
        boolean hasNumber = f.target().hasNumber();
        boolean unitMismatch = hasNumber && fu != null && tu != null && !fu.equals(tu) && !Units.compatible(fu, tu);
        TargetValue converted = inUpperUnit(f.target(), fu, tu);
        Double lowerLevel = Numbers.clean(level(converted, t.direction()));
        Double required = Numbers.clean(level(t.target(), t.direction()));
        boolean about = t.target().qualifier() == Qualifier.ABOUT;

        Comparability c;
        if (!hasNumber) {
            c = Comparability.NO_NUMBER;
        } else if (unitMismatch || converted == null) {
            c = Comparability.UNIT;
        } else if (!t.target().hasNumber()) {
            c = Comparability.UPPER_NO_NUMBER;
        } else if (!kindsComparable(t.target().kind(), f.target().kind())) {
            c = Comparability.KIND;
        } else {
            c = Comparability.COMPARABLE;
        }
        Double shortfall = null;
        if (c == Comparability.COMPARABLE && lowerLevel != null && required != null) {
            shortfall = shortfall(lowerLevel, required, t.direction(), about ? aboutTolerance : 0);
        }

        Double lowerBase = null;
        if (f.base() != null && !unitMismatch) {      // the upper plan need not state a base: peers compare theirs
            if (fu == null || tu == null || fu.equals(tu)) {
                lowerBase = f.base();
            } else {
                lowerBase = Units.convert(f.base(), fu, tu).orElse(null);
            }
        }
        Double stated = level(f.target(), t.direction());
        Double shortOfOwnBase = f.base() == null || stated == null ? null
                : shortfall(stated, f.base(), t.direction(), 0);
        String levelUnit = tu != null ? tu : fu;
        return new Comparison(f, t, f.document(), t.id(), year, year == targetYear, f.page(), f.source(), rank,
                preference, t.transmission(), t.direction(), t.attribute(), f.attribute(), t.target().kind(),
                f.target().kind(), t.origin(), about, fu, tu, levelUnit, c, required, lowerLevel, shortfall,
                Numbers.clean(lowerBase), Numbers.clean(t.base()), Numbers.clean(stated),
                Numbers.clean(level(f.target(), Direction.HIGHER)), Numbers.clean(f.target().max()), shortOfOwnBase);
    }

    /** Where the figure stands, for a message: 「第3页」, or in a Word document its heading path, table and row. */
    public String place() {
        return place(figure);
    }

    /** Where a figure stands (「位置不详」 when neither page nor structure is known). */
    public static String place(PlanFigure f) {
        String p = f.evidence().place();
        return p.isEmpty() ? "位置不详" : p;
    }

    /**
     * How far {@code level} falls short of {@code required} in direction {@code d}, after {@code slack} (a share of
     * the required value): positive when weaker, negative when better, exactly 0 within rounding.
     */
    public static double shortfall(double level, double required, Direction d, double slack) {
        double allowed = Math.abs(required) * slack;
        double raw = d == Direction.LOWER ? level - required - allowed : required - allowed - level;
        double eps = EPS * Math.max(1, Math.abs(required));
        return Math.abs(raw) <= eps ? 0.0 : Numbers.clean(raw);
    }

    /** The unit a figure is stated in: with its number, else in its name or column; null when none. */
    public static String unitOf(PlanFigure f) {
        if (f.target().unit() != null) {
            return f.target().unit();
        }
        return f.unit() == null || f.unit().isBlank() ? null : Units.canonical(f.unit());
    }

    /** The figure's target in the upper unit (as stated when either has no unit); null when not convertible. */
    private static TargetValue inUpperUnit(TargetValue v, String fu, String tu) {
        if (!v.hasNumber()) {
            return null;
        }
        if (fu == null || tu == null || fu.equals(tu)) {
            return v;
        }
        return Units.convert(1.0, fu, tu).map(k -> v.scaled(k, tu)).orElse(null);
    }

    /** The level a target guarantees: its floor for better-higher indicators, its ceiling for better-lower. */
    static Double level(TargetValue v, Direction d) {
        if (v == null || !v.hasNumber()) {
            return null;
        }
        return v.bound(d);
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
}
