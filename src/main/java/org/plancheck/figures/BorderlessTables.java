package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plancheck.document.Glyph;

/**
 * Rebuilds indicator tables drawn without ruling lines: a header line of indicator-table words fixes the columns
 * (header words wrapped onto the next line join their column), each following line is cut into runs at wide gaps
 * and the runs fall into the nearest column; a line holding only a name continues the row above.
 */
final class BorderlessTables {
    private static final Pattern HEADER_WORD = Pattern.compile(
            "指标|名称|单位|基期|目标|属性|类别|序号|现状|规划|20\\d\\d");

    /** A run of glyphs without a wide gap: one cell's text on one line. */
    record Run(String text, float x, float right) {
        float center() {
            return (x + right) / 2;
        }
    }

    private BorderlessTables() {
    }

    static List<Run> runs(TextLine line) {
        List<Run> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        float start = 0;
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (prev != null && g.x() - prev.right() > Math.max(prev.height(), 4f) * 0.7f) {
                out.add(new Run(b.toString(), start, prev.right()));
                b.setLength(0);
            }
            if (b.length() == 0) {
                start = g.x();
            }
            b.append(g.text());
            prev = g;
        }
        if (prev != null) {
            out.add(new Run(b.toString(), start, prev.right()));
        }
        return out;
    }

    static boolean isHeader(List<Run> runs) {
        if (runs.size() < 3) {
            return false;
        }
        int hits = 0;
        for (Run r : runs) {
            if (HEADER_WORD.matcher(r.text()).find()) {
                hits++;
            }
        }
        return hits >= 3;
    }

    /** Tables found in the lines of one page (lines not inside ruled tables). Used lines are added to {@code used}. */
    static List<Table> tables(int page, List<TextLine> lines, java.util.Set<TextLine> used) {
        List<Table> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<Run> header = runs(lines.get(i));
            if (!isHeader(header)) {
                continue;
            }
            List<Run> cols = new ArrayList<>(header);
            float lineH = lines.get(i).height();
            // Header cells centred vertically put "2025"/"2030" on the line above the header words.
            if (i > 0 && lines.get(i).y() - lines.get(i - 1).y() < lineH * 1.6f && !used.contains(lines.get(i - 1))) {
                List<Run> above = runs(lines.get(i - 1));
                if (!above.isEmpty() && above.stream().allMatch(r -> HEADER_WORD.matcher(r.text()).find()
                        || r.text().matches("[（(]?\\d{4}年?[）)]?"))) {
                    for (Run r : above) {
                        int c = nearest(cols, r.center());
                        if (c >= 0 && overlaps(cols.get(c), r)) {
                            Run h = cols.get(c);
                            cols.set(c, new Run(r.text() + h.text(), Math.min(h.x(), r.x()), Math.max(h.right(), r.right())));
                        } else {
                            cols.add(r);
                        }
                    }
                    cols.sort((x, y) -> Float.compare(x.x(), y.x()));
                    used.add(lines.get(i - 1));
                }
            }
            int j = i + 1;
            // Header words wrapped onto the next line ("2025" / "年") join the column above.
            while (j < lines.size() && lines.get(j).y() - lines.get(j - 1).y() < lineH * 2.2f) {
                List<Run> next = runs(lines.get(j));
                if (next.stream().anyMatch(r -> r.text().matches(".*\\d.*\\d.*") && !r.text().matches(".*20\\d\\d.*"))) {
                    break;
                }
                boolean allJoin = !next.isEmpty();
                for (Run r : next) {
                    int c = nearest(cols, r.center());
                    allJoin &= c >= 0 && overlaps(cols.get(c), r);
                }
                if (!allJoin) {
                    break;
                }
                for (Run r : next) {
                    int c = nearest(cols, r.center());
                    Run h = cols.get(c);
                    cols.set(c, new Run(h.text() + r.text(), Math.min(h.x(), r.x()), Math.max(h.right(), r.right())));
                }
                j++;
            }
            List<List<String>> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            rows.add(cols.stream().map(Run::text).toList());
            texts.add(String.join(" ", rows.get(0)));
            used.add(lines.get(i));
            float lastY = lines.get(j - 1).y();
            for (; j < lines.size(); j++) {
                TextLine l = lines.get(j);
                if (l.y() - lastY > lineH * 6f) {
                    break;
                }
                List<Run> rs = runs(l);
                String joined = l.text().strip();
                if (joined.startsWith("注") || (rs.size() == 1 && rs.get(0).right() - rs.get(0).x()
                        > (cols.get(cols.size() - 1).right() - cols.get(0).x()) * 0.7f)) {
                    break;
                }
                String[] cells = new String[cols.size()];
                java.util.Arrays.fill(cells, "");
                for (Run r : rs) {
                    int c = nearest(cols, r.center());
                    cells[c] = cells[c].isEmpty() ? r.text() : cells[c] + r.text();
                }
                long filled = java.util.Arrays.stream(cells).filter(s -> !s.isEmpty()).count();
                used.add(l);
                lastY = l.y();
                if (filled <= 1 && !rows.isEmpty() && rows.size() > 1 && !joined.matches(".*\\d.*")) {
                    // a wrapped name (or a category label between rows): continue the row above when in its column
                    int c = nearest(cols, rs.get(0).center());
                    List<String> prev = new ArrayList<>(rows.get(rows.size() - 1));
                    if (!prev.get(c).isEmpty() && c > 0) {
                        prev.set(c, prev.get(c) + cells[c]);
                        rows.set(rows.size() - 1, prev);
                        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + joined);
                    }
                    continue;
                }
                rows.add(List.of(cells));
                texts.add(joined);
            }
            if (rows.size() > 1) {
                List<Float> grid = cols.stream().map(Run::x).toList();
                out.add(new Table(page, rows, grid, lines.get(i).y(), lastY, texts));
            }
            i = j - 1;
        }
        return out;
    }

    private static boolean overlaps(Run col, Run r) {
        return r.right() >= col.x() - 4 && r.x() <= col.right() + 4;
    }

    private static int nearest(List<Run> cols, float x) {
        int best = -1;
        float dist = Float.MAX_VALUE;
        for (int c = 0; c < cols.size(); c++) {
            Run col = cols.get(c);
            float d = x >= col.x() && x <= col.right() ? 0 : Math.min(Math.abs(x - col.x()), Math.abs(x - col.right()));
            if (d < dist) {
                dist = d;
                best = c;
            }
        }
        return best;
    }
}
