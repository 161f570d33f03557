package org.plancheck.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * Straightens a scanned page turned by a small angle (a sheet laid slightly askew on the scanner). Without it the
 * words of one table row stand at different heights across the page (1° over a 450 pt row is 8 pt) and rows would
 * be rebuilt from the wrong cells. The angle is the one that makes the dark pixels fall into the sharpest rows
 * (projection profile, the usual method), searched within ±{@value #MAX_DEGREES}°.
 */
final class Deskew {
    /** Largest skew corrected; a page turned further is read as it is (its lines will not rebuild). */
    static final double MAX_DEGREES = 5.0;
    /** Below this a page counts as straight: turning it would only blur it. */
    static final double MIN_DEGREES = 0.05;

    private Deskew() {
    }

    /** The page's skew in degrees: positive when its lines rise to the right. */
    static double angle(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int step = Math.max(1, w / 800);
        int threshold = Binary.threshold(grey);
        // the dark pixels, sampled on a coarse grid (enough to find the lines, fast)
        int[] xs = new int[1 << 16];
        int[] ys = new int[1 << 16];
        int n = 0;
        var r = grey.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y += step) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += step) {
                if (row[x] < threshold) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 100) {
            return 0;
        }
        double best = 0;
        double bestScore = score(xs, ys, n, 0, h, step);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, a, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.01) {
            double s = score(xs, ys, n, a, h, step);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /** How sharply the dark pixels fall into rows once the page is turned back by {@code degrees}. */
    private static double score(int[] xs, int[] ys, int n, double degrees, int h, int step) {
        double t = Math.tan(Math.toRadians(degrees));
        int bins = h / step + 1;
        int margin = (int) (Math.abs(t) * 3000 / step) + 2;
        int[] hist = new int[bins + 2 * margin];
        for (int i = 0; i < n; i++) {
            int y = (int) Math.round((ys[i] + xs[i] * t) / step) + margin;
            if (y >= 0 && y < hist.length) {
                hist[y]++;
            }
        }
        double s = 0;
        for (int i = 1; i < hist.length; i++) {
            double d = hist[i] - hist[i - 1];
            s += d * d;
        }
        return s;
    }

    /** The page turned back by {@code degrees} about its centre, white where nothing was; the same size. */
    static BufferedImage rotate(BufferedImage grey, double degrees) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // lines that rise to the right (y falls as x grows) come level when turned clockwise on screen, which
            // in Java2D's y-down space is a positive angle
            g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), grey.getWidth() / 2.0,
                    grey.getHeight() / 2.0), null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The page straightened when it is skewed by more than {@link #MIN_DEGREES}, else as it is. */
    static Straightened straighten(BufferedImage grey) {
        double a = angle(grey);
        if (Math.abs(a) < MIN_DEGREES) {
            return new Straightened(grey, 0);
        }
        return new Straightened(rotate(grey, a), a);
    }

    /** A page image and the angle it was turned back by (0 when it was straight). */
    record Straightened(BufferedImage image, double degrees) {
    }
}
