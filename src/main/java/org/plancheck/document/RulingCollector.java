package org.plancheck.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects the straight lines and thin rectangles of a page's content stream: table borders. LibreOffice draws
 * cell borders as thin filled rectangles or stroked lines; both end up here as {@link Ruling}s (top-left origin).
 */
final class RulingCollector extends PDFGraphicsStreamEngine {
    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final float pageHeight;
    private Point2D current;

    private RulingCollector(PDPage page) {
        super(page);
        this.pageHeight = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
    }

    static List<Ruling> collect(PDPage page) throws IOException {
        RulingCollector c = new RulingCollector(page);
        c.processPage(page);
        return c.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        path.add(new float[] {minX, minY, maxX, maxY, 1});
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        if (current != null) {
            path.add(new float[] {(float) current.getX(), (float) current.getY(), x, y, 0});
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
        path.clear();
    }

    @Override
    public void strokePath() {
        flush();
    }

    @Override
    public void fillPath(int windingRule) {
        flush();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        flush();
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
        path.clear();
    }

    private void flush() {
        for (float[] s : path) {
            if (s[4] == 1) {
                float w = s[2] - s[0];
                float h = s[3] - s[1];
                if (h <= 3 && w > 3) {
                    float y = (s[1] + s[3]) / 2;
                    add(s[0], y, s[2], y);
                } else if (w <= 3 && h > 3) {
                    float x = (s[0] + s[2]) / 2;
                    add(x, s[1], x, s[3]);
                } else if (w > 3 && h > 3) {
                    add(s[0], s[1], s[2], s[1]);
                    add(s[0], s[3], s[2], s[3]);
                    add(s[0], s[1], s[0], s[3]);
                    add(s[2], s[1], s[2], s[3]);
                }
            } else {
                add(s[0], s[1], s[2], s[3]);
            }
        }
        path.clear();
    }

    /** Keeps axis-aligned segments, flipped to a top-left origin. */
    private void add(float x1, float y1, float x2, float y2) {
        Ruling r = new Ruling(Math.min(x1, x2), pageHeight - Math.max(y1, y2), Math.max(x1, x2),
                pageHeight - Math.min(y1, y2));
        if (r.horizontal() || r.vertical()) {
            rulings.add(r);
        }
    }
}
