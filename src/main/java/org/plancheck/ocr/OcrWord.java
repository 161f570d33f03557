package org.plancheck.ocr;

/**
 * One word as the recogniser read it, in pixels of the image it read (origin top-left, y down).
 *
 * @param text       the word as read
 * @param left       left edge
 * @param top        top edge
 * @param width      width
 * @param height     height
 * @param confidence the recogniser's confidence in the word, 0–100
 * @param line       the box of the text line the word stands on: {left, top, width, height}
 * @param lineId     which text line (words of one line share it, in reading order)
 */
public record OcrWord(String text, int left, int top, int width, int height, float confidence, int[] line,
                      int lineId) {
    public int right() {
        return left + width;
    }

    public int bottom() {
        return top + height;
    }
}
