package org.plancheck.model;

import java.util.List;

/**
 * Everything one {@code check} run produced: the upper plan, each document's result, batch-level findings
 * (aggregation over several county plans) and the rules that were applied.
 *
 * @param upperPlanId   catalog id
 * @param upperPlanName title of the upper plan
 * @param documents     one result per input file, in input order
 * @param batchFindings findings about the batch as a whole (aggregates), not tied to one document
 * @param rules         metadata of every rule that was loaded
 * @param targetYear    the upper plan's target year (0 when not known: the year most figures state is used)
 */
public record CheckReport(String upperPlanId, String upperPlanName, List<DocumentResult> documents,
                          List<Finding> batchFindings, List<RuleInfo> rules, int targetYear) {

    public CheckReport(String upperPlanId, String upperPlanName, List<DocumentResult> documents,
                       List<Finding> batchFindings, List<RuleInfo> rules) {
        this(upperPlanId, upperPlanName, documents, batchFindings, rules, 0);
    }

    public long count(Status s) {
        return documents.stream().filter(d -> d.status() == s).count();
    }

    /** All findings, per document then batch. */
    public List<Finding> allFindings() {
        return java.util.stream.Stream.concat(documents.stream().flatMap(d -> d.findings().stream()),
                batchFindings.stream()).toList();
    }
}
