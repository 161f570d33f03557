package org.plancheck.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.Ruling;

/**
 * A page read by OCR as the rest of plancheck reads any page: one {@link Glyph} per character, in points of the
 * page's display space, and the raster's ruling lines as {@link Ruling}s, so that layout rebuilds tables and passages
 * exactly as for a text PDF.
 *
 * <p>Tesseract gives boxes and confidences per word; the characters of a word share its box in proportion to their
 * widths (an ideograph a full em, a digit or letter about half of one; see {@link #place} for how the boxes are
 * tamed) and each keeps the word's confidence. A character is unreadable, U+FFFD, never a guess (docs/domain.md,
 * "What counts as read"), when its word was read with less confidence than the threshold, when its word holds a
 * number that a second, independent reading did not confirm ({@link Verifier}), or when it is 「=」 (no plan writes
 * it: it is how ≤ and ≥ come out of a poor scan) or 「|」 (a remnant of a border, or a digit).
 */
final class OcrPage {
    /** Characters that are never read as themselves: they stand for a misread sign or a border remnant. */
    static final String SUSPECT = "=|";

    /** A word where it stands on the page, in pixels: its box tamed, the baseline and size of its line. */
    record Placed(OcrWord word, double left, double right, float baseline, float em) {
        /** The x extent, in pixels, of the characters from {@code from} (inclusive) to {@code to} (exclusive). */
        double[] span(int from, int to) {
            int[] cps = codePoints(word.text());
            double total = 0;
            for (int c : cps) {
                total += weight(c);
            }
            double x = left;
            double a = left;
            for (int i = 0; i < cps.length; i++) {
                if (i == from) {
                    a = x;
                }
                x += (right - left) * weight(cps[i]) / total;
                if (i + 1 == to) {
                    return new double[] {a, x};
                }
            }
            return new double[] {a, right};
        }
    }

    private OcrPage() {
    }

    /**
     * @param number        page number
     * @param width         the page's display width in points
     * @param height        the page's display height in points
     * @param scale         pixels of the image per point
     * @param placed        the words read, placed ({@link #place})
     * @param unconfirmed   words whose number a second reading did not confirm
     * @param lines         the ruling lines found, in pixels
     * @param minConfidence threshold in percent
     * @param coverage      the share of the page images cover (from its content stream)
     */
    static PageContent build(int number, float width, float height, float scale, List<Placed> placed,
                             Set<OcrWord> unconfirmed, List<RasterRulings.Line> lines, int minConfidence,
                             float coverage) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Placed p : placed) {
            glyphs.addAll(glyphs(p, scale, minConfidence, unconfirmed.contains(p.word())));
        }
        List<Ruling> rulings = new ArrayList<>();
        for (RasterRulings.Line l : lines) {
            if (l.horizontal()) {
                float y = (l.y0() + l.y1()) / 2f / scale;
                rulings.add(new Ruling(l.x0() / scale, y, l.x1() / scale, y));
            } else {
                float x = (l.x0() + l.x1()) / 2f / scale;
                rulings.add(new Ruling(x, l.y0() / scale, x, l.y1() / scale));
            }
        }
        return new PageContent(number, width, height, List.copyOf(glyphs), List.copyOf(rulings), 0, 0, 0, coverage,
                true);
    }

    /**
     * The words where they stand. Tesseract's LSTM boxes are approximate: the last character of a word often reaches
     * far to the right, over the next words, and a box can stand taller than its line. So every word of a text line
     * stands on the line's baseline (the median bottom of its words), is no wider than its characters take at the
     * line's size, and never reaches into the next word of the line; the order is Tesseract's reading order. Words
     * that are only a ruling read as a letter are left out.
     */
    static List<Placed> place(List<OcrWord> words, List<RasterRulings.Line> lines, float scale) {
        Map<Integer, List<OcrWord>> byLine = new LinkedHashMap<>();
        for (OcrWord w : words) {
            if (!onRule(w, lines, scale) && codePoints(w.text()).length > 0) {
                byLine.computeIfAbsent(w.lineId(), k -> new ArrayList<>()).add(w);
            }
        }
        List<Placed> out = new ArrayList<>();
        for (List<OcrWord> line : byLine.values()) {
            float em = em(line);
            float[] bottoms = new float[line.size()];
            for (int i = 0; i < bottoms.length; i++) {
                bottoms[i] = line.get(i).bottom();
            }
            Arrays.sort(bottoms);
            float baseline = bottoms[bottoms.length / 2];
            for (int i = 0; i < line.size(); i++) {
                OcrWord w = line.get(i);
                double total = 0;
                for (int c : codePoints(w.text())) {
                    total += weight(c);
                }
                double left = w.left();
                double right = w.right();
                double natural = total * em;
                if (right - left > natural * 1.25) {
                    right = left + natural;
                }
                if (i + 1 < line.size()) {
                    int next = line.get(i + 1).left();
                    if (next > left && right > next) {
                        right = next;
                    }
                }
                out.add(new Placed(w, left, Math.max(right, left + 1), baseline, em));
            }
        }
        return out;
    }

    /**
     * The size of a line's text in pixels: the median height of its words with ideographs (about 0.92 em), else of
     * all its words (digits and letters stand about 0.72 em tall).
     */
    private static float em(List<OcrWord> words) {
        List<Integer> cjk = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (OcrWord w : words) {
            all.add(w.height());
            if (Arrays.stream(codePoints(w.text())).anyMatch(c -> weight(c) >= 1.0)) {
                cjk.add(w.height());
            }
        }
        List<Integer> use = cjk.isEmpty() ? all : cjk;
        Collections.sort(use);
        float h = use.get(use.size() / 2);
        return Math.max(1f, cjk.isEmpty() ? h / 0.72f : h / 0.92f);
    }

    /** The characters of one placed word, each with the word's confidence, or U+FFFD where it is unreadable. */
    static List<Glyph> glyphs(Placed p, float scale, int minConfidence, boolean unconfirmed) {
        OcrWord w = p.word();
        int[] cps = codePoints(w.text());
        List<Glyph> out = new ArrayList<>(cps.length);
        double total = 0;
        for (int c : cps) {
            total += weight(c);
        }
        float conf = Math.max(0f, Math.min(1f, w.confidence() / 100f));
        boolean low = w.confidence() < minConfidence || unconfirmed;
        double x = p.left();
        for (int c : cps) {
            double cw = (p.right() - p.left()) * weight(c) / total;
            boolean unreadable = low || SUSPECT.indexOf(c) >= 0;
            String text = unreadable ? Glyph.UNREADABLE : new String(Character.toChars(c));
            out.add(new Glyph(text, (float) (x / scale), p.baseline() / scale, (float) (cw / scale),
                    p.em() / scale * 0.8f, conf));
            x += cw;
        }
        return out;
    }

    /** The characters of a word, spaces left out. */
    static int[] codePoints(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
    }

    /** An ideograph or a full-width form takes a full em; a digit, letter or half-width sign about half of one. */
    static double weight(int c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF01 && c <= 0xFF60
                || c >= 0x3000 && c <= 0x303F ? 1.0 : 0.55;
    }

    /** A word of only bars or ls standing on a vertical rule is the rule read as a letter. */
    private static boolean onRule(OcrWord w, List<RasterRulings.Line> lines, float scale) {
        if (!w.text().matches("[|Il!丨]+")) {
            return false;
        }
        float cx = w.left() + w.width() / 2f;
        float cy = w.top() + w.height() / 2f;
        float tol = 2f * scale;
        for (RasterRulings.Line l : lines) {
            if (!l.horizontal() && cx >= l.x0() - tol && cx <= l.x1() + tol && cy >= l.y0() && cy <= l.y1()) {
                return true;
            }
        }
        return false;
    }
}
