package org.plancheck.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Two versions of one county's draft, drawn with PDFBox (a ruled indicator table), for the tests of "what changed":
 * the revised one fixes the forest target (below its own base in the first) and weakens the unemployment ceiling;
 * the non-fossil share stays too low in both.
 */
final class Drafts {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");

    /** category (null under the one above), name, unit, base, target, attribute. */
    record Row(String category, String name, String unit, String base, String target, String attr) {
    }

    static final List<Row> FIRST = List.of(
            new Row("经济发展", "地区生产总值增长", "%", "6.0", "5.5—6", "预期性"),
            new Row(null, "城镇调查失业率", "%", "5.3", "≤5.5", "预期性"),
            new Row("绿色生态", "森林覆盖率", "%", "62", "60", "约束性"),
            new Row(null, "非化石能源占能源消费总量比重", "%", "30", "32", "约束性"),
            new Row(null, "粮食综合生产能力", "万吨", "40", "41", "约束性"));

    static final List<Row> REVISED = List.of(
            new Row("经济发展", "地区生产总值增长", "%", "6.0", "5.5—6", "预期性"),
            new Row(null, "城镇调查失业率", "%", "5.3", "≤6", "约束性"),
            new Row("绿色生态", "森林覆盖率", "%", "62", "63", "约束性"),
            new Row(null, "非化石能源占能源消费总量比重", "%", "30", "32", "约束性"),
            new Row(null, "粮食综合生产能力", "万吨", "40", "41", "约束性"));

    private Drafts() {
    }

    /** 宁远县's general plan with {@code rows} in its main-indicator table. */
    static void ningyuan(Path out, List<Row> rows) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile()); PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float h = PDRectangle.A4.getHeight();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 16, 110, h - 80, "宁远县国民经济和社会发展第十五个五年规划纲要");
                text(cs, font, 12, 230, h - 130, "宁远县“十五五”主要指标");
                float[] xs = {50, 120, 320, 370, 430, 500, 560};
                String[] header = {"类别", "指标", "单位", "基期值", "目标值", "属性"};
                float top = h - 145;
                float rowH = 22;
                float y = top;
                for (int c = 0; c < header.length; c++) {
                    text(cs, font, 10, xs[c] + 4, y - 15, header[c]);
                }
                y -= rowH;
                float[] tops = new float[rows.size() + 2];
                tops[0] = top;
                tops[1] = y;
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    String[] cells = {row.category(), row.name(), row.unit(), row.base(), row.target(), row.attr()};
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] != null) {
                            text(cs, font, 10, xs[c] + 4, y - 15, cells[c]);
                        }
                    }
                    y -= rowH;
                    tops[r + 2] = y;
                }
                cs.setLineWidth(0.5f);
                for (int r = 0; r < tops.length; r++) {
                    boolean categoryEdge = r <= 1 || r == tops.length - 1 || rows.get(r - 1).category() != null;
                    line(cs, categoryEdge ? xs[0] : xs[1], tops[r], xs[xs.length - 1], tops[r]);
                }
                for (float x : xs) {
                    line(cs, x, top, x, y);
                }
            }
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

    /** Writes both versions to a folder (for a look by hand): java … Drafts DIR. */
    public static void main(String[] args) throws IOException {
        ningyuan(Path.of(args[0], "v1.pdf"), FIRST);
        ningyuan(Path.of(args[0], "v2.pdf"), REVISED);
    }
}
