package org.plancheck.layout;

import java.util.List;
import org.plancheck.document.Glyph;

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
 * @param confidence the lowest confidence of the characters the row was read from (0–1): 1 for a text layer, the
 *                recogniser's for a row read by OCR
 */
public record Row(int page, List<String> cells, float top, float bottom, String text, String problem, String where,
                  org.plancheck.model.Box box, float confidence) {

    public Row(int page, List<String> cells, float top, float bottom, String text, String problem) {
        this(page, cells, top, bottom, text, problem, null, null);
    }

    public Row(int page, List<String> cells, float top, float bottom, String text, String problem, String where,
               org.plancheck.model.Box box) {
        this(page, cells, top, bottom, text, problem, where, box, 1f);
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
        return new Row(page, cells, top, bottom, text, p, where, box, confidence);
    }

    /**
     * Why a row holding a character OCR could not read with confidence (U+FFFD) is not read: the first such cell
     * (columns marked in {@code skip}, 序号 and the like, do not count) and what could be read of it; null when
     * every character that matters was read.
     */
    static String unreadableCell(List<String> cells, boolean[] skip) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.indexOf('\uFFFD') >= 0 && (skip == null || i >= skip.length || !skip[i])) {
                return "OCR识别置信度低，第" + (i + 1) + "列「" + Glyph.transcribed(c.strip())
                        + "」无法确认（□为无法识别的字符）";
            }
        }
        return null;
    }
}
