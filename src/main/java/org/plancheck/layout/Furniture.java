package org.plancheck.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plancheck.document.PageContent;

/**
 * Page furniture: page numbers (「— 3 —」, 「第 3 页」) and running headers or footers repeated on many pages. Not
 * part of the text, tables or passages; running headers are kept aside because they often name the plan.
 */
final class Furniture {
    private final Set<String> repeated;

    private Furniture(Set<String> repeated) {
        this.repeated = repeated;
    }

    static final Furniture NONE = new Furniture(Set.of());

    /** Lines in the top or bottom margin that repeat (digits aside) on at least three pages and a third of them. */
    static Furniture of(List<PageContent> pages, Map<PageContent, List<TextLine>> lines) {
        Map<String, Set<Integer>> seen = new HashMap<>();
        Set<Integer> pageNumbers = new HashSet<>();
        for (PageContent p : pages) {
            pageNumbers.add(p.number());
            for (TextLine l : lines.getOrDefault(p, List.of())) {
                if (inMargin(l, p.height())) {
                    seen.computeIfAbsent(key(l), k -> new HashSet<>()).add(p.number());
                }
            }
        }
        Set<String> repeated = new HashSet<>();
        int n = pageNumbers.size();
        seen.forEach((k, v) -> {
            if (!k.isEmpty() && v.size() >= 3 && v.size() * 3 >= n) {
                repeated.add(k);
            }
        });
        return new Furniture(repeated);
    }

    private static boolean inMargin(TextLine l, float height) {
        return l.y() < height * 0.09f || l.top() > height * 0.90f;
    }

    private static String key(TextLine l) {
        return l.text().replaceAll("[\\s\\u00A0\\u3000\\d０-９—\\-－–·.]", "");
    }

    /** A page number, or a running header or footer. */
    boolean is(TextLine l, float pageHeight) {
        String t = l.text().replace('\u00A0', ' ').replace('\u3000', ' ').strip();
        if (inMargin(l, pageHeight) && t.matches("[—\\-－–·\\s]*(第\\s*)?[\\d０-９IVXivx]+\\s*(页|/\\s*\\d+)?[—\\-－–·\\s]*")) {
            return true;
        }
        return inMargin(l, pageHeight) && repeated.contains(key(l));
    }

    /** The running header or footer lines of a page (they often name the plan). */
    boolean running(TextLine l, float pageHeight) {
        return inMargin(l, pageHeight) && repeated.contains(key(l));
    }
}
