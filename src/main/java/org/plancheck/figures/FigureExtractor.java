package org.plancheck.figures;

import org.plancheck.model.Extraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.PdfDocument;
import org.plancheck.document.PdfPages;
import org.plancheck.document.UnreadableException;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;



/**
 * The entry point of extraction: a PDF in, its plan identity and figures out (tables first, then running text),
 * each matched to the catalog. Never throws for a bad document: it comes back unreadable with the reason.
 */
public final class FigureExtractor implements DocumentReader {
    private final int maxPages;
    private final long maxBytes;

    /** With the default limits (1,000 pages, 200 MB). */
    public FigureExtractor() {
        this(PdfDocument.MAX_PAGES, PdfDocument.MAX_BYTES);
    }

    public FigureExtractor(int maxPages) {
        this(maxPages, PdfDocument.MAX_BYTES);
    }

    public FigureExtractor(int maxPages, long maxBytes) {
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    @Override
    public Extraction read(Path pdf, Catalog catalog) {
        return extract(pdf, catalog);
    }

    @Override
    public Extraction read(Path pdf, Catalog catalog, Cancellation cancel) {
        return extract(pdf, catalog, cancel);
    }

    /**
     * Reads one PDF: plan identity and figures matched to the catalog, or UNVERIFIABLE with a one-line reason.
     * Never throws for a bad document.
     */
    public Extraction extract(Path pdf, Catalog catalog) {
        return extract(pdf, catalog, Cancellation.none());
    }

    /**
     * As {@link #extract(Path, Catalog)}, stopping once {@code cancel} is cancelled. Running out of memory or stack is not
     * caught here: the guard ({@code run.GuardedReader}) turns it into an unreadable document with a reason.
     */
    public Extraction extract(Path pdf, Catalog catalog, Cancellation cancel) {
        try {
            List<PageContent> pages = PdfPages.read(pdf, maxPages, maxBytes, cancel);
            cancel.check();
            return extract(pdf.toString(), pages, catalog);
        } catch (UnreadableException e) {
            return unreadable(pdf, 0, e.getMessage());
        } catch (Cancellation.Cancelled e) {
            return unreadable(pdf, 0, e.getMessage());
        } catch (RuntimeException e) {
            String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
            if (m.length() > 160) {
                m = m.substring(0, 160) + "…";
            }
            return unreadable(pdf, 0, "无法解析 (" + e.getClass().getSimpleName() + m + ")");
        }
    }

    /** Extraction from pages already read (tests and the fuzzer call this directly). */
    public static Extraction extract(String document, List<PageContent> pages, Catalog catalog) {
        int baseYear = catalog.plan().baseYear();
        int targetYear = catalog.plan().targetYear();
        List<Table> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<TextTargets.Passage> passages = new ArrayList<>();
        StringBuilder opening = new StringBuilder();
        List<BorderlessTables.Run> openColumns = null;
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
            BorderlessTables.Found found = BorderlessTables.tables(page.number(), all, inTables,
                    pageTables.isEmpty() ? openColumns : null);
            List<Table> loose = found.tables();
            openColumns = found.openColumns();
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
            List<TextTargets.Passage> pagePassages = passages(page, lines);
            if (!pagePassages.isEmpty() && !passages.isEmpty() && pageTables.isEmpty()) {
                // a sentence running over the page break: join it with the first passage of this page
                TextTargets.Passage prev = passages.get(passages.size() - 1);
                if (prev.page() == page.number() - 1 && !prev.text().matches("(?s).*[。！？：:；;]$")) {
                    passages.set(passages.size() - 1,
                            new TextTargets.Passage(prev.page(), prev.text() + pagePassages.remove(0).text()));
                }
            }
            passages.addAll(pagePassages);
        }
        LowerPlan plan = PlanIdentifier.identify(document, opening.toString(), catalog);
        List<PlanFigure> figures = new ArrayList<>(IndicatorTables.read(tables, document, baseYear, targetYear, notes));
        figures.addAll(TextTargets.find(passages, document, baseYear, targetYear));
        IndicatorMatcher matcher = new IndicatorMatcher(catalog);
        List<PlanFigure> matched = new ArrayList<>();
        for (PlanFigure f : figures) {
            matched.add(matcher.match(f));
        }
        if (!plan.identified()) {
            return new Extraction(plan, pages.size(), false,
                    "无法确定文件的辖区或类型（可用 --jurisdiction、--kind 指定）", List.copyOf(matched));
        }
        if (matched.isEmpty()) {
            return new Extraction(plan, pages.size(), false, "未找到指标表或文中目标（no indicator table or target found）",
                    List.of());
        }
        boolean general = plan.kind() == org.plancheck.model.PlanKind.GENERAL;
        if (general && matched.stream().noneMatch(f -> f.source() == org.plancheck.model.Origin.TABLE)) {
            // A general plan always has its main-indicator table: not finding it means the tool could not read
            // the document fully (a table drawn as a picture, an unusual layout), so it cannot be passed.
            return new Extraction(plan, pages.size(), false,
                    "未找到主要指标表（总体规划应有主要指标表，可能为图片或版式无法识别）", List.copyOf(matched));
        }
        return new Extraction(plan, pages.size(), true, null, List.copyOf(matched));
    }

    static Extraction unreadable(Path pdf, int pages, String reason) {
        return new Extraction(LowerPlan.unknown(pdf.toString()), pages, false, reason,
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
     * Running text as passages (paragraphs): lines joined; a paragraph ends where a line ends short of the right
     * margin after a sentence or heading, where the next line is indented (a first-line indent), or at a wider gap
     * between lines. A line ragged only because a number did not fit («达到 / 1500 MW») does not end it. Page
     * furniture (page numbers) is dropped.
     */
    private static List<TextTargets.Passage> passages(PageContent page, List<TextLine> lines) {
        List<TextTargets.Passage> out = new ArrayList<>();
        List<TextLine> body = new ArrayList<>();
        float right = 0;
        float left = Float.MAX_VALUE;
        for (TextLine l : lines) {
            String s = l.text().strip();
            if (s.isEmpty() || s.matches("[-—–\\s\\dIVXivx第页/]*")) {
                continue;
            }
            body.add(l);
            right = Math.max(right, l.right());
            left = Math.min(left, l.x());
        }
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            steps.add(body.get(i).y() - body.get(i - 1).y());
        }
        steps.sort(Float::compare);
        float step = steps.isEmpty() ? Float.MAX_VALUE : steps.get(steps.size() / 2);
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < body.size(); i++) {
            TextLine l = body.get(i);
            String s = l.text().strip();
            cur.append(s);
            TextLine next = i + 1 < body.size() ? body.get(i + 1) : null;
            float h = l.height();
            boolean endsShort = l.right() < right - 2.5f * h;
            boolean closes = s.matches(".*[。！？：:；;”」]$");
            boolean nextIndented = next != null && next.x() > left + 1.2f * h && next.x() < left + 4f * h;
            boolean gap = next != null && next.y() - l.y() > 1.6f * step;
            boolean centred = l.x() > left + 4f * h;
            if (next == null || nextIndented || gap || centred || (endsShort && closes)) {
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
