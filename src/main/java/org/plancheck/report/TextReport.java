package org.plancheck.report;

import java.io.IOException;
import java.util.List;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Names;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;

/**
 * The terminal report: one block per document (file, plan, status line), its findings with page and quoted
 * evidence, then batch findings and the totals. ANSI colour only when asked for (stdout is a terminal).
 */
public final class TextReport implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String MAGENTA = "\u001b[35m";
    private static final String CYAN = "\u001b[36m";

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        out.append(paint(BOLD, "对照上位规划：" + Names.printable(report.upperPlanName()))).append('\n');
        for (DocumentResult d : report.documents()) {
            out.append('\n');
            // names and text come from outside (file names, PDF text): control characters are escaped, so nothing
            // raw reaches the terminal
            out.append(paint(BOLD, "■ " + Names.printable(d.document()))).append('\n');
            String title = d.plan().title() == null || d.plan().title().isEmpty() ? "" : d.plan().title() + " · ";
            out.append("  ").append(Names.printable(title + Labels.planLine(d))).append('\n');
            out.append("  状态：").append(paint(colourOf(d.status()), Names.printable(Labels.status(d, waivers))))
                    .append('\n');
            if (d.ocr() != null) {
                out.append("  ").append(paint(YELLOW, "OCR：" + Labels.ocr(d.ocr()))).append('\n');
            }
            findings(report, d.findings(), waivers, out);
        }
        List<Finding> totals = report.batchFindings().stream().filter(f -> f.counterpart() == null).toList();
        List<Finding> between = report.batchFindings().stream().filter(f -> f.counterpart() != null).toList();
        if (!totals.isEmpty()) {
            out.append('\n').append(paint(BOLD, "■ 批次汇总")).append('\n');
            findings(report, totals, waivers, out);
        }
        if (!between.isEmpty()) {
            out.append('\n').append(paint(BOLD, "■ 规划链与同级规划（批次中同一辖区的规划相互对照）")).append('\n');
            findings(report, between, waivers, out);
        }
        out.append('\n').append(paint(BOLD, Summary.of(report, waivers).line())).append('\n');
    }

    private void findings(CheckReport report, List<Finding> findings, Waivers waivers, Appendable out)
            throws IOException {
        for (Finding f : findings) {
            Waiver w = waivers.of(f);
            String page = Labels.page(f.evidence());
            String head = "[" + f.severity().label() + "] " + f.ruleId() + " " + Labels.indicator(f)
                    + (page.isEmpty() ? "" : " " + page);
            out.append("  ").append(paint(w == null ? colourOf(f.severity()) : DIM, Names.printable(head)));
            if (w != null) {
                out.append(' ').append(paint(DIM, "〔" + Names.printable(w.describe()) + "〕"));
            }
            out.append('\n');
            if (f.counterpart() != null) {
                line(out, "文档", f.document());
            }
            line(out, "问题", f.message());
            line(out, "上位", f.upper());
            line(out, "下位", f.lower());
            if (f.evidence() != null && !f.evidence().text().isEmpty()) {
                line(out, "原文", "「" + f.evidence().text() + "」");
            } else if (f.indicatorId() != null && f.document() != null && Labels.text(f.lower()).isEmpty()) {
                line(out, "原文", Links.notFound(report, f));
            }
            if (f.counterpart() != null) {
                String at = Labels.page(f.counterpart().evidence());
                line(out, "对照", f.counterpart().plan() + at + "「"
                        + f.counterpart().evidence().text() + "」（" + f.counterpart().document() + "）");
            }
            line(out, "修改", f.fix());
            line(out, "依据", f.explanation());
        }
    }

    private static void line(Appendable out, String label, String text) throws IOException {
        if (text != null && !text.isEmpty()) {
            out.append("      ").append(label).append("：").append(Names.printableLines(text).replace("\n", "\n        "))
                    .append('\n');
        }
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String colourOf(Severity s) {
        return switch (s) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private static String colourOf(Status s) {
        return switch (s) {
            case PASS -> GREEN;
            case FAIL -> RED;
            case UNVERIFIABLE -> MAGENTA;
        };
    }
}
