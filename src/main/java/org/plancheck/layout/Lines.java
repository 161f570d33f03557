package org.plancheck.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plancheck.document.Glyph;

/** Groups glyphs into lines by baseline. */
final class Lines {
    private Lines() {
    }

    static List<TextLine> of(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float base = Float.NaN;
        for (Glyph g : sorted) {
            float tol = Math.max(g.height() * 0.45f, 1.5f);
            if (!current.isEmpty() && Math.abs(g.y() - base) > tol) {
                lines.add(finish(page, current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                base = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(finish(page, current));
        }
        return lines;
    }

    private static TextLine finish(int page, List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return TextLine.of(page, glyphs);
    }
}
