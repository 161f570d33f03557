package org.plancheck.model;

/**
 * The other plan a batch finding sets the document against: the county's general plan a special plan answers to
 * (PC-CHAIN), or a peer plan of the same jurisdiction (PC-PEER-*), with its own evidence.
 *
 * @param document  the other plan's file
 * @param plan      the other plan named for a reviewer: title and what it is (「《道县…纲要》（道县 · 总体规划）」)
 * @param statement how the other plan states the indicator (name, target as written, year, base)
 * @param evidence  page and verbatim text in the other plan
 */
public record Counterpart(String document, String plan, String statement, Evidence evidence) {
}
