package org.plancheck.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.Tsv;
import org.plancheck.figures.IndicatorMatcher;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.Units;

/**
 * Scores a draft against a list of the targets a plan states, written independently of the drafter: a stated target
 * is found when a drafted target has a matching name (as the matcher of lower plans' figures judges names) and the
 * same numbers (no number for a target in words).
 */
final class HeldOut {
    /** A stated target: its name, its bounds (null when open or in words) and unit (null when not given). */
    record Truth(String name, Double min, Double max, String unit, String written) {
    }

    /** Found and missed targets of one document. */
    record Result(String document, List<Truth> found, List<Truth> missed) {
    }

    private HeldOut() {
    }

    /** {@code name target min max unit attribute} rows (the files of src/test/resources/catalog-draft). */
    static List<Truth> truthFile(Path file) {
        List<Truth> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "name", "target", "min", "max")) {
            out.add(new Truth(r.required("name"), number(r.get("min")), number(r.get("max")),
                    r.get("unit").isEmpty() ? null : r.get("unit"), r.get("target")));
        }
        return out;
    }

    /** The rows of a corpus {@code figures.tsv} for one year: rawName, target, min, max. */
    static List<Truth> figuresFile(Path file, int year) {
        List<Truth> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "rawName", "target", "min", "max", "year")) {
            if (r.get("year").equals(String.valueOf(year))) {
                out.add(new Truth(r.required("rawName"), number(r.get("min")), number(r.get("max")),
                        TargetGrammar.parse(r.get("target")).unit(), r.get("target")));
            }
        }
        return out;
    }

    private static Double number(String s) {
        return s.isBlank() ? null : Double.valueOf(s);
    }

    /** Drafts {@code input} into {@code folder} (the draft must load) and scores it against {@code truth}. */
    static Result score(Path input, Path folder, List<Truth> truth) throws Exception {
        List<String> lines = PlanSource.lines(input, 100, 50L << 20);
        CatalogDrafter.Draft d = CatalogDrafter.draft(lines, PlanIdentity.Stated.NONE);
        CatalogDrafter.write(d, folder, "held-out");
        Catalog drafted = CatalogLoader.load(folder);
        List<Truth> found = new ArrayList<>();
        List<Truth> missed = new ArrayList<>();
        for (Truth t : truth) {
            boolean ok = false;
            for (UpperTarget u : drafted.targets()) {
                if (names(drafted, u, t.name()) && numbers(u, t)) {
                    ok = true;
                    break;
                }
            }
            (ok ? found : missed).add(t);
        }
        return new Result(input.getFileName().toString(), found, missed);
    }

    private static boolean names(Catalog c, UpperTarget u, String name) {
        IndicatorMatcher m = new IndicatorMatcher(new Catalog(c.folder(), c.plan(), List.of(u), List.of(), List.of(),
                List.of()));
        return m.match(new PlanFigure("truth", name, null, null, Origin.TEXT, null, "", TargetGrammar.parse(""),
                null, null, null, 0, name)).matched();
    }

    private static boolean numbers(UpperTarget u, Truth t) {
        TargetValue v = u.target();
        if (t.min() == null && t.max() == null) {
            return !v.hasNumber();
        }
        String du = u.unit() == null || u.unit().isEmpty() ? v.unit() : u.unit();
        double k = 1;
        if (du != null && t.unit() != null && !du.equals(t.unit()) && Units.compatible(du, t.unit())) {
            k = Units.convert(1, du, t.unit()).orElse(1.0);
        }
        // the numbers stated agree: 「站上3000亿元」 read as a level of 3000 or as at least 3000 states the same number
        return numbersOf(v.min(), v.max(), k).equals(numbersOf(t.min(), t.max(), 1));
    }

    private static java.util.Set<Long> numbersOf(Double min, Double max, double k) {
        java.util.Set<Long> out = new java.util.TreeSet<>();
        for (Double d : new Double[] {min, max}) {
            if (d != null) {
                out.add(Math.round(d * k * 1e6));
            }
        }
        return out;
    }

}
