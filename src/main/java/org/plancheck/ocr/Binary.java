package org.plancheck.ocr;

import java.awt.image.BufferedImage;

/** Dark and light on a grey page. */
final class Binary {
    private Binary() {
    }

    /**
     * The grey level below which a pixel is ink (Otsu's threshold over the page's histogram), kept within 96–208 so
     * that a nearly blank page or a page of solid fill does not move it to an absurd level.
     */
    static int threshold(BufferedImage grey) {
        long[] hist = new long[256];
        var r = grey.getRaster();
        int w = grey.getWidth();
        int[] row = new int[w];
        int step = Math.max(1, grey.getHeight() / 1200);
        for (int y = 0; y < grey.getHeight(); y += step) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) {
                hist[v & 0xff]++;
            }
        }
        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int at = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) {
                continue;
            }
            long wF = total - wB;
            if (wF == 0) {
                break;
            }
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                at = t;
            }
        }
        return Math.max(96, Math.min(208, at + 1));
    }
}
