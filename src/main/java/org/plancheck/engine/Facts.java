package org.plancheck.engine;

import java.util.Comparator;
import java.util.List;
import org.plancheck.model.Direction;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Qualifier;
import org.plancheck.model.Tier;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;

/** The small facts the rules reason over besides targets, plans and {@link Comparison}s. */
public final class Facts {
    private Facts() {
    }

    /** The upper plan's target year: figures for other years are kept but are not the target. */
    public record TargetYear(int year) {
    }

    /** A county's share of a quota-mode target (from --quotas), in the target's unit. */
    public record Quota(String jurisdiction, String indicatorId, double value, String source) {
        public Quota {
            value = Numbers.clean(value);
        }
    }

    /** A number handed down for a deferred target (from --assigned), in the target's unit. */
    public record Assigned(String jurisdiction, String indicatorId, double value, String source) {
        public Assigned {
            value = Numbers.clean(value);
        }
    }

    /** A relative target: {@code targetId} is compared with {@code otherId} inside the same lower plan. */
    public record Relation(String targetId, String otherId, String op) {
    }

    /** Derived in DRL (scope.drl): the lower plan {@code document} must carry the target {@code indicatorId}. */
    public record InScope(String document, String indicatorId) {
    }

    /**
     * A lower unit of the upper plan's area (jurisdictions.tsv), for the batch rules.
     *
     * @param order    its row in jurisdictions.tsv (evidence lists units in that order)
     * @param kind     district, county, county-city, functional, city
     * @param landArea km², null when not given
     */
    public record LowerUnit(int order, String name, String kind, Double landArea) {
    }

    /** Derived in DRL: a lower unit's general plan {@code document} claims its jurisdiction in the batch. */
    public record Claim(String jurisdiction, String document) {
    }

    /**
     * Derived in DRL: the level a lower unit's general plan states for a quota target, as its part of the batch
     * total (the table row if there is one, else the first text target).
     */
    public record Contribution(String indicatorId, String jurisdiction, String document, double value) {
    }

    /** Derived in DRL (batch rules): a county-level unit's contribution with its order and land area. */
    public record Part(String indicatorId, int order, String jurisdiction, double value, Double landArea) {
    }

    /** Derived in DRL: several documents of the batch claim {@code jurisdiction}; the batch totals are not made. */
    public record Contested(String jurisdiction, List<String> documents) {
        public Contested {
            documents = documents.stream().sorted().toList();
        }
    }

    /**
     * Derived in DRL (aggregate.drl): a batch total over county plans for a quota-mode target.
     *
     * @param target    the upper target
     * @param value     the sum, or the land-area-weighted mean for shares (%)
     * @param method    "sum" or "weighted"
     * @param counties  how many county plans contributed
     * @param detail    each county's figure, for the evidence
     * @param shortfall how far the total falls short of the target, by direction (no 左右 tolerance): positive when short
     */
    public record BatchTotal(UpperTarget target, double value, String method, int counties, String detail,
                             double shortfall) {

        public String indicatorId() {
            return target.id();
        }

        /** The sum of the parts' values (amounts: 万吨, 万千瓦 …). */
        public static BatchTotal sum(UpperTarget t, Number sum, List<?> parts) {
            return of(t, sum.doubleValue(), "sum", parts);
        }

        /** The parts' values weighted by land area (shares: 森林覆盖率 %). */
        public static BatchTotal weighted(UpperTarget t, Number weightedSum, Number area, List<?> parts) {
            return of(t, weightedSum.doubleValue() / area.doubleValue(), "weighted", parts);
        }

        private static BatchTotal of(UpperTarget t, double value, String method, List<?> parts) {
            List<Part> ps = parts.stream().map(Part.class::cast).sorted(Comparator.comparingInt(Part::order)).toList();
            StringBuilder detail = new StringBuilder();
            for (Part p : ps) {
                detail.append(detail.length() == 0 ? "" : "；").append(p.jurisdiction()).append(" ")
                        .append(Numbers.show(p.value()));
            }
            double v = Numbers.clean(value);
            Double required = Comparison.level(t.target(), t.direction());
            double shortfall = required == null ? 0 : Comparison.shortfall(v, Numbers.clean(required),
                    t.direction() == null ? Direction.HIGHER : t.direction(), 0);
            return new BatchTotal(t, v, method, ps.size(), detail.toString(), shortfall);
        }
    }

    /** The 左右 slack of parameters.properties, for the batch session (chains compare a target written 左右). */
    public record Tolerance(double about) {
    }

    /**
     * Derived in DRL (links.drl), in a document's session: what a plan states for an indicator in the target year,
     * for its peers and, for a lower unit's general plan, its own special plans. The best-placed figure with a level
     * (its table row if there is one, else its first text target), in the upper target's unit.
     *
     * @param plan       the plan (title, jurisdiction, tier, kind, domain)
     * @param comparison the figure set against the upper (city) target: the evidence, and the target's semantics
     * @param level      the level the figure guarantees in the upper unit (its floor, or its ceiling for better-lower)
     * @param kindClass  what the number measures, as the upper target reads it: a level, an annual growth (a county
     *                   writing 「6」 for an annual-growth target), a five-year cumulative; two statements are
     *                   comparable only when they measure the same
     * @param about      the figure's target is written 「左右」
     */
    public record Stated(LowerPlan plan, String document, String jurisdiction, Tier tier, PlanKind kind,
                         String domain, String indicatorId, UpperTarget target, Comparison comparison, double level,
                         ValueKind kindClass, boolean about) {

        public static Stated of(LowerPlan p, Comparison c) {
            ValueKind k = c.lowerKind();
            if (k == ValueKind.LEVEL && (c.upperKind() == ValueKind.ANNUAL_GROWTH
                    || c.upperKind() == ValueKind.CUMULATIVE)) {
                k = c.upperKind();
            }
            return new Stated(p, p.document(), p.jurisdiction(), p.tier(), p.kind(), p.domain(), c.indicatorId(),
                    c.target(), c, c.lowerLevel(), k, c.figure().target().qualifier() == Qualifier.ABOUT);
        }
    }

    /**
     * Derived in DRL (links.drl), in a document's session: the 2025 base a plan states for an indicator (its
     * best-placed figure with a base), in the upper target's unit.
     */
    public record StatedBase(LowerPlan plan, String document, String jurisdiction, Tier tier, PlanKind kind,
                             String domain, String indicatorId, UpperTarget target, Comparison comparison,
                             double base) {

        public static StatedBase of(LowerPlan p, Comparison c) {
            return new StatedBase(p, p.document(), p.jurisdiction(), p.tier(), p.kind(), p.domain(),
                    c.indicatorId(), c.target(), c, c.lowerBase());
        }
    }

    /**
     * Derived in DRL (links.drl), in the batch session: a special plan's statement set against its county's general
     * plan read as its upper plan. The county's level is the required one, with the city target's direction; a
     * county target written 「左右」 allows the same slack as a city target written so.
     *
     * @param general    what the county's general plan states (the upper plan of the chain)
     * @param special    what the special plan states
     * @param comparable both measure the same (a level, an annual growth …) in the city target's unit
     * @param required   the county's level
     * @param level      the special plan's level
     * @param shortfall  how far the special plan falls short of the county's level, by direction, after the slack:
     *                   positive when weaker
     */
    public record Chained(Stated general, Stated special, String document, String upperDocument, String jurisdiction,
                          String indicatorId, UpperTarget target, boolean comparable, double required, double level,
                          double shortfall) {

        public static Chained of(Stated general, Stated special, double aboutTolerance) {
            Direction d = general.target().direction() == null ? Direction.HIGHER : general.target().direction();
            double shortfall = Comparison.shortfall(special.level(), general.level(), d,
                    general.about() ? aboutTolerance : 0);
            return new Chained(general, special, special.document(), general.document(), special.jurisdiction(),
                    special.indicatorId(), special.target(), general.kindClass() == special.kindClass(),
                    general.level(), special.level(), shortfall);
        }
    }
}
