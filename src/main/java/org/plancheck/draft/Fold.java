package org.plancheck.draft;

import java.util.regex.Pattern;

/**
 * Character-for-character folding of plan text, so that positions found in the folded text are positions in the
 * text as written (quotes stay verbatim): full-width ASCII to half-width, ideographic and no-break spaces to spaces.
 * Also the Word noise of converted text ({@code [bookmark: …]}) and leading tabs.
 */
final class Fold {
    private static final Pattern NOISE = Pattern.compile("^(?:\\s|\\[bookmark: [^\\]]*\\])+");

    private Fold() {
    }

    /** The text with full-width ASCII made half-width, one character for one (so offsets hold). */
    static String fold(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char x = c[i];
            if (x >= '\uFF10' && x <= '\uFF19' || x == '\uFF05' || x == '\uFF0E' || x >= '\uFF21' && x <= '\uFF3A'
                    || x >= '\uFF41' && x <= '\uFF5A' || x == '\uFF1C' || x == '\uFF1E' || x == '\uFF0B'
                    || x == '\uFF0D' || x == '\uFF5E') {
                c[i] = (char) (x - 0xFEE0);
            } else if (x == '\u3000' || x == '\u00A0') {
                c[i] = ' ';
            }
        }
        return new String(c);
    }

    /** Where the text of a line starts once leading blanks, tabs and Word bookmarks are skipped. */
    static int textStart(String line) {
        java.util.regex.Matcher m = NOISE.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /** The line without leading blanks, tabs and Word bookmarks, and without trailing blanks. */
    static String clean(String line) {
        return line.substring(textStart(line)).stripTrailing();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** How many Han characters the text holds. */
    static int han(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
