package org.plancheck.model;

/**
 * What a rule is, for reviewers and for reports (SARIF rules[], the rule list, the opinion).
 *
 * @param id          stable id (PC-STRICT)
 * @param title       Chinese title
 * @param severity    the severity its findings have; for a rule whose severity follows the upper target's attribute
 *                    ({@code byAttribute}), the highest it can emit (error)
 * @param byAttribute the severity follows the upper target: binding → error, expected → warning, informational → info
 * @param explanation one paragraph a reviewer can read
 * @param check       which check of docs/domain.md it implements (coverage, strictness …)
 * @param file        the rule file it is defined in
 */
public record RuleInfo(String id, String title, Severity severity, boolean byAttribute, String explanation,
                       String check, String file) {

    /** A rule of one fixed severity. */
    public RuleInfo(String id, String title, Severity severity, String explanation, String check, String file) {
        this(id, title, severity, false, explanation, check, file);
    }

    /** "error", "warning", "info", or "byAttribute". */
    public String severityCode() {
        return byAttribute ? "byAttribute" : severity.code();
    }

    /** 错误, 警告, 提示, or 按属性. */
    public String severityLabel() {
        return byAttribute ? "按属性" : severity.label();
    }
}
