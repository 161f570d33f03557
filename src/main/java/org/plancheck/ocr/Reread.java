package org.plancheck.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A second look at the parts of a page tesseract was unsure of. Read as a whole page, a table's rows come out as
 * long lines whose cells the recogniser reads together, and their words often come with low confidence (「地区生产总值增长」
 * read as 「地区生7是值章长」 on this corpus) where the same cell read on its own comes out right and sure. So each
 * line is cut at wide gaps into segments (a table's cells, or a line of text), the segments holding a word below the
 * confidence threshold are cut out and read again, each on its own as one line of text; a segment's second reading
 * replaces the first when its least confident word is more confident than the first reading's. Nothing is guessed:
 * both are readings of the same pixels, and the threshold and the number check ({@link Verifier}) apply to whichever
 * is kept.
 */
final class Reread {
    /** A gap wider than this (in ems) between two words of a line separates two segments (two cells). */
    static final double GAP = 1.2;

    private Reread() {
    }

    /** A segment cut out at (x0, y0)–(x1, y1), framed by {@code top} pixels of white on every side. */
    private record Segment(List<OcrPage.Placed> words, int x0, int y0, int x1, int y1, int top) {
        float min() {
            float m = Float.MAX_VALUE;
            for (OcrPage.Placed p : words) {
                m = Math.min(m, p.word().confidence());
            }
            return m;
        }
    }

    /**
     * The words of the page with each uncertain segment read again, the more confident reading kept. The words come
     * back in reading order, placed anew by the caller.
     */
    static List<OcrWord> reread(Tesseract tess, BufferedImage page, List<OcrPage.Placed> placed, int minConfidence,
                                int dpi, String name) throws IOException, InterruptedException {
        List<List<OcrPage.Placed>> segments = new ArrayList<>();
        List<OcrPage.Placed> cur = new ArrayList<>();
        for (OcrPage.Placed p : placed) {
            if (!cur.isEmpty()) {
                OcrPage.Placed prev = cur.get(cur.size() - 1);
                boolean sameLine = prev.word().lineId() == p.word().lineId();
                if (!sameLine || p.left() - prev.right() > GAP * p.em()) {
                    segments.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(p);
        }
        if (!cur.isEmpty()) {
            segments.add(cur);
        }
        List<Segment> unsure = new ArrayList<>();
        List<BufferedImage> pieces = new ArrayList<>();
        for (List<OcrPage.Placed> s : segments) {
            boolean low = s.stream().anyMatch(p -> p.word().confidence() < minConfidence);
            if (!low) {
                continue;
            }
            OcrPage.Placed first = s.get(0);
            OcrPage.Placed last = s.get(s.size() - 1);
            float em = first.em();
            int x0 = clamp((int) Math.floor(first.left() - 0.15 * em), page.getWidth());
            int x1 = clamp((int) Math.ceil(last.right() + 0.15 * em), page.getWidth());
            int y0 = clamp((int) Math.floor(first.baseline() - 1.1 * em), page.getHeight());
            int y1 = clamp((int) Math.ceil(first.baseline() + 0.2 * em), page.getHeight());
            if (x1 - x0 < 2 || y1 - y0 < 2) {
                continue;
            }
            int margin = (int) Math.ceil(0.3 * em);
            unsure.add(new Segment(s, x0, y0, x1, y1, margin));
            pieces.add(framed(page.getSubimage(x0, y0, x1 - x0, y1 - y0), margin));
        }
        List<OcrWord> out = new ArrayList<>();
        if (unsure.isEmpty()) {
            placed.forEach(p -> out.add(p.word()));
            return out;
        }
        List<List<OcrWord>> per = tess.readLines(pieces, dpi, name);
        java.util.Map<OcrPage.Placed, List<OcrWord>> replace = new java.util.HashMap<>();
        for (int i = 0; i < unsure.size(); i++) {
            Segment s = unsure.get(i);
            List<OcrWord> ws = new ArrayList<>(per.get(i));
            if (ws.isEmpty()) {
                continue;
            }
            float min = Float.MAX_VALUE;
            for (OcrWord w : ws) {
                min = Math.min(min, w.confidence());
            }
            if (min <= s.min()) {
                continue;
            }
            ws.sort((a, b) -> Integer.compare(a.left(), b.left()));
            OcrWord model = s.words().get(0).word();
            List<OcrWord> moved = new ArrayList<>();
            for (OcrWord w : ws) {
                int dx = s.x0() - s.top();
                int dy = s.y0() - s.top();
                moved.add(new OcrWord(w.text(), w.left() + dx, w.top() + dy, w.width(), w.height(), w.confidence(),
                        model.line(), model.lineId()));
            }
            replace.put(s.words().get(0), moved);
            for (int k = 1; k < s.words().size(); k++) {
                replace.put(s.words().get(k), List.of());
            }
        }
        for (OcrPage.Placed p : placed) {
            List<OcrWord> r = replace.get(p);
            if (r == null) {
                out.add(p.word());
            } else {
                out.addAll(r);
            }
        }
        return out;
    }

    /** The crop on a white margin: tesseract reads a line best with some paper around it. */
    private static BufferedImage framed(BufferedImage crop, int margin) {
        BufferedImage out = new BufferedImage(crop.getWidth() + 2 * margin, crop.getHeight() + 2 * margin,
                BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(crop, margin, margin, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }
}
