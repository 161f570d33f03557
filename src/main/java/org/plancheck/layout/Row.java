package org.plancheck.layout;

import java.util.List;

/**
 * One body row of a table as rebuilt: one text per column, where it stands, and its verbatim text.
 *
 * @param page    the page it is on (the first, for a row split by a page break)
 * @param cells   one text per column ("" for an empty cell)
 * @param top     top of the row on its page (points, from the top)
 * @param bottom  bottom of the row on its page
 * @param text    the row's verbatim text, cells separated by spaces
 * @param problem why the row could not be rebuilt with confidence, null when it could
 * @param where   for a Word document, where the row stands (heading path, table, row); null for a PDF
 * @param box     the row's place on the displayed page, null when not known
 */
public record Row(int page, List<String> cells, float top, float bottom, String text, String problem, String where,
                  org.plancheck.model.Box box) {

    public Row(int page, List<String> cells, float top, float bottom, String text, String problem) {
        this(page, cells, top, bottom, text, problem, null, null);
    }

    public String cell(int i) {
        return i < 0 || i >= cells.size() ? "" : cells.get(i).strip();
    }

    public boolean readable() {
        return problem == null;
    }

    static String join(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells) {
            if (!c.isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(c.strip());
            }
        }
        return b.toString();
    }

    Row withProblem(String p) {
        return new Row(page, cells, top, bottom, text, p, where, box);
    }
}
