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
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }
}
