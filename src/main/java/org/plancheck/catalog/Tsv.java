package org.plancheck.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated files reviewers edit (catalog, quotas, assignments): UTF-8, a header row,
 * '#' comment lines and blank lines skipped. Every row remembers its line for error messages.
 */
public final class Tsv {

    /** One data row: its file, its 1-based line and its cells by column name. */
    public record Row(Path file, int line, Map<String, String> cells) {

        /** The cell, stripped; "" when the column is absent or empty. */
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new InputException(file, line, "column '" + column + "' is empty");
            }
            return v;
        }

        public InputException error(String reason) {
            return new InputException(file, line, reason);
        }
    }

    private Tsv() {
    }

    /** Reads {@code file}; fails with file and line when a row has more cells than the header or a column is missing. */
    public static List<Row> read(Path file, String... requiredColumns) {
        List<String> lines = readLines(file);
        List<Row> rows = new ArrayList<>();
        String[] header = null;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] cells = raw.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::strip).toArray(String[]::new);
                for (String req : requiredColumns) {
                    if (!Arrays.asList(header).contains(req)) {
                        throw new InputException(file, i + 1, "header lacks column '" + req + "' (tab-separated)");
                    }
                }
                continue;
            }
            if (cells.length > header.length) {
                throw new InputException(file, i + 1,
                        "row has " + cells.length + " cells but the header has " + header.length);
            }
            Map<String, String> map = new HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                map.put(header[c], cells[c]);
            }
            rows.add(new Row(file, i + 1, map));
        }
        if (header == null) {
            throw new InputException(file, 0, "empty file: no header row");
        }
        return rows;
    }

    /** All lines of a UTF-8 text file; a missing, special, oversized or non-UTF-8 file is an {@link InputException}. */
    public static List<String> readLines(Path file) {
        return TextFiles.lines(file);
    }

    /** Splits a list cell on '|' or '｜', dropping empty entries. */
    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split("[|｜]")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
