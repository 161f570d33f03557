package org.plancheck.model;

/**
 * A row of an indicator table that could not be read into a figure: reported as unreadable, never as missing.
 *
 * @param document      file
 * @param page          page of the row
 * @param name          the indicator name as far as it could be read ("" when none)
 * @param text          the row's verbatim text
 * @param reason        why it could not be read, in Chinese
 * @param indicatorId   the catalog target the name matches, null when none
 * @param indicatorName its name, null when none
 * @param where         for a Word document, where the row stands (heading path, table, row); null for a PDF
 */
public record RowIssue(String document, int page, String name, String text, String reason, String indicatorId,
                       String indicatorName, String where) {

    public RowIssue(String document, int page, String name, String text, String reason, String indicatorId,
                    String indicatorName) {
        this(document, page, name, text, reason, indicatorId, indicatorName, null);
    }

    public RowIssue withMatch(String id, String n) {
        return new RowIssue(document, page, name, text, reason, id, n, where);
    }

    /** 「第3页」, the row's place in a Word document, or both. */
    public String place() {
        return new Evidence(page, text, where, java.util.List.of()).place();
    }
}
