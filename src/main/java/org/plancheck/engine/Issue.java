package org.plancheck.engine;

import java.util.Objects;
import org.plancheck.model.Finding;

/**
 * What a check rule raises about one figure (or one missing indicator, or the batch): the finding it would report.
 * Inserted logically by the rules; two issues are the same fact when they have the same key and rank, so a rule
 * that matches one figure twice raises it once. findings.drl turns the first issue of each key (document, rule,
 * indicator) into the {@link Reported} finding.
 */
public final class Issue {
    private final String key;
    private final int rank;
    private final Finding finding;

    Issue(Finding finding, int rank, String subject) {
        this.key = (finding.document() == null ? "" : finding.document()) + "|" + finding.ruleId() + "|"
                + (finding.indicatorId() == null ? "" : finding.indicatorId()) + (subject == null ? "" : "|" + subject);
        this.rank = rank;
        this.finding = finding;
    }

    /** document|rule|indicator (|subject, for batch notes about a jurisdiction): one finding per key. */
    public String key() {
        return key;
    }

    /** Reading order of the evidence in its document (0 for a missing indicator or a batch finding). */
    public int rank() {
        return rank;
    }

    public Finding finding() {
        return finding;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Issue i && i.rank == rank && i.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, rank);
    }

    @Override
    public String toString() {
        return "Issue[" + key + "@" + rank + "]";
    }

    /** The one issue of its key that is reported: derived in findings.drl. */
    public record Reported(Issue issue) {
    }
}
