package org.plancheck.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A second, independent reading of every number on a page. Tesseract's Chinese model reads a whole line at once and
 * can be confidently wrong about a number in it (a base value of 0.02 read as 0.68 at 90 %, measured on this
 * corpus). So the digits of each number it read are cut out of the page and read again, each on its own, by another
 * model (the English one, limited to digits, the decimal point and a dash). A number the two readings do not agree
 * on, digit for digit, is unreadable: its word becomes U+FFFD (never a guess, docs/domain.md, "What counts as read").
 */
final class Verifier {
    /** What the second reading may see: digits, the decimal point (or a comma for it) and a minus or range dash. */
    static final String DIGITS = "0123456789.,-";

    private Verifier() {
    }

    /**
     * The words of {@code placed} that hold a number the second reading did not confirm. Words already below the
     * confidence threshold are unreadable anyway and are not read again.
     */
    static Set<OcrWord> unconfirmed(Tesseract tess, BufferedImage page, List<OcrPage.Placed> placed,
                                    int minConfidence, int dpi, String name)
            throws IOException, InterruptedException {
        Set<OcrWord> out = new HashSet<>();
        List<OcrPage.Placed> numbers = new ArrayList<>();
        List<BufferedImage> crops = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        int threshold = Binary.threshold(page);
        for (OcrPage.Placed p : placed) {
            if (p.word().confidence() < minConfidence) {
                continue;
            }
            int[] s = span(p.word().text());
            if (s == null) {
                continue;
            }
            int y0 = clamp((int) Math.floor(p.baseline() - p.em() * 1.05), page.getHeight());
            int y1 = clamp((int) Math.ceil(p.baseline() + p.em() * 0.22), page.getHeight());
            double[] xs = inkSpan(page, p, s, y0, y1, threshold);
            double pad = p.em() * 0.12;
            int x0 = clamp((int) Math.floor(xs[0] - pad), page.getWidth());
            int x1 = clamp((int) Math.ceil(xs[1] + pad), page.getWidth());
            if (x1 - x0 < 2 || y1 - y0 < 2) {
                out.add(p.word());
                continue;
            }
            BufferedImage crop = normalised(page.getSubimage(x0, y0, x1 - x0, y1 - y0), threshold);
            if (crop == null) {
                out.add(p.word());
                continue;
            }
            numbers.add(p);
            crops.add(crop);
            expected.add(digits(substring(p.word().text(), s[0], s[1])));
        }
        List<List<OcrWord>> again = tess.readDigits(crops, dpi, name);
        for (int i = 0; i < numbers.size(); i++) {
            List<OcrWord> ws = new ArrayList<>(again.get(i));
            ws.sort((a, b) -> Integer.compare(a.left(), b.left()));
            StringBuilder b = new StringBuilder();
            ws.forEach(w -> b.append(w.text()));
            if (!expected.get(i).equals(digits(b.toString()))) {
                out.add(numbers.get(i).word());
            }
        }
        return out;
    }

    /**
     * The x extent (pixels) of the characters {@code s[0]} to {@code s[1]} of a placed word. When the word's ink
     * falls into as many separate runs of columns as it has characters (digits and signs usually do), the runs are
     * the characters; else the characters share the word's width by their kind ({@link OcrPage.Placed#span}).
     */
    static double[] inkSpan(BufferedImage page, OcrPage.Placed p, int[] s, int y0, int y1, int threshold) {
        int[] cps = OcrPage.codePoints(p.word().text());
        int x0 = clamp((int) Math.floor(p.left()), page.getWidth());
        int x1 = clamp((int) Math.ceil(p.right()), page.getWidth());
        List<int[]> runs = new ArrayList<>();
        var r = page.getRaster();
        int start = -1;
        int[] col = new int[Math.max(0, y1 - y0)];
        for (int x = x0; x <= x1; x++) {
            boolean ink = false;
            if (x < x1 && col.length > 0) {
                r.getSamples(x, y0, 1, y1 - y0, 0, col);
                for (int v : col) {
                    if (v < threshold) {
                        ink = true;
                        break;
                    }
                }
            }
            if (ink && start < 0) {
                start = x;
            } else if (!ink && start >= 0) {
                runs.add(new int[] {start, x});
                start = -1;
            }
        }
        if (runs.size() == cps.length) {
            return new double[] {runs.get(s[0])[0], runs.get(s[1] - 1)[1]};
        }
        return p.span(s[0], s[1]);
    }

    /** Height, in pixels, the digits are scaled to for the second reading (the English model reads them best so). */
    static final int DIGIT_HEIGHT = 20;

    /**
     * The crop cut down to its ink rows, scaled so that its digits stand {@value #DIGIT_HEIGHT} pixels tall (the
     * English model misread 「56.2」 as 「96.2」 and 「52」 as 「2」 at 36 px, read them right at 18–20 px: measured on
     * this corpus), on a white margin; null when there is no ink.
     */
    static BufferedImage normalised(BufferedImage crop, int threshold) {
        var r = crop.getRaster();
        int top = -1;
        int bottom = -1;
        int[] row = new int[crop.getWidth()];
        for (int y = 0; y < crop.getHeight(); y++) {
            r.getSamples(0, y, crop.getWidth(), 1, 0, row);
            for (int v : row) {
                if (v < threshold) {
                    if (top < 0) {
                        top = y;
                    }
                    bottom = y;
                    break;
                }
            }
        }
        if (top < 0) {
            return null;
        }
        int ink = bottom - top + 1;
        double scale = Math.max(0.25, Math.min(1.0, DIGIT_HEIGHT / (double) ink));
        int w = Math.max(1, (int) Math.round(crop.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(ink * scale));
        int margin = 12;
        BufferedImage out = new BufferedImage(w + 2 * margin, h + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                    java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(crop.getSubimage(0, top, crop.getWidth(), ink), margin, margin, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * The characters of {@code text} (as code point indices, from inclusive, to exclusive) from its first digit to
     * its last, with a minus sign right before the first; null when it holds no digit.
     */
    static int[] span(String text) {
        int[] cps = OcrPage.codePoints(text);
        int first = -1;
        int last = -1;
        for (int i = 0; i < cps.length; i++) {
            if (digit(cps[i]) >= 0) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        if (first > 0 && (cps[first - 1] == '-' || cps[first - 1] == '−' || cps[first - 1] == '－')) {
            first--;
        }
        return new int[] {first, last + 1};
    }

    /** The digits, decimal points and dashes of a reading, as ASCII (a comma read for a point counts as one). */
    static String digits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            int d = digit(c);
            if (d >= 0) {
                b.append((char) ('0' + d));
            } else if (c == '.' || c == ',' || c == '．' || c == '，') {
                b.append('.');
            } else if (c == '-' || c == '−' || c == '－' || c == '—' || c == '–' || c == '~' || c == '～') {
                b.append('-');
            }
        });
        return b.toString();
    }

    private static int digit(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return -1;
    }

    private static String substring(String text, int from, int to) {
        int[] cps = OcrPage.codePoints(text);
        return new String(cps, from, Math.min(to, cps.length) - from);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
