package org.plancheck.report;

import java.util.List;

/** The one place that maps a format name to its reporter. */
public final class Reporters {
    /** Every format, in the order --help lists them. */
    public static final List<String> FORMATS = List.of("text", "json", "html", "md", "sarif", "junit", "opinion", "docx");

    private Reporters() {
    }

    /** The reporter for {@code format}; IllegalArgumentException names the accepted formats. */
    public static Reporter of(String format, ReportOptions options) {
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> new TextReport(options.colour());
            case "json" -> new JsonReport();
            case "html" -> new HtmlReport();
            case "md", "markdown" -> new MarkdownReport();
            case "sarif" -> new SarifReport(options.toolVersion());
            case "junit" -> new JunitReport();
            case "opinion" -> new OpinionReport();
            case "docx" -> new DocxOpinionReport();
            default -> throw new IllegalArgumentException(
                    "unknown format '" + format + "'; use one of " + String.join(", ", FORMATS));
        };
    }
}
