package org.plancheck.document;

import java.util.List;

/**
 * What a page holds for extraction, in one upright frame: its visible glyphs and its ruling lines, in display space
 * (origin top-left, y down). A page whose text runs in two directions (a sideways table on a portrait page) gives
 * one frame per direction, each turned so its text reads left to right.
 *
 * @param number        1-based page number
 * @param width         frame width in points
 * @param height        frame height in points
 * @param glyphs        the glyphs a reader sees
 * @param rulings       straight lines and thin rectangles (table borders)
 * @param rotation      how far the frame was turned to read its text upright (0, 90, 180, 270)
 * @param hiddenGlyphs  glyphs drawn but not visible (invisible mode, outside the page or clip, background colour)
 * @param skewedGlyphs  glyphs that run at an angle that is not a multiple of 90°, or in a direction with too
 *                      little text for a frame of its own: not read
 * @param imageCoverage share of the page covered by images (0–1): a scanned page is near 1
 * @param ocr           the glyphs and rulings were read from the rendered page by OCR, not from a text layer
 */
public record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
                          int rotation, int hiddenGlyphs, int skewedGlyphs, float imageCoverage, boolean ocr) {

    /** A page read from its text layer. */
    public PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings,
                       int rotation, int hiddenGlyphs, int skewedGlyphs, float imageCoverage) {
        this(number, width, height, glyphs, rulings, rotation, hiddenGlyphs, skewedGlyphs, imageCoverage, false);
    }

    /** An upright page with nothing hidden (tests and drawn fixtures). */
    public PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {
        this(number, width, height, glyphs, rulings, 0, 0, 0, 0f);
    }

    /**
     * A rectangle of this frame (points, origin top-left) as it stands on the displayed page: frames turned to read
     * sideways text are turned back.
     */
    public org.plancheck.model.Box toDisplay(float x0, float y0, float x1, float y1) {
        float[] a = back(x0, y0);
        float[] b = back(x1, y1);
        float left = Math.min(a[0], b[0]);
        float top = Math.min(a[1], b[1]);
        return new org.plancheck.model.Box(number, left, top, Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));
    }

    private float[] back(float x, float y) {
        // display width and height: a sideways frame swaps them
        boolean sideways = rotation == 90 || rotation == 270;
        float w = sideways ? height : width;
        float h = sideways ? width : height;
        return switch (rotation) {
            case 90 -> new float[] {w - y, x};
            case 270 -> new float[] {y, h - x};
            case 180 -> new float[] {w - x, h - y};
            default -> new float[] {x, y};
        };
    }

    PageContent withSkewed(int n) {
        return new PageContent(number, width, height, glyphs, rulings, rotation, hiddenGlyphs, n, imageCoverage, ocr);
    }

    /**
     * Whether the page looks scanned: images cover most of it and it carries (almost) no visible text. What
     * {@code --ocr auto} reads by OCR.
     */
    public boolean looksScanned() {
        return imageCoverage >= SCANNED_COVERAGE && glyphs.size() < SCANNED_MAX_GLYPHS;
    }

    /** Image coverage from which a page with scarce text counts as scanned. */
    public static final float SCANNED_COVERAGE = 0.5f;
    /** Fewer visible glyphs than this on an image-covered page: its text is in the image. */
    public static final int SCANNED_MAX_GLYPHS = 30;
}
