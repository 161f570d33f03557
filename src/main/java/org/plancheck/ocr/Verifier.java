package org.plancheck.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A second, independent reading of every number on a page. Tesseract's Chinese model reads a whole line at once and
 * can be confidently wrong about a number in it (a base value of 0.02 read as 0.68 at 90 %, measured on this
 * corpus). So the digits of each number it read are cut out of the page, stacked one under the other on a strip,
 * and read again by another model (the English one, limited to digits and the decimal point) without their line.
 * A number the two readings do not agree on, digit for digit, is unreadable: its word becomes U+FFFD (never a guess,
 * docs/domain.md, "What counts as read").
 */
final class Verifier {
    /** What the second reading may see: digits, the decimal point (or a comma for it) and a minus or range dash. */
    static final String DIGITS = "0123456789.,-";

    private Verifier() {
    }

    /** A number's digits cut out of the page: which word, where on the strip. */
    private record Crop(OcrPage.Placed placed, String digits, int top, int bottom) {
    }

    /**
     * The words of {@code placed} that hold a number the second reading did not confirm. Words already below the
     * confidence threshold are unreadable anyway and are not read again.
     */
    static Set<OcrWord> unconfirmed(Tesseract tess, BufferedImage page, List<OcrPage.Placed> placed,
                                    int minConfidence, int dpi, String name)
            throws IOException, InterruptedException {
        List<OcrPage.Placed> numbers = new ArrayList<>();
        for (OcrPage.Placed p : placed) {
            if (p.word().confidence() >= minConfidence && span(p.word().text()) != null) {
                numbers.add(p);
            }
        }
        Set<OcrWord> out = new HashSet<>();
        if (numbers.isEmpty()) {
            return out;
        }
        int margin = Math.max(20, dpi / 10);
        List<BufferedImage> pieces = new ArrayList<>();
        List<Crop> crops = new ArrayList<>();
        int y = margin;
        int width = 0;
        for (OcrPage.Placed p : numbers) {
            int[] s = span(p.word().text());
            double[] xs = p.span(s[0], s[1]);
            double padX = p.em() * 0.12;
            int x0 = clamp((int) Math.floor(xs[0] - padX), page.getWidth());
            int x1 = clamp((int) Math.ceil(xs[1] + padX), page.getWidth());
            int y0 = clamp((int) Math.floor(p.baseline() - p.em() * 1.05), page.getHeight());
            int y1 = clamp((int) Math.ceil(p.baseline() + p.em() * 0.22), page.getHeight());
            if (x1 - x0 < 2 || y1 - y0 < 2) {
                out.add(p.word());
                continue;
            }
            BufferedImage piece = page.getSubimage(x0, y0, x1 - x0, y1 - y0);
            pieces.add(piece);
            crops.add(new Crop(p, digits(substring(p.word().text(), s[0], s[1])), y, y + piece.getHeight()));
            width = Math.max(width, piece.getWidth());
            y += piece.getHeight() + Math.max(margin, piece.getHeight());
        }
        if (crops.isEmpty()) {
            return out;
        }
        BufferedImage strip = new BufferedImage(width + 2 * margin, y + margin, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = strip.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, strip.getWidth(), strip.getHeight());
            for (int i = 0; i < crops.size(); i++) {
                g.drawImage(pieces.get(i), margin, crops.get(i).top(), null);
            }
        } finally {
            g.dispose();
        }
        List<OcrWord> read = tess.readDigits(strip, dpi, name);
        List<List<OcrWord>> perCrop = new ArrayList<>();
        crops.forEach(c -> perCrop.add(new ArrayList<>()));
        for (OcrWord w : read) {
            double cy = w.top() + w.height() / 2.0;
            for (int i = 0; i < crops.size(); i++) {
                Crop c = crops.get(i);
                if (cy >= c.top() - margin / 2.0 && cy <= c.bottom() + margin / 2.0) {
                    perCrop.get(i).add(w);
                    break;
                }
            }
        }
        for (int i = 0; i < crops.size(); i++) {
            List<OcrWord> ws = perCrop.get(i);
            ws.sort((a, b) -> Integer.compare(a.left(), b.left()));
            StringBuilder again = new StringBuilder();
            ws.forEach(w -> again.append(w.text()));
            if (!crops.get(i).digits().equals(digits(again.toString()))) {
                out.add(crops.get(i).placed().word());
            }
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

    /** The digits, decimal points and minus signs of a reading, as ASCII (a comma read for a point counts as one). */
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
