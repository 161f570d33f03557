package org.plancheck.model;

import java.util.List;

/**
 * What reading one document gave: the plan as identified, its page count, whether it could be read fully
 * (else the reason), and its figures.
 */
public record Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures) {

    /** The file read. */
    public String document() {
        return plan.document();
    }

    /** "OK", or "UNVERIFIABLE" when the document could not be read or holds no indicator content. */
    public String status() {
        return readable ? "OK" : "UNVERIFIABLE";
    }
}
