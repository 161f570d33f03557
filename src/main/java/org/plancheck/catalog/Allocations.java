package org.plancheck.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.Units;

/**
 * Numbers handed down to lower units: quotas of an allocation table (--quotas: county, indicator, quota)
 * or assigned numbers for deferred targets (--assigned: jurisdiction, indicator, value). The indicator column
 * may hold the catalog id or the indicator's name or alias.
 */
public final class Allocations {

    /** One allocated number. */
    public record Allocation(String jurisdiction, String indicatorId, double value, String unit, Path file,
                             int line) {
    }

    private Allocations() {
    }

    public static List<Allocation> none() {
        return List.of();
    }

    /** Reads a quota file: columns county, indicator, quota (unit optional: the catalog's unit when empty). */
    public static List<Allocation> readQuotas(Path file, Catalog catalog) {
        return read(file, catalog, "county", "quota");
    }

    /** Reads an assignment file: columns jurisdiction, indicator, value (unit optional). */
    public static List<Allocation> readAssigned(Path file, Catalog catalog) {
        return read(file, catalog, "jurisdiction", "value");
    }

    private static List<Allocation> read(Path file, Catalog catalog, String whoColumn, String valueColumn) {
        List<Allocation> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, whoColumn, "indicator", valueColumn)) {
            String who = r.required(whoColumn);
            Jurisdiction j = catalog.jurisdiction(who).orElse(null);
            if (j == null && !who.equals(catalog.plan().jurisdiction())) {
                throw r.error("unknown " + whoColumn + " '" + who + "' (not in the upper plan's jurisdictions)");
            }
            String indicator = r.required("indicator");
            UpperTarget t = resolve(catalog, indicator)
                    .orElseThrow(() -> r.error("unknown indicator '" + indicator + "' (no catalog id, name or alias)"));
            Double v = TargetGrammar.number(r.required(valueColumn));
            if (v == null) {
                throw r.error(valueColumn + " must be a number, not '" + r.get(valueColumn) + "'");
            }
            String unit = r.get("unit").isEmpty() ? t.unit() : r.get("unit");
            if (t.unit() != null && !t.unit().isEmpty() && !Units.compatible(unit, t.unit())) {
                throw r.error("unit '" + unit + "' cannot be converted to the indicator's unit '" + t.unit() + "'");
            }
            double inTargetUnit = t.unit() == null || t.unit().isEmpty() ? v
                    : Units.convert(v, unit, t.unit()).orElse(v);
            out.add(new Allocation(j == null ? who : j.name(), t.id(), inTargetUnit, t.unit(), file, r.line()));
        }
        return out;
    }

    /** The catalog target with this id, or the first table target (then any) with this name or alias. */
    static Optional<UpperTarget> resolve(Catalog catalog, String indicator) {
        Optional<UpperTarget> byId = catalog.byId(indicator);
        if (byId.isPresent()) {
            return byId;
        }
        return catalog.targets().stream()
                .filter(t -> t.name().equals(indicator) || t.aliases().contains(indicator))
                .min((a, b) -> Integer.compare(a.origin().ordinal(), b.origin().ordinal()));
    }
}
