package org.plancheck.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.Origin;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.Units;

/**
 * Loads an upper plan folder: {@code plan.properties}, {@code targets.tsv}, {@code jurisdictions.tsv},
 * {@code domains.tsv} and the plan text the quotes cite. Every malformed row fails with its file and line.
 */
public final class CatalogLoader {

    public static final String[] TARGET_COLUMNS = {"id", "name", "aliases", "category", "domains", "unit", "base",
        "target", "direction", "kind", "attribute", "transmission", "scope", "origin", "section", "quote", "note"};

    private CatalogLoader() {
    }

    public static Catalog load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder, 0, "upper plan folder not found");
        }
        PlanInfo plan = readPlan(folder.resolve("plan.properties"));
        // The plan text is required: without it no quote of the catalog could be checked against the upper plan.
        Path textFile = folder.resolve("plan.txt");
        if (!Files.exists(textFile)) {
            throw new InputException(textFile, 0, "file not found: the upper plan's text is needed to check that "
                    + "every quote of targets.tsv occurs in it verbatim");
        }
        List<String> text = Tsv.readLines(textFile);
        if (text.stream().allMatch(String::isBlank)) {
            throw new InputException(textFile, 0, "the upper plan's text is empty: no quote could be checked");
        }
        List<PlanDomain> domains = readDomains(folder.resolve("domains.tsv"));
        List<Jurisdiction> jurisdictions = readJurisdictions(folder.resolve("jurisdictions.tsv"));
        Path targetsFile = folder.resolve("targets.tsv");
        List<UpperTarget> targets = readTargets(targetsFile, domains, text);
        if (targets.isEmpty()) {
            // an empty catalog would pass every plan: nothing to check is not a check
            throw new InputException(targetsFile, 0, "no targets: the catalog has a header but no rows, so no plan "
                    + "could fail");
        }
        return new Catalog(folder, plan, targets, jurisdictions, domains, text);
    }

    static PlanInfo readPlan(Path file) {
        Properties p = new Properties();
        try (Reader r = new StringReader(TextFiles.read(file))) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        String id = prop(p, file, "id");
        return new PlanInfo(id, prop(p, file, "name"), p.getProperty("shortName", prop(p, file, "name")).strip(),
                prop(p, file, "jurisdiction"), p.getProperty("level", "city").strip(),
                intProp(p, file, "baseYear"), intProp(p, file, "targetYear"),
                intProp(p, file, "periodStart"), intProp(p, file, "periodEnd"));
    }

    private static String prop(Properties p, Path file, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new InputException(file, 0, "property '" + key + "' is missing");
        }
        return v.strip();
    }

    private static int intProp(Properties p, Path file, String key) {
        String v = prop(p, file, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new InputException(file, 0, "property '" + key + "' must be a year, not '" + v + "'");
        }
    }

    static List<PlanDomain> readDomains(Path file) {
        List<PlanDomain> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "code", "label", "keywords")) {
            out.add(new PlanDomain(r.required("code"), r.required("label"), Tsv.list(r.required("keywords"))));
        }
        return out;
    }

    static List<Jurisdiction> readJurisdictions(Path file) {
        List<Jurisdiction> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "name", "kind", "aliases", "landArea", "source")) {
            String kind = r.required("kind");
            if (!Set.of("district", "county", "county-city", "functional", "city").contains(kind)) {
                throw r.error("kind must be district, county, county-city, functional or city, not '" + kind + "'");
            }
            Double area = null;
            if (!r.get("landArea").isEmpty()) {
                try {
                    area = Double.parseDouble(r.get("landArea"));
                } catch (NumberFormatException e) {
                    throw r.error("landArea must be a number of km², not '" + r.get("landArea") + "'");
                }
            }
            out.add(new Jurisdiction(r.required("name"), kind, Tsv.list(r.get("aliases")), area, r.get("source")));
        }
        return out;
    }

    static List<UpperTarget> readTargets(Path file, List<PlanDomain> domains, List<String> planText) {
        List<UpperTarget> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> domainCodes = new HashSet<>();
        domains.forEach(d -> domainCodes.add(d.code()));
        for (Tsv.Row r : Tsv.read(file, TARGET_COLUMNS)) {
            String id = r.required("id");
            if (!ids.add(id)) {
                throw r.error("duplicate id '" + id + "'");
            }
            List<String> targetDomains = Tsv.list(r.get("domains"));
            for (String d : targetDomains) {
                if (!domainCodes.contains(d)) {
                    throw r.error("unknown domain '" + d + "' (not in domains.tsv)");
                }
            }
            UpperTarget t;
            try {
                String unit = r.get("unit");
                if (!unit.isEmpty() && Units.lookup(unit).isEmpty()) {
                    throw r.error("unknown unit '" + unit + "'");
                }
                ValueKind kind = ValueKind.parse(r.required("kind"));
                TargetValue parsed = TargetGrammar.parse(r.required("target"));
                if (kind != ValueKind.RELATIVE && kind != ValueKind.DEFERRED && !parsed.hasNumber()) {
                    throw r.error("target '" + r.get("target") + "' has no number but kind is " + kind.code());
                }
                TargetValue target = new TargetValue(parsed.text(), parsed.min(), parsed.max(), parsed.qualifier(),
                        kind, unit.isEmpty() ? parsed.unit() : Units.canonical(unit), parsed.relation(),
                        parsed.relationOp());
                Attribute attribute = Attribute.parse(r.required("attribute"));
                if (attribute == null) {
                    throw r.error("attribute must be 约束性 or 预期性, not '" + r.get("attribute") + "'");
                }
                String scope = r.required("scope");
                if (!scope.equals("all") && !scope.equals("city")) {
                    throw r.error("scope must be all or city, not '" + scope + "'");
                }
                String quote = r.required("quote");
                int line = lineOf(planText, quote);
                if (!r.get("line").isEmpty()) {
                    line = Integer.parseInt(r.get("line"));
                    if (line < 1 || line > planText.size() || !planText.get(line - 1).contains(quote)) {
                        throw r.error("line " + line + " of plan.txt does not contain the quote: " + quote);
                    }
                } else if (line == 0) {
                    throw r.error("quote does not occur verbatim in plan.txt: " + quote);
                }
                String baseText = r.get("base");
                t = new UpperTarget(id, r.required("name"), Tsv.list(r.get("aliases")), r.get("category"),
                        targetDomains, unit.isEmpty() ? target.unit() : Units.canonical(unit),
                        TargetGrammar.number(baseText), baseText, target, Direction.parse(r.required("direction")),
                        attribute, Transmission.parse(r.required("transmission")), scope,
                        Origin.parse(r.required("origin")), r.required("section"), quote, line, r.get("note"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            out.add(t);
        }
        return out;
    }

    /** 1-based number of the first line of {@code text} containing {@code quote}; 0 when none does. */
    static int lineOf(List<String> text, String quote) {
        for (int i = 0; i < text.size(); i++) {
            if (text.get(i).contains(quote)) {
                return i + 1;
            }
        }
        return 0;
    }
}
