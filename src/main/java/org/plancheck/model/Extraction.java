package org.plancheck.model;

import java.util.List;

/**
 * What reading one document gave: the plan as identified, its page count, whether it could be read fully
 * (else the reason), its figures, the rows of its indicator tables that could not be read, when some or all of
 * its pages were read by OCR, how ({@code ocr}, null for a text layer only), and where it names the projects the upper
 * plan assigns to its jurisdiction.
 */
public record Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures,
                         List<RowIssue> issues, String fix, OcrSummary ocr, List<ProjectMention> mentions) {

    public Extraction {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    public Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures,
                      List<RowIssue> issues, String fix) {
        this(plan, pages, readable, reason, figures, issues, fix, null, List.of());
    }

    public Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures) {
        this(plan, pages, readable, reason, figures, List.of(), null);
    }

    public Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures,
                      List<RowIssue> issues) {
        this(plan, pages, readable, reason, figures, issues, null);
    }

    /** The file read. */
    public String document() {
        return plan.document();
    }

    /** "OK", or "UNVERIFIABLE" when the document could not be read or holds no indicator content. */
    public String status() {
        return readable ? "OK" : "UNVERIFIABLE";
    }

    /** This extraction refused: what went wrong and what the reviewer can do about it. */
    public Extraction unreadable(String why, String whatToDo) {
        return new Extraction(plan, pages, false, why, figures, issues, whatToDo, ocr, mentions);
    }

    /** This extraction, noting that (some of) its pages were read by OCR. */
    public Extraction withOcr(OcrSummary o) {
        return new Extraction(plan, pages, readable, reason, figures, issues, fix, o, mentions);
    }
}
