package org.plancheck.engine;

import java.util.Comparator;
import java.util.List;
import org.plancheck.model.Direction;
import org.plancheck.model.UpperTarget;

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
}
