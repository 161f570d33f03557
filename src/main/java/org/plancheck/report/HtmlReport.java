package org.plancheck.report;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.RuleInfo;

/**
 * One self-contained HTML file for reviewers: inline CSS, no script, no external resource. A summary table of
 * documents, then per document its status, a chart of the indicators with findings (upper target, lower target
 * and base drawn side by side as inline SVG) and the findings table with evidence; then batch findings and the
 * rules that fired. Every text from the report is escaped.
 */
public final class HtmlReport implements Reporter {
    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:24px;\
            color:#222;line-height:1.5;max-width:1240px}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 4px;border-bottom:2px solid #ccc}
            h3{font-size:16px;margin:16px 0 4px}
            table{border-collapse:collapse;width:100%;margin:8px 0;font-size:13px}
            th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
            th{background:#f0f0f0}td.n{text-align:right}td.nw{white-space:nowrap}
            .meta{color:#555;margin:2px 0}.ocr{background:#fff3cd;border-left:4px solid #e0a800;padding:4px 8px}.summary{font-weight:bold}
            .st{display:inline-block;padding:1px 8px;border-radius:3px;color:#fff;font-weight:bold}
            .PASS{background:#2e7d32}.FAIL{background:#c62828}.UNVERIFIABLE{background:#6a1b9a}
            .sev{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;white-space:nowrap}
            .error{background:#c62828}.warning{background:#ef6c00}.info{background:#0277bd}
            tr.waived td{color:#888}.waiver{display:block;color:#6d4c41;font-size:12px;margin-top:2px}
            q{quotes:"「" "」"}q.ev{background:#fff8c4}
            figure{margin:8px 0}figcaption{font-size:13px;color:#555}
            svg text{font-family:inherit}
            footer{margin-top:32px;color:#777;font-size:12px}
            """;

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
        out.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>规划衔接检查报告</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<h1>规划衔接检查报告</h1>\n");
        out.append("<p class=\"meta\">对照上位规划：").append(Xml.esc(report.upperPlanName())).append("</p>\n");
        out.append("<p class=\"summary\">").append(Xml.esc(Summary.of(report, waivers).line())).append("</p>\n");

        out.append("<table>\n<thead><tr><th>文档</th><th>辖区</th><th>类型</th><th>状态</th><th>错误</th><th>警告</th>"
                + "<th>提示</th></tr></thead>\n<tbody>\n");
        int i = 0;
        for (DocumentResult d : report.documents()) {
            i++;
            long[] n = counts(d.findings(), waivers);
            out.append("<tr><td><a href=\"#doc-").append(Integer.toString(i)).append("\">")
                    .append(Xml.esc(Labels.fileName(d.document()))).append("</a></td><td>")
                    .append(Xml.esc(Labels.text(d.plan().jurisdiction()))).append("</td><td>")
                    .append(Xml.esc(d.plan().kind().label())).append("</td><td>").append(status(d))
                    .append("</td><td class=\"n\">").append(Long.toString(n[2])).append("</td><td class=\"n\">")
                    .append(Long.toString(n[1])).append("</td><td class=\"n\">").append(Long.toString(n[0]))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");

        i = 0;
        for (DocumentResult d : report.documents()) {
            i++;
            out.append("<section id=\"doc-").append(Integer.toString(i)).append("\">\n<h2>")
                    .append(Xml.esc(Labels.fileName(d.document()))).append("</h2>\n");
            String title = Labels.text(d.plan().title());
            out.append("<p class=\"meta\">").append(Xml.esc((title.isEmpty() ? "" : title + " · ") + Labels.planLine(d)))
                    .append("<br>文件：").append(Xml.esc(d.document())).append("</p>\n");
            out.append("<p>").append(status(d)).append(' ').append(Xml.esc(Labels.status(d, waivers)))
                    .append("</p>\n");
            if (d.ocr() != null) {
                out.append("<p class=\"ocr\">").append(Xml.esc(Labels.ocr(d.ocr()))).append("</p>\n");
            }
            chart(Labels.fileName(d.document()), d.findings(), waivers, out);
            findings(d.findings(), waivers, out);
            out.append("</section>\n");
        }
        if (!report.batchFindings().isEmpty()) {
            out.append("<section id=\"batch\">\n<h2>批次汇总</h2>\n");
            chart("批次汇总", report.batchFindings(), waivers, out);
            findings(report.batchFindings(), waivers, out);
            out.append("</section>\n");
        }
        rules(report, out);
        out.append("<footer>由 plancheck 生成。页码为PDF页序（从1起）；引文为下位规划原文。</footer>\n</body>\n</html>\n");
    }

    private static long[] counts(List<Finding> findings, Waivers waivers) {
        long[] n = new long[3];
        findings.stream().filter(waivers::active).forEach(f -> n[f.severity().ordinal()]++);
        return n;
    }

    private static String status(DocumentResult d) {
        return "<span class=\"st " + d.status().name() + "\">" + Xml.esc(d.status().label()) + "</span>";
    }

    private static void findings(List<Finding> findings, Waivers waivers, Appendable out) throws IOException {
        if (findings.isEmpty()) {
            out.append("<p>未发现问题。</p>\n");
            return;
        }
        out.append("<table>\n<thead><tr><th>级别</th><th>规则</th><th>指标</th><th>页码</th><th>问题</th>"
                + "<th>上位规划</th><th>本规划表述</th><th>修改建议</th></tr></thead>\n<tbody>\n");
        for (Finding f : findings) {
            Waiver w = waivers.of(f);
            out.append(w == null ? "<tr>" : "<tr class=\"waived\">");
            out.append("<td><span class=\"sev ").append(f.severity().code()).append("\">")
                    .append(Xml.esc(f.severity().label())).append("</span>");
            if (w != null) {
                out.append("<span class=\"waiver\">").append(Xml.esc(w.describe())).append("</span>");
            }
            out.append("</td><td class=\"nw\">").append(Xml.esc(f.ruleId())).append("</td><td>")
                    .append(Xml.esc(Labels.indicator(f))).append("</td><td class=\"nw\">")
                    .append(Xml.esc(Labels.page(f.evidence()))).append("</td><td>").append(Xml.esc(f.message()))
                    .append("</td><td>").append(Xml.esc(f.upper())).append("</td><td>");
            if (!f.evidence().text().isEmpty()) {
                out.append("<q class=\"ev\">").append(Xml.esc(f.evidence().text())).append("</q>");
            } else if (f.indicatorId() != null && f.document() != null && Labels.text(f.lower()).isEmpty()) {
                out.append("（未找到该指标）");
            } else {
                out.append(Xml.esc(f.lower()));
            }
            out.append("</td><td>").append(Xml.esc(f.fix())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void rules(CheckReport report, Appendable out) throws IOException {
        Set<String> fired = new LinkedHashSet<>();
        report.allFindings().forEach(f -> fired.add(f.ruleId()));
        List<RuleInfo> used = report.rules().stream().filter(r -> fired.contains(r.id())).toList();
        if (used.isEmpty()) {
            return;
        }
        out.append("<section id=\"rules\">\n<h2>规则说明</h2>\n<table>\n<thead><tr><th>规则</th><th>名称</th>"
                + "<th>默认级别</th><th>说明</th></tr></thead>\n<tbody>\n");
        for (RuleInfo r : used) {
            out.append("<tr><td>").append(Xml.esc(r.id())).append("</td><td>").append(Xml.esc(r.title()))
                    .append("</td><td>").append(Xml.esc(r.severityLabel())).append("</td><td>")
                    .append(Xml.esc(r.explanation())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    // ---- chart -------------------------------------------------------------------------------------------

    private static final int WIDTH = 960;
    private static final int LABEL = 330;
    private static final int PLOT_END = 880;
    private static final int ROW = 64;
    private static final int TOP = 34;

    /**
     * Each indicator with a number on either side gets its own scale (units differ): a bar for the upper
     * target, a bar for the lower target, a dashed line for the base. The indicator and rule are named in the
     * SVG text so the chart reads without the table.
     */
    static void chart(String caption, List<Finding> findings, Waivers waivers, Appendable out) throws IOException {
        List<Finding> drawn = findings.stream()
                .filter(f -> f.upperValue() != null || f.lowerValue() != null || f.baseValue() != null).toList();
        if (drawn.isEmpty()) {
            return;
        }
        int height = TOP + drawn.size() * ROW + 8;
        out.append("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ")
                .append(Integer.toString(WIDTH)).append(' ').append(Integer.toString(height))
                .append("\" style=\"max-width:").append(Integer.toString(WIDTH)).append("px\">\n");
        out.append("<title>").append(Xml.esc(caption + "：有问题的指标，上位目标、本规划目标与基期值对比"))
                .append("</title>\n");
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(Integer.toString(WIDTH)).append("\" height=\"")
                .append(Integer.toString(height)).append("\" fill=\"#fafafa\" stroke=\"#ddd\"/>\n");
        // legend
        out.append("<rect x=\"").append(Integer.toString(LABEL)).append("\" y=\"10\" width=\"14\" height=\"10\" "
                + "fill=\"#5b7fa6\"/><text x=\"").append(Integer.toString(LABEL + 18))
                .append("\" y=\"19\" font-size=\"12\">上位目标</text>\n");
        out.append("<rect x=\"").append(Integer.toString(LABEL + 90)).append("\" y=\"10\" width=\"14\" "
                + "height=\"10\" fill=\"#c62828\"/><text x=\"").append(Integer.toString(LABEL + 108))
                .append("\" y=\"19\" font-size=\"12\">本规划目标（颜色表示级别）</text>\n");
        out.append("<line x1=\"").append(Integer.toString(LABEL + 280)).append("\" y1=\"8\" x2=\"")
                .append(Integer.toString(LABEL + 280)).append("\" y2=\"22\" stroke=\"#222\" stroke-width=\"2\" "
                + "stroke-dasharray=\"3,2\"/><text x=\"").append(Integer.toString(LABEL + 286))
                .append("\" y=\"19\" font-size=\"12\">基期值</text>\n");
        int y = TOP;
        for (Finding f : drawn) {
            row(f, waivers.of(f), y, out);
            y += ROW;
        }
        out.append("</svg>\n<figcaption>").append(Xml.esc(caption))
                .append("：每项指标单独标尺；数值为规划所写的目标和基期值。</figcaption>\n</figure>\n");
    }

    private static void row(Finding f, Waiver w, int y, Appendable out) throws IOException {
        double lo = 0;
        double hi = 0;
        for (Double v : new Double[] {f.upperValue(), f.lowerValue(), f.baseValue()}) {
            if (v != null) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi - lo <= 0) {
            hi = lo + 1;
        }
        hi = hi + (hi - lo) * 0.12;
        String colour = w != null ? "#9e9e9e" : switch (f.severity()) {
            case ERROR -> "#c62828";
            case WARNING -> "#ef6c00";
            case INFO -> "#0277bd";
        };
        String name = f.indicatorName() == null ? Labels.text(f.indicatorId()) : f.indicatorName();
        out.append("<g>\n");
        out.append("<line x1=\"0\" y1=\"").append(Integer.toString(y + ROW - 4)).append("\" x2=\"")
                .append(Integer.toString(WIDTH)).append("\" y2=\"").append(Integer.toString(y + ROW - 4))
                .append("\" stroke=\"#e4e4e4\"/>\n");
        out.append("<text x=\"10\" y=\"").append(Integer.toString(y + 20)).append("\" font-size=\"14\" "
                + "font-weight=\"bold\">").append(Xml.esc(shorten(name, 22))).append("</text>\n");
        String sub = f.ruleId() + " · " + f.severity().label() + (w == null ? "" : " · " + w.kind().label())
                + (f.evidence().page() > 0 ? " · " + Labels.page(f.evidence()) : "");
        out.append("<text x=\"10\" y=\"").append(Integer.toString(y + 40)).append("\" font-size=\"12\" fill=\"")
                .append(colour).append("\">").append(Xml.esc(sub)).append("</text>\n");
        bar(out, "上位", f.upperValue(), lo, hi, y + 6, "#5b7fa6");
        bar(out, "本规划", f.lowerValue(), lo, hi, y + 28, colour);
        if (f.baseValue() != null) {
            double x = x(f.baseValue(), lo, hi);
            out.append("<line x1=\"").append(fmt(x)).append("\" y1=\"").append(Integer.toString(y + 2))
                    .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(Integer.toString(y + 50))
                    .append("\" stroke=\"#222\" stroke-width=\"2\" stroke-dasharray=\"3,2\"/>\n");
            out.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(Integer.toString(y + 60))
                    .append("\" font-size=\"11\" text-anchor=\"middle\">基期 ")
                    .append(Xml.esc(Labels.number(f.baseValue()))).append("</text>\n");
        }
        out.append("</g>\n");
    }

    private static void bar(Appendable out, String label, Double v, double lo, double hi, int y, String colour)
            throws IOException {
        out.append("<text x=\"").append(Integer.toString(LABEL - 6)).append("\" y=\"").append(Integer.toString(y + 13))
                .append("\" font-size=\"12\" text-anchor=\"end\">").append(label).append("</text>\n");
        if (v == null) {
            out.append("<text x=\"").append(Integer.toString(LABEL + 4)).append("\" y=\"")
                    .append(Integer.toString(y + 13)).append("\" font-size=\"12\" fill=\"#777\">（无数值）</text>\n");
            return;
        }
        double x0 = x(Math.max(lo, 0), lo, hi);
        double x1 = x(v, lo, hi);
        double left = Math.min(x0, x1);
        double width = Math.max(1, Math.abs(x1 - x0));
        out.append("<rect x=\"").append(fmt(left)).append("\" y=\"").append(Integer.toString(y))
                .append("\" width=\"").append(fmt(width)).append("\" height=\"16\" fill=\"").append(colour)
                .append("\"/>\n");
        out.append("<text x=\"").append(fmt(left + width + 4)).append("\" y=\"").append(Integer.toString(y + 13))
                .append("\" font-size=\"12\">").append(Xml.esc(Labels.number(v))).append("</text>\n");
    }

    private static double x(double v, double lo, double hi) {
        return LABEL + (v - lo) / (hi - lo) * (PLOT_END - LABEL);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}
