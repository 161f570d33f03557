package org.plancheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;

class PdfAnnotatorTest {
    private static final File FONT = new File("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    @TempDir
    Path dir;

    private static Finding finding(String rule, Severity s, String name, int page, String text) {
        return new Finding("plan.pdf", rule, s, "K", name, "「" + name + "」有问题。", "修改目标。", "专栏2", "", 
                new Evidence(page, text), null, null, null);
    }

    /** Three A4 pages: a title; an indicator table drawn cell by cell; full-width digits and signs. */
    private Path drawPlan() throws IOException {
        Assumptions.assumeTrue(FONT.isFile(), "needs the WenQuanYi Zen Hei font");
        Path pdf = dir.resolve("plan.pdf");
        try (TrueTypeCollection ttc = new TrueTypeCollection(FONT); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            String[][] pages = {
                {"72", "760", "16", "道县国民经济和社会发展第十五个五年规划纲要"}, {"72", "700", "12", "第一章 发展基础"},
            };
            PDPage p1 = new PDPage(PDRectangle.A4);
            doc.addPage(p1);
            try (PDPageContentStream c = new PDPageContentStream(doc, p1)) {
                for (String[] t : pages) {
                    text(c, font, Float.parseFloat(t[2]), Float.parseFloat(t[0]), Float.parseFloat(t[1]), t[3]);
                }
            }
            PDPage p2 = new PDPage(PDRectangle.A4);
            doc.addPage(p2);
            try (PDPageContentStream c = new PDPageContentStream(doc, p2)) {
                text(c, font, 12, 72, 560, "地区生产总值年均增长（%）");
                text(c, font, 12, 300, 560, "6.0");
                text(c, font, 12, 350, 560, "6.5左右");
                text(c, font, 12, 420, 560, "预期性");
                text(c, font, 12, 72, 500, "非化石能源消费比重（%）");
                text(c, font, 12, 300, 500, "25");
                text(c, font, 12, 350, 500, "30");
                text(c, font, 12, 420, 500, "约束性");
            }
            PDPage p3 = new PDPage(PDRectangle.A4);
            doc.addPage(p3);
            try (PDPageContentStream c = new PDPageContentStream(doc, p3)) {
                text(c, font, 14, 100, 400, "到 2030 年，森林覆盖率稳定在 ５６％ 以上。");
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static void text(PDPageContentStream c, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        c.beginText();
        c.setFont(font, size);
        c.newLineAtOffset(x, y);
        c.showText(s);
        c.endText();
    }

    /**
     * A finding whose evidence carries the reader's box is drawn there, even when its text is not found on the page
     * (a row rebuilt from cells the text search cannot join); on a page turned by /Rotate the displayed box is turned
     * back into the page's own coordinates.
     */
    @Test
    void drawsTheReadersBoxesUprightAndTurned() throws Exception {
        Path pdf = drawPlan();
        Finding boxed = new Finding("plan.pdf", "PC-STRICT", Severity.ERROR, "K", "城镇化率", "有问题。", "修改。", "专栏2",
                "", new Evidence(2, "不在此页的文字", null, List.of(new org.plancheck.model.Box(2, 72, 270, 400, 20))),
                null, null, null);
        Path out = dir.resolve("boxed.pdf");
        PdfAnnotator.Result r;
        try (OutputStream os = Files.newOutputStream(out)) {
            r = PdfAnnotator.annotate(pdf, List.of(boxed), os);
        }
        assertEquals(List.of(boxed), r.highlighted());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAnnotationHighlight h = assertInstanceOf(PDAnnotationHighlight.class,
                    doc.getPage(1).getAnnotations().get(0));
            // A4 is 841.89 pt high: displayed top 270..290 is user y 551.89..571.89 (quad points: upper-left, upper-right,
            // lower-left, lower-right; the rectangle is widened by the appearance)
            float[] q = h.getQuadPoints();
            assertEquals(72, q[0], 0.01);
            assertEquals(571.89, q[1], 0.01);
            assertEquals(472, q[2], 0.01);
            assertEquals(551.89, q[5], 0.01);
        }
        PDPage turned = new PDPage(new PDRectangle(0, 0, 600, 800));
        turned.setRotation(90);
        // displayed 800 wide, 600 high; the displayed top-left corner is the page's lower-left
        PDRectangle u = PdfAnnotator.toUser(turned, new org.plancheck.model.Box(1, 100, 50, 200, 10));
        assertEquals(50, u.getLowerLeftX(), 0.01);
        assertEquals(60, u.getUpperRightX(), 0.01);
        assertEquals(100, u.getLowerLeftY(), 0.01);
        assertEquals(300, u.getUpperRightY(), 0.01);
        turned.setRotation(270);
        u = PdfAnnotator.toUser(turned, new org.plancheck.model.Box(1, 100, 50, 200, 10));
        assertEquals(540, u.getLowerLeftX(), 0.01);
        assertEquals(550, u.getUpperRightX(), 0.01);
        assertEquals(500, u.getLowerLeftY(), 0.01);
        assertEquals(700, u.getUpperRightY(), 0.01);
    }

    @Test
    void highlightsEvidenceWhereItStandsAndNotesTheRest() throws Exception {
        Path pdf = drawPlan();
        Finding strict = finding("PC-STRICT", Severity.ERROR, "非化石能源占能源消费总量比重", 2,
                "非化石能源消费比重（%） 25 30 约束性");
        Finding forest = finding("PC-INFO", Severity.INFO, "森林覆盖率", 3, "森林覆盖率稳定在56%以上");
        Finding missing = finding("PC-COVERAGE", Severity.ERROR, "优良水体比例", 0, "");
        Finding elsewhere = finding("PC-STRICT", Severity.WARNING, "城镇化率", 2, "常住人口城镇化率 52");
        Path out = dir.resolve("plan-annotated.pdf");
        PdfAnnotator.Result r;
        try (OutputStream os = Files.newOutputStream(out)) {
            r = PdfAnnotator.annotate(pdf, List.of(strict, forest, missing, elsewhere), os);
        }
        assertEquals(List.of(strict, forest), r.highlighted());
        assertEquals(List.of(missing, elsewhere), r.notLocated());

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<PDAnnotation> p1 = doc.getPage(0).getAnnotations();
            assertEquals(1, p1.size(), "the missing indicator as a note on page 1");
            assertInstanceOf(PDAnnotationText.class, p1.get(0));
            assertTrue(p1.get(0).getContents().contains("优良水体比例"));

            List<PDAnnotation> p2 = doc.getPage(1).getAnnotations();
            assertEquals(3, p2.size(), "highlight, its popup, and a note for the text not found");
            PDAnnotationHighlight h = assertInstanceOf(PDAnnotationHighlight.class, p2.get(0));
            assertInstanceOf(PDAnnotationPopup.class, p2.get(1));
            assertInstanceOf(PDAnnotationText.class, p2.get(2));
            assertTrue(h.getContents().startsWith("[错误] PC-STRICT 非化石能源占能源消费总量比重"));
            float[] q = h.getQuadPoints();
            assertEquals(8, q.length, "one line");
            // the row is drawn from x=72 (name) to the end of 约束性 (x=420 + three 12pt glyphs), baseline y=500;
            // quad points: upper-left, upper-right, lower-left, lower-right
            assertEquals(72, q[0], 2);
            assertEquals(456, q[2], 3);
            assertTrue(q[5] < 500 && q[5] > 490, "below the baseline: " + q[5]);
            assertTrue(q[1] > 509 && q[1] < 518, "above the glyphs: " + q[1]);
            PDRectangle rect = h.getRectangle();
            assertTrue(rect.contains(q[0], q[1]) && rect.contains(q[6], q[7]), "rectangle holds the quad: " + rect);
            assertTrue(h.getAppearance() != null, "has an appearance so viewers and printers show it");

            List<PDAnnotation> p3 = doc.getPage(2).getAnnotations();
            assertEquals(2, p3.size());
            float[] f = ((PDAnnotationHighlight) p3.get(0)).getQuadPoints();
            // "到 2030 年，" precedes the match: it starts well right of x=100, on the y=400 line
            assertTrue(f[0] > 150 && f[0] < 260, "x " + f[0]);
            assertTrue(f[5] < 400 && f[1] > 410, "y " + f[5] + ".." + f[1]);
        }
        Files.copy(out, Path.of(System.getProperty("java.io.tmpdir"), "plancheck-annotated.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void normalizationFoldsFullWidthAndSpaces() {
        assertEquals("森林覆盖率(%)5556", PdfAnnotator.normalize("森林覆盖率（％） ５５　５６"));
    }
}
