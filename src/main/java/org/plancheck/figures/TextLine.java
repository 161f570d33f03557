package org.plancheck.figures;

import java.util.List;
import org.plancheck.document.Glyph;

/** Glyphs that share a baseline, left to right, with their text (a space where the gap is wide). */
record TextLine(int page, List<Glyph> glyphs, String text, float y, float x, float right) {

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

    float height() {
        return glyphs.stream().map(Glyph::height).max(Float::compare).orElse(10f);
    }
}
