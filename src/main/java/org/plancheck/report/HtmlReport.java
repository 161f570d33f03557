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
            .meta{color:#555;margin:2px 0}.summary{font-weight:bold}
            .st{display:inline-block;padding:1px 8px;border-radius:3px;color:#fff;font-weight:bold}
            .PASS{background:#2e7d32}.FAIL{background:#c62828}.UNVERIFIABLE{background:#6a1b9a}
            .sev{display:inline-block;padding:0 6px;border-radius:3px;color:#fff;white-space:nowrap}
            .error{background:#c62828}.warning{background:#ef6c00}.info{background:#0277bd}
            tr.waived td{color:#888}.waiver{display:block;color:#6d4c41;font-size:12px;margin-top:2px}
            q{quotes:"「" "」"}q.ev{background:#fff8c4}
            figure{margin:8px 0}figcaption{font-size:13px;color:#555}
            svg text{font-family:inherit}
            footer{margin-top:32px;color:#777;font-size:12px}
            ul.chain{list-style:none;padding-left:0;margin:6px 0}ul.chain ul{list-style:none;padding-left:28px;\
            border-left:2px solid #ccc;margin:2px 0 2px 10px}ul.chain li{margin:3px 0}
            .lvl{display:inline-block;min-width:64px;color:#555;font-size:13px}
            tr.differs td{background:#fff3e0}td.ind{white-space:nowrap}
            .note{color:#555;font-size:13px}
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
            chart(Labels.fileName(d.document()), d.findings(), waivers, out);
            long between = Links.between(report, d.document()).size();
            if (d.findings().isEmpty() && between > 0) {
                out.append("<p>对照上位规划未发现问题。</p>\n");
            } else {
                findings(report, d.findings(), waivers, out);
            }
            if (between > 0) {
                out.append("<p class=\"note\">另有 ").append(Long.toString(between))
                        .append(" 条与同批次本级总体规划或同级规划的衔接问题，见<a href=\"#links\">规划链与同级规划</a>。</p>\n");
            }
            out.append("</section>\n");
        }
        List<Finding> totals = report.batchFindings().stream().filter(f -> f.counterpart() == null).toList();
        if (!totals.isEmpty()) {
            out.append("<section id=\"batch\">\n<h2>批次汇总</h2>\n");
            chart("批次汇总", totals, waivers, out);
            findings(report, totals, waivers, out);
            out.append("</section>\n");
        }
        links(report, waivers, out);
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

    private static void findings(CheckReport report, List<Finding> findings, Waivers waivers, Appendable out)
            throws IOException {
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
                out.append(Links.notFound(report, f));
            } else {
                out.append(Xml.esc(f.lower()));
            }
            out.append("</td><td>").append(Xml.esc(f.fix())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /**
     * The plans of the batch taken together: the chain (upper plan, each jurisdiction's general plan, the special
     * plans under it), the indicators several plans of one jurisdiction state side by side, and the findings between
     * two plans (chain, peers) with both plans' evidence. Only when a jurisdiction has two or more plans in the batch
     * (a batch of county general plans alone shows none of it).
     */
    private static void links(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        List<Links.Group> chain = Links.chain(report);
        List<Finding> between = report.batchFindings().stream().filter(f -> f.counterpart() != null).toList();
        boolean linked = chain.stream().anyMatch(g -> g.general().size() + g.special().size() >= 2);
        if (!linked && between.isEmpty()) {
            return;                                    // no jurisdiction with two plans: nothing to set side by side
        }
        out.append("<section id=\"links\">\n<h2>规划链与同级规划</h2>\n");
        out.append("<h3>本批次的规划链</h3>\n<ul class=\"chain\">\n<li><span class=\"lvl\">上位规划</span>《")
                .append(Xml.esc(report.upperPlanName())).append("》\n<ul>\n");
        for (Links.Group g : chain) {
            if (g.tier() == org.plancheck.model.Tier.SAME) {
                for (DocumentResult d : g.special()) {
                    out.append("<li><span class=\"lvl\">同级专项</span>").append(planItem(report, d)).append("</li>\n");
                }
                for (DocumentResult d : g.general()) {
                    out.append("<li><span class=\"lvl\">本级总体</span>").append(planItem(report, d)).append("</li>\n");
                }
                continue;
            }
            boolean anchored = g.general().size() == 1;
            out.append("<li><span class=\"lvl\">").append(Xml.esc(g.jurisdiction())).append("</span>");
            if (g.general().isEmpty()) {
                out.append("（本批次无该辖区总体规划，专项规划只对照上位规划）");
            } else {
                for (DocumentResult d : g.general()) {
                    out.append(planItem(report, d)).append(' ');
                }
                if (!anchored) {
                    out.append("（同一辖区有多份总体规划，不构成规划链，见 PC-DUPLICATE）");
                }
            }
            if (!g.special().isEmpty()) {
                out.append("\n<ul>\n");
                for (DocumentResult d : g.special()) {
                    out.append("<li><span class=\"lvl\">专项规划</span>").append(planItem(report, d))
                            .append(anchored ? "：对照上位规划和本级总体规划" : "：对照上位规划").append("</li>\n");
                }
                out.append("</ul>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</li>\n</ul>\n");

        List<Links.SideBySide> tables = Links.sideBySide(report);
        if (!tables.isEmpty()) {
            out.append("<h3>同一辖区多份规划的指标对照（").append(Integer.toString(Links.targetYear(report)))
                    .append("年目标与基期值）</h3>\n<p class=\"note\">各规划写出的目标年目标和基期值（原文写法和页码，单位与本行不同的注明单位）；"
                            + "目标或基期（换算单位后）不同的行底色标出，是否构成问题以下方问题清单为准（单位换算、属性和方向由规则判断）。</p>\n");
            for (Links.SideBySide t : tables) {
                out.append("<table>\n<caption style=\"text-align:left;font-weight:bold\">")
                        .append(Xml.esc(t.jurisdiction())).append("</caption>\n<thead><tr><th>指标</th>");
                for (DocumentResult d : t.plans()) {
                    out.append("<th>").append(Xml.esc(Links.title(d))).append("<br><span class=\"note\">")
                            .append(Xml.esc(d.plan().kind().label())).append("</span></th>");
                }
                out.append("</tr></thead>\n<tbody>\n");
                for (Links.Row r : t.rows()) {
                    out.append(r.differs() ? "<tr class=\"differs\">" : "<tr>").append("<td class=\"ind\">")
                            .append(Xml.esc(Labels.text(r.name()) + (r.unit() == null ? "" : "（" + r.unit() + "）")))
                            .append("</td>");
                    for (org.plancheck.model.PlanFigure f : r.figures()) {
                        out.append("<td>").append(Xml.esc(r.cell(f))).append("</td>");
                    }
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            }
        }

        for (Links.Kind k : new Links.Kind[] {Links.Kind.CHAIN, Links.Kind.PEERS}) {
            List<Finding> fs = between.stream().filter(f -> Links.kind(report, f).orElse(null) == k).toList();
            out.append("<h3>").append(Xml.esc(k.label)).append("</h3>\n");
            if (fs.isEmpty()) {
                out.append("<p>未发现问题。</p>\n");
                continue;
            }
            out.append("<table>\n<thead><tr><th>级别</th><th>规则</th><th>指标</th><th>本规划表述</th>"
                    + "<th>对照规划表述</th><th>问题</th><th>修改建议</th></tr></thead>\n<tbody>\n");
            for (Finding f : fs) {
                Waiver w = waivers.of(f);
                out.append(w == null ? "<tr>" : "<tr class=\"waived\">");
                out.append("<td><span class=\"sev ").append(f.severity().code()).append("\">")
                        .append(Xml.esc(f.severity().label())).append("</span>");
                if (w != null) {
                    out.append("<span class=\"waiver\">").append(Xml.esc(w.describe())).append("</span>");
                }
                String own = report.documents().stream().filter(d -> d.document().equals(f.document()))
                        .map(Links::title).findFirst().orElse(Labels.fileName(f.document()));
                out.append("</td><td class=\"nw\">").append(Xml.esc(f.ruleId())).append("</td><td>")
                        .append(Xml.esc(Labels.indicator(f))).append("</td><td>").append(Xml.esc(own)).append(' ')
                        .append(Xml.esc(Labels.page(f.evidence()))).append("<br><q class=\"ev\">")
                        .append(Xml.esc(f.evidence().text())).append("</q></td><td>")
                        .append(Xml.esc(f.counterpart().plan())).append(' ')
                        .append(Xml.esc(Labels.page(f.counterpart().evidence()))).append("<br><q class=\"ev\">")
                        .append(Xml.esc(f.counterpart().evidence().text())).append("</q></td><td>")
                        .append(Xml.esc(f.message())).append("</td><td>").append(Xml.esc(f.fix()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    /** A plan in the chain: its title, linked to its section, and its status against the upper plan. */
    private static String planItem(CheckReport report, DocumentResult d) {
        int i = report.documents().indexOf(d) + 1;
        return "<a href=\"#doc-" + i + "\">" + Xml.esc(Links.title(d)) + "</a> " + status(d);
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
                + (Labels.page(f.evidence()).isEmpty() ? "" : " · " + Labels.page(f.evidence()));
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
