package org.plancheck.layout;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.document.Glyph;

/** Glyphs that share a baseline, left to right, with their text (a space where the gap is wide). */
public record TextLine(int page, List<Glyph> glyphs, String text, float y, float x, float right) {

    static TextLine of(int page, List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                float em = Math.max(prev.height(), 4f);
                if (gap > em * 0.6f) {
                    b.append(' ');
                }
            }
            b.append(g.text());
            prev = g;
        }
        Glyph first = glyphs.get(0);
        Glyph last = glyphs.get(glyphs.size() - 1);
        return new TextLine(page, List.copyOf(glyphs), b.toString(), first.y(), first.x(), last.right());
    }

    /**
     * The confidence of each character of {@link #text()} (0–1; a space inserted at a gap takes the lower of its
     * neighbours'), built the same way as the text.
     */
    float[] confidences() {
        float[] out = new float[text.length()];
        int k = 0;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null) {
                float gap = g.x() - prev.right();
                float em = Math.max(prev.height(), 4f);
                if (gap > em * 0.6f && k < out.length) {
                    out[k++] = Math.min(prev.confidence(), g.confidence());
                }
            }
            for (int i = 0; i < g.text().length() && k < out.length; i++) {
                out[k++] = g.confidence();
            }
            prev = g;
        }
        return out;
    }

    /** Whether any glyph of the line was read with less than full confidence (by OCR). */
    boolean uncertain() {
        for (Glyph g : glyphs) {
            if (g.confidence() < 1f) {
                return true;
            }
        }
        return false;
    }

    /** The tallest glyph's height (about 0.8 em). */
    public float height() {
        float h = 0;
        for (Glyph g : glyphs) {
            h = Math.max(h, g.height());
        }
        return h <= 0 ? 10f : h;
    }

    /** The font size, estimated from the glyph heights. */
    public float em() {
        return height() / 0.8f;
    }

    /** Top of the line's glyphs. */
    public float top() {
        return y - height();
    }

    /**
     * The line cut into runs at gaps wider than {@code gapEm} ems: one table cell's text on this line each. A normal
     * word space (「单位 GDP 二氧化碳」) stays inside a run.
     */
    List<Run> runs(float gapEm) {
        List<Run> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float limit = em() * gapEm;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && g.x() - prev.right() > limit) {
                out.add(Run.of(this, cur));
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(Run.of(this, cur));
        }
        return out;
    }
}
