package org.plancheck.document;

import java.text.Normalizer;

/** What a glyph's text is as a reader reads it. */
final class Glyphs {
    private Glyphs() {
    }

    /**
     * Fonts made by some producers (Chromium with Noto CJK among them) map ideographs to the Kangxi radicals
     * (U+2F00–U+2FDF), the CJK radicals supplement (U+2E80–U+2EFF) or compatibility ideographs (U+F900–U+FAFF):
     * 「⽴」 for 立. A reader sees the ideograph, so the glyph reads as its NFKC form; other text is left as drawn.
     */
    static String asRead(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF')) {
                StringBuilder b = new StringBuilder(s.length());
                for (int k = 0; k < s.length(); k++) {
                    char x = s.charAt(k);
                    int at = RADICALS.indexOf(x);
                    b.append(at >= 0 ? IDEOGRAPHS.charAt(at) : x);
                }
                return Normalizer.normalize(b.toString(), Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /**
     * Radicals of the CJK radicals supplement that fonts use for whole simplified ideographs and that have no NFKC
     * form (「增⻓」 for 增长), and the ideographs they stand for.
     */
    private static final String RADICALS = "\u2EA0\u2EC4\u2EC5\u2EC6\u2EC8\u2EC9\u2ECB\u2ED0\u2ED3\u2ED4"
            + "\u2ED8\u2EDA\u2EDB\u2EDC\u2EDD\u2EE2\u2EE3\u2EE9\u2EEC\u2EF0\u2EF3";
    private static final String IDEOGRAPHS = "民西见角讠贝车钅长门青页风飞食马骨黄齐龙龟";
}
