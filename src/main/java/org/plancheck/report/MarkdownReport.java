package org.plancheck.report;

import java.io.IOException;
import java.util.List;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Names;

/** Markdown for pull requests and wikis: a summary table, then per document a table of its findings. */
public final class MarkdownReport implements Reporter {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        out.append("# 规划衔接检查报告\n\n");
        out.append("对照上位规划：").append(inline(report.upperPlanName())).append("\n\n");
        out.append(inline(Summary.of(report, waivers).line())).append("\n\n");
        out.append("| 文档 | 辖区 | 类型 | 状态 | 错误 | 警告 | 提示 |\n");
        out.append("| --- | --- | --- | --- | ---: | ---: | ---: |\n");
        for (DocumentResult d : report.documents()) {
            long[] n = new long[3];
            d.findings().stream().filter(waivers::active).forEach(f -> n[f.severity().ordinal()]++);
            out.append("| ").append(cell(Labels.fileName(d.document()))).append(" | ")
                    .append(cell(Labels.text(d.plan().jurisdiction()))).append(" | ")
                    .append(cell(d.plan().kindLabel())).append(" | ")
                    .append(cell(d.status().label())).append(" | ")
                    .append(Long.toString(n[2])).append(" | ").append(Long.toString(n[1])).append(" | ")
                    .append(Long.toString(n[0])).append(" |\n");
        }
        for (DocumentResult d : report.documents()) {
            out.append("\n## ").append(inline(Labels.fileName(d.document()))).append("\n\n");
            out.append("- 文件：`").append(Names.printable(d.document()).replace("`", "'")).append("`\n");
            out.append("- 规划：").append(inline(Labels.text(d.plan().title()).isEmpty() ? Labels.planLine(d)
                    : d.plan().title() + "（" + Labels.planLine(d) + "）")).append('\n');
            out.append("- 状态：**").append(inline(Labels.status(d, waivers))).append("**\n");
            if (d.ocr() != null) {
                out.append("- OCR：").append(inline(Labels.ocr(d.ocr()))).append('\n');
            }
            out.append('\n');
            table(report, d.findings(), waivers, out);
        }
        List<Finding> totals = report.batchFindings().stream().filter(f -> f.counterpart() == null).toList();
        List<Finding> between = report.batchFindings().stream().filter(f -> f.counterpart() != null).toList();
        if (!totals.isEmpty()) {
            out.append("\n## 批次汇总\n\n");
            table(report, totals, waivers, out);
        }
        if (!between.isEmpty()) {
            out.append("\n## 规划链与同级规划\n\n");
            between(between, waivers, out);
        }
    }

    /** Findings between two plans: each plan's statement with page and quote, side by side. */
    private static void between(List<Finding> findings, Waivers waivers, Appendable out) throws IOException {
        out.append("| 级别 | 规则 | 指标 | 本规划 | 对照规划 | 问题 | 修改建议 |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Finding f : findings) {
            Waiver w = waivers.of(f);
            String level = f.severity().label() + (w == null ? "" : "（" + w.describe() + "）");
            String own = Labels.fileName(f.document()) + " " + Labels.page(f.evidence()) + "「" + f.evidence().text()
                    + "」";
            String other = f.counterpart().plan() + " " + Labels.page(f.counterpart().evidence()) + "「"
                    + f.counterpart().evidence().text() + "」";
            out.append("| ").append(cell(level))
                    .append(" | ").append(cell(f.ruleId()))
                    .append(" | ").append(cell(Labels.indicator(f)))
                    .append(" | ").append(cell(own))
                    .append(" | ").append(cell(other))
                    .append(" | ").append(cell(f.message()))
                    .append(" | ").append(cell(f.fix())).append(" |\n");
        }
    }

    private static void table(CheckReport report, List<Finding> findings, Waivers waivers, Appendable out) throws IOException {
        if (findings.isEmpty()) {
            out.append("未发现问题。\n");
            return;
        }
        out.append("| 级别 | 规则 | 指标 | 页码 | 问题 | 上位规划 | 本规划表述 | 修改建议 |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Finding f : findings) {
            Waiver w = waivers.of(f);
            String level = f.severity().label() + (w == null ? "" : "（" + w.describe() + "）");
            String quote = !f.evidence().text().isEmpty() ? "「" + f.evidence().text() + "」"
                    : !Labels.text(f.lower()).isEmpty() ? f.lower()
                    : f.indicatorId() != null && f.document() != null ? Links.notFound(report, f) : "";
            out.append("| ").append(cell(level))
                    .append(" | ").append(cell(f.ruleId()))
                    .append(" | ").append(cell(Labels.indicator(f)))
                    .append(" | ").append(cell(Labels.page(f.evidence())))
                    .append(" | ").append(cell(f.message()))
                    .append(" | ").append(cell(f.upper()))
                    .append(" | ").append(cell(quote))
                    .append(" | ").append(cell(f.fix())).append(" |\n");
        }
    }

    /** A table cell: pipes escaped, line breaks as <br>, Markdown and HTML specials made literal. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|").replace("\n", "<br>");
    }

    /** Running text: characters Markdown or embedded HTML would interpret are escaped. */
    static String inline(String s) {
        if (s == null) {
            return "";
        }
        // "R&D" stays readable; only what a renderer would take for an entity is escaped.
        String t = s.replace("\r", "").replaceAll("&(?=#?[A-Za-z0-9]+;)", "&amp;");
        StringBuilder b = new StringBuilder(t.length());
        for (char c : t.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\\', '`', '*', '_', '[', ']', '#' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
