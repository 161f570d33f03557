package org.plancheck.layout;

import java.util.List;

/**
 * A table as found on one page, before tables broken by page breaks are joined.
 *
 * @param page      page number
 * @param header    header rows seen on this page (empty when it has none: a continuation)
 * @param rows      body rows
 * @param columns   the columns' x extents, [left, right] each, left to right
 * @param nameColumn index of the column that names the indicator, -1 when not known
 * @param top       top of the table (points, from the top)
 * @param bottom    bottom of the table
 * @param open      it runs to the foot of the page and may go on on the next
 * @param ruled     built from a grid of ruling lines
 * @param noteBelow text right under it
 * @param caption   the line right above it
 */
record PageTable(int page, List<List<String>> header, List<Row> rows, List<float[]> columns, int nameColumn,
                 float top, float bottom, boolean open, boolean ruled, String noteBelow, String caption) {

    PageTable withNote(String note, String cap) {
        return new PageTable(page, header, rows, columns, nameColumn, top, bottom, open, ruled, note, cap);
    }

    PageTable withOpen(boolean o) {
        return new PageTable(page, header, rows, columns, nameColumn, top, bottom, o, ruled, noteBelow, caption);
    }

    /** Whether {@code other}'s columns stand where this table's do (a continuation on the next page). */
    boolean alignsWith(List<float[]> other, float tolerance) {
        if (other.size() != columns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            float ca = (columns.get(i)[0] + columns.get(i)[1]) / 2;
            float cb = (other.get(i)[0] + other.get(i)[1]) / 2;
            float wa = columns.get(i)[1] - columns.get(i)[0];
            if (Math.abs(ca - cb) > Math.max(tolerance, wa * 0.35f)) {
                return false;
            }
        }
        return true;
    }
}
