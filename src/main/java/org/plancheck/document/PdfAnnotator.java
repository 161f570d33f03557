package org.plancheck.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.plancheck.model.Box;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;

/**
 * Writes a reviewer's copy of a lower plan: each finding's evidence highlighted on its page, with a popup
 * carrying the Chinese message, the upper clause and the fix. Evidence that carries its boxes (a table row, as the
 * reader rebuilt it) is drawn there; other evidence is found by searching the page's
 * glyphs with spaces removed and full-width forms folded (NFKC), so 「非化石能源消费比重（%） 25 30」 matches a
 * table row drawn cell by cell. A finding without a page, or whose text is not on its page, becomes a note at
 * the top of its page (page 1 when it has none) and is reported as not located.
 */
public final class PdfAnnotator {

    /**
     * What was done.
     *
     * @param highlighted   findings whose evidence was found and highlighted
     * @param notLocated    findings that got a note instead (no page, page out of range, text not found)
     * @param activeRemoved pieces of active content removed from the copy (scripts, actions, attached files)
     */
    public record Result(List<Finding> highlighted, List<Finding> notLocated, int activeRemoved) {
        public Result(List<Finding> highlighted, List<Finding> notLocated) {
            this(highlighted, notLocated, 0);
        }
    }

    /** One highlighted area: the page's rectangles, one per text line. */
    record Area(List<PDRectangle> lines) {
        PDRectangle bounds() {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (PDRectangle r : lines) {
                x0 = Math.min(x0, r.getLowerLeftX());
                y0 = Math.min(y0, r.getLowerLeftY());
                x1 = Math.max(x1, r.getUpperRightX());
                y1 = Math.max(y1, r.getUpperRightY());
            }
            return new PDRectangle(x0, y0, x1 - x0, y1 - y0);
        }
    }

    private PdfAnnotator() {
    }

    /**
     * Annotates a copy of {@code input} and writes it to {@code out}; the input file is not changed. The copy is
     * inert: the original's scripts, automatic and launch actions, attached files and multimedia are removed
     * ({@link ActiveContent}), so opening the reviewer's copy runs nothing the uploader put there.
     */
    public static Result annotate(Path input, List<Finding> findings, OutputStream out) throws IOException {
        StreamLimits.installed();
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(input.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            int removed = ActiveContent.remove(doc);
            Result r = annotate(doc, findings);
            doc.save(out);
            return new Result(r.highlighted(), r.notLocated(), removed);
        } catch (StreamLimits.TooLarge e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Adds the annotations to an open document (the caller saves it). */
    public static Result annotate(PDDocument doc, List<Finding> findings) throws IOException {
        List<Finding> highlighted = new ArrayList<>();
        List<Finding> notLocated = new ArrayList<>();
        Map<Integer, Glyphs> cache = new LinkedHashMap<>();
        Map<Integer, Integer> notesOnPage = new LinkedHashMap<>();
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            return new Result(List.of(), List.copyOf(findings));
        }
        for (Finding f : findings) {
            int page = f.evidence() == null ? 0 : f.evidence().page();
            String text = f.evidence() == null ? "" : f.evidence().text();
            Area area = page >= 1 && page <= pages ? fromBoxes(doc.getPage(page - 1), page,
                    f.evidence().boxes()) : null;
            if (area == null && page >= 1 && page <= pages && !text.isBlank()) {
                Glyphs g = cache.get(page);
                if (g == null) {
                    g = Glyphs.of(doc, page);
                    cache.put(page, g);
                }
                area = g.find(text);
            }
            if (area != null) {
                highlight(doc, doc.getPage(page - 1), area, f);
                highlighted.add(f);
            } else {
                int on = page >= 1 && page <= pages ? page : 1;
                int n = notesOnPage.merge(on, 1, Integer::sum);
                note(doc, doc.getPage(on - 1), n - 1, f);
                notLocated.add(f);
            }
        }
        return new Result(List.copyOf(highlighted), List.copyOf(notLocated));
    }

    /**
     * The evidence's own place, as the reader found it (a table row's band), in the page's user space; null when the
     * finding carries no box on this page (in-text evidence, a Word document): the text is searched for instead.
     */
    static Area fromBoxes(PDPage page, int number, List<Box> boxes) {
        List<PDRectangle> rects = new ArrayList<>();
        for (Box b : boxes == null ? List.<Box>of() : boxes) {
            if (b.page() == number && b.width() > 0 && b.height() > 0) {
                rects.add(toUser(page, b));
            }
        }
        return rects.isEmpty() ? null : new Area(rects);
    }

    /** A box of the displayed page (origin top-left, y down, after /Rotate) in the page's user space. */
    static PDRectangle toUser(PDPage page, Box b) {
        PDRectangle c = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        float[] p = user(c, rotation, b.x(), b.y());
        float[] q = user(c, rotation, b.x() + b.width(), b.y() + b.height());
        return new PDRectangle(Math.min(p[0], q[0]), Math.min(p[1], q[1]), Math.abs(p[0] - q[0]),
                Math.abs(p[1] - q[1]));
    }

    private static float[] user(PDRectangle c, int rotation, float dx, float dy) {
        return switch (rotation) {
            // turned clockwise: the displayed top-left corner is the crop box's lower-left
            case 90 -> new float[] {c.getLowerLeftX() + dy, c.getLowerLeftY() + dx};
            case 180 -> new float[] {c.getUpperRightX() - dx, c.getLowerLeftY() + dy};
            case 270 -> new float[] {c.getUpperRightX() - dy, c.getUpperRightY() - dx};
            default -> new float[] {c.getLowerLeftX() + dx, c.getUpperRightY() - dy};
        };
    }

    /** Spaces removed, full-width letters, digits and signs folded to their ordinary forms. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        n.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** A page's glyphs in reading order and their text, normalised, with the glyph behind each character. */
    static final class Glyphs {
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> owner = new ArrayList<>();
        private final PDRectangle crop;

        private Glyphs(PDRectangle crop) {
            this.crop = crop;
        }

        static Glyphs of(PDDocument doc, int page) throws IOException {
            Glyphs g = new Glyphs(doc.getPage(page - 1).getCropBox());
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String s, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        String n = normalize(p.getUnicode() == null ? "" : p.getUnicode());
                        for (int i = 0; i < n.length(); i++) {
                            g.text.append(n.charAt(i));
                            g.owner.add(p);
                        }
                    }
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(doc);
            return g;
        }

        /** The evidence's area, or null. When the whole text is absent, its first cell (the name) will do. */
        Area find(String evidence) {
            String want = normalize(evidence);
            int at = want.isEmpty() ? -1 : text.indexOf(want);
            int len = want.length();
            if (at < 0) {
                String first = normalize(evidence.strip().split("\\s+")[0]);
                if (first.length() >= 4 && first.length() < want.length()) {
                    at = text.indexOf(first);
                    len = first.length();
                }
            }
            return at < 0 ? null : area(owner.subList(at, at + len));
        }

        private Area area(List<TextPosition> glyphs) {
            List<PDRectangle> lines = new ArrayList<>();
            float x0 = 0;
            float x1 = 0;
            float base = Float.NaN;
            float size = 0;
            for (TextPosition p : glyphs) {
                float h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.8f);
                if (Float.isNaN(base) || Math.abs(p.getYDirAdj() - base) > h * 0.5f) {
                    if (!Float.isNaN(base)) {
                        lines.add(rect(x0, x1, base, size));
                    }
                    base = p.getYDirAdj();
                    x0 = p.getXDirAdj();
                    x1 = p.getXDirAdj() + p.getWidthDirAdj();
                    size = h;
                } else {
                    x0 = Math.min(x0, p.getXDirAdj());
                    x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
                    size = Math.max(size, h);
                }
            }
            lines.add(rect(x0, x1, base, size));
            return new Area(lines);
        }

        /** From text space (origin top-left, y down to the baseline) to PDF user space. */
        private PDRectangle rect(float x0, float x1, float baseline, float height) {
            float y = crop.getUpperRightY() - baseline;
            float pad = height * 0.2f;
            return new PDRectangle(crop.getLowerLeftX() + x0 - 1, y - pad, x1 - x0 + 2, height + 2 * pad);
        }
    }

    private static float[] colour(Severity s) {
        return switch (s) {
            case ERROR -> new float[] {1f, 0.45f, 0.45f};
            case WARNING -> new float[] {1f, 0.8f, 0.2f};
            case INFO -> new float[] {0.55f, 0.8f, 1f};
        };
    }

    private static String contents(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(f.severity().label()).append("] ").append(f.ruleId());
        if (f.indicatorName() != null) {
            b.append(' ').append(f.indicatorName());
        }
        b.append('\n').append(f.message());
        if (f.upper() != null && !f.upper().isEmpty()) {
            b.append("\n上位：").append(f.upper());
        }
        if (f.evidence() != null && !f.evidence().text().isEmpty()) {
            b.append("\n原文：「").append(f.evidence().text()).append('」');
        }
        if (f.fix() != null && !f.fix().isEmpty()) {
            b.append("\n修改：").append(f.fix());
        }
        return b.toString();
    }

    private static void highlight(PDDocument doc, PDPage page, Area area, Finding f) throws IOException {
        PDAnnotationHighlight h = new PDAnnotationHighlight();
        PDRectangle box = area.bounds();
        h.setRectangle(box);
        float[] quads = new float[area.lines().size() * 8];
        int i = 0;
        for (PDRectangle r : area.lines()) {
            float[] q = {r.getLowerLeftX(), r.getUpperRightY(), r.getUpperRightX(), r.getUpperRightY(),
                    r.getLowerLeftX(), r.getLowerLeftY(), r.getUpperRightX(), r.getLowerLeftY()};
            System.arraycopy(q, 0, quads, i, 8);
            i += 8;
        }
        h.setQuadPoints(quads);
        h.setColor(new PDColor(colour(f.severity()), PDDeviceRGB.INSTANCE));
        h.setContents(contents(f));
        h.setSubject(f.ruleId());
        h.setTitlePopup("plancheck");
        h.setPrinted(true);
        h.constructAppearances(doc);

        PDAnnotationPopup popup = new PDAnnotationPopup();
        PDRectangle media = page.getCropBox();
        float w = 220;
        float x = Math.min(box.getUpperRightX() + 8, media.getUpperRightX() - w);
        float top = Math.min(box.getUpperRightY(), media.getUpperRightY());
        popup.setRectangle(new PDRectangle(x, Math.max(media.getLowerLeftY(), top - 120), w, 120));
        popup.setParent(h);
        h.setPopup(popup);
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(h);
        annotations.add(popup);
        page.setAnnotations(annotations);
    }

    /** A sticky note in the top-left margin, stacked when several fall on one page. */
    private static void note(PDDocument doc, PDPage page, int index, Finding f) throws IOException {
        PDAnnotationText t = new PDAnnotationText();
        PDRectangle crop = page.getCropBox();
        float y = crop.getUpperRightY() - 28 - index * 22;
        t.setRectangle(new PDRectangle(crop.getLowerLeftX() + 6, Math.max(crop.getLowerLeftY(), y), 18, 18));
        t.setName(PDAnnotationText.NAME_COMMENT);
        t.setColor(new PDColor(colour(f.severity()), PDDeviceRGB.INSTANCE));
        t.setContents(contents(f) + (f.evidence() != null && f.evidence().page() > 0 ? "\n（原文未在第"
                + f.evidence().page() + "页定位到）" : ""));
        t.setSubject(f.ruleId());
        t.setTitlePopup("plancheck");
        t.setPrinted(true);
        t.constructAppearances(doc);
        List<PDAnnotation> annotations = page.getAnnotations();
        annotations.add(t);
        page.setAnnotations(annotations);
    }
}
