package org.plancheck.document;

/**
 * One character as it stands on the page: its text, the left edge, the baseline, width and height, in points
 * from the top-left corner, and how sure the reading is: 1 for a text layer, the recogniser's confidence (0–1) for a
 * character read by OCR. An OCR character below the confidence threshold is U+FFFD (unreadable), never a guess.
 */
public record Glyph(String text, float x, float y, float width, float height, float confidence) {
    /** The text that stands for a character OCR could not read with confidence. */
    public static final String UNREADABLE = "\uFFFD";

    /** Text as a reviewer reads it: each character OCR could not read surely is □, as in a transcription. */
    public static String transcribed(String text) {
        return text == null ? "" : text.replace(UNREADABLE.charAt(0), '□');
    }

    /** A glyph of a text layer: read for certain. */
    public Glyph(String text, float x, float y, float width, float height) {
        this(text, x, y, width, height, 1f);
    }

    public float right() {
        return x + width;
    }

    public float top() {
        return y - height;
    }

    public float centerX() {
        return x + width / 2;
    }

    public float centerY() {
        return y - height / 2;
    }
}
