package org.plancheck.figures;

import java.util.List;

/**
 * A table rebuilt from a page: rows of cells (text joined across the cell's lines), the page, and the vertical
 * extent. {@code gridColumns} are the x positions of its column borders, used to recognise a continuation on the
 * next page. A cell merged over several rows holds its text in the first row and "" below.
 */
record Table(int page, List<List<String>> rows, List<Float> gridColumns, float top, float bottom,
             List<String> rowTexts) {

    int columnCount() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
