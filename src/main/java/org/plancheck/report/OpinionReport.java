package org.plancheck.report;

import java.io.IOException;
import java.util.List;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
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
        Waiver x = w.of(f);
        return x == null || x.kind() != Waiver.Kind.SUPPRESSED;
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        boolean first = true;
        for (DocumentResult d : report.documents()) {
            if (!first) {
                out.append("\n---\n\n");
            }
            first = false;
            opinion(report, d, waivers, out);
        }
        if (!report.batchFindings().isEmpty()) {
            out.append(first ? "" : "\n---\n\n");
            out.append("# 附：批次汇总审核意见（草稿）\n\n");
            out.append("本批次各县市区规划汇总后，与《").append(md(report.upperPlanName()))
                    .append("》的分解类指标对照，发现以下问题：\n\n");
            problems(report, report.batchFindings(), waivers, out, false);
            changes(report.batchFindings(), waivers, out, "修改意见");
        }
    }

    private static void opinion(CheckReport report, DocumentResult d, Waivers w, Appendable out)
            throws IOException {
        String title = title(d);
        out.append("# 关于").append(md(title)).append("与上位规划衔接情况的审核意见（草稿）\n\n");
        out.append("## 一、审核对象\n\n");
        out.append("- 规划名称：").append(md(title)).append('\n');
        if (d.plan().jurisdiction() != null && !d.plan().jurisdiction().isEmpty()) {
            out.append("- 规划范围：").append(md(d.plan().jurisdiction())).append('\n');
        }
        out.append("- 规划类型：").append(md(d.plan().kind().label())).append('\n');
        out.append("- 送审文件：").append(md(d.document()))
                .append(d.pages() > 0 ? "（共" + d.pages() + "页）" : "").append('\n');
        out.append("- 审核依据：《").append(md(report.upperPlanName())).append("》\n");
        if (d.ocr() != null) {
            out.append("- 识别方式：").append(md(Labels.ocr(d.ocr()))).append('\n');
        }
        out.append('\n');

        Conclusion c = conclusion(d, w);
        List<Finding> problems = d.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        long errors = d.findings().stream().filter(f -> f.severity() == Severity.ERROR && open(f, w)).count();
        long warnings = d.findings().stream().filter(f -> f.severity() == Severity.WARNING && open(f, w)).count();
        long waived = problems.stream().filter(f -> !open(f, w)).count();
        out.append("## 二、审核结论\n\n**").append(c.label()).append("**。");
        if (d.ocr() != null) {
            out.append("**").append(md(d.ocr().notice())).append("**");
            out.append(c == Conclusion.UNVERIFIABLE ? "。" : "；本结论以OCR识别的数值为依据，审核人员须对照纸质文件逐项核对"
                    + "“OCR识别数值核对”所列数值后方可出具意见。");
        }
        switch (c) {
            case UNVERIFIABLE -> out.append("送审文件无法核验，原因：").append(md(Labels.text(d.reason())))
                    .append("。未能进行指标衔接审核，不能出具符合性意见。请提供可复制文字的PDF或原始Word文档后重新报送。\n\n");
            case DOES_NOT_CONFORM -> out.append("该规划有 ").append(Long.toString(errors))
                    .append(" 处未落实上位规划约束性要求")
                    .append(warnings > 0 ? "，另有 " + warnings + " 处预期性指标与上位规划不一致" : "")
                    .append("，请按修改意见修改后重新报送审核。\n\n");
            case BROADLY_CONFORMS -> out.append("该规划落实了上位规划的约束性要求")
                    .append(warnings > 0 ? "，有 " + warnings + " 处预期性指标与上位规划不一致，建议修改完善" : "")
                    .append(waived > 0 ? "；" + waived + " 处问题经审核同意豁免，见问题清单" : "")
                    .append("。\n\n");
            case CONFORMS -> out.append("该规划主要指标与上位规划衔接一致，未发现需修改的问题。\n\n");
        }

        if (c == Conclusion.UNVERIFIABLE) {
            changes(d.findings(), w, out, "三、修改意见");
        } else {
            out.append("## 三、问题清单\n\n");
            if (problems.isEmpty()) {
                out.append("无。\n\n");
            } else {
                problems(report, problems, w, out, true);
            }
            changes(problems, w, out, "四、修改意见");
            List<Finding> notes = d.findings().stream().filter(f -> f.severity() == Severity.INFO).toList();
            String next = "五";
            if (!notes.isEmpty()) {
                out.append("## 五、参考事项\n\n");
                for (Finding f : notes) {
                    out.append("- ").append(md(Labels.indicator(f))).append("：").append(md(f.message()))
                            .append(pageNote(f)).append('\n');
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

    private static String title(DocumentResult d) {
        String t = Labels.text(d.plan().title()).strip();
        if (t.isEmpty()) {
            return "《" + Labels.fileName(d.document()).replaceFirst("(?i)\\.pdf$", "") + "》";
        }
        return t.startsWith("《") ? t : "《" + t + "》";
    }

    private static void problems(CheckReport report, List<Finding> findings, Waivers w, Appendable out,
                                 boolean withPage)
            throws IOException {
        out.append("| 序号 | 问题类型 | 指标 | 上位规划要求 | 本规划表述 | ").append(withPage ? "页码 | " : "")
                .append("问题说明 |\n");
        out.append("| ---: | --- | --- | --- | --- | ").append(withPage ? "--- | " : "").append("--- |\n");
        int i = 0;
        for (Finding f : findings) {
            i++;
            Waiver x = w.of(f);
            String title = report.rules().stream().filter(r -> r.id().equals(f.ruleId())).map(r -> r.title())
                    .findFirst().orElse(f.ruleId());
            String kind = title + "（" + f.severity().label() + "，" + f.ruleId() + "）"
                    + (x == null ? "" : "；" + x.describe());
            String lower = !f.evidence().text().isEmpty() ? "「" + f.evidence().text() + "」"
                    : f.lower() == null || f.lower().isEmpty() ? "未设置" : f.lower();
            out.append("| ").append(Integer.toString(i)).append(" | ").append(MarkdownReport.cell(kind))
                    .append(" | ").append(MarkdownReport.cell(Labels.indicator(f)))
                    .append(" | ").append(MarkdownReport.cell(f.upper()))
                    .append(" | ").append(MarkdownReport.cell(lower)).append(" | ");
            if (withPage) {
                String page = Labels.page(f.evidence());
                out.append(page.isEmpty() ? "—" : page).append(" | ");
            }
            out.append(MarkdownReport.cell(f.message())).append(" |\n");
        }
        out.append('\n');
    }

    /** Numbered requests, one per problem with a fix, except those a reviewer accepted (suppressed). */
    private static void changes(List<Finding> findings, Waivers w, Appendable out, String heading)
            throws IOException {
        out.append("## ").append(heading).append("\n\n");
        int i = 0;
        for (Finding f : findings) {
            if (!open(f, w) || f.fix() == null || f.fix().isEmpty() || f.severity() == Severity.INFO) {
                continue;
            }
            i++;
            String subject = f.indicatorId() == null && f.indicatorName() == null ? "" : "【" + Labels.indicator(f) + "】";
            out.append(Integer.toString(i)).append(". ").append(md(subject)).append(md(f.fix()))
                    .append(pageNote(f)).append('\n');
        }
        out.append(i == 0 ? "无。\n\n" : "\n");
    }

    private static String pageNote(Finding f) {
        String page = Labels.page(f.evidence());
        return page.isEmpty() ? "" : "（见" + page + "）";
    }

    private static String md(String s) {
        return MarkdownReport.inline(s);
    }
}
