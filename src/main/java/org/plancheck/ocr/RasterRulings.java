package org.plancheck.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a scanned page: long, thin, straight runs of dark pixels with light on both sides. They become
 * {@link org.plancheck.document.Ruling}s so that a ruled table is rebuilt from its grid exactly as in a text PDF, and
 * they are erased from the image given to the recogniser (a table border read as 「|」 or 「一」 would otherwise
 * stand in a cell). A vertical line counts when it is long or when both its ends meet horizontal lines (a table's
 * inner border between two rules), so that the strokes of characters are never taken for borders.
 */
final class RasterRulings {
    /** Shortest horizontal rule, in points. */
    static final float MIN_HORIZONTAL = 30f;
    /** Shortest vertical rule, in points, when both its ends meet horizontal rules. */
    static final float MIN_VERTICAL_JOINED = 8f;
    /** Shortest vertical rule that stands on its own, in points. */
    static final float MIN_VERTICAL_ALONE = 40f;
    /** Thickest line, in points: anything thicker is a filled area, not a rule. */
    static final float MAX_THICKNESS = 3f;

    /** A line found, in pixels: from (x0, y0) to (x1, y1) inclusive, and its thickness across. */
    record Line(int x0, int y0, int x1, int y1, boolean horizontal) {
        int length() {
            return horizontal ? x1 - x0 + 1 : y1 - y0 + 1;
        }
    }

    private final int w;
    private final int h;
    private final byte[] px;
    private final int threshold;
    private final float scale;

    /** {@code scale}: pixels per point (dpi / 72). */
    private RasterRulings(BufferedImage grey, float scale) {
        this.w = grey.getWidth();
        this.h = grey.getHeight();
        this.px = pixels(grey);
        this.threshold = Binary.threshold(grey);
        this.scale = scale;
    }

    /** The horizontal and vertical rules of a page image; {@code scale} is pixels per point. */
    static List<Line> find(BufferedImage grey, float scale) {
        return new RasterRulings(grey, scale).find();
    }

    private boolean dark(int x, int y) {
        return (px[y * w + x] & 0xff) < threshold;
    }

    private List<Line> find() {
        List<Line> hs = lines(true);
        List<Line> out = new ArrayList<>(hs);
        // a border meets the rules at its ends; the stroke of a character stops short of them
        float tol = 1.5f * scale;
        for (Line v : lines(false)) {
            if (v.length() >= MIN_VERTICAL_ALONE * scale
                    || meets(hs, v.x0(), v.y0(), tol) && meets(hs, v.x0(), v.y1(), tol)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a horizontal rule passes near the point (the end of a vertical one). */
    private static boolean meets(List<Line> hs, int x, int y, float tol) {
        for (Line l : hs) {
            if (y >= l.y0() - tol && y <= l.y1() + tol && x >= l.x0() - tol && x <= l.x1() + tol) {
                return true;
            }
        }
        return false;
    }

    /** Runs along one direction, joined across neighbouring rows (or columns) into lines. */
    private List<Line> lines(boolean horizontal) {
        int along = horizontal ? w : h;
        int across = horizontal ? h : w;
        int minLen = Math.round((horizontal ? MIN_HORIZONTAL : MIN_VERTICAL_JOINED) * scale);
        int gap = Math.max(2, Math.round(0.8f * scale));
        int maxThick = Math.max(3, Math.round(MAX_THICKNESS * scale));
        List<int[]> runs = new ArrayList<>(); // {across, start, end}
        for (int a = 0; a < across; a++) {
            int start = -1;
            int lastDark = -1;
            for (int b = 0; b <= along; b++) {
                boolean d = b < along && (darkAt(horizontal, b, a) || a + 1 < across && darkAt(horizontal, b, a + 1));
                if (d) {
                    if (start < 0) {
                        start = b;
                    }
                    lastDark = b;
                } else if (start >= 0 && b - lastDark > gap) {
                    if (lastDark - start + 1 >= minLen) {
                        runs.add(new int[] {a, start, lastDark});
                    }
                    start = -1;
                }
            }
        }
        // join runs of consecutive rows that overlap into one line
        List<int[]> open = new ArrayList<>(); // {firstAcross, lastAcross, start, end}
        List<int[]> done = new ArrayList<>();
        for (int[] r : runs) {
            int[] hit = null;
            for (int[] c : open) {
                int ov = Math.min(c[3], r[2]) - Math.max(c[2], r[1]);
                if (r[0] - c[1] <= 2 && ov >= 0.5 * Math.min(c[3] - c[2], r[2] - r[1])) {
                    hit = c;
                    break;
                }
            }
            if (hit != null) {
                hit[1] = r[0];
                hit[2] = Math.min(hit[2], r[1]);
                hit[3] = Math.max(hit[3], r[2]);
            } else {
                open.add(new int[] {r[0], r[0], r[1], r[2]});
            }
            for (int i = open.size() - 1; i >= 0; i--) {
                if (r[0] - open.get(i)[1] > 2) {
                    done.add(open.remove(i));
                }
            }
        }
        done.addAll(open);
        List<Line> out = new ArrayList<>();
        for (int[] c : done) {
            int thick = c[1] - c[0] + 1;
            if (thick > maxThick || !lightAround(horizontal, c)) {
                continue;
            }
            out.add(horizontal ? new Line(c[2], c[0], c[3], c[1] + 1, true)
                    : new Line(c[0], c[2], c[1] + 1, c[3], false));
        }
        out.sort(Comparator.comparingInt(horizontal ? Line::y0 : Line::x0));
        return out;
    }

    private boolean darkAt(boolean horizontal, int along, int across) {
        return horizontal ? dark(along, across) : dark(across, along);
    }

    /** A rule has light on both sides along most of its length; the edge of a filled area or a photo does not. */
    private boolean lightAround(boolean horizontal, int[] c) {
        int off = Math.max(2, Math.round(1.2f * scale));
        int before = c[0] - off;
        int after = c[1] + 1 + off;
        int across = horizontal ? h : w;
        int light = 0;
        int n = 0;
        for (int b = c[2]; b <= c[3]; b += 2) {
            n++;
            boolean l1 = before < 0 || !darkAt(horizontal, b, before);
            boolean l2 = after >= across || !darkAt(horizontal, b, after);
            if (l1 || l2) {
                light++;
            }
        }
        return n > 0 && light >= 0.7 * n;
    }

    /** A copy of the page with the lines painted white (what the recogniser reads). */
    static BufferedImage erase(BufferedImage grey, List<Line> lines, float scale) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] data = pixels(grey).clone();
        int pad = Math.max(1, Math.round(0.5f * scale));
        for (Line l : lines) {
            int x0 = Math.max(0, l.x0() - (l.horizontal() ? 0 : pad));
            int x1 = Math.min(w - 1, l.x1() + (l.horizontal() ? 0 : pad));
            int y0 = Math.max(0, l.y0() - (l.horizontal() ? pad : 0));
            int y1 = Math.min(h - 1, l.y1() + (l.horizontal() ? pad : 0));
            for (int y = y0; y <= y1; y++) {
                java.util.Arrays.fill(data, y * w + x0, y * w + x1 + 1, (byte) 0xff);
            }
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        System.arraycopy(data, 0, target, 0, data.length);
        return out;
    }

    /** The grey levels, one byte a pixel, row by row. */
    static byte[] pixels(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        if (grey.getType() == BufferedImage.TYPE_BYTE_GRAY
                && grey.getRaster().getDataBuffer() instanceof DataBufferByte d && d.getData().length == w * h
                && grey.getRaster().getSampleModelTranslateX() == 0 && grey.getRaster().getSampleModelTranslateY() == 0) {
            return d.getData();
        }
        byte[] out = new byte[w * h];
        int[] row = new int[w];
        var r = grey.getRaster();
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) row[x];
            }
        }
        return out;
    }
}
