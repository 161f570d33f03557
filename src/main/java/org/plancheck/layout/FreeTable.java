package org.plancheck.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.plancheck.document.Ruling;

/**
 * Rebuilds tables drawn without a grid of ruling lines: three-line tables (三线表: rules above, under the header and
 * below) and borderless ones. A header of indicator-table words (over up to four lines: 「2025年现状」 above
 * 「值」) opens the table; the columns are the x ranges the body's text occupies between gaps no line crosses;
 * rows are anchored on their cells: a column's fragments join into one cell when the upper one fills the column
 * (a wrapped name, 「完成市下达任」 over 「务」), and each name cell is a row that takes the cells of the other
 * columns it spans. A row given two values in one column is split, or reported as not rebuilt.
 */
final class FreeTable {
    /** Gap (in ems) that separates two cells on a line; a word space is far narrower. */
    static final float RUN_GAP = 0.9f;
    /** A word that can head a column; a line without one near it opens no header. */
    private static final Pattern HEADING_WORD = Pattern.compile("指\\s*标|名\\s*称|单\\s*位|20\\d\\d|属\\s*性|性\\s*质|目\\s*标|项\\s*目|序\\s*号|类\\s*别");
    /** A visible gap (in ems) inside a line: a word space or more. */
    static final float WORD_GAP = 0.22f;
    /** Narrowest gap (in ems) between columns that no body line crosses. */
    static final float RIVER = 0.55f;
    private static final Pattern NOTE = Pattern.compile(
            "^\\s*(注\\s*[：:①②③1-9１-９]|注\\s*$|备注\\s*[：:]|说明\\s*[：:]|资料来源|数据来源|[＊*★]\\s*[为表示注]|带[★＊*])");
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(第[一二三四五六七八九十百零\\d]+[章节篇部分]|[一二三四五六七八九十]+、|表\\s*[\\d一二三四五六七八九十]+|"
                    + "专栏\\s*[\\d一二三四五六七八九十]*|附表|续表)");
    private static final Pattern VALUE = Pattern.compile(
            "[≤≥<>＜＞≦≧~～约]?\\s*[-－]?\\d+(\\.\\d+)?\\s*[%％‰]?\\s*(左右|以上|以下|以内)?|[—–\\-－/、]+|\\[[^\\]]*\\]");

    /** One cell's text on one line. */
    private record Fragment(int line, String text, float x, float right, float top, float bottom, float em,
                            float confidence) {
    }

    /** A cell: fragments of one column joined over lines. */
    private static final class Cell {
        final int column;
        final List<Fragment> parts = new ArrayList<>();

        Cell(int column, Fragment f) {
            this.column = column;
            parts.add(f);
        }

        float top() {
            return parts.get(0).top();
        }

        float bottom() {
            return parts.get(parts.size() - 1).bottom();
        }

        float center() {
            return (top() + bottom()) / 2;
        }

        float confidence() {
            float c = 1f;
            for (Fragment f : parts) {
                c = Math.min(c, f.confidence());
            }
            return c;
        }

        String text() {
            StringBuilder b = new StringBuilder();
            for (Fragment f : parts) {
                b.append(f.text().strip());
            }
            return b.toString();
        }
    }

    private FreeTable() {
    }

    /**
     * The header-anchored tables among {@code lines} (top to bottom, lines of ruled tables excluded), and, when
     * {@code carried} is a table left open at the foot of the previous page, the rows at the top of this page that
     * continue it. Lines used are added to {@code used}.
     */
    static List<PageTable> tables(org.plancheck.document.PageContent content, List<TextLine> lines,
                                  List<Ruling> horizontals, Set<TextLine> used, PageTable carried,
                                  Furniture furniture) {
        int page = content.number();
        float pageHeight = content.height();
        List<PageTable> out = new ArrayList<>();
        int start = 0;
        if (carried != null && !carried.ruled()) {
            int first = firstContent(lines, pageHeight, furniture);
            int repeated = first >= 0 ? headerBlock(lines, first) : -1;
            if (repeated > 0) {
                // the header repeated on the new page: the body starts under it
                lines.subList(first, repeated).forEach(used::add);
                first = repeated;
            }
            if (first >= 0 && first < lines.size() && continues(lines.get(first), carried)) {
                int end = bodyEnd(lines, first, span(carried.columns()), pageHeight, furniture);
                PageTable t = build(content, lines.subList(first, end), List.of(), carried.columns(),
                        carried.nameColumn(), horizontals, end >= lastContent(lines, pageHeight, furniture));
                if (t != null) {
                    out.add(t);
                    lines.subList(first, end).forEach(used::add);
                    start = end;
                }
            }
        }
        for (int i = start; i < lines.size(); i++) {
            if (used.contains(lines.get(i))) {
                continue;
            }
            int headerEnd = headerBlock(lines, i);
            if (headerEnd < 0) {
                continue;
            }
            List<TextLine> headerLines = lines.subList(i, headerEnd);
            List<HeaderCell> header = headerCells(headerLines);
            float[] span = headerSpan(header, headerLines);
            int end = bodyEnd(lines, headerEnd, span, pageHeight, furniture);
            List<TextLine> body = lines.subList(headerEnd, end);
            boolean open = end >= lastContent(lines, pageHeight, furniture);
            if (body.isEmpty() && !open) {
                continue;
            }
            List<float[]> columns = columns(body, header);
            int name = -1;
            List<String> headerTexts = headerTexts(header, columns);
            for (int c = 0; c < headerTexts.size() && name < 0; c++) {
                if (HeaderWords.isNameHeading(headerTexts.get(c))) {
                    name = c;
                }
            }
            PageTable t = build(content, body, List.of(headerTexts), columns, name, horizontals, open);
            if (t == null) {
                t = new PageTable(page, List.of(headerTexts), List.of(), columns, name, headerLines.get(0).top(),
                        headerLines.get(headerLines.size() - 1).y(), open, false, "", "");
            }
            t = new PageTable(t.page(), t.header(), t.rows(), t.columns(), t.nameColumn(),
                    headerLines.get(0).top(), t.bottom(), t.open(), false, "", "");
            out.add(t);
            lines.subList(i, end).forEach(used::add);
            i = end - 1;
        }
        return out;
    }

    // ---- header -----------------------------------------------------------------------------------------------

    /** A header cell: its words over one or more lines and its x extent. */
    record HeaderCell(String text, float x, float right) {
        float center() {
            return (x + right) / 2;
        }
    }

    /** The end (exclusive) of a header block starting at line {@code i}, or -1 when no header starts there. */
    static int headerBlock(List<TextLine> lines, int i) {
        TextLine first = lines.get(i);
        // a header block has a heading word within its first two lines
        if (!HEADING_WORD.matcher(first.text()).find()
                && (i + 1 >= lines.size() || !HEADING_WORD.matcher(lines.get(i + 1).text()).find())) {
            return -1;
        }
        if (hasData(first)) {
            return -1;
        }
        int best = -1;
        int j = i + 1;
        List<TextLine> block = new ArrayList<>(List.of(first));
        while (true) {
            List<String> cells = headerCells(block).stream().map(HeaderCell::text).toList();
            if (HeaderWords.isHeader(cells)) {
                best = j;
            }
            if (j >= lines.size() || block.size() >= 4) {
                break;
            }
            TextLine next = lines.get(j);
            TextLine prev = block.get(block.size() - 1);
            if (hasData(next) || next.top() - prev.y() > prev.em() * 1.1f) {
                break;
            }
            block.add(next);
            j++;
        }
        return best;
    }

    /** A line holding a number that is not a year, or 约束性/预期性: a body line, not a header line. */
    private static boolean hasData(TextLine l) {
        for (Run r : l.runs(RUN_GAP)) {
            if (HeaderWords.isData(r.text())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of the header lines merged by x overlap; a cell over several below (「指标值」) prefixes each. */
    static List<HeaderCell> headerCells(List<TextLine> lines) {
        List<HeaderCell> cells = new ArrayList<>();
        for (TextLine l : lines) {
            List<Run> runs = splitYears(joinSpacedWords(l.runs(RUN_GAP)));
            List<List<Run>> onCell = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                onCell.add(new ArrayList<>());
            }
            List<HeaderCell> fresh = new ArrayList<>();
            for (Run r : runs) {
                int hit = -1;
                float best = 0;
                for (int k = 0; k < cells.size(); k++) {
                    float ov = overlap(cells.get(k).x(), cells.get(k).right(), r.x(), r.right());
                    if (ov > best) {
                        best = ov;
                        hit = k;
                    }
                }
                if (hit >= 0) {
                    onCell.get(hit).add(r);
                } else {
                    fresh.add(new HeaderCell(r.text(), r.x(), r.right()));
                }
            }
            List<HeaderCell> next = new ArrayList<>();
            for (int k = 0; k < cells.size(); k++) {
                HeaderCell c = cells.get(k);
                List<Run> below = onCell.get(k);
                if (below.isEmpty()) {
                    next.add(c);
                } else if (below.size() == 1) {
                    Run r = below.get(0);
                    next.add(new HeaderCell(c.text() + r.text(), Math.min(c.x(), r.x()), Math.max(c.right(), r.right())));
                } else {
                    for (Run r : below) {
                        next.add(new HeaderCell(c.text() + r.text(), r.x(), r.right()));
                    }
                }
            }
            next.addAll(fresh);
            next.sort(Comparator.comparingDouble(HeaderCell::x));
            cells = next;
        }
        return cells;
    }

    private static float overlap(float a0, float a1, float b0, float b1) {
        float ov = Math.min(a1, b1) - Math.max(a0, b0);
        float shorter = Math.max(1f, Math.min(a1 - a0, b1 - b0));
        return ov <= 0 ? 0 : ov / shorter;
    }

    private static float[] headerSpan(List<HeaderCell> header, List<TextLine> lines) {
        float em = lines.get(0).em();
        float x0 = header.get(0).x();
        float x1 = header.get(header.size() - 1).right();
        return new float[] {x0 - 4 * em, x1 + 3 * em};
    }

    private static float[] span(List<float[]> columns) {
        return new float[] {columns.get(0)[0] - 20, columns.get(columns.size() - 1)[1] + 20};
    }

    /** The heading over each column: a heading goes to the column under its centre, else the one it overlaps most. */
    private static List<String> headerTexts(List<HeaderCell> header, List<float[]> columns) {
        List<StringBuilder> b = new ArrayList<>();
        columns.forEach(c -> b.add(new StringBuilder()));
        for (HeaderCell h : header) {
            int at = -1;
            float best = -Float.MAX_VALUE;
            for (int k = 0; k < columns.size(); k++) {
                float[] c = columns.get(k);
                float score = h.center() >= c[0] - 1 && h.center() <= c[1] + 1 ? Float.MAX_VALUE
                        : Math.min(c[1], h.right()) - Math.max(c[0], h.x());
                if (score > best) {
                    best = score;
                    at = k;
                }
            }
            if (at >= 0) {
                b.get(at).append(h.text());
            }
        }
        return b.stream().map(StringBuilder::toString).toList();
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
                    List<org.plancheck.document.Glyph> g = new ArrayList<>(prev.glyphs());
                    g.addAll(r.glyphs());
                    out.set(out.size() - 1, new Run(prev.line(), g, prev.text() + r.text(), prev.x(), r.right()));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    private static final Pattern YEAR_WORD = Pattern.compile("20\\d\\d\\s*年?|(?<=年)年均");

    /** Header cells set close together run into one (「2025年2030年」): cut at each year, at the glyphs' places. */
    static List<Run> splitYears(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            String compact = r.text().replace(" ", "");
            java.util.regex.Matcher m = YEAR_WORD.matcher(compact);
            List<Integer> starts = new ArrayList<>();
            while (m.find()) {
                starts.add(m.start());
            }
            if (starts.size() < 2 || compact.length() != glyphChars(r)) {
                out.add(r);
                continue;
            }
            if (starts.get(0) > 0) {
                starts.add(0, 0);
            }
            List<org.plancheck.document.Glyph> gs = r.glyphs();
            for (int k = 0; k < starts.size(); k++) {
                int a = glyphAt(gs, starts.get(k));
                int b = k + 1 < starts.size() ? glyphAt(gs, starts.get(k + 1)) : gs.size();
                if (b > a) {
                    out.add(Run.of(r.line(), gs.subList(a, b)));
                }
            }
        }
        return out;
    }

    private static int glyphChars(Run r) {
        int n = 0;
        for (org.plancheck.document.Glyph g : r.glyphs()) {
            n += g.text().length();
        }
        return n;
    }

    /** The index of the glyph that holds character {@code offset} of the run's text without spaces. */
    private static int glyphAt(List<org.plancheck.document.Glyph> gs, int offset) {
        int n = 0;
        for (int i = 0; i < gs.size(); i++) {
            if (n >= offset) {
                return i;
            }
            n += gs.get(i).text().length();
        }
        return gs.size();
    }

    // ---- body extent --------------------------------------------------------------------------------------------

    /** Index of the first line that is not page furniture near the top, or -1. */
    private static int firstContent(List<TextLine> lines, float pageHeight, Furniture furniture) {
        for (int i = 0; i < lines.size(); i++) {
            if (!furniture.is(lines.get(i), pageHeight)) {
                return lines.get(i).y() < pageHeight * 0.3f ? i : -1;
            }
        }
        return -1;
    }

    /** Index after the last line that is not page furniture. */
    static int lastContent(List<TextLine> lines, float pageHeight, Furniture furniture) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!furniture.is(lines.get(i), pageHeight)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Whether a line at the top of a page continues an open table: a repeated header, or cells in its columns. */
    private static boolean continues(TextLine l, PageTable carried) {
        List<Run> runs = l.runs(RUN_GAP);
        float[] s = span(carried.columns());
        if (runs.isEmpty() || runs.get(0).x() < s[0] || runs.get(runs.size() - 1).right() > s[1]) {
            return false;
        }
        if (runs.size() == 1 && runs.get(0).right() - runs.get(0).x() > (s[1] - s[0]) * 0.6f) {
            return false;
        }
        if (NOTE.matcher(l.text()).find() || HEADING.matcher(l.text()).find()) {
            return false;
        }
        return runs.size() >= 2 || carried.nameColumn() >= 0
                && inColumn(runs.get(0), carried.columns().get(carried.nameColumn()));
    }

    private static boolean inColumn(Run r, float[] column) {
        return r.center() >= column[0] - 4 && r.center() <= column[1] + 4;
    }

    /** The end (exclusive) of the body that starts at line {@code from}. */
    private static int bodyEnd(List<TextLine> lines, int from, float[] span, float pageHeight,
                               Furniture furniture) {
        float lastY = from > 0 ? lines.get(from - 1).y() : -1;
        float advance = -1;
        int j = from;
        for (; j < lines.size(); j++) {
            TextLine l = lines.get(j);
            if (furniture.is(l, pageHeight)) {
                break;
            }
            float em = l.em();
            if (lastY >= 0) {
                float step = l.y() - lastY;
                float limit = Math.max(em * 3.2f, advance > 0 ? advance * 2.6f : 0);
                if (step > limit) {
                    break;
                }
                advance = advance < 0 ? step : Math.min(advance, Math.max(step, em));
            }
            String t = l.text().strip();
            if (NOTE.matcher(t).find() || HEADING.matcher(t).find()) {
                break;
            }
            List<Run> runs = l.runs(RUN_GAP);
            float width = span[1] - span[0];
            if (runs.size() == 1 && runs.get(0).right() - runs.get(0).x() > width * 0.62f) {
                break;
            }
            // names stand left of a centred 「指标」 heading; text far outside the header's reach is not the table's
            if (l.x() < span[0] - 12 * em || l.right() > span[1] + 3 * em) {
                break;
            }
            lastY = l.y();
        }
        return j;
    }

    // ---- columns ----------------------------------------------------------------------------------------------

    /**
     * The columns: x ranges the body's text covers, separated by gaps no body line crosses (rivers), each given the
     * header cell above it; a range under two header cells (text touching across a column edge) is cut between them.
     */
    static List<float[]> columns(List<TextLine> body, List<HeaderCell> header) {
        List<float[]> ranges = new ArrayList<>();
        if (!body.isEmpty()) {
            List<float[]> spans = new ArrayList<>();
            float em = 0;
            for (TextLine l : body) {
                em += l.em();
                for (Run r : l.runs(RUN_GAP)) {
                    spans.add(new float[] {r.x(), r.right()});
                }
            }
            em /= body.size();
            spans.sort(Comparator.comparingDouble(a -> a[0]));
            float[] cur = null;
            for (float[] s : spans) {
                if (cur != null && s[0] - cur[1] < em * RIVER) {
                    cur[1] = Math.max(cur[1], s[1]);
                } else {
                    cur = new float[] {s[0], s[1]};
                    ranges.add(cur);
                }
            }
        }
        // each heading belongs to the range under its centre, else to the range it overlaps most
        List<List<HeaderCell>> under = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            under.add(new ArrayList<>());
        }
        List<HeaderCell> alone = new ArrayList<>();
        for (HeaderCell h : header) {
            int at = -1;
            float best = 0;
            for (int k = 0; k < ranges.size(); k++) {
                float[] r = ranges.get(k);
                if (h.center() >= r[0] && h.center() <= r[1]) {
                    at = k;
                    break;
                }
                float ov = Math.min(r[1], h.right()) - Math.max(r[0], h.x());
                if (ov > best) {
                    best = ov;
                    at = k;
                }
            }
            if (at >= 0) {
                under.get(at).add(h);
            } else {
                alone.add(h);
            }
        }
        List<float[]> out = new ArrayList<>();
        for (int k = 0; k < ranges.size(); k++) {
            float[] r = ranges.get(k);
            List<HeaderCell> over = under.get(k);
            if (over.size() <= 1) {
                out.add(r);
                continue;
            }
            // cut between neighbouring headings
            float left = r[0];
            for (int h = 0; h + 1 < over.size(); h++) {
                float cut = (over.get(h).right() + over.get(h + 1).x()) / 2;
                if (cut <= left || cut >= r[1]) {
                    cut = (over.get(h).center() + over.get(h + 1).center()) / 2;
                }
                out.add(new float[] {left, cut});
                left = cut;
            }
            out.add(new float[] {left, r[1]});
        }
        // header cells over no body text (a column empty on this page) still make a column
        for (HeaderCell h : alone) {
            out.add(new float[] {h.x(), h.right()});
        }
        out.sort(Comparator.comparingDouble(a -> a[0]));
        return out;
    }

    private static int columnOf(List<float[]> columns, float x) {
        int best = -1;
        float dist = Float.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            float[] col = columns.get(c);
            float d = x >= col[0] && x <= col[1] ? 0 : Math.min(Math.abs(x - col[0]), Math.abs(x - col[1]));
            if (d < dist) {
                dist = d;
                best = c;
            }
        }
        return best;
    }

    // ---- rows ---------------------------------------------------------------------------------------------------

    /** Body lines cut into cells and rows; null when the body holds no text. */
    private static PageTable build(org.plancheck.document.PageContent content, List<TextLine> body,
                                   List<List<String>> header, List<float[]> columns, int nameColumn,
                                   List<Ruling> horizontals, boolean open) {
        int page = content.number();
        if (body.isEmpty() || columns.isEmpty()) {
            return null;
        }
        int n = columns.size();
        List<List<Fragment>> byColumn = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (int li = 0; li < body.size(); li++) {
            TextLine l = body.get(li);
            String[] texts = new String[n];
            float[] x0 = new float[n];
            float[] x1 = new float[n];
            float[] conf = new float[n];
            java.util.Arrays.fill(conf, 1f);
            // cut at every visible gap, then let each piece fall into its column: cells set close together (a
            // tight table) separate, and the words of one cell (「单位 GDP 二氧化碳」) meet again in their column
            for (Run r : l.runs(WORD_GAP)) {
                int c = columnOf(columns, r.center());
                for (org.plancheck.document.Glyph g : r.glyphs()) {
                    conf[c] = Math.min(conf[c], g.confidence());
                }
                if (texts[c] == null) {
                    texts[c] = r.text();
                    x0[c] = r.x();
                    x1[c] = r.right();
                } else {
                    texts[c] = texts[c] + " " + r.text();
                    x1[c] = r.right();
                }
            }
            for (int c = 0; c < n; c++) {
                if (texts[c] != null) {
                    byColumn.get(c).add(new Fragment(li, texts[c], x0[c], x1[c], l.top(), l.y() + l.em() * 0.2f,
                            l.em(), conf[c]));
                }
            }
        }
        int spine = nameColumn >= 0 ? nameColumn : textColumn(byColumn);
        List<List<Cell>> cells = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            cells.add(cellsOf(c, byColumn.get(c), horizontals));
        }
        List<Cell> spineCells = new ArrayList<>(cells.get(spine));
        List<RowBuild> rows = new ArrayList<>();
        for (Cell s : spineCells) {
            rows.add(new RowBuild(n, s));
        }
        boolean[] spanning = new boolean[n];
        for (int c = 0; c < n; c++) {
            if (c == spine) {
                continue;
            }
            spanning[c] = cells.get(c).size() * 2 <= spineCells.size() && cells.get(c).stream()
                    .anyMatch(cell -> rowsOverlapped(cell, rows) >= 2);
            for (Cell cell : cells.get(c)) {
                RowBuild best = null;
                float bestOv = 0;
                for (RowBuild r : rows) {
                    float ov = Math.min(r.anchorBottom(), cell.bottom()) - Math.max(r.anchorTop(), cell.top());
                    if (ov > bestOv) {
                        bestOv = ov;
                        best = r;
                    }
                }
                if (best == null) {
                    // a cell beside no name: it belongs to the nearest row (a value set lower than its name, the
                    // rest of a wrapped value); a row that has nothing yet in this column is nearer than one that has
                    float em = cell.parts.get(0).em();
                    float dist = Float.MAX_VALUE;
                    for (RowBuild r : rows) {
                        float d = Math.abs(r.center() - cell.center()) + (r.has(c) && hasDigit(cell) ? em : 0);
                        if (d < dist) {
                            dist = d;
                            best = r;
                        }
                    }
                    if (best == null || dist > em * 2.2f) {
                        best = new RowBuild(n, null);
                        rows.add(best);
                        rows.sort(Comparator.comparingDouble(RowBuild::top));
                    }
                }
                best.add(cell);
            }
        }
        List<RowBuild> split = new ArrayList<>();
        for (RowBuild r : rows) {
            split.addAll(r.splitConflicts(spanning));
        }
        split.sort(Comparator.comparingDouble(RowBuild::top));
        List<Row> out = new ArrayList<>();
        float left = columns.get(0)[0];
        float right = columns.get(columns.size() - 1)[1];
        for (RowBuild r : split) {
            Row row = r.toRow(page, spanning);
            out.add(new Row(row.page(), row.cells(), row.top(), row.bottom(), row.text(), row.problem(), null,
                    content.toDisplay(left, row.top(), right, row.bottom()), row.confidence()));
        }
        float top = body.get(0).top();
        float bottom = body.get(body.size() - 1).y();
        return new PageTable(page, header, out, columns, spine, top, bottom, open, false, "", "");
    }

    /** The column with the most CJK text: the names, when no heading says which. */
    private static int textColumn(List<List<Fragment>> byColumn) {
        int best = 0;
        int most = -1;
        for (int c = 0; c < byColumn.size(); c++) {
            int cjk = 0;
            for (Fragment f : byColumn.get(c)) {
                for (char ch : f.text().toCharArray()) {
                    if (ch >= '\u4e00' && ch <= '\u9fff') {
                        cjk++;
                    }
                }
            }
            if (cjk > most) {
                most = cjk;
                best = c;
            }
        }
        return best;
    }

    private static boolean hasDigit(Cell c) {
        return c.text().matches(".*\\d.*");
    }

    private static int rowsOverlapped(Cell cell, List<RowBuild> rows) {
        int k = 0;
        for (RowBuild r : rows) {
            if (Math.min(r.anchorBottom(), cell.bottom()) - Math.max(r.anchorTop(), cell.top()) > 0) {
                k++;
            }
        }
        return k;
    }

    /** A column's fragments joined into cells: a fragment continues the cell above when that one fills the column. */
    private static List<Cell> cellsOf(int column, List<Fragment> frags, List<Ruling> horizontals) {
        List<Cell> out = new ArrayList<>();
        float maxRight = 0;
        for (Fragment f : frags) {
            maxRight = Math.max(maxRight, f.right());
        }
        Cell cur = null;
        for (Fragment f : frags) {
            if (cur != null) {
                Fragment prev = cur.parts.get(cur.parts.size() - 1);
                boolean adjacent = f.top() - prev.bottom() <= f.em() * 0.9f;
                // a wrapped line fills its column: it reaches the column's widest text and is several characters long
                boolean full = prev.right() >= maxRight - f.em() * 1.6f && prev.right() - prev.x() >= f.em() * 2.5f;
                boolean value = complete(prev.text());
                boolean nextValue = complete(f.text());
                if (adjacent && full && !value && !nextValue && !ruledBetween(horizontals, prev, f)) {
                    cur.parts.add(f);
                    continue;
                }
            }
            cur = new Cell(column, f);
            out.add(cur);
        }
        return out;
    }

    /**
     * Text that is whole on its own line, never the first half of a wrap: anything holding a number (values do not
     * wrap, except a range cut at its dash), a dash, 约束性/预期性, or a unit.
     */
    private static boolean complete(String text) {
        String t = text.strip();
        if (t.matches(".*\\d.*")) {
            return !t.matches(".*[—–\\-－~～至到(（]$");
        }
        return VALUE.matcher(t).matches() || t.matches("约束性?|预期性?|[★☆＊*]")
                || org.plancheck.quantity.Units.lookup(t).isPresent();
    }

    private static boolean ruledBetween(List<Ruling> hs, Fragment a, Fragment b) {
        for (Ruling h : hs) {
            float y = (h.y1() + h.y2()) / 2;
            if (y > a.bottom() - 1 && y < b.top() + 1 && h.x1() <= a.x() + 2 && h.x2() >= a.right() - 2) {
                return true;
            }
        }
        return false;
    }

    /** A row being built: its name cell (the spine) and the cells of other columns it took. */
    private static final class RowBuild {
        final int columns;
        final Cell spine;
        final List<Cell> cells = new ArrayList<>();

        RowBuild(int columns, Cell spine) {
            this.columns = columns;
            this.spine = spine;
            if (spine != null) {
                cells.add(spine);
            }
        }

        void add(Cell c) {
            cells.add(c);
        }

        boolean has(int column) {
            return cells.stream().anyMatch(x -> x.column == column);
        }

        float top() {
            return cells.stream().map(Cell::top).min(Float::compare).orElse(0f);
        }

        float bottom() {
            return cells.stream().map(Cell::bottom).max(Float::compare).orElse(0f);
        }

        float center() {
            return spine != null ? spine.center() : (top() + bottom()) / 2;
        }

        /** Where the row stands for taking cells: its name cell, or (without one) the cells it has. */
        float anchorTop() {
            return spine != null ? spine.top() : top();
        }

        float anchorBottom() {
            return spine != null ? spine.bottom() : bottom();
        }

        /** Two cells of one column in a row: the name cell joined two names; cut it at the values. */
        List<RowBuild> splitConflicts(boolean[] spanning) {
            for (int c = 0; c < columns; c++) {
                if (spanning[c] || spine == null) {
                    continue;
                }
                int col = c;
                List<Cell> same = cells.stream().filter(x -> x.column == col && x != spine).toList();
                if (same.size() < 2 || spine.parts.size() < 2) {
                    continue;
                }
                List<RowBuild> parts = new ArrayList<>();
                List<Cell> anchors = new ArrayList<>(same);
                anchors.sort(Comparator.comparingDouble(Cell::center));
                List<List<Fragment>> names = new ArrayList<>();
                for (int k = 0; k < anchors.size(); k++) {
                    names.add(new ArrayList<>());
                }
                for (Fragment f : spine.parts) {
                    float fc = (f.top() + f.bottom()) / 2;
                    int best = 0;
                    float dist = Float.MAX_VALUE;
                    for (int k = 0; k < anchors.size(); k++) {
                        float d = Math.abs(anchors.get(k).center() - fc);
                        if (d < dist) {
                            dist = d;
                            best = k;
                        }
                    }
                    names.get(best).add(f);
                }
                if (names.stream().anyMatch(List::isEmpty)) {
                    return List.of(this);
                }
                for (List<Fragment> fs : names) {
                    Cell s = new Cell(spine.column, fs.get(0));
                    s.parts.addAll(fs.subList(1, fs.size()));
                    parts.add(new RowBuild(columns, s));
                }
                for (Cell x : cells) {
                    if (x == spine) {
                        continue;
                    }
                    RowBuild best = parts.get(0);
                    float bestOv = -Float.MAX_VALUE;
                    for (RowBuild p : parts) {
                        float ov = Math.min(p.anchorBottom(), x.bottom()) - Math.max(p.anchorTop(), x.top());
                        if (ov == bestOv) {
                            continue;
                        }
                        if (ov > bestOv) {
                            bestOv = ov;
                            best = p;
                        }
                    }
                    if (bestOv <= 0) {
                        float dist = Float.MAX_VALUE;
                        for (RowBuild p : parts) {
                            float d = Math.abs(p.center() - x.center());
                            if (d < dist) {
                                dist = d;
                                best = p;
                            }
                        }
                    }
                    best.add(x);
                }
                List<RowBuild> out = new ArrayList<>();
                for (RowBuild p : parts) {
                    out.addAll(p.splitConflicts(spanning));
                }
                return out;
            }
            return List.of(this);
        }

        Row toRow(int page, boolean[] spanning) {
            String[] texts = new String[columns];
            java.util.Arrays.fill(texts, "");
            String problem = null;
            List<Cell> sorted = new ArrayList<>(cells);
            sorted.sort(Comparator.comparingDouble(Cell::top));
            for (Cell c : sorted) {
                if (!texts[c.column].isEmpty()) {
                    boolean numbers = texts[c.column].matches(".*\\d.*") && hasDigit(c);
                    if (!spanning[c.column] && numbers) {
                        problem = "同一行的一列中有两个数值，无法确定对应关系";
                    }
                    // words under words: the rest of a wrapped cell
                    texts[c.column] = texts[c.column] + (numbers ? " " : "") + c.text();
                } else {
                    texts[c.column] = c.text();
                }
            }
            List<String> list = List.of(texts);
            float confidence = 1f;
            for (Cell c : cells) {
                confidence = Math.min(confidence, c.confidence());
            }
            return new Row(page, list, top(), bottom(), Row.join(list), problem, null, null, confidence);
        }
    }
}
