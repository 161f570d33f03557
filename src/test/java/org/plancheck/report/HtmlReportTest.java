package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plancheck.model.CheckReport;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;

class HtmlReportTest {

    @Test
    void matchesGolden() throws Exception {
        Golden.assertMatches("report.html", Golden.render(new HtmlReport()));
    }

    @Test
    void selfContainedWithChartsNamingTheIndicators() throws Exception {
        String html = Golden.render(new HtmlReport());
        assertFalse(html.contains("<script"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no network resources");
        assertFalse(html.contains("<link"));
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(svg.find());
        String dao = svg.group();
        assertTrue(dao.contains(">非化石能源占能源消费总量比重<"));
        assertTrue(dao.contains(">优良水体比例<"));
        assertTrue(dao.contains(">常住人口城镇化率<"));
        assertTrue(dao.contains("研究与试验发展（R&amp;D）经费投入强度"), "names escaped in SVG text");
        assertTrue(svg.find(), "a chart for the batch findings");
        assertTrue(svg.group().contains(">森林覆盖率<"));
        assertFalse(svg.find(), "no chart for a document without numbers");
    }

    @Test
    void escapesEverything() throws Exception {
        Finding evil = new Finding("a<b>.pdf", "PC-STRICT", Severity.ERROR, "X\"1", "<script>alert(1)</script>",
                "m & <i>", "f'", "u<", "l>", new Evidence(2, "</td><script>"), 1.0, 2.0, null);
        CheckReport r = ReportFixture.report();
        CheckReport one = new CheckReport(r.upperPlanId(), "<b>上位</b>", List.of(), List.of(evil), r.rules());
        StringBuilder b = new StringBuilder();
        new HtmlReport().write(one, b);
        String html = b.toString();
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>上位"));
        assertFalse(html.contains("<i>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertEquals(html.indexOf("<td>"), html.indexOf("<td>"));
    }
}
