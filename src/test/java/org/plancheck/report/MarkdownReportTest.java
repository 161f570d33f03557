package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("report.md", Golden.render(new MarkdownReport()));
    }

    @Test
    void cellsCannotBreakTheTable() {
        assertEquals("a\\|b<br>c &lt;x&gt; R&D &amp;lt; \\*", MarkdownReport.cell("a|b\nc <x> R&D &lt; *"));
    }
}
