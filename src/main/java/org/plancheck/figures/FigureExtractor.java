package org.plancheck.figures;

import org.plancheck.model.Extraction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.document.PageContent;
import org.plancheck.document.PdfDocument;
import org.plancheck.document.Cancellation;
import org.plancheck.document.UnreadableException;
import org.plancheck.layout.Layout;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.RowIssue;
import org.plancheck.model.StatedIdentity;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanKind;
import org.plancheck.model.OcrSummary;
import org.plancheck.ocr.OcrReader;
import org.plancheck.ocr.OcrSettings;



/**
 * The entry point of extraction: a PDF in, its plan identity and figures out (tables first, then running text),
 * each matched to the catalog. Never throws for a bad document: it comes back unreadable with the reason.
 */
public final class FigureExtractor implements DocumentReader {
    private final int maxPages;
    private final long maxBytes;
    private final OcrSettings ocr;

    /** With the default limits (1,000 pages, 200 MB) and OCR of scanned pages. */
    public FigureExtractor() {
        this(PdfDocument.MAX_PAGES, PdfDocument.MAX_BYTES);
    }

    public FigureExtractor(int maxPages) {
        this(maxPages, PdfDocument.MAX_BYTES);
    }

    public FigureExtractor(int maxPages, long maxBytes) {
        this(maxPages, maxBytes, OcrSettings.DEFAULT);
    }

    /** With limits and the way scanned pages are read ({@code --ocr}). */
    public FigureExtractor(int maxPages, long maxBytes, OcrSettings ocr) {
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
        this.ocr = ocr;
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
            OcrReader.Result read = read(pdf, cancel);
            cancel.check();
            return Identity.ocrComplete(withOcr(extractLayout(pdf.toString(), Layout.of(read.pages()), catalog,
                    stated), read.ocr()), catalog);
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
        return Layout.of(read(pdf, Cancellation.none()).pages());
    }

    /** The pages of a PDF, scanned ones read by OCR as the settings say; stops once {@code cancel} is cancelled. */
    private OcrReader.Result read(Path pdf, Cancellation cancel) throws UnreadableException {
        try (PdfDocument doc = PdfDocument.open(pdf, maxPages, maxBytes, cancel)) {
            return OcrReader.read(doc, pdf, ocr, cancel);
        } catch (java.io.IOException e) {
            throw new UnreadableException("关闭文件失败 (" + String.valueOf(e.getMessage()) + ")");
        }
    }

    /** Extraction from pages already read (tests and the fuzzer call this directly). */
    public static Extraction extract(String document, List<PageContent> pages, Catalog catalog) {
        int count = (int) pages.stream().mapToInt(PageContent::number).distinct().count();
        return Identity.ocrComplete(withOcr(extractLayout(document, Layout.of(pages), catalog, StatedIdentity.NONE),
                OcrReader.summary(pages, count, OcrSettings.DEFAULT_MIN_CONFIDENCE, 0, 1)), catalog);
    }

    /**
     * Extraction from a document's layout, whatever format it was read from. Figures carry the confidence of the
     * characters they were read from; for a text layer that is no confidence at all (see {@link #withOcr}).
     */
    public static Extraction extract(String document, Layout layout, Catalog catalog, StatedIdentity stated) {
        return withOcr(extractLayout(document, layout, catalog, stated), null);
    }

    private static Extraction extractLayout(String document, Layout layout, Catalog catalog, StatedIdentity stated) {
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
            // a name OCR could not read fully may be any indicator's: it stays unmatched (it may be a binding one)
            RowIssue m = i.name().indexOf('\uFFFD') >= 0 ? i : matcher.match(i);
            // a named row without value counts only when it names an indicator of the upper plan
            if (m.indicatorId() != null || !"该行没有目标值".equals(i.reason())) {
                issues.add(m);
            }
        }
        if (plan.kind() == PlanKind.UNKNOWN && plan.jurisdiction() != null && stated.kind() == null) {
            plan = Identity.byContent(plan, matched, catalog);
        }
        plan = plan.labelled(code -> catalog.domain(code).map(org.plancheck.catalog.PlanDomain::label).orElse(null));
        Extraction e = new Extraction(plan, layout.pages(), true, null, List.copyOf(matched), List.copyOf(issues),
                null, null, ProjectMentions.find(document, layout, catalog, plan.jurisdiction()));
        return Identity.judgeable(e, catalog);
    }

    /**
     * The extraction noting how OCR read the document: figures on pages read by OCR keep their confidence, the
     * others (text layer) have none.
     */
    static Extraction withOcr(Extraction e, OcrSummary ocr) {
        List<PlanFigure> figures = new ArrayList<>();
        for (PlanFigure f : e.figures()) {
            boolean read = ocr != null && ocr.pages().contains(f.page());
            figures.add(read ? f : f.confidence() == null ? f : f.withConfidence(null));
        }
        Extraction x = new Extraction(e.plan(), e.pages(), e.readable(), e.reason(), List.copyOf(figures),
                e.issues(), e.fix(), ocr, e.mentions());
        return x;
    }

    static Extraction unreadable(Path pdf, int pages, String reason) {
        return new Extraction(LowerPlan.unknown(pdf.toString()), pages, false, reason,
                List.of());
    }

}
