package org.plancheck.layout;

import java.util.List;

/**
 * A stretch of running text (a paragraph) with the page it starts on and where in its text each later page starts
 * (a paragraph running over a page break).
 *
 * @param confidence for text read by OCR, the confidence (0–1) of each character of {@code text}; null when every
 *                   character comes from a text layer (read for certain)
 */
public record Passage(int page, String text, List<Integer> breaks, String where, float[] confidence) {

    public Passage(int page, String text) {
        this(page, text, List.of(), null);
    }

    public Passage(int page, String text, List<Integer> breaks) {
        this(page, text, breaks, null);
    }

    public Passage(int page, String text, List<Integer> breaks, String where) {
        this(page, text, breaks, where, null);
    }

    /**
     * The lowest confidence of the characters from {@code start} (inclusive) to {@code end} (exclusive): 1 for text
     * from a text layer.
     */
    public float confidence(int start, int end) {
        if (confidence == null) {
            return 1f;
        }
        float c = 1f;
        for (int i = Math.max(0, start); i < Math.min(end, confidence.length); i++) {
            c = Math.min(c, confidence[i]);
        }
        return c;
    }

    /** Whether some of the text was read by OCR. */
    public boolean ocr() {
        return confidence != null;
    }

    /** The page the character at {@code offset} stands on. */
    public int pageAt(int offset) {
        int p = page;
        for (int b : breaks) {
            if (offset >= b) {
                p++;
            }
        }
        return p;
    }

    /** This passage with {@code next} (on the next page) joined to it. */
    public Passage join(Passage next) {
        List<Integer> all = new java.util.ArrayList<>(breaks);
        all.add(text.length());
        for (int b : next.breaks()) {
            all.add(text.length() + b);
        }
        float[] c = null;
        if (confidence != null || next.confidence() != null) {
            c = new float[text.length() + next.text().length()];
            for (int i = 0; i < c.length; i++) {
                c[i] = i < text.length() ? (confidence == null ? 1f : confidence[i])
                        : next.confidence() == null ? 1f : next.confidence()[i - text.length()];
            }
        }
        return new Passage(page, text + next.text(), List.copyOf(all), where, c);
    }
}
