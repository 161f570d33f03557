package org.plancheck.figures;

import org.plancheck.model.Extraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.document.PageContent;
import org.plancheck.document.PdfDocument;
import org.plancheck.document.PdfPages;
import org.plancheck.document.UnreadableException;
import org.plancheck.layout.Layout;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.RowIssue;
import org.plancheck.model.StatedIdentity;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanKind;



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
    public Extraction read(Path pdf, Catalog catalog, StatedIdentity stated, Cancellation cancel) {
        return extract(pdf, catalog, stated, cancel);
    }

    /**
     * Reads one PDF: plan identity and figures matched to the catalog, or UNVERIFIABLE with a one-line reason.
     * Never throws for a bad document.
     */
    public Extraction extract(Path pdf, Catalog catalog) {
        return extract(pdf, catalog, StatedIdentity.NONE, Cancellation.none());
    }

    /**
     * As {@link #extract(Path, Catalog)}, with the identity the reviewer states, stopping once {@code cancel} is
     * cancelled. Running out of memory or stack is not caught here: the guard ({@code run.GuardedReader}) turns it
     * into an unreadable document with a reason.
     */
    public Extraction extract(Path pdf, Catalog catalog, StatedIdentity stated, Cancellation cancel) {
        try {
            List<PageContent> pages = PdfPages.read(pdf, maxPages, maxBytes, cancel);
            cancel.check();
            return extract(pdf.toString(), Layout.of(pages), catalog, stated);
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

    /** The layout of a PDF (tables as rebuilt, passages): what {@code extract --tables} shows. */
    public Layout layout(Path pdf) throws UnreadableException {
        return Layout.of(PdfPages.read(pdf, maxPages, maxBytes));
    }

    /** Extraction from pages already read (tests and the fuzzer call this directly). */
    public static Extraction extract(String document, List<PageContent> pages, Catalog catalog) {
        return extract(document, Layout.of(pages), catalog, StatedIdentity.NONE);
    }

    /** Extraction from a document's layout, whatever format it was read from. */
    public static Extraction extract(String document, Layout layout, Catalog catalog, StatedIdentity stated) {
        int baseYear = catalog.plan().baseYear();
        int targetYear = catalog.plan().targetYear();
        LowerPlan plan = Identity.stated(PlanIdentifier.identify(document, layout.opening(), catalog), stated, catalog);
        IndicatorTables.Reading tables = IndicatorTables.read(layout.tables(), document, baseYear, targetYear);
        List<PlanFigure> figures = new ArrayList<>(tables.figures());
        figures.addAll(TextTargets.find(layout.passages(), document, baseYear, targetYear));
        IndicatorMatcher matcher = IndicatorMatcher.of(catalog);
        List<PlanFigure> matched = new ArrayList<>();
        for (PlanFigure f : figures) {
            PlanFigure m = matcher.match(f);
            // a sentence stating no number (handed down, relative, qualitative) counts only for a known indicator
            if (m.source() == Origin.TEXT && !m.target().hasNumber() && !m.matched()) {
                continue;
            }
            matched.add(m);
        }
        List<RowIssue> issues = new ArrayList<>();
        for (RowIssue i : tables.issues()) {
            RowIssue m = matcher.match(i);
            // a named row without value counts only when it names an indicator of the upper plan
            if (m.indicatorId() != null || !"该行没有目标值".equals(i.reason())) {
                issues.add(m);
            }
        }
        if (plan.kind() == PlanKind.UNKNOWN && plan.jurisdiction() != null && stated.kind() == null) {
            plan = Identity.byContent(plan, matched, catalog);
        }
        plan = plan.labelled(code -> catalog.domains().stream().filter(d -> d.code().equals(code))
                .map(org.plancheck.catalog.PlanDomain::label).findFirst().orElse(null));
        Extraction e = new Extraction(plan, layout.pages(), true, null, List.copyOf(matched), List.copyOf(issues),
                null, ProjectMentions.find(document, layout, catalog, plan.jurisdiction()));
        return Identity.judgeable(e, catalog);
    }

    static Extraction unreadable(Path pdf, int pages, String reason) {
        return new Extraction(LowerPlan.unknown(pdf.toString()), pages, false, reason,
                List.of());
    }

}
