package org.plancheck.run;

import java.util.List;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;

/**
 * What reading one document gave: the plan as identified, its page count, whether it could be read fully
 * (else the reason), and its figures.
 */
public record Extraction(LowerPlan plan, int pages, boolean readable, String reason, List<PlanFigure> figures) {
}
