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

    /** 「指　标」, 「单　位」: a header word spread over single characters reads as one run. */
    static List<Run> joinSpacedWords(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty()) {
                Run prev = out.get(out.size() - 1);
                float charWidth = (prev.right() - prev.x()) / Math.max(1, prev.text().length());
                boolean single = prev.text().length() == 1 && r.text().length() == 1
                        && !Character.isDigit(prev.text().charAt(0)) && !Character.isDigit(r.text().charAt(0));
                if (single && r.x() - prev.right() < charWidth * 2.5f) {
                    out.set(out.size() - 1, new Run(prev.text() + r.text(), prev.x(), r.right()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    private static final java.util.regex.Pattern YEAR_WORD = java.util.regex.Pattern.compile("20\\d\\d年?");

    /**
     * Header cells set close together run into one ("2025年2030年"): cut a run holding several year words at each
     * year, sharing its width by characters.
     */
    static List<Run> splitYears(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            java.util.regex.Matcher m = YEAR_WORD.matcher(r.text());
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
            }
            if (starts.size() < 2) {
                out.add(r);
                continue;
            }
            float perChar = (r.right() - r.x()) / r.text().length();
            if (starts.get(0) > 0) {
                starts.add(0, 0);
            }
            for (int k = 0; k < starts.size(); k++) {
                int a = starts.get(k);
                int b = k + 1 < starts.size() ? starts.get(k + 1) : r.text().length();
                out.add(new Run(r.text().substring(a, b), r.x() + a * perChar, r.x() + b * perChar));
            }
        }
        return out;
    }

    static boolean isHeader(List<Run> runs) {
        if (runs.size() < 3) {
            return false;
        }
        int hits = 0;
        boolean names = false;
        for (Run r : runs) {
            String t = r.text().strip();
            // a year counts only as a whole cell ("2030年", "（2030年）"), not inside a number such as 12000
            boolean year = t.matches("[（(]?20\\d\\d年?[）)]?.{0,4}") && !t.matches(".*\\d{5,}.*");
            boolean word = HEADER_WORD.matcher(t.replaceAll("\\d", "")).find();
            if (year || word) {
                hits++;
            }
            names |= t.contains("指标") || t.contains("名称") || t.contains("项目");
        }
        return hits >= 3 && names && runs.size() <= 12;
    }

    /** Tables found in the lines of one page (lines not inside ruled tables). Used lines are added to {@code used}. */
    static List<Table> tables(int page, List<TextLine> lines, java.util.Set<TextLine> used) {
        return tables(page, lines, used, null).tables();
    }

    /**
     * The tables of a page, and the columns of the last one when it runs to the foot of the page (it may go on).
     * {@code carried}: the columns of a table left open at the foot of the previous page; rows at the top of this
     * page that fall into them continue it (a table crossing a page without its header repeated).
     */
    static Found tables(int page, List<TextLine> lines, java.util.Set<TextLine> used, List<Run> carried) {
        List<Table> out = new ArrayList<>();
        List<Run> open = null;
        int startAt = 0;
        int first = -1;
        for (int k = 0; carried != null && k < Math.min(3, lines.size()) && first < 0; k++) {
            if (continues(runs(lines.get(k)), carried)) {
                first = k;
            }
        }
        if (first >= 0) {
            List<List<String>> rows = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            float lineH = lines.get(first).height();
            int j = body(lines, first, carried, lineH, lines.get(first).y(), used, rows, texts);
            if (!rows.isEmpty()) {
                out.add(new Table(page, rows, carried.stream().map(Run::x).toList(), lines.get(first).y(),
                        lines.get(j - 1).y(), texts));
                open = j >= lines.size() - 1 ? carried : null;
            }
            startAt = j;
        }
        for (int i = startAt; i < lines.size(); i++) {
            List<Run> header = splitYears(joinSpacedWords(runs(lines.get(i))));
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
                // a data row (numbers that are not years, an attribute) is not a wrapped header line
                if (next.stream().anyMatch(r -> (r.text().matches(".*\\d.*") && !r.text().matches(".*20\\d\\d.*"))
                        || r.text().contains("约束") || r.text().contains("预期"))) {
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
            j = body(lines, j, cols, lineH, lines.get(j - 1).y(), used, rows, texts);
            float lastY = lines.get(j - 1).y();
            // A header alone at the foot of a page opens a table whose rows start on the next page.
            if (rows.size() > 1 || j >= lines.size() - 1) {
                List<Float> grid = cols.stream().map(Run::x).toList();
                out.add(new Table(page, rows, grid, lines.get(i).y(), lastY, texts));
                // Ran to the last line (or to a page number under it): the table may go on over the page.
                open = j >= lines.size() - 1 ? cols : null;
            }
            i = j - 1;
        }
        return new Found(out, open);
    }

    /** Tables found on a page and the columns left open at its foot, null when none. */
    record Found(List<Table> tables, List<Run> openColumns) {
    }

    /** A data row that falls into the columns: at least three cells, one of them a number, all within the columns. */
    private static boolean continues(List<Run> runs, List<Run> cols) {
        if (runs.size() < 3 || runs.stream().noneMatch(r -> r.text().matches(".*\\d.*"))) {
            return false;
        }
        float left = cols.get(0).x() - 20;
        float right = cols.get(cols.size() - 1).right() + 40;
        return runs.stream().allMatch(r -> r.x() >= left && r.right() <= right);
    }

    /** Reads body rows from line {@code j} on until the table ends; returns the index of the first line after it. */
    private static int body(List<TextLine> lines, int j, List<Run> cols, float lineH, float lastY,
                            java.util.Set<TextLine> used, List<List<String>> rows, List<String> texts) {
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
        return j;
    }

    private static boolean overlaps(Run col, Run r) {
        return r.right() >= col.x() - 4 && r.x() <= col.right() + 4;
    }

    private static int nearest(List<Run> cols, float x) {
        int best = -1;
        float dist = Float.MAX_VALUE;
        for (int c = 0; c < cols.size(); c++) {
            Run col = cols.get(c);
            // Inside a header's extent wins; otherwise the nearest header centre (a narrow 单位 header still takes
            // the "%" printed under its right edge).
            float d = x >= col.x() && x <= col.right() ? 0 : Math.abs(x - col.center());
            if (d < dist) {
                dist = d;
                best = c;
            }
        }
        return best;
    }
}
