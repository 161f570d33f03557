package org.plancheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Glyphs read as a reader reads them: radicals some fonts map ideographs to become the ideographs. */
class GlyphsTest {
    @Test
    void kangxiRadicalsAndSimplifiedRadicalsReadAsIdeographs() {
        assertEquals("微克/立方米", Glyphs.asRead("微克/⽴⽅⽶"));
        assertEquals("地区生产总值增长", Glyphs.asRead("地区生产总值增⻓"));
        assertEquals("风电、光伏装机", Glyphs.asRead("⻛电、光伏装机"));
        assertEquals("森林覆盖率", Glyphs.asRead("森林覆盖率"));
    }
}
