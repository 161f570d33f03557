package org.plancheck.layout;

import java.util.List;
import org.plancheck.document.Glyph;

/** Glyphs of one line without a wide gap: one cell's text on that line. */
record Run(TextLine line, List<Glyph> glyphs, String text, float x, float right) {

    static Run of(TextLine line, List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && g.x() - prev.right() > Math.max(prev.height(), 4f) * 0.3f) {
                b.append(' ');
            }
            b.append(g.text());
            prev = g;
        }
        return new Run(line, List.copyOf(glyphs), b.toString(), glyphs.get(0).x(),
                glyphs.get(glyphs.size() - 1).right());
    }

    float center() {
        return (x + right) / 2;
    }

    float y() {
        return line.y();
    }

    float top() {
        return line.top();
    }

    float em() {
        return line.em();
    }
}
