package org.plancheck.document;

/**
 * One character as it stands on the page: its text, the left edge, the baseline, width and height, in points
 * from the top-left corner.
 */
public record Glyph(String text, float x, float y, float width, float height) {
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
