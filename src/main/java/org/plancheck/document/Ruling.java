package org.plancheck.document;

/** A horizontal or vertical line drawn on the page (a table border), in points from the top-left corner. */
public record Ruling(float x1, float y1, float x2, float y2) {
    public boolean horizontal() {
        return Math.abs(y1 - y2) < 1.0f && Math.abs(x2 - x1) >= 1.0f;
    }

    public boolean vertical() {
        return Math.abs(x1 - x2) < 1.0f && Math.abs(y2 - y1) >= 1.0f;
    }
}
