package org.plancheck.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.RuleInfo;

/**
 * What the HTML report shows, prepared for the templates (src/main/jte/report/): every label, count and chart
 * coordinate is decided here, the templates only lay them out and escape them. The same view feeds the CLI's
 * {@code --format html} file and the web server's result page.
 */
public final class ReportView {
    private final CheckReport report;
    private final Waivers waivers;

    public ReportView(CheckReport report, Waivers waivers) {
        this.report = report;
        this.waivers = waivers;
    }

    private static final String CSS = resource("report.css");

    /** The report's style sheet (inlined in the CLI's file, served as /assets/report.css by the web server). */
    public static String css() {
        return CSS;
    }

    private static String resource(String name) {
        try (java.io.InputStream in = ReportView.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("missing resource " + name, e);
        }
    }

    public String upperPlanName() {
        return Labels.text(report.upperPlanName());
    }

    /** "共 3 份文档：通过 1，不通过 1，无法核验 1；错误 3，警告 0，提示 1". */
    public String summary() {
        return Summary.of(report, waivers).line();
    }

    /** One document: the summary row, its heading, its chart and its findings. */
    public record Document(int index, String fileName, String jurisdiction, String kind, String statusCode,
                           String statusLabel, long errors, long warnings, long infos, String meta, String path,
                           String statusLine, String ocr, Chart chart, List<Row> findings) {
    }

    /** One finding as a table row. {@code evidence} is quoted; else {@code lower} is shown as is. */
    public record Row(String severityCode, String severityLabel, String waiver, String ruleId, String indicator,
                      String page, String message, String upper, String evidence, String lower, String fix) {
        public boolean waived() {
            return waiver != null;
        }
    }

    public List<Document> documents() {
        List<Document> out = new ArrayList<>();
        int i = 0;
        for (DocumentResult d : report.documents()) {
            i++;
            long[] n = counts(d.findings());
            String name = Labels.fileName(d.document());
            String title = Labels.text(d.plan().title());
            out.add(new Document(i, name, Labels.text(d.plan().jurisdiction()), d.plan().kindLabel(),
                    d.status().name(), d.status().label(), n[2], n[1], n[0],
                    (title.isEmpty() ? "" : title + " · ") + Labels.planLine(d), d.document(),
                    Labels.status(d, waivers), d.ocr() == null ? null : Labels.ocr(d.ocr()), chart(name, d.findings()),
                    rows(d.findings())));
        }
        return out;
    }

    /**
     * A section of the report: one per document, then the batch findings when there are any. {@code statusCode},
     * {@code meta} and {@code path} are null for the batch; {@code ocr}, the notice of a document read by OCR
     * (「本文档为扫描件，经OCR识别，请对照纸质文件核对数值……」), is null for a text document and the batch.
     */
    public record Section(String id, String heading, String meta, String path, String statusCode, String statusLabel,
                          String statusLine, String ocr, Chart chart, List<Row> findings, String empty,
                          String linksNote) {
    }

    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        List<DocumentResult> results = report.documents();
        List<Document> docs = documents();
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            // findings between this plan and another of the batch are listed in the links section; say so here
            long between = Links.between(report, results.get(i).document()).size();
            out.add(new Section("doc-" + d.index(), d.fileName(), d.meta(), d.path(), d.statusCode(),
                    d.statusLabel(), d.statusLine(), d.ocr(), d.chart(), d.findings(),
                    between > 0 ? "对照上位规划未发现问题。" : "未发现问题。",
                    between > 0 ? "另有 " + between + " 条与同批次本级总体规划或同级规划的衔接问题，见" : null));
        }
        List<Finding> totals = report.batchFindings().stream().filter(f -> f.counterpart() == null).toList();
        if (!totals.isEmpty()) {
            out.add(new Section("batch", "批次汇总", null, null, null, null, null, null,
                    chart("批次汇总", totals), rows(totals), "未发现问题。", null));
        }
        return out;
    }

    // ---- the plans of the batch taken together (chain, side by side, findings between two plans) --------------

    /**
     * The links section: the chain of plans, the side-by-side tables and the findings between two plans; null when
     * no jurisdiction has two plans in the batch and nothing was found between plans (a batch of county general
     * plans alone shows none of it).
     */
    public record LinksView(String upperPlanName, List<ChainLine> chain, int year, List<SideTable> tables,
                            List<BetweenSection> sections) {
    }

    /** A line of the chain: a label, its plans, a note, and the lines under it (a county's special plans). */
    public record ChainLine(String label, List<ChainPlan> plans, String note, List<ChainLine> children) {
    }

    /** A plan in the chain, linked to its section, with its status against the upper plan. */
    public record ChainPlan(int index, String title, String statusCode, String statusLabel) {
    }

    /** One jurisdiction's plans side by side: a column per plan, a row per indicator two or more of them state. */
    public record SideTable(String jurisdiction, List<ChainPlan> plans, List<String> kinds, List<SideRow> rows) {
    }

    /**
     * An indicator with its unit and each plan's cell (「—」 where the plan does not state it); {@code problem} when a
     * rule found a problem between two of these plans on it (listed below the table), {@code differs} when the plans
     * merely state different numbers (a special plan stricter than the general one is no problem).
     */
    public record SideRow(boolean problem, boolean differs, String name, List<String> cells) {
    }

    /** The findings of one kind between two plans (规划链, 同级规划). */
    public record BetweenSection(String heading, List<BetweenRow> rows) {
    }

    /** A finding between two plans: this plan's statement and the other plan's, each with place and quote. */
    public record BetweenRow(String severityCode, String severityLabel, String waiver, String ruleId, String indicator,
                             String own, String ownQuote, String other, String otherQuote, String message,
                             String fix) {
        public boolean waived() {
            return waiver != null;
        }
    }

    public LinksView links() {
        List<Links.Group> groups = Links.chain(report);
        List<Finding> between = report.batchFindings().stream().filter(f -> f.counterpart() != null).toList();
        boolean linked = groups.stream().anyMatch(g -> g.general().size() + g.special().size() >= 2);
        if (!linked && between.isEmpty()) {
            return null;
        }
        List<ChainLine> chain = new ArrayList<>();
        for (Links.Group g : groups) {
            if (g.tier() == org.plancheck.model.Tier.SAME) {
                g.special().forEach(d -> chain.add(new ChainLine("同级专项", List.of(plan(d)), "", List.of())));
                g.general().forEach(d -> chain.add(new ChainLine("本级总体", List.of(plan(d)), "", List.of())));
                continue;
            }
            boolean anchored = g.general().size() == 1;
            String note = g.general().isEmpty() ? "（本批次无该辖区总体规划，专项规划只对照上位规划）"
                    : anchored ? "" : "（同一辖区有多份总体规划，不构成规划链，见 PC-DUPLICATE）";
            List<ChainLine> children = g.special().stream().map(d -> new ChainLine("专项规划", List.of(plan(d)),
                    anchored ? "：对照上位规划和本级总体规划" : "：对照上位规划", List.<ChainLine>of())).toList();
            chain.add(new ChainLine(g.jurisdiction(), g.general().stream().map(this::plan).toList(), note, children));
        }
        List<SideTable> tables = new ArrayList<>();
        for (Links.SideBySide t : Links.sideBySide(report)) {
            java.util.Set<String> docs = new java.util.HashSet<>();
            t.plans().forEach(d -> docs.add(d.document()));
            java.util.Set<String> flagged = new java.util.HashSet<>();
            for (Finding f : between) {
                if (f.indicatorId() != null && docs.contains(f.document())
                        && docs.contains(f.counterpart().document())) {
                    flagged.add(f.indicatorId());
                }
            }
            List<SideRow> rows = t.rows().stream().map(r -> new SideRow(flagged.contains(r.indicatorId()), r.differs(),
                    Labels.text(r.name()) + (r.unit() == null ? "" : "（" + r.unit() + "）"),
                    r.figures().stream().map(r::cell).toList())).toList();
            tables.add(new SideTable(t.jurisdiction(), t.plans().stream().map(this::plan).toList(),
                    t.plans().stream().map(d -> d.plan().kindLabel()).toList(), rows));
        }
        List<BetweenSection> sections = new ArrayList<>();
        for (Links.Kind k : new Links.Kind[] {Links.Kind.CHAIN, Links.Kind.PEERS}) {
            List<BetweenRow> rows = new ArrayList<>();
            for (Finding f : between) {
                if (Links.kind(report, f).orElse(null) != k) {
                    continue;
                }
                Waiver w = waivers.of(f);
                String own = report.documents().stream().filter(d -> d.document().equals(f.document()))
                        .map(Links::title).findFirst().orElse(Labels.fileName(f.document()));
                rows.add(new BetweenRow(f.severity().code(), f.severity().label(), w == null ? null : w.describe(),
                        f.ruleId(), Labels.indicator(f), own + " " + Labels.page(f.evidence()), f.evidence().text(),
                        f.counterpart().plan() + " " + Labels.page(f.counterpart().evidence()),
                        f.counterpart().evidence().text(), Labels.text(f.message()), Labels.text(f.fix())));
            }
            sections.add(new BetweenSection(k.label, rows));
        }
        return new LinksView(upperPlanName(), chain, Links.targetYear(report), tables, sections);
    }

    private ChainPlan plan(DocumentResult d) {
        return new ChainPlan(report.documents().indexOf(d) + 1, Links.title(d), d.status().name(),
                d.status().label());
    }

    /** The rules that fired, in the order the report lists its rules. */
    public List<RuleInfo> rulesUsed() {
        Set<String> fired = new LinkedHashSet<>();
        report.allFindings().forEach(f -> fired.add(f.ruleId()));
        return report.rules().stream().filter(r -> fired.contains(r.id())).toList();
    }

    private long[] counts(List<Finding> findings) {
        long[] n = new long[3];
        findings.stream().filter(waivers::active).forEach(f -> n[f.severity().ordinal()]++);
        return n;
    }

    private List<Row> rows(List<Finding> findings) {
        List<Row> out = new ArrayList<>();
        for (Finding f : findings) {
            Waiver w = waivers.of(f);
            String lower;
            if (!f.evidence().text().isEmpty()) {
                lower = "";
            } else if (f.indicatorId() != null && f.document() != null && Labels.text(f.lower()).isEmpty()) {
                lower = Links.notFound(report, f);
            } else {
                lower = Labels.text(f.lower());
            }
            out.add(new Row(f.severity().code(), f.severity().label(), w == null ? null : w.describe(), f.ruleId(),
                    Labels.indicator(f), Labels.page(f.evidence()), Labels.text(f.message()),
                    Labels.text(f.upper()), f.evidence().text(), lower, Labels.text(f.fix())));
        }
        return out;
    }

    // ---- chart -------------------------------------------------------------------------------------------

    public static final int WIDTH = 960;
    public static final int LABEL = 330;
    private static final int PLOT_END = 880;
    private static final int ROW = 64;
    private static final int TOP = 34;

    /**
     * Each indicator with a number on either side gets its own scale (units differ): a bar for the upper target,
     * a bar for the lower target, a dashed line for the base. The indicator and rule are named in the SVG text so
     * the chart reads without the table.
     */
    public record Chart(String caption, int height, List<ChartRow> rows) {
        public String title() {
            return caption + "：有问题的指标，上位目标、本规划目标与基期值对比";
        }
    }

    /* One indicator (ChartRow): its name and rule line, two bars, and the base line (null when there is no base). */

    /** The two bars, upper first. */
    public record ChartRow(int y, String name, String sub, String colour, Bar upper, Bar lower, BaseLine base) {
        public List<Bar> bars() {
            return List.of(upper, lower);
        }
    }

    /** A bar with its label; {@code value} null draws 「（无数值）」 instead. */
    public record Bar(String label, int y, String value, String x, String width, String valueX, String colour) {
    }

    /** The dashed line of the base value. */
    public record BaseLine(String x, int y1, int y2, int textY, String text) {
    }

    Chart chart(String caption, List<Finding> findings) {
        List<Finding> drawn = findings.stream()
                .filter(f -> f.upperValue() != null || f.lowerValue() != null || f.baseValue() != null).toList();
        if (drawn.isEmpty()) {
            return null;
        }
        List<ChartRow> rows = new ArrayList<>();
        int y = TOP;
        for (Finding f : drawn) {
            rows.add(row(f, waivers.of(f), y));
            y += ROW;
        }
        return new Chart(caption, TOP + drawn.size() * ROW + 8, rows);
    }

    private static ChartRow row(Finding f, Waiver w, int y) {
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
        String sub = f.ruleId() + " · " + f.severity().label() + (w == null ? "" : " · " + w.kind().label())
                + (Labels.page(f.evidence()).isEmpty() ? "" : " · " + Labels.page(f.evidence()));
        BaseLine base = null;
        if (f.baseValue() != null) {
            String x = fmt(x(f.baseValue(), lo, hi));
            base = new BaseLine(x, y + 2, y + 50, y + 60, "基期 " + Labels.number(f.baseValue()));
        }
        return new ChartRow(y, shorten(name, 22), sub, colour, bar("上位", f.upperValue(), lo, hi, y + 6, "#5b7fa6"),
                bar("本规划", f.lowerValue(), lo, hi, y + 28, colour), base);
    }

    private static Bar bar(String label, Double v, double lo, double hi, int y, String colour) {
        if (v == null) {
            return new Bar(label, y, null, null, null, null, colour);
        }
        double x0 = x(Math.max(lo, 0), lo, hi);
        double x1 = x(v, lo, hi);
        double left = Math.min(x0, x1);
        double width = Math.max(1, Math.abs(x1 - x0));
        return new Bar(label, y, Labels.number(v), fmt(left), fmt(width), fmt(left + width + 4), colour);
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
