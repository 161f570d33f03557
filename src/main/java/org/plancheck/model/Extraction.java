package org.plancheck.model;

import java.util.List;

/**
 * What reading one document gave: the plan as identified, its page count, whether it could be read fully
 * (else the reason), its figures, and the rows of its indicator tables that could not be read.
 */
public record Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures,
                         List<RowIssue> issues) {

    public Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures) {
        this(plan, pages, readable, reason, figures, List.of());
    }

    /** The file read. */
    public String document() {
        return plan.document();
    }

    /** "OK", or "UNVERIFIABLE" when the document could not be read or holds no indicator content. */
    public String status() {
        return readable ? "OK" : "UNVERIFIABLE";
    }

    public Extraction unreadable(String why) {
        return new Extraction(plan, pages, false, why, figures, issues);
    }
}
