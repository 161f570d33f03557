package org.plancheck.figures;

import org.plancheck.model.Extraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.PdfPages;
import org.plancheck.document.UnreadableException;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanType;



/**
 * The entry point of extraction: a PDF in, its plan identity and figures out (tables first, then running text),
 * each matched to the catalog. Never throws for a bad document: it comes back unreadable with the reason.
 */
public final class FigureExtractor implements DocumentReader {
    private final int maxPages;

    public FigureExtractor(int maxPages) {
        this.maxPages = maxPages;
    }

    @Override
    public Extraction read(Path pdf, Catalog catalog) {
        List<PageContent> pages;
        try {
            pages = PdfPages.read(pdf, maxPages);
        } catch (UnreadableException e) {
            return unreadable(pdf, 0, e.getMessage());
        }
        return extract(pdf.toString(), pages, catalog);
    }

    /** Extraction from pages already read (tests and the fuzzer call this directly). */
    public static Extraction extract(String document, List<PageContent> pages, Catalog catalog) {
        int baseYear = catalog.plan().baseYear();
        int targetYear = catalog.plan().targetYear();
        List<Table> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<TextTargets.Passage> passages = new ArrayList<>();
        StringBuilder opening = new StringBuilder();
        for (PageContent page : pages) {
            Set<Glyph> used = new HashSet<>();
            List<Table> pageTables = TableBuilder.tables(page, used);
            List<Glyph> rest = new ArrayList<>();
            for (Glyph g : page.glyphs()) {
                if (!used.contains(g)) {
                    rest.add(g);
                }
            }
            List<TextLine> all = Lines.of(page.number(), rest);
            Set<TextLine> inTables = new HashSet<>();
            List<Table> loose = BorderlessTables.tables(page.number(), all, inTables);
            List<TextLine> lines = new ArrayList<>();
            for (TextLine l : all) {
                if (!inTables.contains(l)) {
                    lines.add(l);
                }
            }
            pageTables = new ArrayList<>(pageTables);
            pageTables.addAll(loose);
            pageTables.sort((a, b) -> Float.compare(a.top(), b.top()));
            for (Table t : pageTables) {
                tables.add(t);
                notes.add(noteBelow(t, lines));
            }
            if (page.number() <= 2 && opening.length() < 400) {
                lines.forEach(l -> opening.append(l.text()).append('\n'));
            }
            passages.addAll(passages(page, lines));
        }
        LowerPlan plan = PlanIdentifier.identify(document, opening.toString(), catalog);
        List<PlanFigure> figures = new ArrayList<>(IndicatorTables.read(tables, document, baseYear, targetYear, notes));
        figures.addAll(TextTargets.find(passages, document, baseYear, targetYear));
        IndicatorMatcher matcher = new IndicatorMatcher(catalog);
        List<PlanFigure> matched = new ArrayList<>();
        for (PlanFigure f : figures) {
            matched.add(matcher.match(f));
        }
        if (matched.isEmpty()) {
            return new Extraction(plan, pages.size(), false, "未找到指标表或文中目标（no indicator table or target found）",
                    List.of());
        }
        return new Extraction(plan, pages.size(), true, null, List.copyOf(matched));
    }

    static Extraction unreadable(Path pdf, int pages, String reason) {
        return new Extraction(new LowerPlan(pdf.toString(), null, null, PlanType.UNKNOWN, null), pages, false, reason,
                List.of());
    }

    /** The text right under a table (notes like 「注：带★为约束性指标」). */
    private static String noteBelow(Table t, List<TextLine> lines) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : lines) {
            if (l.y() > t.bottom() && l.y() < t.bottom() + 60) {
                b.append(l.text());
            }
        }
        return b.toString();
    }

    /**
     * Running text as passages: lines joined, a break where a line ends well short of the right margin (a heading
     * or the end of a paragraph); page furniture (page numbers) dropped.
     */
    private static List<TextTargets.Passage> passages(PageContent page, List<TextLine> lines) {
        List<TextTargets.Passage> out = new ArrayList<>();
        float right = 0;
        for (TextLine l : lines) {
            right = Math.max(right, l.right());
        }
        StringBuilder cur = new StringBuilder();
        for (TextLine l : lines) {
            String s = l.text().strip();
            if (s.matches("[-—–\\s\\dIVXivx]*") || s.isEmpty()) {
                continue;
            }
            cur.append(s);
            if (l.right() < right - 2.5f * l.height()) {
                out.add(new TextTargets.Passage(page.number(), cur.toString()));
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            out.add(new TextTargets.Passage(page.number(), cur.toString()));
        }
        return out;
    }
}
