package org.plancheck.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.Ruling;

/**
 * Rebuilds tables drawn with ruling lines on every side: the grid of border positions, cells merged where a border
 * is missing (merged category cells, a name spanning two columns), glyphs assigned to cells by position. The header
 * is the first rows that read as headings; rows above it inside the grid are a caption.
 */
final class Grid {
    static final float SNAP = 2.5f;

    private Grid() {
    }

    /** The ruled tables of a page; glyphs that fall inside them are added to {@code used}. */
    static List<PageTable> tables(PageContent page, Set<Glyph> used) {
        List<Ruling> hs = new ArrayList<>();
        List<Ruling> vs = new ArrayList<>();
        for (Ruling r : page.rulings()) {
            if (r.horizontal()) {
                hs.add(r);
            } else if (r.vertical()) {
                vs.add(r);
            }
        }
        if (hs.size() < 2 || vs.size() < 2) {
            return List.of();
        }
        List<Float> ys = levels(hs.stream().map(r -> (r.y1() + r.y2()) / 2).toList());
        List<PageTable> out = new ArrayList<>();
        // Split the y-levels into tables: consecutive levels joined by vertical lines spanning the band.
        int start = 0;
        for (int i = 0; i < ys.size() - 1; i++) {
            if (!spanned(vs, ys.get(i), ys.get(i + 1))) {
                add(page, ys.subList(start, i + 1), hs, vs, used, out);
                start = i + 1;
            }
        }
        add(page, ys.subList(start, ys.size()), hs, vs, used, out);
        return out;
    }

    private static boolean spanned(List<Ruling> vs, float y0, float y1) {
        for (Ruling v : vs) {
            if (v.y1() <= y0 + SNAP && v.y2() >= y1 - SNAP) {
                return true;
            }
        }
        return false;
    }

    private static void add(PageContent page, List<Float> ys, List<Ruling> hs, List<Ruling> vs, Set<Glyph> used,
                            List<PageTable> out) {
        if (ys.size() < 2) {
            return;
        }
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        List<Float> xsRaw = new ArrayList<>();
        for (Ruling v : vs) {
            if (v.y2() > top + SNAP && v.y1() < bottom - SNAP) {
                xsRaw.add(v.x1());
            }
        }
        List<Float> xs = levels(xsRaw);
        if (xs.size() < 3) {
            return;
        }
        int nr = ys.size() - 1;
        int nc = xs.size() - 1;
        int[] parent = new int[nr * nc];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                if (j + 1 < nc && !hasVertical(vs, xs.get(j + 1), ys.get(i), ys.get(i + 1))) {
                    union(parent, i * nc + j, i * nc + j + 1);
                }
                if (i + 1 < nr && !hasHorizontal(hs, ys.get(i + 1), xs.get(j), xs.get(j + 1))) {
                    union(parent, i * nc + j, (i + 1) * nc + j);
                }
            }
        }
        List<List<Glyph>> atoms = new ArrayList<>();
        for (int i = 0; i < nr * nc; i++) {
            atoms.add(new ArrayList<>());
        }
        List<Glyph> inside = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            float cx = g.centerX();
            float cy = g.centerY();
            if (cy < top || cy > bottom || cx < xs.get(0) || cx > xs.get(nc)) {
                continue;
            }
            int r = band(ys, cy);
            int c = band(xs, cx);
            if (r >= 0 && c >= 0) {
                atoms.get(find(parent, r * nc + c)).add(g);
                inside.add(g);
            }
        }
        if (inside.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<float[]> bands = new ArrayList<>();
        List<Float> confidences = new ArrayList<>();
        boolean[] shown = new boolean[nr * nc];
        for (int i = 0; i < nr; i++) {
            List<String> row = new ArrayList<>();
            boolean any = false;
            float rowBottom = ys.get(i + 1);
            float confidence = 1f;
            for (int j = 0; j < nc; j++) {
                int root = find(parent, i * nc + j);
                // a merged cell shows its text once, in its first (top-left) atom
                boolean firstOfGroup = !shown[root];
                shown[root] = true;
                String text = firstOfGroup ? cellText(page.number(), atoms.get(root)) : "";
                if (firstOfGroup) {
                    for (Glyph g : atoms.get(root)) {
                        confidence = Math.min(confidence, g.confidence());
                    }
                }
                any |= !text.isEmpty();
                row.add(text);
            }
            if (any) {
                rows.add(row);
                bands.add(new float[] {ys.get(i), rowBottom});
                confidences.add(confidence);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        used.addAll(inside);
        // The header: the first rows that read as headings (up to four rows down; rows above are a caption).
        int headerStart = -1;
        for (int i = 0; i < Math.min(4, rows.size()) && headerStart < 0; i++) {
            if (HeaderWords.isHeader(rows.get(i))
                    || i + 1 < rows.size() && HeaderWords.isHeader(stack(rows.get(i), rows.get(i + 1)))) {
                headerStart = i;
            }
        }
        List<List<String>> header = new ArrayList<>();
        int body = 0;
        String caption = "";
        if (headerStart >= 0) {
            for (int i = 0; i < headerStart; i++) {
                caption += Row.join(rows.get(i));
            }
            body = headerStart;
            while (body < rows.size() && (body == headerStart || HeaderWords.isHeaderLike(rows.get(body)))) {
                header.add(rows.get(body));
                body++;
            }
        }
        List<float[]> columns = new ArrayList<>();
        for (int j = 0; j < nc; j++) {
            columns.add(new float[] {xs.get(j), xs.get(j + 1)});
        }
        int name = -1;
        for (int j = 0; j < nc && name < 0; j++) {
            for (List<String> h : header) {
                if (j < h.size() && HeaderWords.isNameHeading(h.get(j))) {
                    name = j;
                }
            }
        }
        List<Row> bodyRows = new ArrayList<>();
        for (int i = body; i < rows.size(); i++) {
            float[] b = bands.get(i);
            bodyRows.add(new Row(page.number(), List.copyOf(rows.get(i)), b[0], b[1], Row.join(rows.get(i)), null,
                    null, page.toDisplay(xs.get(0), b[0], xs.get(nc), b[1]), confidences.get(i)));
        }
        float footer = page.height() * 0.88f;
        out.add(new PageTable(page.number(), header, bodyRows, columns, name, top, bottom, bottom >= footer - 40
                || lastContent(page, bottom), true, "", caption));
    }

    /** Whether nothing but page furniture (a page number) stands below {@code y}. */
    private static boolean lastContent(PageContent page, float y) {
        int below = 0;
        for (Glyph g : page.glyphs()) {
            if (g.y() > y + 2 && !g.text().matches("[\\d\\s—\\-－–第页/]")) {
                below++;
            }
        }
        return below == 0;
    }

    private static List<String> stack(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            out.add((i < a.size() ? a.get(i) : "") + (i < b.size() ? b.get(i) : ""));
        }
        return out;
    }

    /** A cell's text: its lines joined (a Chinese name wrapped over two lines reads as one). */
    static String cellText(int page, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (TextLine l : Lines.of(page, glyphs)) {
            b.append(l.text().strip());
        }
        return b.toString().strip();
    }

    private static boolean hasVertical(List<Ruling> vs, float x, float y0, float y1) {
        float need = (y1 - y0) * 0.6f;
        float covered = 0;
        for (Ruling v : vs) {
            if (Math.abs(v.x1() - x) <= SNAP) {
                covered += Math.max(0, Math.min(v.y2(), y1) - Math.max(v.y1(), y0));
            }
        }
        return covered >= need;
    }

    private static boolean hasHorizontal(List<Ruling> hs, float y, float x0, float x1) {
        float need = (x1 - x0) * 0.6f;
        float covered = 0;
        for (Ruling h : hs) {
            if (Math.abs((h.y1() + h.y2()) / 2 - y) <= SNAP) {
                covered += Math.max(0, Math.min(h.x2(), x1) - Math.max(h.x1(), x0));
            }
        }
        return covered >= need;
    }

    private static int band(List<Float> edges, float v) {
        for (int i = 0; i < edges.size() - 1; i++) {
            if (v >= edges.get(i) && v < edges.get(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** Distinct positions, merging those within {@link #SNAP}. */
    static List<Float> levels(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        List<Float> out = new ArrayList<>();
        for (Float v : sorted) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > SNAP) {
                out.add(v);
            }
        }
        return out;
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
