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
 * A draft 衔接审核意见 per document, in Chinese Markdown, for the reviewing office to check, edit and sign: the
 * plan reviewed, the upper plan, the conclusion (符合/基本符合/不符合/无法核验), the problems item by item with
 * pages, the requested changes, notes for reference, and placeholders for the office and date.
 */
public final class OpinionReport implements Reporter {

    /** The overall conclusion of an opinion. */
    public enum Conclusion {
        CONFORMS("符合"),
        BROADLY_CONFORMS("基本符合"),
        DOES_NOT_CONFORM("不符合"),
        UNVERIFIABLE("无法核验");

        private final String label;

        Conclusion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public String format() {
        return "opinion";
    }

    @Override
    public String extension() {
        return "md";
    }

    /**
     * 无法核验 when the document could not be read; 不符合 with an error the reviewer has not accepted; 基本符合
     * with only warnings or accepted (suppressed) errors; 符合 otherwise. A baselined problem is known, not
     * accepted: it still counts here (the baseline only keeps CI from failing on it again).
     */
    public static Conclusion conclusion(DocumentResult d, Waivers w) {
        if (d.status() == Status.UNVERIFIABLE) {
            return Conclusion.UNVERIFIABLE;
        }
        boolean error = d.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR && open(f, w));
        if (error) {
            return Conclusion.DOES_NOT_CONFORM;
        }
        boolean minor = d.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING && open(f, w)
                || f.severity() == Severity.ERROR);
        return minor ? Conclusion.BROADLY_CONFORMS : Conclusion.CONFORMS;
    }

    /** Not accepted by a reviewer: active or only baselined. */
    private static boolean open(Finding f, Waivers w) {
        return Opinion.open(f, w);
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        boolean first = true;
        for (DocumentResult d : report.documents()) {
            if (!first) {
                out.append("\n---\n\n");
            }
            first = false;
            opinion(report.upperPlanName(), Opinion.of(report, d, waivers), d, out);
        }
        if (!Opinion.totals(report).isEmpty()) {
            Opinion.Batch b = Opinion.batch(report, waivers);
            out.append(first ? "" : "\n---\n\n");
            out.append("# 附：批次汇总审核意见（草稿）\n\n");
            out.append("本批次各县市区规划汇总后，与《").append(md(report.upperPlanName()))
                    .append("》的分解类指标对照，发现以下问题：\n\n");
            problems(b.problems(), out, false);
            requests(b.requests(), out, "修改意见");
        }
    }

    private static void opinion(String upper, Opinion o, DocumentResult d, Appendable out) throws IOException {
        out.append("# 关于").append(md(o.title())).append("与上位规划衔接情况的审核意见（草稿）\n\n");
        out.append("## 一、审核对象\n\n");
        for (Opinion.Item i : o.object()) {
            out.append("- ").append(i.label()).append("：").append(md(i.value())).append('\n');
        }
        out.append('\n');
        out.append("## 二、审核结论\n\n**").append(o.conclusion().label()).append("**。").append(md(o.sentence()))
                .append("\n\n");
        if (o.caution() != null) {
            out.append("> ").append(md(o.caution())).append("\n\n");
        }
        if (o.coordination() != null) {
            out.append(md(o.coordination())).append("\n\n");
        }
        if (o.conclusion() == Conclusion.UNVERIFIABLE) {
            requests(o.requests(), out, "三、修改意见");
        } else {
            out.append("## 三、问题清单\n\n");
            if (o.problems().isEmpty() && o.sections().isEmpty()) {
                out.append("无。\n\n");
            } else if (!o.problems().isEmpty()) {
                problems(o.problems(), out, true);
            }
            for (Opinion.Section sec : o.sections()) {
                out.append("### ").append(md(sec.heading())).append("\n\n");
                if (sec.between()) {
                    between(sec.problems(), out);
                } else {
                    problems(sec.problems(), out, false);
                }
            }
            requests(o.requests(), out, "四、修改意见");
            String next = "五";
            if (!o.notes().isEmpty()) {
                out.append("## 五、参考事项\n\n");
                for (Opinion.Note n : o.notes()) {
                    out.append("- ").append(md(n.indicator())).append("：").append(md(n.message()))
                            .append(placeNote(n.place())).append('\n');
                }
                out.append('\n');
                next = "六";
            }
            if (d.ocr() != null) {
                ocrCheck(d, next, out);
            }
        }
        out.append("审核单位：＿＿＿＿＿＿＿＿＿＿（盖章）\n\n");
        out.append("审核日期：＿＿＿＿年＿＿月＿＿日\n");
    }

    /**
     * The figures read by OCR that the conclusion rests on (those matched to the upper plan), for the reviewer to
     * check against the paper one by one: indicator, value as read, page, the recogniser's confidence.
     */
    private static void ocrCheck(DocumentResult d, String number, Appendable out) throws IOException {
        out.append("## ").append(number).append("、OCR识别数值核对\n\n");
        out.append("以下数值由OCR从扫描件中识别，请逐项对照纸质文件核对；置信度低于 ")
                .append(Integer.toString(d.ocr().minConfidence()))
                .append("% 的字符已按无法识别处理，未作猜测。\n\n");
        List<org.plancheck.model.PlanFigure> read = d.figures().stream().filter(f -> f.ocr() && f.matched()).toList();
        if (read.isEmpty()) {
            out.append("无与上位规划对应的OCR识别数值。\n\n");
            return;
        }
        out.append("| 序号 | 指标 | 识别结果 | 页码 | 置信度 | 核对结果 |\n");
        out.append("| ---: | --- | --- | --- | ---: | --- |\n");
        int i = 0;
        for (org.plancheck.model.PlanFigure f : read) {
            i++;
            String value = f.target().text() + (f.unit() == null || f.target().text().contains(f.unit()) ? ""
                    : " " + f.unit()) + (f.year() == null ? "" : "（" + f.year() + "年）");
            out.append("| ").append(Integer.toString(i)).append(" | ")
                    .append(MarkdownReport.cell(f.indicatorName() == null ? f.rawName() : f.indicatorName()))
                    .append(" | ").append(MarkdownReport.cell(value))
                    .append(" | 第").append(Integer.toString(f.page())).append("页 | ")
                    .append(Labels.confidence(f.confidence())).append(" | □一致 □不一致 |\n");
        }
        out.append('\n');
    }

    private static void problems(List<Opinion.Problem> problems, Appendable out, boolean withPage)
            throws IOException {
        out.append("| 序号 | 问题类型 | 指标 | 上位规划要求 | 本规划表述 | ").append(withPage ? "页码 | " : "")
                .append("问题说明 |\n");
        out.append("| ---: | --- | --- | --- | --- | ").append(withPage ? "--- | " : "").append("--- |\n");
        int i = 0;
        for (Opinion.Problem p : problems) {
            i++;
            out.append("| ").append(Integer.toString(i)).append(" | ").append(MarkdownReport.cell(p.kind()))
                    .append(" | ").append(MarkdownReport.cell(p.indicator()))
                    .append(" | ").append(MarkdownReport.cell(p.upper()))
                    .append(" | ").append(MarkdownReport.cell(p.lower())).append(" | ");
            if (withPage) {
                out.append(p.place().isEmpty() ? "—" : MarkdownReport.cell(p.place())).append(" | ");
            }
            out.append(MarkdownReport.cell(p.message())).append(" |\n");
        }
        out.append('\n');
    }

    /** Problems between this plan and another of the batch: each plan's statement with page and quote. */
    private static void between(List<Opinion.Problem> problems, Appendable out) throws IOException {
        out.append("| 序号 | 问题类型 | 指标 | 本规划表述 | 对照规划 | 问题说明 |\n");
        out.append("| ---: | --- | --- | --- | --- | --- |\n");
        int i = 0;
        for (Opinion.Problem p : problems) {
            i++;
            out.append("| ").append(Integer.toString(i)).append(" | ").append(MarkdownReport.cell(p.kind()))
                    .append(" | ").append(MarkdownReport.cell(p.indicator()))
                    .append(" | ").append(MarkdownReport.cell(p.place() + p.lower()))
                    .append(" | ").append(MarkdownReport.cell(p.upper()))
                    .append(" | ").append(MarkdownReport.cell(p.message())).append(" |\n");
        }
        out.append('\n');
    }

    /** Numbered requests, one per open problem with a fix. */
    private static void requests(List<Opinion.Request> requests, Appendable out, String heading)
            throws IOException {
        out.append("## ").append(heading).append("\n\n");
        int i = 0;
        for (Opinion.Request r : requests) {
            i++;
            String subject = r.subject().isEmpty() ? "" : "【" + r.subject() + "】";
            out.append(Integer.toString(i)).append(". ").append(md(subject)).append(md(r.fix()))
                    .append(placeNote(r.place())).append('\n');
        }
        out.append(i == 0 ? "无。\n\n" : "\n");
    }

    private static String placeNote(String place) {
        return place.isEmpty() ? "" : "（见" + md(place) + "）";
    }

    private static String md(String s) {
        return MarkdownReport.inline(s);
    }
}
