package org.plancheck.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Test PDFs drawn with PDFBox: a county plan with a ruled table drawn as stroked lines (the way WPS exports do),
 * an image-only scan, an encrypted draft.
 */
public final class DrawnPdf {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /** One table row as drawn: category (null under a merged cell), name lines, unit, base, target, attribute. */
    public record Row(String category, List<String> name, String unit, String base, String target, String attr) {
    }

    /** The rows of the drawn 双牌县 table; tests read their expectations from here. */
    public static final List<Row> SHUANGPAI_ROWS = List.of(
            new Row("经济发展", List.of("地区生产总值增长"), "%", "6.0", "5.5—6", "预期性"),
            new Row(null, List.of("数字经济核心产业增加值", "占GDP比重"), "%", "２.１", "５", "预期性"),
            new Row(null, List.of("城镇调查失业率"), "%", "5.3", "≤5.5", "预期性"),
            new Row("绿色生态", List.of("森林覆盖率"), "%", "７６.２", "７６.５", "约束性"),
            new Row(null, List.of("非化石能源占能源消费", "总量比重"), "%", "55", "60", "约束性"),
            new Row(null, List.of("粮食综合生产能力"), "万吨", "12.1", "12.5", "约束性"));

    private DrawnPdf() {
    }

    /** 双牌县 plan: title, a paragraph with targets, and a ruled table whose borders are stroked lines. */
    public static void shuangpai(Path out) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile()); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float h = PDRectangle.A4.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 16, 110, h - 80, "双牌县国民经济和社会发展第十五个五年规划纲要");
                text(cs, font, 12, 60, h - 130, "    到 2030 年，全县森林覆盖率稳定在 76.5% 以上，水电装机达到 85 MW，");
                text(cs, font, 12, 60, h - 148, "风电、光伏装机达到 42 万千瓦。");
                text(cs, font, 12, 230, h - 185, "双牌县“十五五”主要指标");
                float[] xs = {60, 130, 290, 340, 400, 470, 535};
                String[] header = {"类别", "指标", "单位", "基期值", "目标值", "属性"};
                float top = h - 200;
                float rowH = 22;
                float y = top;
                for (int c = 0; c < header.length; c++) {
                    text(cs, font, 10, xs[c] + 4, y - 15, header[c]);
                }
                float[] rowTops = new float[SHUANGPAI_ROWS.size() + 2];
                rowTops[0] = top;
                y -= rowH;
                rowTops[1] = y;
                for (int r = 0; r < SHUANGPAI_ROWS.size(); r++) {
                    Row row = SHUANGPAI_ROWS.get(r);
                    float height = row.name().size() > 1 ? 34 : rowH;
                    if (row.category() != null) {
                        text(cs, font, 10, xs[0] + 4, y - 15, row.category());
                    }
                    for (int k = 0; k < row.name().size(); k++) {
                        text(cs, font, 10, xs[1] + 4, y - 14 - 12 * k, row.name().get(k));
                    }
                    String[] rest = {row.unit(), row.base(), row.target(), row.attr()};
                    for (int c = 0; c < rest.length; c++) {
                        text(cs, font, 10, xs[c + 2] + 4, y - 15, rest[c]);
                    }
                    y -= height;
                    rowTops[r + 2] = y;
                }
                cs.setLineWidth(0.5f);
                // horizontal borders: the category column is merged over the rows of a category
                for (int r = 0; r < rowTops.length; r++) {
                    boolean categoryEdge = r <= 1 || r == rowTops.length - 1
                            || SHUANGPAI_ROWS.get(r - 1).category() != null;
                    line(cs, categoryEdge ? xs[0] : xs[1], rowTops[r], xs[xs.length - 1], rowTops[r]);
                }
                for (float x : xs) {
                    line(cs, x, top, x, y);
                }
            }
            doc.save(out.toFile());
        }
    }

    /** One page with one line of text. */
    public static void prose(Path out, String line) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile()); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 12, 50, 700, line);
            }
            doc.save(out.toFile());
        }
    }

    /** A page that is only a picture: no text layer. */
    public static void imageOnly(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(java.awt.Color.BLACK);
            for (int i = 20; i < 260; i += 12) {
                g.fillRect(20, i, 160, 4);
            }
            g.dispose();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /** The drawn county plan, encrypted with a user password. */
    public static void encrypted(Path out) throws IOException {
        Path plain = out.resolveSibling("plain-" + out.getFileName());
        shuangpai(plain);
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain.toFile())) {
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
            p.setEncryptionKeyLength(128);
            doc.protect(p);
            doc.save(out.toFile());
        }
    }

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }
}
