package org.plancheck.draft;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.layout.HeaderWords;

/**
 * The plan's text (one line per paragraph or table cell, as {@code plan.txt} holds it) cut into what the drafter
 * reads: paragraphs and indicator tables. Three table forms are recognised:
 * <ul>
 * <li>Word converted to text: each cell on a line of its own starting with a tab, a line without a tab continuing
 * the cell above, rows separated by blank lines (a 专栏 box is such a table of one column: its cells are read as
 * paragraphs);</li>
 * <li>one cell per line without tabs: a run of at least three header cells (指标, 单位, 2024年, 2025年目标, 属性 …)
 * gives the column count, and the lines after it are regrouped into rows of that many cells as long as each row reads
 * like one (a name first, an attribute where the header has one);</li>
 * <li>one row per line with cells separated by tabs.</li>
 * </ul>
 */
final class PlanLines {

    /** A table cell: its first line (1-based), its text over continuation lines, and its first line's text. */
    record Cell(int line, String text, String first) {
        boolean empty() {
            return text.isBlank();
        }
    }

    /** A paragraph: its line (1-based), its text without Word noise, where that text starts in the line. */
    record Para(int line, String text, int offset, boolean inBox) {
    }

    /** An indicator table: caption, header rows and body rows. */
    record Grid(String caption, int captionLine, List<List<Cell>> header, List<List<Cell>> rows) {
        int columns() {
            int n = 0;
            for (List<Cell> h : header) {
                n = Math.max(n, h.size());
            }
            return n;
        }
    }

    /** A header cell of a table written one cell per line (stricter than a heading word: 「地区生产总值」 is a name). */
    private static final java.util.regex.Pattern HEADER_CELL = java.util.regex.Pattern.compile(
            "序号|编号|类别|领域|分类|(?:主要)?指标(?:名称)?|名称|项目|单位|计量单位|(?:指标)?属性|性质|备注|说明"
            + "|[（(]?20\\d\\d\\s*年?[）)]?.{0,6}|.{0,4}(?:目标|基期|基数|现状|预计|完成|规划值|预期值|指标值|年均增长|年均增速).{0,4}");

    private final List<String> lines;
    private final List<Object> blocks = new ArrayList<>();

    private PlanLines(List<String> lines) {
        this.lines = lines;
    }

    /** The blocks of the text, in reading order: {@link Para} and {@link Grid}. */
    static List<Object> of(List<String> lines) {
        PlanLines p = new PlanLines(lines);
        p.read();
        return p.blocks;
    }

    private void read() {
        int i = 0;
        String lastPara = "";
        int lastParaLine = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            if (raw.startsWith("\t")) {
                i = tabbed(i, lastPara, lastParaLine);
                continue;
            }
            if (innerTabs(raw) >= 2) {
                i = rowsPerLine(i, lastPara, lastParaLine);
                continue;
            }
            int plain = plain(i, lastPara, lastParaLine);
            if (plain > i) {
                i = plain;
                continue;
            }
            if (!raw.isBlank()) {
                int start = Fold.textStart(raw);
                blocks.add(new Para(i + 1, raw.substring(start).stripTrailing(), start, false));
                lastPara = raw.substring(start).strip();
                lastParaLine = i + 1;
            }
            i++;
        }
    }

    private static int innerTabs(String raw) {
        String s = raw.strip();
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) == '\t') {
                n++;
            }
        }
        return n;
    }

    /** A run of Word table lines from {@code from}; returns the first line after it. */
    private int tabbed(int from, String lastPara, int lastParaLine) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        int j = from;
        boolean blank = false;
        int cellStart = -1;
        StringBuilder text = new StringBuilder();
        List<List<Integer>> rowLines = new ArrayList<>();
        List<Integer> currentLines = new ArrayList<>();
        while (j < lines.size()) {
            String l = lines.get(j);
            if (!l.startsWith("\t") && l.isBlank()) {
                if (cellStart >= 0) {
                    row.add(cell(cellStart, text));
                    cellStart = -1;
                }
                if (!row.isEmpty()) {
                    rows.add(row);
                    rowLines.add(currentLines);
                    row = new ArrayList<>();
                    currentLines = new ArrayList<>();
                }
                blank = true;
                j++;
                continue;
            }
            if (l.startsWith("\t")) {
                if (cellStart >= 0) {
                    row.add(cell(cellStart, text));
                }
                cellStart = j;
                text.setLength(0);
                text.append(Fold.clean(l));
            } else if (blank || cellStart < 0) {
                break;
            } else {
                text.append(Fold.clean(l));
            }
            currentLines.add(j);
            blank = false;
            j++;
        }
        if (cellStart >= 0) {
            row.add(cell(cellStart, text));
        }
        if (!row.isEmpty()) {
            rows.add(row);
            rowLines.add(currentLines);
        }
        emitGrid(rows, rowLines, lastPara, lastParaLine, true);
        return j;
    }

    private Cell cell(int line, StringBuilder text) {
        return new Cell(line + 1, text.toString().strip(), Fold.clean(lines.get(line)));
    }

    /** Rows of tab-separated cells, one row a line. */
    private int rowsPerLine(int from, String lastPara, int lastParaLine) {
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Integer>> rowLines = new ArrayList<>();
        int j = from;
        while (j < lines.size() && innerTabs(lines.get(j)) >= 2) {
            List<Cell> row = new ArrayList<>();
            for (String c : lines.get(j).strip().split("\t", -1)) {
                row.add(new Cell(j + 1, c.strip(), c.strip()));
            }
            rows.add(row);
            rowLines.add(List.of(j));
            j++;
        }
        emitGrid(rows, rowLines, lastPara, lastParaLine, false);
        return j;
    }

    /**
     * A table written one cell per line without tabs, starting at {@code from} with a run of header cells; returns
     * the first line after it, or {@code from} when no such table starts there.
     */
    private int plain(int from, String lastPara, int lastParaLine) {
        List<Cell> header = new ArrayList<>();
        int j = from;
        while (j < lines.size() && header.size() < 10) {
            String t = Fold.clean(lines.get(j)).strip();
            if (t.isEmpty() || !HEADER_CELL.matcher(HeaderWords.norm(t)).matches() || HeaderWords.isData(t)) {
                break;
            }
            header.add(new Cell(j + 1, t, t));
            j++;
        }
        List<String> texts = header.stream().map(Cell::text).toList();
        if (header.size() < 3 || !HeaderWords.isHeader(texts)) {
            return from;
        }
        int n = header.size();
        int attribute = -1;
        int name = -1;
        for (int k = 0; k < n; k++) {
            String h = HeaderWords.norm(texts.get(k));
            if (h.contains("属性") || h.contains("性质")) {
                attribute = k;
            }
            if (name < 0 && HeaderWords.isNameHeading(h)) {
                name = k;
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        List<List<Integer>> rowLines = new ArrayList<>();
        while (j + n <= lines.size()) {
            List<Cell> row = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            boolean ok = true;
            for (int k = 0; k < n; k++) {
                String raw = lines.get(j + k);
                String t = Fold.clean(raw).strip();
                if (t.isEmpty() || t.length() > 40 || t.endsWith("。") || t.startsWith("\t")) {
                    ok = false;
                    break;
                }
                row.add(new Cell(j + k + 1, t, t));
                at.add(j + k);
            }
            if (!ok || !rowLike(row, name < 0 ? 0 : name, attribute)) {
                break;
            }
            rows.add(row);
            rowLines.add(at);
            j += n;
        }
        if (rows.isEmpty()) {
            return from;
        }
        List<List<Cell>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        List<List<Integer>> allLines = new ArrayList<>();
        List<Integer> headerLines = new ArrayList<>();
        header.forEach(c -> headerLines.add(c.line() - 1));
        allLines.add(headerLines);
        allLines.addAll(rowLines);
        emitGrid(all, allLines, lastPara, lastParaLine, false);
        return j;
    }

    /** Whether cells read as a body row: a name where the name column is, an attribute value where that is. */
    private static boolean rowLike(List<Cell> row, int name, int attribute) {
        String n = row.get(name).text();
        if (HeaderWords.isData(n) || Fold.han(n) < 2 || HeaderWords.isHeader(row.stream().map(Cell::text).toList())) {
            return false;
        }
        if (attribute >= 0) {
            String a = HeaderWords.norm(row.get(attribute).text());
            if (!(a.contains("约束") || a.contains("预期") || a.matches("[—\\-－/]*") || a.matches("[★☆*＊]"))) {
                return false;
            }
        }
        boolean value = false;
        for (int k = 0; k < row.size(); k++) {
            if (k != name && !row.get(k).text().isBlank()) {
                value = true;
            }
        }
        return value;
    }

    /**
     * Emits a run of rows: an indicator table when a header row is found in its first rows (the rows before it are
     * its caption), else every cell as a paragraph (a 专栏 box or a table of another kind).
     */
    private void emitGrid(List<List<Cell>> rows, List<List<Integer>> rowLines, String lastPara, int lastParaLine,
                          boolean box) {
        int h = -1;
        for (int r = 0; r < Math.min(4, rows.size()); r++) {
            if (rows.get(r).size() >= 3 && HeaderWords.isHeader(texts(rows.get(r)))) {
                h = r;
                break;
            }
        }
        int end = h;
        List<List<Cell>> header = new ArrayList<>();
        List<List<Cell>> body = new ArrayList<>();
        if (h >= 0) {
            header.add(rows.get(h));
            end = h + 1;
            while (end < rows.size() && rows.get(end).size() >= 3 && HeaderWords.isHeaderLike(texts(rows.get(end)))
                    && !hasData(rows.get(end))) {
                header.add(rows.get(end));
                end++;
            }
            while (end < rows.size() && rows.get(end).size() >= 3) {
                body.add(rows.get(end));
                end++;
            }
        }
        if (h < 0 || body.isEmpty()) {
            paragraphs(rowLines, 0, rows.size(), box);
            return;
        }
        String caption = lastPara;
        int captionLine = lastParaLine;
        for (int r = 0; r < h; r++) {
            if (rows.get(r).size() == 1) {
                caption = rows.get(r).get(0).text();
                captionLine = rows.get(r).get(0).line();
            }
        }
        paragraphs(rowLines, 0, h, box);
        blocks.add(new Grid(caption, captionLine, header, body));
        paragraphs(rowLines, end, rows.size(), box);
    }

    private void paragraphs(List<List<Integer>> rowLines, int from, int to, boolean box) {
        for (int r = from; r < to; r++) {
            for (int j : rowLines.get(r)) {
                String raw = lines.get(j);
                if (!raw.isBlank()) {
                    int start = Fold.textStart(raw);
                    blocks.add(new Para(j + 1, raw.substring(start).stripTrailing(), start, box));
                }
            }
        }
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    private static boolean hasData(List<Cell> row) {
        for (Cell c : row) {
            if (!c.empty() && HeaderWords.isData(c.text())) {
                return true;
            }
        }
        return false;
    }
}
