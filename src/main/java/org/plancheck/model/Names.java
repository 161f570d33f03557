package org.plancheck.model;

/**
 * File names and other outside text made safe to print on a terminal or in a one-line message: control characters
 * (newline, ESC, DEL, C1) and bidirectional overrides are written as escapes ({@code \n}, {@code \x1b},
 * {@code \u202e}), so a name cannot break a one-line error, inject a fake line or move the cursor.
 */
public final class Names {
    private Names() {
    }

    public static String printable(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(c);
            if (esc != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                b.append(esc != null ? esc : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
    }

    /** As {@link #printable(String)}, but line breaks stay (for multi-line text that the caller indents). */
    public static String printableLines(String s) {
        if (s == null || s.indexOf('\n') < 0) {
            return printable(s);
        }
        String[] parts = s.split("\n", -1);
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            b.append(i == 0 ? "" : "\n").append(printable(parts[i]));
        }
        return b.toString();
    }

    public static String printable(Object o) {
        return printable(o == null ? null : o.toString());
    }

    private static String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F) {
            return String.format("\\x%02x", (int) c);
        }
        if ((c >= 0x80 && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
