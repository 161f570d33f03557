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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.Origin;
import org.plancheck.model.Project;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Loads an upper plan folder: {@code plan.properties}, {@code targets.tsv}, {@code jurisdictions.tsv},
 * {@code domains.tsv}, the plan text the quotes cite, the optional {@code parameters.properties} and the optional
 * {@code projects.tsv}. Every malformed row fails with its file and line.
 */
public final class CatalogLoader {

    public static final String[] PROJECT_COLUMNS = {"id", "name", "aliases", "jurisdictions", "section", "quote",
        "note"};

    /** The shortest name or alias a project may have (after folding spaces and quotes): shorter words are everywhere. */
    static final int MIN_PROJECT_WORDS = 3;

    public static final String[] TARGET_COLUMNS = {"id", "name", "aliases", "category", "domains", "unit", "base",
        "target", "direction", "kind", "attribute", "transmission", "scope", "origin", "section", "quote", "note"};

    /** Kinds of lower unit: a city's districts, counties, county-level cities and functional areas; a province's
     * prefecture-level cities and autonomous prefectures. */
    static final List<String> KINDS = List.of("district", "county", "county-city", "functional", "city",
            "prefecture-city", "autonomous-prefecture");

    /** Administrative levels of an upper plan's jurisdiction ({@code level} in plan.properties). */
    static final List<String> LEVELS = List.of("province", "city", "county");

    /**
     * The kinds of lower unit a level has: a province's prefecture-level cities, autonomous prefectures and
     * functional areas (新区); a city's districts, counties, county-level cities and functional areas. A county's
     * lower units (towns) are not modelled: any kind is accepted.
     */
    static List<String> kindsOf(String level) {
        return switch (level) {
            case "province" -> List.of("prefecture-city", "autonomous-prefecture", "city", "functional");
            case "city" -> List.of("district", "county", "county-city", "functional", "city");
            default -> KINDS;
        };
    }

    /** How many lines after a table row's name cell its values may stand (plan.txt holds a cell a line). */
    static final int ROW_LINES = 12;

    private CatalogLoader() {
    }

    public static Catalog load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder, 0, "upper plan folder not found");
        }
        PlanInfo plan = readPlan(folder.resolve("plan.properties"));
        Path textFile = folder.resolve("plan.txt");
        if (!Files.exists(textFile)) {
            // without the text no quote can be checked, and a catalog could cite anything
            throw new InputException(textFile, 0, "file not found: the plan's text is required, every quote of "
                    + "targets.tsv must occur in it (plancheck catalog draft writes it)");
        }
        List<String> text = Tsv.readLines(textFile);
        if (text.stream().allMatch(String::isBlank)) {
            throw new InputException(textFile, 0, "the upper plan's text is empty: no quote could be checked");
        }
        // domains.tsv is optional: an upper plan without special plans (an annual plan) names no domains
        Path domainsFile = folder.resolve("domains.tsv");
        List<PlanDomain> domains = Files.exists(domainsFile) ? readDomains(domainsFile) : List.of();
        List<Jurisdiction> jurisdictions = readJurisdictions(folder.resolve("jurisdictions.tsv"), plan.level());
        Path targetsFile = folder.resolve("targets.tsv");
        List<UpperTarget> targets = readTargets(targetsFile, domains, text);
        if (targets.isEmpty()) {
            // a catalog without targets would pass every plan
            throw new InputException(targetsFile, 0, "no targets: the catalog must list at least one target");
        }
        Parameters parameters = Parameters.read(folder.resolve(Parameters.FILE));
        Path projectsFile = folder.resolve("projects.tsv");
        List<Project> projects = Files.exists(projectsFile) ? readProjects(projectsFile, jurisdictions, text)
                : List.of();
        return new Catalog(folder, plan, targets, jurisdictions, domains, text, parameters, projects);
    }

    static PlanInfo readPlan(Path file) {
        Properties p = new Properties();
        try (Reader r = new StringReader(TextFiles.read(file))) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        String id = prop(p, file, "id");
        int base = intProp(p, file, "baseYear");
        int target = intProp(p, file, "targetYear");
        java.util.Set<org.plancheck.model.PlanKind> governs = PlanInfo.defaultGoverns(base, target);
        String g = p.getProperty("governs");
        if (g != null && !g.isBlank()) {
            governs = new java.util.LinkedHashSet<>();
            for (String k : g.split("[,，\\s]+")) {
                try {
                    governs.add(org.plancheck.model.PlanKind.parse(k));
                } catch (IllegalArgumentException e) {
                    throw new InputException(file, 0, "governs: " + e.getMessage());
                }
            }
        }
        String level = p.getProperty("level", "city").strip();
        if (!LEVELS.contains(level)) {
            throw new InputException(file, 0, "level must be " + String.join(", ", LEVELS) + ", not '" + level + "'");
        }
        return new PlanInfo(id, prop(p, file, "name"), p.getProperty("shortName", prop(p, file, "name")).strip(),
                prop(p, file, "jurisdiction"), level, base, target,
                intProp(p, file, "periodStart"), intProp(p, file, "periodEnd"), java.util.Set.copyOf(governs));
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
        return readJurisdictions(file, "city");
    }

    static List<Jurisdiction> readJurisdictions(Path file, String level) {
        List<Jurisdiction> out = new ArrayList<>();
        for (Tsv.Row r : Tsv.read(file, "name", "kind", "aliases", "landArea", "source")) {
            String kind = r.required("kind");
            if (!KINDS.contains(kind)) {
                throw r.error("kind must be " + String.join(", ", KINDS) + ", not '" + kind + "'");
            }
            if (!kindsOf(level).contains(kind)) {
                throw r.error("kind '" + kind + "' is not a lower unit of a " + level + " (plan.properties level="
                        + level + "): use " + String.join(", ", kindsOf(level)));
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
                checkKind(r, kind, parsed);
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
                int line;
                // a given line is checked, not searched for (a search of the plan per target was 40 ms of a load)
                if (!r.get("line").isEmpty()) {
                    line = Integer.parseInt(r.get("line"));
                    if (line < 1 || line > planText.size() || !planText.get(line - 1).contains(quote)) {
                        throw r.error("line " + line + " of plan.txt does not contain the quote: " + quote);
                    }
                } else {
                    line = lineOf(planText, quote);
                    if (line == 0) {
                        throw r.error("quote does not occur verbatim in plan.txt: " + quote);
                    }
                }
                String baseText = r.get("base");
                Origin origin = Origin.parse(r.required("origin"));
                checkNumbersQuoted(r, planText, quote, line, origin, r.get("target"), "target");
                checkNumbersQuoted(r, planText, quote, line, origin, baseText, "base");
                t = new UpperTarget(id, r.required("name"), Tsv.list(r.get("aliases")), r.get("category"),
                        targetDomains, unit.isEmpty() ? target.unit() : Units.canonical(unit),
                        TargetGrammar.number(baseText), baseText, target, Direction.parse(r.required("direction")),
                        attribute, Transmission.parse(r.required("transmission")), scope,
                        origin, r.required("section"), quote, line, r.get("note"));
            } catch (IllegalArgumentException e) {
                throw r.error(e.getMessage());
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The projects table: every id once, a name and aliases long enough to mean something, every jurisdiction a
     * lower unit of jurisdictions.tsv (by name or alias; kept by name), the quote verbatim in plan.txt.
     */
    static List<Project> readProjects(Path file, List<Jurisdiction> jurisdictions, List<String> planText) {
        List<Project> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Tsv.Row r : Tsv.read(file, PROJECT_COLUMNS)) {
            String id = r.required("id");
            if (!ids.add(id)) {
                throw r.error("duplicate id '" + id + "'");
            }
            String name = r.required("name");
            List<String> aliases = Tsv.list(r.get("aliases"));
            for (String form : java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                    .toList()) {
                if (org.plancheck.quantity.TextNormalizer.fold(form).length() < MIN_PROJECT_WORDS) {
                    throw r.error("name or alias '" + form + "' is shorter than " + MIN_PROJECT_WORDS
                            + " characters: it would be found in any plan");
                }
            }
            List<String> named = Tsv.list(r.required("jurisdictions"));
            List<String> units = new ArrayList<>();
            for (String n : named) {
                Jurisdiction j = jurisdictions.stream().filter(u -> u.name().equals(n) || u.aliases().contains(n))
                        .findFirst().orElseThrow(() -> r.error("unknown jurisdiction '" + n
                                + "' (not a name or alias in jurisdictions.tsv)"));
                if (!units.contains(j.name())) {
                    units.add(j.name());
                }
            }
            String quote = r.required("quote");
            int line = 0;
            if (!r.get("line").isEmpty()) {
                try {
                    line = Integer.parseInt(r.get("line"));
                } catch (NumberFormatException e) {
                    throw r.error("line must be a number, not '" + r.get("line") + "'");
                }
                if (!planText.isEmpty() && (line < 1 || line > planText.size()
                        || !planText.get(line - 1).contains(quote))) {
                    throw r.error("line " + line + " of plan.txt does not contain the quote: " + quote);
                }
            } else if (!planText.isEmpty()) {
                line = lineOf(planText, quote);
                if (line == 0) {
                    throw r.error("quote does not occur verbatim in plan.txt: " + quote);
                }
            }
            out.add(new Project(id, name, aliases, units, r.required("section"), quote, line, r.get("note")));
        }
        return out;
    }

    /**
     * The kind must say what the words of the target say: a number given elsewhere (以省下达任务为准, 与全国一致) is
     * deferred (a reviewer supplies it with --assigned), a comparison with another indicator (高于GDP增长) is relative,
     * words without either (进出口保稳提质) are qualitative, and a qualitative target has no number. Otherwise the target
     * would be accepted and then silently never checked.
     */
    private static void checkKind(Tsv.Row r, ValueKind kind, TargetValue parsed) {
        String target = r.get("target");
        if (parsed.hasNumber()) {
            if (kind == ValueKind.QUALITATIVE) {
                throw r.error("target '" + target + "' states a number but kind is qualitative (never compared): "
                        + "use level, annualGrowth or cumulative");
            }
            return;
        }
        if (parsed.kind() == ValueKind.DEFERRED && kind != ValueKind.DEFERRED) {
            throw r.error("target '" + target + "' takes its number from elsewhere (下达, 为准, 与全国一致): kind must be "
                    + "deferred (the number is supplied with --assigned), not " + kind.code());
        }
        if (parsed.kind() == ValueKind.RELATIVE && kind != ValueKind.RELATIVE) {
            throw r.error("target '" + target + "' is stated against another indicator: kind must be relative, not "
                    + kind.code());
        }
        if (parsed.kind() != ValueKind.DEFERRED && parsed.kind() != ValueKind.RELATIVE
                && kind != ValueKind.QUALITATIVE) {
            throw r.error("target '" + target + "' has no number but kind is " + kind.code()
                    + (kind == ValueKind.RELATIVE || kind == ValueKind.DEFERRED
                    ? " (it names no other indicator and no level above)" : "")
                    + ": write the number, or make it qualitative (listed for coverage, never compared)");
        }
    }

    /** A thousands separator between digits (1,234): dropped before numbers are compared. */
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}\\s*年");

    /**
     * Every number of a target or base as written must stand in its quote (for a table row, on the quote's line or
     * the few lines after it, as plan.txt holds a table a cell a line): a number the plan does not state is a typing
     * slip or a conversion, and the catalog keeps targets as written.
     */
    private static void checkNumbersQuoted(Tsv.Row r, List<String> planText, String quote, int line, Origin origin,
                                           String written, String column) {
        Set<Double> stated = numbers(written);
        if (stated.isEmpty()) {
            return;
        }
        StringBuilder region = new StringBuilder(quote);
        if (origin == Origin.TABLE && line > 0 && !planText.isEmpty()) {
            for (int i = line - 1; i < Math.min(planText.size(), line - 1 + ROW_LINES); i++) {
                region.append('\n').append(planText.get(i));
            }
        }
        Set<Double> quoted = numbers(region.toString());
        for (double n : stated) {
            if (!quoted.contains(n)) {
                throw r.error(column + " '" + written + "' states " + (n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n))
                        + ", which its quote does not" + (origin == Origin.TABLE ? " (nor the row's cells after it)" : "")
                        + ": write the number as the plan does");
            }
        }
    }

    private static Set<Double> numbers(String text) {
        String t = THOUSANDS.matcher(YEAR.matcher(TextNormalizer.normalize(text)).replaceAll("")).replaceAll("");
        Set<Double> out = new HashSet<>();
        Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
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
