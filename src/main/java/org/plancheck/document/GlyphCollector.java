package org.plancheck.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions (top-left origin). The stripper's own text is not used:
 * lines, cells and spaces are rebuilt from positions, so LibreOffice's spaces between Chinese and digits never
 * reach the figures. A glyph without a Unicode mapping becomes U+FFFD, counted when judging the font encoding.
 */
final class GlyphCollector extends PDFTextStripper {
    private List<Glyph> glyphs = new ArrayList<>();

    GlyphCollector() throws IOException {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setSpacingTolerance(1.0f);
    }

    List<Glyph> collect(PDDocument doc, int page) throws IOException {
        glyphs = new ArrayList<>();
        setStartPage(page);
        setEndPage(page);
        writeText(doc, new java.io.Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition t : positions) {
            String u = t.getUnicode();
            if (u == null || u.isEmpty()) {
                u = "\uFFFD";
            }
            float h = t.getHeightDir() > 0 ? t.getHeightDir() : t.getFontSizeInPt();
            glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), h));
        }
    }
}
