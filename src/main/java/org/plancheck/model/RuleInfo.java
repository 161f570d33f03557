package org.plancheck.model;

/**
 * What a rule is, for reviewers and for reports (SARIF rules[], the rule list, the opinion).
 *
 * @param id          stable id (PC-STRICT)
 * @param title       Chinese title
 * @param severity    default severity; the attribute of the target may lower it (see the rule's explanation)
 * @param explanation one paragraph a reviewer can read
 * @param check       which check of docs/domain.md it implements (coverage, strictness …)
 * @param file        the rule file it is defined in
 */
public record RuleInfo(String id, String title, Severity severity, String explanation, String check, String file) {
}
