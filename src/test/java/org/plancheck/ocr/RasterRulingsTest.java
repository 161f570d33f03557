package org.plancheck.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ruling lines and skew found in a page image; strokes of characters are not borders. */
class RasterRulingsTest {
    private static final float SCALE = 300 / 72f;

    /** A ruled table of 3 rows × 3 columns, 2 px lines, with short character-like strokes inside the cells. */
    static BufferedImage table() {
        BufferedImage img = new BufferedImage(1400, 900, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1400, 900);
        g.setColor(Color.BLACK);
        int[] ys = {100, 200, 300, 400};
        int[] xs = {100, 500, 800, 1200};
        for (int y : ys) {
            g.fillRect(100, y, 1101, 2);
        }
        for (int x : xs) {
            g.fillRect(x, 100, 2, 302);
        }
        // strokes of characters: vertical strokes of an em (about 42 px) that stop short of the rules
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 6; k++) {
                g.fillRect(130 + k * 45, ys[r] + 30, 4, 42);
                g.fillRect(120 + k * 45, ys[r] + 50, 30, 3);
            }
        }
        // a long line of text-like blobs with gaps
        for (int k = 0; k < 20; k++) {
            g.fillRect(100 + k * 50, 600, 40, 40);
        }
        g.dispose();
        return img;
    }

    @Test
    void bordersAreFoundAndStrokesAreNot() {
        List<RasterRulings.Line> lines = RasterRulings.find(table(), SCALE);
        long hs = lines.stream().filter(RasterRulings.Line::horizontal).count();
        long vs = lines.stream().filter(l -> !l.horizontal()).count();
        assertEquals(4, hs, lines.toString());
        assertEquals(4, vs, lines.toString());
        for (RasterRulings.Line l : lines) {
            if (!l.horizontal()) {
                assertTrue(l.y0() <= 102 && l.y1() >= 398, l.toString());
            }
        }
    }

    @Test
    void theImageTheRecogniserReadsHasNoBorders() {
        BufferedImage img = table();
        BufferedImage clean = RasterRulings.erase(img, RasterRulings.find(img, SCALE), SCALE);
        assertEquals(0xff, clean.getRaster().getSample(300, 200, 0));
        assertEquals(0xff, clean.getRaster().getSample(800, 350, 0));
        // the strokes inside the cells are still there
        assertEquals(0, clean.getRaster().getSample(131, 160, 0));
    }

    @Test
    void aSheetLaidAskewIsStraightened() {
        BufferedImage page = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1700, 2200);
        g.setColor(Color.BLACK);
        for (int y = 200; y < 2000; y += 60) {
            for (int x = 150; x < 1550; x += 45) {
                g.fillRect(x, y, 36, 36);
            }
        }
        g.dispose();
        assertEquals(0, Deskew.angle(page), 0.05);
        BufferedImage turned = Deskew.rotate(page, -0.8);
        double a = Deskew.angle(turned);
        assertEquals(0.8, Math.abs(a), 0.1, "found " + a);
        Deskew.Straightened st = Deskew.straighten(turned);
        assertEquals(0, Deskew.angle(st.image()), 0.1);
    }
}
