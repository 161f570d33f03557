package org.plancheck.document;

import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads one page in one pass over its content stream (Form XObjects included): every glyph a reader can see, the
 * straight lines and thin rectangles that rule tables, and how much of the page images cover.
 *
 * <p>Only what a reader sees counts as text (docs/domain.md, "What counts as read"): glyphs drawn invisible
 * (render mode 3 or 7), outside the crop box, outside the clipping path, fully transparent, microscopic, or painted
 * in the colour of what lies under them are dropped and counted. Positions are in display space (the page as
 * shown, after {@code /Rotate}, origin top-left, y down); text that runs sideways (a landscape table printed on a
 * portrait page) is turned upright in a frame of its own, so tables read the same whichever way they are stored.
 */
final class PageScanner extends PDFGraphicsStreamEngine {
    /** Glyphs turned away from a multiple of 90° by more than this are skewed: not read. */
    private static final double SKEW_DEGREES = 2.0;
    /** Text smaller than this (in points) cannot be read by anyone. */
    private static final float MIN_EM = 1.0f;
    /** A page with more content-stream operators than this is not a plan page (a decompression bomb, a loop). */
    static final long MAX_OPERATORS = 3_000_000;
    /** More glyphs than this on one page: not a plan page. */
    static final int MAX_GLYPHS = 200_000;

    /** A glyph with the direction its text runs, in display space, before frames are applied. */
    private record Placed(String text, double x, double y, double width, double em, int direction) {
    }

    /** A filled area and its colour, in user space, in painting order (to tell text painted on it). */
    private record Fill(java.awt.geom.Rectangle2D box, float[] rgb) {
    }

    private final PDRectangle crop;
    private final AffineTransform display;
    private final float displayWidth;
    private final float displayHeight;
    private final List<Placed> placed = new ArrayList<>();
    private final Map<String, List<Placed>> byText = new HashMap<>();
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<Fill> fills = new ArrayList<>();
    private final Cancellation cancel;
    private Point2D current;
    private boolean pendingClip;
    private int pendingWinding;
    private int hidden;
    private int skewed;
    private double imageArea;
    private long operators;

    private PageScanner(PDPage page, Cancellation cancel) {
        super(page);
        this.cancel = cancel;
        this.crop = page.getCropBox();
        int rotation = ((page.getRotation() % 360) + 360) % 360;
        float llx = crop.getLowerLeftX();
        float lly = crop.getLowerLeftY();
        float urx = crop.getUpperRightX();
        float ury = crop.getUpperRightY();
        // user space → display space (origin top-left, y down), for each /Rotate
        this.display = switch (rotation) {
            case 90 -> new AffineTransform(0, 1, 1, 0, -lly, -llx);
            case 180 -> new AffineTransform(-1, 0, 0, 1, urx, -lly);
            case 270 -> new AffineTransform(0, -1, -1, 0, ury, urx);
            default -> new AffineTransform(1, 0, 0, -1, -llx, ury);
        };
        boolean sideways = rotation == 90 || rotation == 270;
        this.displayWidth = sideways ? crop.getHeight() : crop.getWidth();
        this.displayHeight = sideways ? crop.getWidth() : crop.getHeight();
    }

    /** Reads {@code page}; the result holds one frame per direction of text found on it (usually one). */
    static List<PageContent> scan(PDPage page, int number, Cancellation cancel) throws IOException {
        PageScanner s = new PageScanner(page, cancel);
        s.processPage(page);
        return s.frames(number);
    }

    // ---- text -------------------------------------------------------------------------------------------------

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        PDGraphicsState gs = getGraphicsState();
        String unicode = font.toUnicode(code);
        if (unicode == null || unicode.isEmpty()) {
            unicode = "\uFFFD";
        }
        if (unicode.isBlank()) {
            return;
        }
        unicode = Glyphs.asRead(unicode);
        double ox = trm.getTranslateX();
        double oy = trm.getTranslateY();
        // advance and up vectors in user space
        double advX = trm.getValue(0, 0) * displacement.getX();
        double advY = trm.getValue(0, 1) * displacement.getX();
        double upX = trm.getValue(1, 0);
        double upY = trm.getValue(1, 1);
        double em = Math.hypot(upX, upY);
        double cx = ox + advX / 2 + upX * 0.35;
        double cy = oy + advY / 2 + upY * 0.35;
        if (!visible(gs, cx, cy, em)) {
            hidden++;
            return;
        }
        Point2D o = display.transform(new Point2D.Double(ox, oy), null);
        double[] adv = {advX, advY};
        display.deltaTransform(adv, 0, adv, 0, 1);
        double width = Math.hypot(adv[0], adv[1]);
        double angle = Math.toDegrees(Math.atan2(adv[1], adv[0]));
        if (width < 1e-6) {
            // a zero-width glyph (a combining mark, or a font without widths): take its direction from the up vector
            double[] up = {upX, upY};
            display.deltaTransform(up, 0, up, 0, 1);
            angle = Math.toDegrees(Math.atan2(up[1], up[0])) + 90;
            width = em * 0.5;
        }
        int direction = (int) Math.round(angle / 90.0) * 90;
        if (Math.abs(angle - direction) > SKEW_DEGREES) {
            skewed++;
            return;
        }
        direction = ((direction % 360) + 360) % 360;
        add(new Placed(unicode, o.getX(), o.getY(), width, em, direction));
    }

    /** Drops a glyph drawn again over itself (fake bold, shadows): same text at nearly the same place. */
    private void add(Placed p) {
        if (placed.size() >= MAX_GLYPHS) {
            throw new PageTooComplex("页面文字过多（超过 " + MAX_GLYPHS + " 个字符）");
        }
        List<Placed> same = byText.computeIfAbsent(p.text(), k -> new ArrayList<>(2));
        double tol = Math.max(p.width(), p.em() * 0.5) * 0.3;
        for (int i = same.size() - 1; i >= 0 && i >= same.size() - 8; i--) {
            Placed q = same.get(i);
            if (Math.abs(q.x() - p.x()) < tol && Math.abs(q.y() - p.y()) < tol && q.direction() == p.direction()) {
                return;
            }
        }
        same.add(p);
        placed.add(p);
    }

    /** Whether a reader sees a glyph whose centre is at (cx, cy) in user space. */
    private boolean visible(PDGraphicsState gs, double cx, double cy, double em) throws IOException {
        RenderingMode mode = gs.getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return false;
        }
        if (em < MIN_EM) {
            return false;
        }
        if (!crop.contains((float) cx, (float) cy)) {
            return false;
        }
        if (!insideClip(gs, cx, cy)) {
            return false;
        }
        boolean filling = mode.isFill();
        double alpha = filling ? gs.getNonStrokeAlphaConstant() : gs.getAlphaConstant();
        if (alpha < 0.05) {
            return false;
        }
        PDColor colour = filling ? gs.getNonStrokingColor() : gs.getStrokingColor();
        float[] rgb = rgb(colour);
        if (rgb == null) {
            return true;
        }
        float[] under = {1f, 1f, 1f};
        for (int i = fills.size() - 1; i >= 0; i--) {
            Fill f = fills.get(i);
            if (f.box().contains(cx, cy)) {
                under = f.rgb();
                break;
            }
        }
        return Math.abs(rgb[0] - under[0]) + Math.abs(rgb[1] - under[1]) + Math.abs(rgb[2] - under[2]) > 0.15f;
    }

    /** The clip of the graphics state last asked about; computed again when the clip or the state changes. */
    private PDGraphicsState clipState;
    private Area clipArea;
    private java.awt.geom.Rectangle2D clipRect;

    private boolean insideClip(PDGraphicsState gs, double x, double y) {
        if (gs != clipState || clipArea == null) {
            clipState = gs;
            clipArea = gs.getCurrentClippingPath();
            clipRect = clipArea != null && clipArea.isRectangular() ? clipArea.getBounds2D() : null;
        }
        if (clipArea == null) {
            return true;
        }
        return clipRect != null ? clipRect.contains(x, y) : clipArea.contains(x, y);
    }

    @Override
    public void restoreGraphicsState() {
        super.restoreGraphicsState();
        clipState = null;
    }

    private static float[] rgb(PDColor c) {
        if (c == null || c.isPattern() || c.getColorSpace() == null) {
            return null;
        }
        try {
            int v = c.toRGB();
            return new float[] {((v >> 16) & 0xff) / 255f, ((v >> 8) & 0xff) / 255f, (v & 0xff) / 255f};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ---- paths ------------------------------------------------------------------------------------------------

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.add(new float[] {(float) p0.getX(), (float) p0.getY(), (float) p1.getX(), (float) p1.getY(),
            (float) p2.getX(), (float) p2.getY(), (float) p3.getX(), (float) p3.getY()});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y});
        }
        current = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        applyClip();
        path.clear();
    }

    @Override
    public void strokePath() {
        keepRulings(false);
    }

    @Override
    public void fillPath(int windingRule) {
        keepRulings(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        keepRulings(true);
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void clip(int windingRule) {
        pendingClip = true;
        pendingWinding = windingRule;
    }

    /** A clip set by W/W* takes effect when the path is painted or ended (n). */
    private void applyClip() {
        if (!pendingClip) {
            return;
        }
        pendingClip = false;
        java.awt.geom.GeneralPath gp = new java.awt.geom.GeneralPath(pendingWinding);
        for (float[] s : path) {
            if (s.length == 8) {
                gp.moveTo(s[0], s[1]);
                gp.lineTo(s[2], s[3]);
                gp.lineTo(s[4], s[5]);
                gp.lineTo(s[6], s[7]);
                gp.closePath();
            }
        }
        // Lines alone bound no area: a clip made of them (rare) is approximated by their bounding box.
        List<float[]> lines = path.stream().filter(s -> s.length == 4).toList();
        if (!lines.isEmpty()) {
            float x0 = Float.MAX_VALUE;
            float y0 = Float.MAX_VALUE;
            float x1 = -Float.MAX_VALUE;
            float y1 = -Float.MAX_VALUE;
            for (float[] s : lines) {
                x0 = Math.min(x0, Math.min(s[0], s[2]));
                x1 = Math.max(x1, Math.max(s[0], s[2]));
                y0 = Math.min(y0, Math.min(s[1], s[3]));
                y1 = Math.max(y1, Math.max(s[1], s[3]));
            }
            gp.append(new java.awt.geom.Rectangle2D.Float(x0, y0, x1 - x0, y1 - y0), false);
        }
        getGraphicsState().intersectClippingPath(gp);
        clipState = null;
    }

    private void keepRulings(boolean filled) {
        applyClip();
        float[] colour = filled ? rgb(getGraphicsState().getNonStrokingColor()) : null;
        for (float[] s : path) {
            if (s.length == 8) {
                float minX = Math.min(Math.min(s[0], s[2]), Math.min(s[4], s[6]));
                float maxX = Math.max(Math.max(s[0], s[2]), Math.max(s[4], s[6]));
                float minY = Math.min(Math.min(s[1], s[3]), Math.min(s[5], s[7]));
                float maxY = Math.max(Math.max(s[1], s[3]), Math.max(s[5], s[7]));
                float w = maxX - minX;
                float h = maxY - minY;
                if (h <= 3 && w > 3) {
                    segments.add(new float[] {minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2});
                } else if (w <= 3 && h > 3) {
                    segments.add(new float[] {(minX + maxX) / 2, minY, (minX + maxX) / 2, maxY});
                } else if (w > 3 && h > 3) {
                    if (!filled) {
                        segments.add(new float[] {minX, minY, maxX, minY});
                        segments.add(new float[] {minX, maxY, maxX, maxY});
                        segments.add(new float[] {minX, minY, minX, maxY});
                        segments.add(new float[] {maxX, minY, maxX, maxY});
                    } else if (colour != null) {
                        fills.add(new Fill(new java.awt.geom.Rectangle2D.Float(minX, minY, w, h), colour));
                    }
                }
            } else {
                segments.add(s);
            }
        }
        path.clear();
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        java.awt.Shape unit = new java.awt.geom.Rectangle2D.Float(0, 0, 1, 1);
        java.awt.geom.Rectangle2D b = ctm.createAffineTransform().createTransformedShape(unit).getBounds2D();
        java.awt.geom.Rectangle2D page = new java.awt.geom.Rectangle2D.Float(crop.getLowerLeftX(),
                crop.getLowerLeftY(), crop.getWidth(), crop.getHeight());
        java.awt.geom.Rectangle2D in = b.createIntersection(page);
        if (!in.isEmpty()) {
            imageArea += in.getWidth() * in.getHeight();
        }
    }

    // ---- limits -----------------------------------------------------------------------------------------------

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if ((++operators & 1023) == 0) {
            if (operators > MAX_OPERATORS) {
                throw new PageTooComplex("页面内容过于复杂（超过 " + MAX_OPERATORS + " 个绘制指令）");
            }
            cancel.check();
        }
        super.processOperator(operator, operands);
    }

    /** A page over a limit: the document cannot be read fully. */
    static final class PageTooComplex extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PageTooComplex(String reason) {
            super(reason);
        }
    }

    // ---- frames -----------------------------------------------------------------------------------------------

    /** One frame per direction with enough text; the upright frame always (it carries the rulings' page). */
    private List<PageContent> frames(int number) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Placed p : placed) {
            counts.merge(p.direction(), 1, Integer::sum);
        }
        int total = placed.size();
        List<Integer> directions = new ArrayList<>();
        for (int d : new int[] {0, 90, 270, 180}) {
            int n = counts.getOrDefault(d, 0);
            if (d == 0 ? n > 0 || total == 0 : n >= 20 && n >= total * 0.1) {
                directions.add(d);
            }
        }
        if (directions.isEmpty()) {
            // only a little text, all turned: read it in its own direction
            directions.add(counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(0));
        }
        double pageArea = (double) crop.getWidth() * crop.getHeight();
        float coverage = pageArea <= 0 ? 0 : (float) Math.min(1.0, imageArea / pageArea);
        List<Ruling> base = new ArrayList<>();
        for (float[] s : segments) {
            Point2D a = display.transform(new Point2D.Float(s[0], s[1]), null);
            Point2D b = display.transform(new Point2D.Float(s[2], s[3]), null);
            base.add(new Ruling((float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY()));
        }
        List<PageContent> out = new ArrayList<>();
        int unplaced = 0;
        for (int d : directions) {
            List<Glyph> glyphs = new ArrayList<>();
            for (Placed p : placed) {
                if (p.direction() != d) {
                    continue;
                }
                float[] q = frame(d, p.x(), p.y());
                glyphs.add(new Glyph(p.text(), q[0], q[1], (float) p.width(), (float) (p.em() * 0.8)));
            }
            List<Ruling> rulings = new ArrayList<>();
            for (Ruling r : base) {
                float[] a = frame(d, r.x1(), r.y1());
                float[] b = frame(d, r.x2(), r.y2());
                Ruling t = new Ruling(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]),
                        Math.max(a[1], b[1]));
                if (t.horizontal() || t.vertical()) {
                    rulings.add(t);
                }
            }
            boolean sideways = d == 90 || d == 270;
            out.add(new PageContent(number, sideways ? displayHeight : displayWidth,
                    sideways ? displayWidth : displayHeight, glyphs, rulings, d,
                    out.isEmpty() ? hidden : 0, out.isEmpty() ? skewed : 0, coverage));
        }
        for (Placed p : placed) {
            if (!directions.contains(p.direction())) {
                unplaced++;
            }
        }
        if (unplaced > 0 && !out.isEmpty()) {
            PageContent first = out.get(0);
            out.set(0, first.withSkewed(first.skewedGlyphs() + unplaced));
        }
        return out;
    }

    /** From display space into the upright frame of text running in direction {@code d}. */
    private float[] frame(int d, double x, double y) {
        return switch (d) {
            case 90 -> new float[] {(float) y, (float) (displayWidth - x)};
            case 270 -> new float[] {(float) (displayHeight - y), (float) x};
            case 180 -> new float[] {(float) (displayWidth - x), (float) (displayHeight - y)};
            default -> new float[] {(float) x, (float) y};
        };
    }
}
