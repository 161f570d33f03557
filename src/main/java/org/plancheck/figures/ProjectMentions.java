package org.plancheck.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.layout.Layout;
import org.plancheck.layout.Passage;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.model.Origin;
import org.plancheck.model.Project;
import org.plancheck.model.ProjectMention;
import org.plancheck.quantity.TextNormalizer;

/**
 * Finds where a lower plan names the projects its upper plan assigns to the plan's jurisdiction (projects.tsv): in
 * the sentences of its running text and in the cells of its tables (重大项目 lists are tables the indicator reader
 * ignores). Wording may differ: the project's name or an alias is found as it stands (中医医院新院 in
 * 「县中医医院新院区建设项目」), or with its characters in order and a few other words between them within one clause
 * (中医医院新院 in 「中医医院门诊新院」). Each mention records which units the text names right before the words
 * (「江永县中医医院新院」 names 江永县; 「江华、江永、道县中医医院新院」 names all three), so that the rules can tell a
 * mention of the plan's own project from one of another county's.
 */
public final class ProjectMentions {
    /** How many characters may stand between a unit's name and the words it names (「东安县的中医医院」: 1). */
    static final int NAMING_GAP = 4;
    /** Characters that join names into one group: 「江华、江永、道县」, 「道县和江永县」. */
    private static final String JOINERS = "、和及与";
    /** Characters that end a clause: a name before one of them does not name what follows. */
    private static final String CLAUSE_END = "，,。；;：:！!？?()（）";
    /** Sentence ends in running text. */
    private static final String SENTENCE_END = "。！？!?；;";

    /** A unit's name or alias as it is looked for, and the unit's name in jurisdictions.tsv. */
    private record UnitName(String folded, String unit) {
    }

    /** A piece of text the mentions are looked for in: a sentence or a table cell, with its evidence. */
    private record Piece(String text, int page, String evidence, Origin source) {
    }

    private final List<UnitName> names;

    private ProjectMentions(List<UnitName> names) {
        this.names = names;
    }

    /** The units' names the catalog knows (lower units and their aliases, the upper plan's own jurisdiction). */
    static ProjectMentions of(Catalog catalog) {
        List<UnitName> names = new ArrayList<>();
        for (Jurisdiction j : catalog.jurisdictions()) {
            names.add(new UnitName(TextNormalizer.fold(j.name()), j.name()));
            for (String a : j.aliases()) {
                names.add(new UnitName(TextNormalizer.fold(a), j.name()));
            }
        }
        String own = catalog.plan().jurisdiction();
        if (own != null && !own.isBlank()) {
            names.add(new UnitName(TextNormalizer.fold(own), own));
            String shortName = own.replaceFirst("[市州省县区]$", "");
            if (shortName.length() >= 2 && !shortName.equals(own)) {
                names.add(new UnitName(TextNormalizer.fold(shortName), own));
            }
        }
        names.removeIf(n -> n.folded().isEmpty());
        names.sort(Comparator.comparingInt((UnitName n) -> -n.folded().length()));
        return new ProjectMentions(List.copyOf(names));
    }

    /**
     * Every mention, in {@code layout}, of a project the catalog assigns to {@code jurisdiction}; none when the
     * jurisdiction is unknown or is assigned no project.
     */
    public static List<ProjectMention> find(String document, Layout layout, Catalog catalog, String jurisdiction) {
        if (jurisdiction == null || catalog.projects().isEmpty()) {
            return List.of();
        }
        List<Project> assigned = catalog.projects().stream().filter(p -> p.jurisdictions().contains(jurisdiction))
                .toList();
        if (assigned.isEmpty()) {
            return List.of();
        }
        return of(catalog).find(document, pieces(layout), assigned);
    }

    /** The sentences of the running text and the cells of every table, each with its page and evidence. */
    private static List<Piece> pieces(Layout layout) {
        List<Piece> out = new ArrayList<>();
        for (Passage p : layout.passages()) {
            String text = p.text();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                    int end = Math.min(text.length(), i + 1);
                    String sentence = text.substring(start, end).strip();
                    if (!sentence.isEmpty()) {
                        int lead = text.substring(start, end).length() - text.substring(start, end).stripLeading()
                                .length();
                        out.add(new Piece(sentence, p.pageAt(start + lead), sentence, Origin.TEXT));
                    }
                    start = end;
                }
            }
        }
        out.addAll(wrappedCells(layout.passages()));
        for (Table t : layout.tables()) {
            for (Row r : t.rows()) {
                for (String cell : r.cells()) {
                    if (!cell.isBlank()) {
                        out.add(new Piece(cell, r.page(), r.text(), Origin.TABLE));
                    }
                }
            }
        }
        return out;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d+[.、．]?");

    /** How many lines a name wrapped in its cell may run on to. */
    private static final int WRAPPED_LINES = 3;

    /**
     * The first cells of a list laid out as a table but read as lines (a borderless 重点项目表 the table reader did
     * not rebuild): a row's line 「4 江华瑶族自治县高新 北部片区 18.5 2026—」 and the lines under it that start with
     * no row number (「技术产业园标准厂房 2028」, 「建设项目」) give the name as one piece,
     * 「江华瑶族自治县高新技术产业园标准厂房建设项目」.
     */
    static List<Piece> wrappedCells(List<Passage> passages) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage row = passages.get(i);
            String[] cells = SPACES.split(row.text().strip());
            int first = cells.length > 1 && ROW_NUMBER.matcher(cells[0]).matches() ? 1 : 0;
            if (cells.length - first < 2 || !startsCjk(cells[first])) {
                continue;
            }
            StringBuilder name = new StringBuilder(cells[first]);
            StringBuilder evidence = new StringBuilder(row.text().strip());
            int k = i + 1;
            for (; k < passages.size() && k <= i + WRAPPED_LINES; k++) {
                Passage next = passages.get(k);
                String t = next.text().strip();
                if (next.page() != row.page() || t.isEmpty() || !startsCjk(t) || t.length() > 40) {
                    break;
                }
                name.append(SPACES.split(t)[0]);
                evidence.append(" / ").append(t);
            }
            if (k > i + 1) {
                out.add(new Piece(name.toString(), row.page(), evidence.toString(), Origin.TABLE));
            }
        }
        return out;
    }

    private static boolean startsCjk(String s) {
        return !s.isEmpty() && TextNormalizer.isCjk(s.charAt(0));
    }

    List<ProjectMention> find(String document, List<Piece> pieces, List<Project> projects) {
        List<ProjectMention> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<List<Form>> forms = projects.stream().map(ProjectMentions::forms).toList();
        for (Piece piece : pieces) {
            String folded = TextNormalizer.fold(piece.text());
            for (int i = 0; i < projects.size(); i++) {
                Project p = projects.get(i);
                for (Match m : matches(folded, forms.get(i))) {
                    List<String> named = named(folded, m.start());
                    String words = folded.substring(m.start(), m.end());
                    if (seen.add(p.id() + "\u0000" + piece.evidence() + "\u0000" + named)) {
                        out.add(new ProjectMention(document, p.id(), p.name(), piece.page(), piece.evidence(), words, named,
                                piece.source(), m.how()));
                    }
                }
            }
        }
        return out;
    }

    /** Where a project's words stand in a folded text: [start, end), and how they met its name. */
    record Match(int start, int end, String how) {
    }

    /**
     * One way a project is written, folded once: the name or an alias as looked for, how a match on it is described,
     * and the form without connectors and notes ({@code bare}, null when that is the form itself or too short).
     */
    private record Form(String folded, String what, String bare, int slack) {
    }

    /** {@code p}'s name and aliases as looked for, the longest first. */
    private static List<Form> forms(Project p) {
        List<Form> out = new ArrayList<>();
        for (String written : p.forms()) {
            String form = TextNormalizer.fold(written);
            if (form.isEmpty()) {
                continue;
            }
            String what = (written.equals(p.name()) ? "名称" : "别名") + "「" + written + "」";
            // a route or a name with a note is written in many ways: 「零陵至道县高速」 as 「零陵—道县高速公路」,
            // 「桂阳至新田（宁远）高速」 as 「桂阳至新田高速」; without its connectors and notes the form must still be
            // long enough to mean something; as many other characters between its words as were taken out, at most
            // 2 (the connectors written)
            String bare = bare(form);
            boolean useBare = !bare.equals(form) && bare.length() >= MIN_BARE;
            out.add(new Form(form, what, useBare ? bare : null, Math.min(2, form.length() - bare.length())));
        }
        out.sort(Comparator.comparingInt((Form f) -> -f.folded().length()));
        return out;
    }

    /**
     * The places where {@code p}'s name or an alias stands in {@code text}: as written, or with its characters in
     * order inside one clause and at most a few other characters between them; the longest form first, a shorter
     * one only where no longer one stands.
     */
    static List<Match> matches(String text, Project p) {
        return matches(text, forms(p));
    }

    private static List<Match> matches(String text, List<Form> forms) {
        List<Match> out = new ArrayList<>();
        for (Form f : forms) {
            String form = f.folded();
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                add(out, new Match(at, at + form.length(), "含" + f.what()));
            }
            for (int at = text.indexOf(form.charAt(0)); at >= 0; at = text.indexOf(form.charAt(0), at + 1)) {
                int end = spread(text, form, at);
                if (end > 0) {
                    add(out, new Match(at, end, f.what() + "的用字依次出现，中间夹有其他字"));
                }
            }
            String bare = f.bare();
            if (bare != null) {
                for (int at = text.indexOf(bare.charAt(0)); at >= 0; at = text.indexOf(bare.charAt(0), at + 1)) {
                    int end = spread(text, bare, at, f.slack());
                    if (end > 0) {
                        add(out, new Match(at, end, f.what() + "去掉连接词和括注后的用字依次出现"));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** The shortest a form without connectors and notes may be (「零陵道县高速」: 6). */
    static final int MIN_BARE = 4;

    /** A form without its notes in brackets and the connectors of a route (至, 到, dashes, 、). */
    static String bare(String form) {
        return form.replaceAll("（[^）]*）|\\([^)]*\\)", "").replaceAll("[至到—－\\-~～、]", "");
    }

    private static void add(List<Match> out, Match m) {
        for (Match o : out) {
            if (m.start() < o.end() && o.start() < m.end()) {
                return;
            }
        }
        out.add(m);
    }

    /**
     * The end of {@code form}'s characters found in order from {@code at} (which holds its first), when they stand
     * within one clause and no more than {@code max(2, length / 2)} other characters fall between them; -1 otherwise.
     */
    static int spread(String text, String form, int at) {
        return spread(text, form, at, Math.max(2, form.length() / 2));
    }

    /** {@link #spread(String, String, int)} with at most {@code slack} other characters between. */
    static int spread(String text, String form, int at, int slack) {
        int limit = Math.min(text.length(), at + form.length() + slack);
        int k = 1;
        int i = at + 1;
        for (; i < limit && k < form.length(); i++) {
            char c = text.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0) {
                return -1;
            }
            if (c == form.charAt(k)) {
                k++;
            }
        }
        return k == form.length() ? i : -1;
    }

    /**
     * The units the text names right before {@code start}: the nearest name ending at most {@link #NAMING_GAP}
     * characters before it, in the same clause, with the names joined to it (「江华、江永、道县」); empty when none.
     */
    List<String> named(String text, int start) {
        int clause = start;
        while (clause > 0 && CLAUSE_END.indexOf(text.charAt(clause - 1)) < 0) {
            clause--;
        }
        UnitName nearest = null;
        int end = start;
        for (; end >= Math.max(clause, start - NAMING_GAP); end--) {
            nearest = nameEndingAt(text, end, clause);
            if (nearest != null) {
                break;
            }
        }
        if (nearest == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(nearest.unit());
        int pos = end - nearest.folded().length();
        while (pos - 1 > clause && JOINERS.indexOf(text.charAt(pos - 1)) >= 0) {
            UnitName before = nameEndingAt(text, pos - 1, clause);
            if (before == null) {
                break;
            }
            if (!out.contains(before.unit())) {
                out.add(0, before.unit());
            }
            pos = pos - 1 - before.folded().length();
        }
        return out;
    }

    /** The longest unit name that ends at {@code end} and starts at or after {@code from}; null when none. */
    private UnitName nameEndingAt(String text, int end, int from) {
        for (UnitName n : names) {
            int s = end - n.folded().length();
            if (s >= from && text.startsWith(n.folded(), s)) {
                return n;
            }
        }
        return null;
    }
}
