import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.fontbox.ttf.TrueTypeCollection;

/**
 * Draws sample plans directly with PDFBox, the way some offices' export tools do: text runs placed line by line
 * and tables as ruling lines (or as plain aligned columns without any line).
 *
 * <pre>
 * java -cp PDFBOX_JARS DrawPlan.java draw LAYOUT.txt OUT.pdf
 * java -cp PDFBOX_JARS DrawPlan.java images OUT.pdf PAGE1.png PAGE2.png ...
 * </pre>
 *
 * LAYOUT.txt is written by make_samples.py, one block a line, tab-separated:
 * T title, C centred line, H chapter, S section, P paragraph, N note, BR page break,
 * TABLE ruled|plain repeat|norepeat w1,w2,..., HR header cells, R row cells (a literal \n breaks a cell), END.
 */
public class DrawPlan {
    static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
    static final float MARGIN = 64, TOP = 780, BOTTOM = 64;

    final PDDocument doc;
    final PDFont font;
    PDPageContentStream cs;
    float y;
    final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

    DrawPlan(PDDocument doc, PDFont font) {
        this.doc = doc;
        this.font = font;
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("draw")) {
            List<String> lines = Files.readAllLines(new File(args[1]).toPath(), StandardCharsets.UTF_8);
            try (TrueTypeCollection ttc = new TrueTypeCollection(new File(FONT)); PDDocument doc = new PDDocument()) {
                PDFont font = PDType0Font.load(doc, ttc.getFontByName("WenQuanYiZenHei"), true);
                DrawPlan d = new DrawPlan(doc, font);
                d.newPage();
                d.layout(lines);
                d.cs.close();
                doc.getDocumentInformation().setCreator("plan drafting office");
                doc.save(new File(args[2]));
            }
        } else if (args.length >= 3 && args[0].equals("images")) {
            try (PDDocument doc = new PDDocument()) {
                for (int i = 2; i < args.length; i++) {
                    PDImageXObject img = PDImageXObject.createFromFile(args[i], doc);
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                        c.drawImage(img, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
                doc.save(new File(args[1]));
            }
        } else {
            System.err.println("usage: DrawPlan draw LAYOUT.txt OUT.pdf | images OUT.pdf PNG...");
            System.exit(2);
        }
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        cs = new PDPageContentStream(doc, p);
        y = TOP;
        int n = doc.getNumberOfPages();
        text("— " + n + " —", PDRectangle.A4.getWidth() / 2 - 14, 36, 9);
    }

    void text(String s, float x, float yy, float size) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
    }

    float w(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Breaks text into lines no wider than max (character by character: Chinese has no spaces). */
    List<String> wrap(String s, float size, float max) throws IOException {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\\\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                if (w(line + ch, size) > max && line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                line.append(ch);
                i += Character.charCount(cp);
            }
            out.add(line.toString());
        }
        return out;
    }

    void need(float h) throws IOException {
        if (y - h < BOTTOM) {
            newPage();
        }
    }

    void para(String s, float size, float indent, boolean centre, float after) throws IOException {
        float lead = size * 1.6f;
        List<String> ls = wrap(s, size, width - indent);
        for (int i = 0; i < ls.size(); i++) {
            need(lead);
            y -= lead;
            String l = ls.get(i);
            float x = centre ? (PDRectangle.A4.getWidth() - w(l, size)) / 2 : MARGIN + (i == 0 ? indent : 0);
            text(l, x, y, size);
        }
        y -= after;
    }

    void layout(List<String> lines) throws IOException {
        for (int i = 0; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            switch (f[0]) {
                case "T" -> para(f[1], 18, 0, true, 10);
                case "C" -> para(f[1], 11, 0, true, 6);
                case "H" -> { need(60); y -= 8; para(f[1], 15, 0, true, 6); }
                case "S" -> { need(40); para(f[1], 12.5f, 0, false, 3); }
                case "P" -> para(f[1], 11, 22, false, 2);
                case "N" -> para(f[1], 9.5f, 0, false, 4);
                case "BR" -> newPage();
                case "TABLE" -> {
                    List<String[]> header = new ArrayList<>();
                    List<String[]> rows = new ArrayList<>();
                    int j = i + 1;
                    for (; !lines.get(j).equals("END"); j++) {
                        String[] r = lines.get(j).split("\t", -1);
                        String[] cells = java.util.Arrays.copyOfRange(r, 1, r.length);
                        (r[0].equals("HR") ? header : rows).add(cells);
                    }
                    i = j;
                    String[] ws = f[3].split(",");
                    float[] widths = new float[ws.length];
                    float sum = 0;
                    for (String s : ws) {
                        sum += Float.parseFloat(s);
                    }
                    for (int k = 0; k < ws.length; k++) {
                        widths[k] = Float.parseFloat(ws[k]) / sum * width;
                    }
                    table(f[1].equals("ruled"), f[2].equals("repeat"), widths, header, rows);
                }
                default -> throw new IllegalArgumentException("line " + (i + 1) + ": " + lines.get(i));
            }
        }
    }

    void table(boolean ruled, boolean repeat, float[] widths, List<String[]> header, List<String[]> rows)
            throws IOException {
        float size = 10, lead = 13.5f, pad = 4;
        y -= 4;
        boolean first = true;
        float top = y;
        List<String[]> all = new ArrayList<>(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            String[] cells = all.get(r);
            List<List<String>> wrapped = new ArrayList<>();
            int n = 1;
            for (int c = 0; c < widths.length; c++) {
                List<String> l = wrap(c < cells.length ? cells[c] : "", size, widths[c] - 2 * pad);
                wrapped.add(l);
                n = Math.max(n, l.size());
            }
            float h = n * lead + 2 * pad;
            if (y - h < BOTTOM) {
                if (ruled) {
                    hline(y);
                    vlines(top, y, widths);
                }
                newPage();
                top = y;
                if (repeat && r >= header.size()) {
                    for (String[] hc : header) {
                        y = drawRow(hc, widths, size, lead, pad, ruled);
                    }
                }
            }
            if (ruled && y == top) {
                hline(y);
            }
            y = drawRow(cells, widths, size, lead, pad, ruled);
            first = false;
        }
        if (ruled) {
            vlines(top, y, widths);
        }
        y -= 6;
    }

    float drawRow(String[] cells, float[] widths, float size, float lead, float pad, boolean ruled) throws IOException {
        int n = 1;
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            List<String> l = wrap(c < cells.length ? cells[c] : "", size, widths[c] - 2 * pad);
            wrapped.add(l);
            n = Math.max(n, l.size());
        }
        float h = n * lead + 2 * pad;
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            List<String> l = wrapped.get(c);
            float yy = y - pad - size;
            for (String s : l) {
                boolean numeric = c > 0 && s.matches("[-—≥≤＜<>\\[\\]0-9.％%左右以上内]+");
                float tx = numeric ? x + widths[c] - pad - w(s, size) : x + pad;
                text(s, tx, yy, size);
                yy -= lead;
            }
            x += widths[c];
        }
        float ny = y - h;
        if (ruled) {
            hline(ny);
        }
        return ny;
    }

    void hline(float yy) throws IOException {
        cs.setLineWidth(0.6f);
        cs.moveTo(MARGIN, yy);
        cs.lineTo(MARGIN + width, yy);
        cs.stroke();
    }

    void vlines(float top, float bottom, float[] widths) throws IOException {
        float x = MARGIN;
        cs.setLineWidth(0.6f);
        for (int c = 0; c <= widths.length; c++) {
            cs.moveTo(x, top);
            cs.lineTo(x, bottom);
            cs.stroke();
            if (c < widths.length) {
                x += widths[c];
            }
        }
    }
}
