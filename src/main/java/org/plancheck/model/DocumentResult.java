package org.plancheck.model;

import java.util.List;

/**
 * The verdict on one document: what it is, what was read from it, what the rules found.
 *
 * @param plan     the document as identified (jurisdiction, plan type)
 * @param pages    page count, 0 when unreadable
 * @param status   PASS, FAIL or UNVERIFIABLE
 * @param reason   why it is UNVERIFIABLE, null otherwise
 * @param figures  figures read from it
 * @param findings findings, most severe first
 * @param ocr      how the document was read by OCR, null when it was read from its text layer only
 */
public record DocumentResult(LowerPlan plan, int pages, Status status, String reason, List<PlanFigure> figures,
                             List<Finding> findings, OcrSummary ocr) {

    public DocumentResult(LowerPlan plan, int pages, Status status, String reason, List<PlanFigure> figures,
                          List<Finding> findings) {
        this(plan, pages, status, reason, figures, findings, null);
    }

    public String document() {
        return plan.document();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    /** PASS when no finding is an error, FAIL otherwise; UNVERIFIABLE is decided before the rules run. */
    public static Status statusOf(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? Status.FAIL : Status.PASS;
    }
}
