package org.plancheck.quantity;

/** Folds the typographic noise of real drafts: full-width digits and signs, stray spaces, odd dashes. */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Full-width ASCII (digits, letters, ％＜＞．，…) to half-width, ideographic space to space,
     * then every run of white space that touches a CJK character or a digit removed.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' && c != '\uFF08' && c != '\uFF09' && c != '\uFF0C'
                    && c != '\uFF1A' && c != '\uFF1B' && c != '\uFF3B' && c != '\uFF3D') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
                c = ' ';
            } else if (c == '\uFF3B') {
                c = '[';
            } else if (c == '\uFF3D') {
                c = ']';
            } else if (c == '\u2212' || c == '\uFE63') {
                c = '-';
            } else if (c == '\uFE6A') {
                c = '%';
            } else if (c == '\u3010') {
                c = '[';
            } else if (c == '\u3011') {
                c = ']';
            }
            b.append(c);
        }
        return collapseSpaces(b.toString());
    }

    /**
     * A name as it is looked for in running text: {@link #normalize normalized}, every space, quotation mark and
     * book-title bracket dropped (江永“五香”传统优势食品产区 and 江永五香传统优势食品产区 fold alike).
     */
    public static String fold(String s) {
        String n = normalize(s);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && FOLDED_AWAY.indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The quotation marks and book-title brackets {@link #fold} drops. */
    private static final String FOLDED_AWAY = "“”\"'‘’「」『』《》〈〉";

    /** Removes spaces next to CJK characters and signs; keeps one space between Latin words and between numbers. */
    static String collapseSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                int j = i;
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                char next = j < n ? s.charAt(j) : ' ';
                if (b.length() > 0 && j < n && ((isLatinWord(prev) && isLatinWord(next))
                        || (Character.isDigit(prev) && Character.isDigit(next)))) {
                    b.append(' ');
                }
                i = j - 1;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isLatinWord(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** True for a character of the CJK Unified Ideographs blocks. */
    public static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');
    }
}
