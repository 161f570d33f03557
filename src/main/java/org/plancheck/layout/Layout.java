package org.plancheck.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.Ruling;

/**
 * A document's layout, whatever produced it: its tables (joined over page breaks), its running text as passages, and
 * the lines of its opening pages (for telling what document it is). Built here from PDF pages by geometry; a Word
 * document gives the same from its structure.
 *
 * @param pages    page count
 * @param tables   every table, in reading order
 * @param passages running text, paragraph by paragraph
 * @param opening  the lines of the first pages, and running headers of all pages, for identity
 */
public record Layout(int pages, List<Table> tables, List<Passage> passages, List<TitleLine> opening) {

    /** How many pages' lines are kept for identity. */
    static final int OPENING_PAGES = 3;

    public static Layout of(List<PageContent> pages) {
        // by identity: a page's hash (a record's) would walk all its glyphs at every look-up
        Map<PageContent, List<TextLine>> linesOf = new IdentityHashMap<>();
        Map<PageContent, List<PageTable>> gridsOf = new IdentityHashMap<>();
        for (PageContent p : pages) {
            Set<Glyph> used = new HashSet<>();
            gridsOf.put(p, Grid.tables(p, used));
            List<Glyph> rest = new ArrayList<>();
            for (Glyph g : p.glyphs()) {
                if (!used.contains(g)) {
                    rest.add(g);
                }
            }
            linesOf.put(p, Lines.of(p.number(), rest));
        }
        Furniture furniture = Furniture.of(pages, linesOf);
        List<PageTable> found = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<TitleLine> opening = new ArrayList<>();
        PageTable open = null;
        for (PageContent p : pages) {
            List<TextLine> lines = linesOf.get(p);
            List<Ruling> horizontals = p.rulings().stream().filter(Ruling::horizontal).toList();
            Set<TextLine> inTables = Collections.newSetFromMap(new IdentityHashMap<>());
            List<PageTable> grids = gridsOf.get(p);
            PageTable carried = open != null && open.page() == p.number() - 1 && grids.isEmpty() ? open : null;
            // a ruled table at the top continues an open one only if it comes first; a free table can also be
            // continued by headerless rows at the top
            List<PageTable> free = FreeTable.tables(p, new ArrayList<>(lines), horizontals, inTables, carried,
                    furniture);
            List<PageTable> pageTables = new ArrayList<>(grids);
            pageTables.addAll(free);
            pageTables.sort((a, b) -> Float.compare(a.top(), b.top()));
            List<TextLine> rest = new ArrayList<>();
            for (TextLine l : lines) {
                if (!inTables.contains(l) && !furniture.is(l, p.height())) {
                    rest.add(l);
                }
            }
            List<PageTable> annotated = new ArrayList<>();
            for (PageTable t : pageTables) {
                annotated.add(t.withNote(noteBelow(t, rest), captionAbove(t, rest)));
            }
            found.addAll(annotated);
            open = annotated.isEmpty() ? null : annotated.get(annotated.size() - 1);
            if (open != null && !open.open()) {
                open = null;
            }
            if (p.number() <= OPENING_PAGES) {
                for (TextLine l : lines) {
                    opening.add(new TitleLine(p.number(), l.text().strip(), l.em(), centred(l, p.width()),
                            furniture.running(l, p.height())));
                }
            } else {
                for (TextLine l : lines) {
                    if (furniture.running(l, p.height())) {
                        opening.add(new TitleLine(p.number(), l.text().strip(), l.em(), centred(l, p.width()), true));
                    }
                }
            }
            List<Passage> pagePassages = Passages.of(p.number(), rest);
            if (!pagePassages.isEmpty() && !passages.isEmpty() && pageTables.isEmpty()) {
                // a sentence running over the page break: join it with the first passage of this page
                Passage prev = passages.get(passages.size() - 1);
                if (prev.page() == p.number() - 1 && !prev.text().matches("(?s).*[。！？：:；;]$")) {
                    passages.set(passages.size() - 1, prev.join(pagePassages.remove(0)));
                }
            }
            passages.addAll(pagePassages);
        }
        return new Layout(pages.size(), unreadableRows(Chains.join(found)), List.copyOf(passages),
                List.copyOf(dedupe(opening)));
    }

    /**
     * Rows holding a character OCR could not read with confidence (U+FFFD) in a cell that may hold an indicator, a
     * value or an attribute are not read (row.problem): a number read with low confidence is unreadable, never a
     * guess (docs/domain.md, "What counts as read"). A 序号, 类别 or 备注 column does not count.
     */
    static List<Table> unreadableRows(List<Table> tables) {
        List<Table> out = new ArrayList<>(tables.size());
        for (Table t : tables) {
            boolean[] skip = new boolean[t.columns()];
            for (List<String> h : t.header()) {
                for (int i = 0; i < h.size() && i < skip.length; i++) {
                    skip[i] |= HeaderWords.isNoValueHeading(h.get(i));
                }
            }
            List<Row> rows = new ArrayList<>(t.rows().size());
            boolean changed = false;
            for (Row r : t.rows()) {
                String why = r.problem() == null ? Row.unreadableCell(r.cells(), skip) : null;
                rows.add(why == null ? r : r.withProblem(why));
                changed |= why != null;
            }
            out.add(changed ? new Table(t.page(), t.header(), List.copyOf(rows), t.noteBelow(), t.caption(),
                    t.ruled()) : t);
        }
        return List.copyOf(out);
    }

    private static List<TitleLine> dedupe(List<TitleLine> lines) {
        Set<String> seen = new LinkedHashSet<>();
        List<TitleLine> out = new ArrayList<>();
        for (TitleLine l : lines) {
            if (!l.running() || seen.add(l.text())) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean centred(TextLine l, float width) {
        float left = l.x();
        float right = width - l.right();
        return Math.abs(left - right) < Math.max(24, width * 0.06f) && left > width * 0.12f;
    }

    /** The text right under a table (notes like 「注：带★为约束性指标」). */
    private static String noteBelow(PageTable t, List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        float last = t.bottom();
        for (TextLine l : lines) {
            if (l.y() > t.bottom() && l.y() - last < l.em() * 3.5f && (b.length() > 0 || l.y() < t.bottom() + 60)) {
                b.append(l.text());
                last = l.y();
                if (b.length() > 300) {
                    break;
                }
            }
        }
        return b.toString();
    }

    /** The line right above a table (its caption). */
    private static String captionAbove(PageTable t, List<TextLine> lines) {
        TextLine best = null;
        for (TextLine l : lines) {
            if (l.y() < t.top() && t.top() - l.y() < l.em() * 4f) {
                best = l;
            }
        }
        return best == null ? "" : best.text().strip();
    }
}
