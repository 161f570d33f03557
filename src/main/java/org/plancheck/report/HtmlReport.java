package org.plancheck.report;

import java.io.IOException;
import java.util.Map;
import org.plancheck.model.CheckReport;

/**
 * One self-contained HTML file for reviewers: inline CSS, no script, no external resource. A summary table of
 * documents, then per document its status, a chart of the indicators with findings (upper target, lower target
 * and base drawn side by side as inline SVG) and the findings table with evidence; then batch findings and the
 * rules that fired. Laid out by the template report/page.jte from a {@link ReportView}; the web server's result page
 * includes the same report/body.jte. Every text from the report is escaped by the template engine.
 */
public final class HtmlReport implements Reporter {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        out.append(Templates.render("report/page.jte", Map.of("view", new ReportView(report, waivers))));
    }
}
