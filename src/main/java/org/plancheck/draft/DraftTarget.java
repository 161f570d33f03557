package org.plancheck.draft;

import java.util.List;

/** One row of a drafted {@code targets.tsv}, in its columns. */
public record DraftTarget(String id, String name, List<String> aliases, String category, List<String> domains,
                          String unit, String base, String target, String direction, String kind, String attribute,
                          String transmission, String scope, String origin, String section, String quote, int line,
                          String note) {

    /** The row as TSV cells, in the order of {@code CatalogDrafter.COLUMNS}. */
    List<String> cells() {
        return List.of(id, name, String.join("|", aliases), category, String.join("|", domains),
                unit == null ? "" : unit, base, target, direction, kind, attribute, transmission, scope, origin,
                section, quote, String.valueOf(line), note);
    }
}
