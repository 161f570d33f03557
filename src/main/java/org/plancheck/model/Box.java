package org.plancheck.model;

/**
 * Where evidence stands on a page: a rectangle in points, in the page as displayed (after /Rotate), origin top-left,
 * y down. The annotator turns it back into the PDF's own coordinates.
 */
public record Box(int page, float x, float y, float width, float height) {
}
