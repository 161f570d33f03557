package org.plancheck.layout;

import java.util.List;

/**
 * A table as read, possibly over several pages: its header rows (one text per column; two rows for 「指标值」 over
 * 「2025年 | 2030年」) and its body rows, each with its own page. A row broken by a page break is one row.
 *
 * @param page      the page it starts on
 * @param header    header rows, top first (empty for a table whose header was not seen)
 * @param rows      body rows in reading order
 * @param noteBelow text right under the table (「注：带★的为约束性指标」), "" when none
 * @param caption   the line right above the table (「表1 …主要指标」), "" when none
 * @param ruled     drawn with ruling lines on every side (else three-line or borderless)
 */
public record Table(int page, List<List<String>> header, List<Row> rows, String noteBelow, String caption,
                    boolean ruled) {

    public int columns() {
        int n = header.stream().mapToInt(List::size).max().orElse(0);
        for (Row r : rows) {
            n = Math.max(n, r.cells().size());
        }
        return n;
    }
}
