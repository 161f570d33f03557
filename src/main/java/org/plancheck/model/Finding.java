package org.plancheck.model;

/**
 * One problem (or note) found in a lower plan. Every report renders this one type.
 *
 * @param document      file the finding is about
 * @param ruleId        stable rule id (PC-STRICT …)
 * @param severity      error, warning or info
 * @param indicatorId   catalog target id, null for document-level findings
 * @param indicatorName catalog target name, null for document-level findings
 * @param message       what is wrong, in Chinese
 * @param fix           what would fix it, in Chinese
 * @param upper         the upper clause it breaks (section, name, attribute, target; or a quote)
 * @param lower         the lower plan's statement (parsed value and unit), empty when missing
 * @param evidence      page and verbatim text in the lower plan
 * @param lowerValue    the lower figure's representative number, null when none (for charts)
 * @param upperValue    the upper target's representative number, null when none (for charts)
 * @param baseValue     the base value involved, null when none (for charts)
 * @param explanation   which rule fired on which facts (filled with --explain), null otherwise
 * @param counterpart   for a finding between two plans of the batch (chain, peers), the other plan and its
 *                      evidence; null otherwise
 */
public record Finding(String document, String ruleId, Severity severity, String indicatorId, String indicatorName,
                      String message, String fix, String upper, String lower, Evidence evidence,
                      Double lowerValue, Double upperValue, Double baseValue, String explanation,
                      Counterpart counterpart) {

    public Finding(String document, String ruleId, Severity severity, String indicatorId, String indicatorName,
                   String message, String fix, String upper, String lower, Evidence evidence,
                   Double lowerValue, Double upperValue, Double baseValue, String explanation) {
        this(document, ruleId, severity, indicatorId, indicatorName, message, fix, upper, lower, evidence,
                lowerValue, upperValue, baseValue, explanation, null);
    }

    public Finding(String document, String ruleId, Severity severity, String indicatorId, String indicatorName,
                   String message, String fix, String upper, String lower, Evidence evidence,
                   Double lowerValue, Double upperValue, Double baseValue) {
        this(document, ruleId, severity, indicatorId, indicatorName, message, fix, upper, lower, evidence,
                lowerValue, upperValue, baseValue, null);
    }

    public Finding withExplanation(String text) {
        return new Finding(document, ruleId, severity, indicatorId, indicatorName, message, fix, upper, lower,
                evidence, lowerValue, upperValue, baseValue, text, counterpart);
    }

    /**
     * The file name without folders, by string (a Path would need the platform charset to hold Chinese names,
     * which it does not under LANG=C).
     */
    public static String fileName(String document) {
        if (document == null) {
            return "";
        }
        int slash = Math.max(document.lastIndexOf('/'), document.lastIndexOf('\\'));
        return document.substring(slash + 1);
    }

    /**
     * A key that identifies the same finding across runs (for baselines and suppressions); a finding between two
     * plans adds the other plan's file.
     */
    public String fingerprint() {
        String doc = fileName(document);
        return ruleId + "|" + doc + "|" + (indicatorId == null ? "" : indicatorId)
                + (counterpart == null ? "" : "|" + fileName(counterpart.document()));
    }
}
