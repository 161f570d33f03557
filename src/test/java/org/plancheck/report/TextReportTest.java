package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void plainTextMatchesGolden() throws Exception {
        String out = Golden.render(new TextReport(false));
        assertFalse(out.contains("\u001b["), "no ANSI codes unless asked");
        Golden.assertMatches("report.txt", out);
    }

    @Test
    void colourOnlyWhenAsked() throws Exception {
        String out = Golden.render(new TextReport(true));
        assertTrue(out.contains("\u001b[31m[错误] PC-STRICT"));
        assertTrue(out.contains("\u001b[32m通过"));
        assertTrue(out.contains("\u001b[35m无法核验"));
        assertFalse(out.replaceAll("\u001b\\[[0-9;]*m", "").contains("\u001b"));
    }
}
