package org.plancheck.draft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.draft.PlanLines.Grid;
import org.plancheck.draft.PlanLines.Para;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;
import org.plancheck.run.UsageException;

/**
 * Drafts an upper plan folder from the plan's text (issue 16): {@code plan.properties} from the plan's identity,
 * {@code targets.tsv} from its indicator tables and the targets of its text, {@code plan.txt}, a
 * {@code jurisdictions.tsv} skeleton and, for a five-year plan (which governs special plans), {@code domains.tsv}.
 * Every judgement the text does not state is a documented default with 「待确认」 in the row's note: the reviewer edits,
 * {@code plancheck targets --upper DIR} validates.
 */
public final class CatalogDrafter {

    public static final List<String> COLUMNS = List.of("id", "name", "aliases", "category", "domains", "unit", "base",
            "target", "direction", "kind", "attribute", "transmission", "scope", "origin", "section", "quote", "line",
            "note");
    private static final Pattern BOX_ITEM = Pattern.compile("^专栏(\\d+)\\s*第(\\d+)项");
    private static final String CONFIRM = "待确认：";

    /** A draft: the plan's identity, its text, its targets and the lower units named in it. */
    public record Draft(PlanIdentity plan, List<String> text, List<DraftTarget> targets, List<String[]> lowerUnits) {
        public long tableTargets() {
            return targets.stream().filter(t -> t.origin().equals("table")).count();
        }
    }

    private CatalogDrafter() {
    }

    /** Drafts the catalog of the plan whose text is {@code lines}. */
    public static Draft draft(List<String> lines, PlanIdentity.Stated stated) {
        PlanIdentity plan = PlanIdentity.of(lines, stated);
        if (plan.targetYear() == 0) {
            throw new UsageException("无法从文本读出目标年（规划期或计划年份），请用 --target-year 指定 / "
                    + "cannot read the target year from the text: give --target-year");
        }
        if (plan.jurisdiction() == null) {
            throw new UsageException("无法从标题或发文机关读出辖区，请用 --jurisdiction 指定 / "
                    + "cannot read the jurisdiction from the title or issuer: give --jurisdiction");
        }
        List<Object> blocks = PlanLines.of(lines);
        List<Found> found = new ArrayList<>();
        List<Para> paras = new ArrayList<>();
        for (Object b : blocks) {
            if (b instanceof Grid g) {
                found.addAll(TableDrafts.read(g, plan.baseYear(), plan.targetYear()));
            } else if (b instanceof Para p) {
                paras.add(p);
            }
        }
        found.addAll(TextDrafts.read(paras, plan));
        found.sort(Comparator.comparingInt(Found::line));
        List<DraftTarget> targets = complete(dedupe(found), plan);
        return new Draft(plan, List.copyOf(lines), targets, LowerUnits.find(lines, plan));
    }

    private static List<Found> dedupe(List<Found> found) {
        Set<String> seen = new HashSet<>();
        List<Found> out = new ArrayList<>();
        for (Found f : found) {
            if (seen.add(f.name() + "\u0000" + f.target() + "\u0000" + f.line() + "\u0000" + f.quote())) {
                out.add(f);
            }
        }
        return out;
    }

    /** The defaults of {@link Vocabulary} and ids: K + box number + item for table rows, T-001 … for the text. */
    private static List<DraftTarget> complete(List<Found> found, PlanIdentity plan) {
        Map<String, Integer> tableIds = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        int rows = 0;
        int text = 0;
        for (Found f : found) {
            if (f.table()) {
                rows++;
                Matcher m = BOX_ITEM.matcher(f.section());
                String id = m.find() ? String.format("K%s-%02d", m.group(1), Integer.parseInt(m.group(2)))
                        : String.format("K-%02d", rows);
                tableIds.merge(id, 1, Integer::sum);
                ids.add(id);
            } else {
                ids.add(String.format("T-%03d", ++text));
            }
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        List<DraftTarget> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            String id = ids.get(i);
            if (f.table() && tableIds.get(id) > 1) {
                int k = used.merge(id, 1, Integer::sum);
                id = id + (char) ('a' + k - 1);
            }
            while (!taken.add(id)) {
                id = id + "x";
            }
            out.add(target(id, f, plan));
        }
        return out;
    }

    private static DraftTarget target(String id, Found f, PlanIdentity plan) {
        TargetValue t = Vocabulary.parse(f.target());
        List<String> notes = new ArrayList<>();
        String attribute = f.attribute();
        if (attribute == null) {
            attribute = "预期性";
            if (f.table()) {
                notes.add("表中未标属性，默认预期性");
            }
        }
        ValueKind kind = Vocabulary.kind(f, t, plan.annual());
        String direction = Vocabulary.direction(f.name(), t, f.quote());
        String[] transmission = Vocabulary.transmission(f, kind, attribute, direction, plan.annual());
        notes.add(transmission[1]);
        String scope = Vocabulary.scope(f.name());
        if (scope.equals("city")) {
            notes.add("名称限于" + plan.jurisdiction() + "本级（中心城区），默认只约束本级");
        }
        String unit = f.unit();
        if (unit == null && t.unit() != null) {
            unit = t.unit();
        }
        if (unit != null && Units.lookup(unit).isEmpty()) {
            unit = null;
        }
        if (unit == null && t.hasNumber()) {
            notes.add("单位未识别，请补写");
        }
        if ("lower".equals(direction)) {
            notes.add("越低越好");
        }
        List<String> domains = plan.annual() ? List.of() : Vocabulary.domains(f);
        String note = CONFIRM + String.join("；", notes);
        List<String> aliases = new ArrayList<>(f.aliases());
        aliases.addAll(Vocabulary.synonyms(f.name()));
        aliases.removeIf(a -> a.equals(f.name()));
        return new DraftTarget(id, cell(f.name()), aliases.stream().map(CatalogDrafter::cell).distinct().toList(),
                cell(f.category()), domains, unit, cell(f.base()), cell(f.target()), direction, kind.code(), attribute,
                transmission[0], scope, f.table() ? "table" : "text", cell(f.section()), cell(f.quote()), f.line(),
                note);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** Writes the draft into {@code folder} (created; existing files are replaced). */
    public static void write(Draft d, Path folder, String id) throws IOException {
        Files.createDirectories(folder);
        PlanIdentity p = d.plan();
        StringBuilder props = new StringBuilder();
        props.append("# The upper plan this folder describes. UTF-8. Drafted by `plancheck catalog draft`: check every value.\n");
        for (String n : p.notes()) {
            props.append("# ").append(n).append('\n');
        }
        props.append("id=").append(id).append('\n');
        props.append("name=").append(p.name()).append('\n');
        props.append("shortName=").append(p.shortName()).append('\n');
        props.append("jurisdiction=").append(p.jurisdiction()).append('\n');
        props.append("# The tier of the jurisdiction: province, city or county. The loader checks that the kinds of\n"
                + "# jurisdictions.tsv fit it (a province's prefecture-level cities, a city's counties and districts).\n");
        props.append("level=").append(p.level() == null ? "" : p.level()).append('\n');
        props.append("baseYear=").append(p.baseYear()).append('\n');
        props.append("targetYear=").append(p.targetYear()).append('\n');
        props.append("periodStart=").append(p.periodStart()).append('\n');
        props.append("periodEnd=").append(p.periodEnd()).append('\n');
        props.append(p.annual() ? "# An annual plan governs the annual plans (and the 主要预期目标 of the 政府工作报告) of its lower units.\n"
                : "# A five-year plan governs the general plans of its lower units and the special plans of every tier.\n");
        props.append("governs=").append(p.governs()).append('\n');
        Files.writeString(folder.resolve("plan.properties"), props.toString(), StandardCharsets.UTF_8);

        StringBuilder tsv = new StringBuilder();
        tsv.append("# Drafted from plan.txt by `plancheck catalog draft`: every row's note says what to confirm (待确认).\n");
        tsv.append(String.join("\t", COLUMNS)).append('\n');
        for (DraftTarget t : d.targets()) {
            tsv.append(String.join("\t", t.cells())).append('\n');
        }
        Files.writeString(folder.resolve("targets.tsv"), tsv.toString(), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("plan.txt"), String.join("\n", d.text()) + "\n", StandardCharsets.UTF_8);

        StringBuilder j = new StringBuilder();
        String kinds = "prefecture-city, autonomous-prefecture".equals(LowerUnits.kindsFor(p.level()))
                ? "prefecture-city, autonomous-prefecture" : "district, county, county-city, functional";
        if (d.lowerUnits().isEmpty()) {
            j.append("# Lower units of ").append(p.jurisdiction()).append(": none were named in the text. List them, one a line\n");
        } else {
            j.append("# Lower units of ").append(p.jurisdiction())
                    .append(" named in the text (待确认: complete the list, check kinds, add land areas in km²)\n");
        }
        j.append("# kind: ").append(kinds).append('\n');
        j.append("name\tkind\taliases\tlandArea\tsource\n");
        for (String[] u : d.lowerUnits()) {
            j.append(String.join("\t", u)).append('\n');
        }
        Files.writeString(folder.resolve("jurisdictions.tsv"), j.toString(), StandardCharsets.UTF_8);

        Path domains = folder.resolve("domains.tsv");
        if (!p.annual()) {
            StringBuilder b = new StringBuilder("# Special-plan domains (default list of `plancheck catalog draft`; 待确认)\n");
            b.append("code\tlabel\tkeywords\n");
            for (String[] dom : Vocabulary.DOMAINS) {
                b.append(String.join("\t", dom)).append('\n');
            }
            Files.writeString(domains, b.toString(), StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(domains);
        }
    }

    /** The folder id a draft gets from its folder name. */
    public static String id(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "draft" : TextNormalizer.normalize(name.toString());
    }
}
