package org.plancheck.layout;

import java.util.List;

/**
 * A stretch of running text (a paragraph) with the page it starts on and where in its text each later page starts
 * (a paragraph running over a page break).
 */
public record Passage(int page, String text, List<Integer> breaks, String where) {

    public Passage(int page, String text) {
        this(page, text, List.of(), null);
    }

    public Passage(int page, String text, List<Integer> breaks) {
        this(page, text, breaks, null);
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
        return new Passage(page, text + next.text(), List.copyOf(all), where);
    }
}
