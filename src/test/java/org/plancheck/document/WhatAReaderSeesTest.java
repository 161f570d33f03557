package org.plancheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only what a reader sees counts as read (docs/domain.md): each way of hiding text is dropped and counted, a page
 * tree that disagrees with itself is refused, and text stored rotated reads upright.
 */
class WhatAReaderSeesTest {
    static final String LINE = "森林覆盖率稳定在百分之五十七以上，粮食综合生产能力保持稳定，生态环境持续改善";

    @TempDir
    Path tmp;

    /** How one line of text is drawn on an A4 page. */
    interface Draw {
        void on(PDPageContentStream cs, PDType0Font font) throws IOException;
    }

    Path page(String name, Draw draw) throws IOException {
        Path out = tmp.resolve(name + ".pdf");
        try (TrueTypeCollection ttc = new TrueTypeCollection(DrawnPdf.FONT.toFile()); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw.on(cs, font);
            }
            doc.save(out.toFile());
        }
        return out;
    }

    static void line(PDPageContentStream cs, PDType0Font font, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(LINE);
        cs.endText();
    }

    static PageContent read(Path pdf) throws Exception {
        try (PdfDocument d = PdfDocument.open(pdf)) {
            return d.page(1, Cancellation.none()).get(0);
        }
    }

    static String text(PageContent p) {
        StringBuilder b = new StringBuilder();
        p.glyphs().forEach(g -> b.append(g.text()));
        return b.toString();
    }

    @Test
    void visibleTextIsRead() throws Exception {
        PageContent p = read(page("plain", (cs, f) -> line(cs, f, 60, 700)));
        assertEquals(LINE, text(p));
        assertEquals(0, p.hiddenGlyphs());
    }

    @Test
    void invisibleRenderModeIsNotText() throws Exception {
        PageContent p = read(page("tr3", (cs, f) -> {
            cs.setRenderingMode(RenderingMode.NEITHER);
            line(cs, f, 60, 700);
        }));
        assertEquals("", text(p));
        assertEquals(LINE.length(), p.hiddenGlyphs());
    }

    @Test
    void textOutsideThePageIsNotText() throws Exception {
        PageContent p = read(page("offpage", (cs, f) -> line(cs, f, 9000, 9000)));
        assertEquals("", text(p));
        assertTrue(p.hiddenGlyphs() > 0);
    }

    @Test
    void clippedTextIsNotText() throws Exception {
        PageContent p = read(page("clipped", (cs, f) -> {
            cs.addRect(0, 0, 1, 1);
            cs.clip();
            line(cs, f, 60, 700);
        }));
        assertEquals("", text(p));
    }

    @Test
    void whiteOnWhiteIsNotTextButWhiteOnDarkIs() throws Exception {
        PageContent white = read(page("white", (cs, f) -> {
            cs.setNonStrokingColor(1f, 1f, 1f);
            line(cs, f, 60, 700);
        }));
        assertEquals("", text(white));
        PageContent header = read(page("shaded", (cs, f) -> {
            cs.setNonStrokingColor(0.1f, 0.2f, 0.5f);
            cs.addRect(50, 690, 500, 20);
            cs.fill();
            cs.setNonStrokingColor(1f, 1f, 1f);
            line(cs, f, 60, 700);
        }));
        assertEquals(LINE, text(header), "white text on a dark table header is seen");
    }

    @Test
    void aPageOfHiddenTextMakesTheDocumentUnreadable() throws Exception {
        Path pdf = page("hidden", (cs, f) -> {
            cs.setRenderingMode(RenderingMode.NEITHER);
            for (int i = 0; i < 4; i++) {
                line(cs, f, 60, 700 - 20 * i);
            }
        });
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfPages.read(pdf, 10));
        assertTrue(e.getMessage().contains("看不见") || e.getMessage().contains("不可见"), e.getMessage());
    }

    @Test
    void textStoredRotatedWithTheRotateKeyReadsUpright() throws Exception {
        Path pdf = page("rotated", (cs, f) -> {
            // drawn running up the page: the page is then displayed turned by /Rotate 90
            cs.beginText();
            cs.setFont(f, 12);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 300, 100));
            cs.showText(LINE);
            cs.endText();
        });
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            doc.getPage(0).setRotation(90);
            doc.save(pdf.toFile());
        }
        PageContent p = read(pdf);
        assertEquals(LINE, text(p));
        // upright: the glyphs run left to right on one baseline
        List<Glyph> g = p.glyphs();
        assertTrue(g.get(1).x() > g.get(0).x());
        assertEquals(g.get(0).y(), g.get(g.size() - 1).y(), 0.5);
    }

    @Test
    void sidewaysTextOnAnUprightPageGetsAFrameOfItsOwn() throws Exception {
        Path pdf = page("sideways", (cs, f) -> {
            line(cs, f, 60, 780);
            for (int i = 0; i < 3; i++) {
                cs.beginText();
                cs.setFont(f, 12);
                cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, 200 + 20 * i, 100));
                cs.showText(LINE);
                cs.endText();
            }
        });
        try (PdfDocument d = PdfDocument.open(pdf)) {
            List<PageContent> frames = d.page(1, Cancellation.none());
            assertEquals(2, frames.size(), "an upright frame and a turned one");
            assertTrue(text(frames.get(1)).contains(LINE));
        }
    }

    @Test
    void aPageTreeThatDeclaresFewerPagesThanItHoldsIsRefused() throws Exception {
        Path pdf = tmp.resolve("count.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 4; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES).setInt(COSName.COUNT, 2);
            doc.save(pdf.toFile());
        }
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfDocument.open(pdf).close());
        assertTrue(e.getMessage().contains("页面树"), e.getMessage());
    }

    @Test
    void skewedTextIsNotRead() throws Exception {
        PageContent p = read(page("skewed", (cs, f) -> {
            cs.beginText();
            cs.setFont(f, 12);
            cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(7), 60, 600));
            cs.showText(LINE);
            cs.endText();
        }));
        assertFalse(text(p).contains("森林"));
        assertTrue(p.skewedGlyphs() > 0);
    }
}
