package org.plancheck.model;

/**
 * One figure read from a lower plan: a table row or an in-text target, with its evidence.
 *
 * @param document      file the figure comes from
 * @param rawName       the indicator's name as the lower plan writes it
 * @param indicatorId   matched catalog target id, null when unmatched
 * @param indicatorName matched catalog target name, null when unmatched
 * @param source        table or text
 * @param base          base value (2025) as parsed, null when absent
 * @param baseText      base value as written
 * @param target        target value as written and parsed
 * @param unit          the unit as written (name, column or text), null when none
 * @param year          the year the target is for (2030, or 2027, 2035 …)
 * @param attribute     约束性/预期性 as the lower plan marks it, null when unmarked
 * @param page          1-based page number
 * @param text          verbatim text: the table row or the sentence
 * @param where         for a Word document, where the figure stands in its structure (heading path, table, row);
 *                      null for a PDF
 * @param boxes         the figure's place on its page (the table row), empty when not known
 * @param matchedBy     why the name matched its catalog target (「与别名「GDP增长」相同」), null when unmatched
 * @param confidence    for a figure read by OCR, the lowest confidence (0–1) of the characters it was read from
 *                      (the table row, the clause of the sentence); null for a figure read from a text layer
 */
public record PlanFigure(String document, String rawName, String indicatorId, String indicatorName, Origin source,
                         Double base, String baseText, TargetValue target, String unit, Integer year,
                         Attribute attribute, int page, String text, String where, java.util.List<Box> boxes,
                         String matchedBy, Double confidence) {

    /** A figure read from a text layer (no confidence), with why its name matched. */
    public PlanFigure(String document, String rawName, String indicatorId, String indicatorName, Origin source,
                      Double base, String baseText, TargetValue target, String unit, Integer year,
                      Attribute attribute, int page, String text, String where, java.util.List<Box> boxes,
                      String matchedBy) {
        this(document, rawName, indicatorId, indicatorName, source, base, baseText, target, unit, year, attribute,
                page, text, where, boxes, matchedBy, null);
    }

    /** A figure not yet matched, read by OCR with {@code confidence} (null: from a text layer). */
    public PlanFigure(String document, String rawName, String indicatorId, String indicatorName, Origin source,
                      Double base, String baseText, TargetValue target, String unit, Integer year,
                      Attribute attribute, int page, String text, String where, java.util.List<Box> boxes,
                      Double confidence) {
        this(document, rawName, indicatorId, indicatorName, source, base, baseText, target, unit, year, attribute,
                page, text, where, boxes, null, confidence);
    }

    public PlanFigure(String document, String rawName, String indicatorId, String indicatorName, Origin source,
                      Double base, String baseText, TargetValue target, String unit, Integer year,
                      Attribute attribute, int page, String text, String where, java.util.List<Box> boxes) {
        this(document, rawName, indicatorId, indicatorName, source, base, baseText, target, unit, year, attribute,
                page, text, where, boxes, (String) null, (Double) null);
    }

    public PlanFigure(String document, String rawName, String indicatorId, String indicatorName, Origin source,
                      Double base, String baseText, TargetValue target, String unit, Integer year,
                      Attribute attribute, int page, String text) {
        this(document, rawName, indicatorId, indicatorName, source, base, baseText, target, unit, year, attribute,
                page, text, null, java.util.List.of());
    }

    /** The evidence a finding about this figure carries. */
    public Evidence evidence() {
        return new Evidence(page, text, where, boxes);
    }

    public boolean matched() {
        return indicatorId != null;
    }

    public PlanFigure withMatch(String id, String name) {
        return withMatch(id, name, null);
    }

    public PlanFigure withMatch(String id, String name, String how) {
        return new PlanFigure(document, rawName, id, name, source, base, baseText, target, unit, year, attribute,
                page, text, where, boxes, how, confidence);
    }

    /** This figure as read by OCR with {@code c} (0–1), or from a text layer when {@code c} is null. */
    public PlanFigure withConfidence(Double c) {
        return new PlanFigure(document, rawName, indicatorId, indicatorName, source, base, baseText, target, unit, year,
                attribute, page, text, where, boxes, matchedBy, c);
    }

    /** Read by OCR (it has a confidence), not from a text layer. */
    public boolean ocr() {
        return confidence != null;
    }
}
