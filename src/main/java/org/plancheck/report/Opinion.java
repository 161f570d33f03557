package org.plancheck.report;

import java.util.ArrayList;
import java.util.List;
import org.plancheck.model.Names;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;

/**
 * What a draft 衔接审核意见 says about one document, whatever it is written as (Markdown by {@link OpinionReport},
 * Word by {@link DocxOpinionReport}): the plan reviewed, the conclusion and its sentence, the problems, the requested
 * changes and the notes for reference. Plain text throughout; each renderer escapes for its format.
 *
 * @param title      the plan's title in 《》
 * @param object     the lines of 「审核对象」 (label, value)
 * @param conclusion 符合 / 基本符合 / 不符合 / 无法核验
 * @param sentence   the sentence after the conclusion
 * @param caution    a request to check figures against the paper (a document read by OCR), null when none
 * @param coordination the sentence on problems with other plans of the batch (chain, peers), null when none
 * @param problems   errors and warnings against the upper plan's targets, in report order (empty for an unverifiable
 *                   document)
 * @param sections   the problems of their own kind, each under its heading: with the county's general plan (规划链),
 *                   with peer plans (同级规划), the upper plan's projects (项目安排); only those with problems
 * @param requests   the changes asked for: one per open problem with a fix (for an unverifiable document, how to
 *                   make it readable)
 * @param notes      information findings, for reference
 */
record Opinion(String title, List<Item> object, OpinionReport.Conclusion conclusion, String sentence, String caution,
               String coordination, List<Problem> problems, List<Section> sections, List<Request> requests,
               List<Note> notes) {

    /** Asked of every document read by OCR. */
    static final String OCR_CAUTION = "该送审文件为扫描件，指标数据由文字识别（OCR）读取。请审核人员对照纸质文件核对问题清单中的数值和页码，"
            + "识别置信度不足的数值已按无法读取处理。";

    /** One line of 「审核对象」. */
    record Item(String label, String value) {
    }

    /**
     * One problem: its kind (rule title, severity, rule id and any waiver), the indicator, the upper requirement,
     * the lower plan's statement, where it stands ("" when nowhere: a missing indicator), what is wrong, the fix.
     */
    record Problem(String kind, String indicator, String upper, String lower, String place, String message,
                   String fix) {
    }

    /**
     * Problems of one kind under their own heading. Between two plans ({@code between}), a problem's {@code lower} is
     * this plan's statement and its {@code upper} the other plan's (named, with page and quote); for projects,
     * {@code upper} is the upper plan's clause.
     */
    record Section(String heading, boolean between, List<Problem> problems) {
    }

    /** A requested change: about which indicator ("" for the whole document), the fix, and where. */
    record Request(String subject, String fix, String place) {
    }

    /** A note for reference. */
    record Note(String indicator, String message, String place) {
    }

    /** The opinion on one document. */
    static Opinion of(CheckReport report, DocumentResult d, Waivers w) {
        return of(report, d, w, readByOcr(d));
    }

    /**
     * Whether the document was read by OCR (wholly or some of its pages), so that the opinion asks the reviewer to
     * check its figures against the paper.
     */
    static boolean readByOcr(DocumentResult d) {
        return d.ocr() != null;
    }

    static Opinion of(CheckReport report, DocumentResult d, Waivers w, boolean ocr) {
        String title = title(d);
        List<Item> object = new ArrayList<>();
        object.add(new Item("规划名称", title));
        if (d.plan().jurisdiction() != null && !d.plan().jurisdiction().isEmpty()) {
            object.add(new Item("规划范围", d.plan().jurisdiction()));
        }
        object.add(new Item("规划类型", d.plan().kindLabel()));
        object.add(new Item("送审文件", Names.printable(d.document()) + (d.pages() > 0 ? "（共" + d.pages() + "页）" : "")));
        object.add(new Item("审核依据", "《" + report.upperPlanName() + "》"));
        if (d.ocr() != null) {
            object.add(new Item("识别方式", Labels.ocr(d.ocr())));
        }

        OpinionReport.Conclusion c = OpinionReport.conclusion(d, w);
        List<Finding> problems = d.findings().stream().filter(f -> f.severity() != Severity.INFO
                && Links.kind(report, f).isEmpty()).toList();
        List<Finding> projects = d.findings().stream().filter(f -> f.severity() != Severity.INFO
                && Links.kind(report, f).orElse(null) == Links.Kind.PROJECTS).toList();
        List<Finding> between = Links.between(report, d.document()).stream()
                .filter(f -> f.severity() != Severity.INFO).toList();
        long errors = d.findings().stream().filter(f -> f.severity() == Severity.ERROR && open(f, w)).count();
        long warnings = problems.stream().filter(f -> f.severity() == Severity.WARNING && open(f, w)).count();
        long missing = projects.stream().filter(f -> open(f, w)).count();
        String left = missing > 0 ? "，上位规划安排本地的 " + missing + " 个项目未见提及" : "";
        long waived = problems.stream().filter(f -> !open(f, w)).count();
        String sentence = switch (c) {
            case UNVERIFIABLE -> "送审文件无法核验，原因：" + Labels.text(d.reason())
                    + "。未能进行指标衔接审核，不能出具符合性意见。请提供可复制文字的PDF或原始Word文档后重新报送。";
            case DOES_NOT_CONFORM -> "该规划有 " + errors + " 处未落实上位规划约束性要求"
                    + (warnings > 0 ? "，另有 " + warnings + " 处预期性指标与上位规划不一致" : "") + left
                    + "，请按修改意见修改后重新报送审核。";
            case BROADLY_CONFORMS -> "该规划落实了上位规划的约束性要求"
                    + (warnings > 0 ? "，有 " + warnings + " 处预期性指标与上位规划不一致" : "") + left
                    + (warnings > 0 || missing > 0 ? "，建议修改完善" : "")
                    + (waived > 0 ? "；" + waived + " 处问题经审核同意豁免，见问题清单" : "") + "。";
            case CONFORMS -> "该规划主要指标与上位规划衔接一致，未发现需修改的问题。";
        };
        boolean unverifiable = c == OpinionReport.Conclusion.UNVERIFIABLE;
        long open = between.stream().filter(f -> open(f, w)).count();
        String coordination = unverifiable || open == 0 ? null : "此外，与同批次报审的本级总体规划或同级规划有 " + open
                + " 处不一致（见问题清单），请相关规划编制部门协调一致后一并报送。";
        List<Section> sections = new ArrayList<>();
        List<Finding> asked = new ArrayList<>(problems);
        if (!unverifiable) {
            for (Links.Kind k : new Links.Kind[] {Links.Kind.CHAIN, Links.Kind.PEERS}) {
                List<Finding> fs = between.stream().filter(f -> Links.kind(report, f).orElse(null) == k).toList();
                if (!fs.isEmpty()) {
                    sections.add(new Section(k.label, true, between(report, d, fs, w)));
                }
                // a chain problem is the special plan's to fix; a peer problem both plans' (the fix says to agree)
                asked.addAll(fs.stream().filter(f -> k == Links.Kind.PEERS || d.document().equals(f.document()))
                        .toList());
            }
            if (!projects.isEmpty()) {
                sections.add(new Section(Links.Kind.PROJECTS.label, false, problems(report, projects, w)));
                asked.addAll(projects);
            }
        }
        List<Note> notes = new ArrayList<>();
        if (!unverifiable) {
            for (Finding f : d.findings()) {
                if (f.severity() == Severity.INFO) {
                    notes.add(new Note(Labels.indicator(f), f.message(), Labels.page(f.evidence())));
                }
            }
        }
        return new Opinion(title, List.copyOf(object), c, sentence,
                ocr && d.status() != Status.UNVERIFIABLE ? OCR_CAUTION : null, coordination,
                unverifiable ? List.of() : problems(report, problems, w), List.copyOf(sections),
                requests(unverifiable ? d.findings() : asked, w), List.copyOf(notes));
    }

    /** The problems of the batch as a whole (sums over the county plans) and the changes they ask for. */
    record Batch(List<Problem> problems, List<Request> requests) {
    }

    static Batch batch(CheckReport report, Waivers w) {
        List<Finding> totals = totals(report);
        return new Batch(problems(report, totals, w), requests(totals, w));
    }

    /** The findings about the batch as a whole: the sums, not the findings between two plans. */
    static List<Finding> totals(CheckReport report) {
        return report.batchFindings().stream().filter(f -> f.counterpart() == null).toList();
    }

    static String title(DocumentResult d) {
        String t = Labels.text(d.plan().title()).strip();
        if (t.isEmpty()) {
            return "《" + Names.printable(Labels.fileName(d.document())).replaceFirst("(?i)\\.(pdf|docx|docm|doc)$", "") + "》";
        }
        return t.startsWith("《") ? t : "《" + t + "》";
    }

    /** Not accepted by a reviewer: active or only baselined. */
    static boolean open(Finding f, Waivers w) {
        Waiver x = w.of(f);
        return x == null || x.kind() != Waiver.Kind.SUPPRESSED;
    }

    /** 「目标弱于上位规划（错误，PC-STRICT）」, with the waiver when there is one. */
    private static String kind(CheckReport report, Finding f, Waivers w) {
        Waiver x = w.of(f);
        String title = report.rules().stream().filter(r -> r.id().equals(f.ruleId())).map(r -> r.title())
                .findFirst().orElse(f.ruleId());
        return title + "（" + f.severity().label() + "，" + f.ruleId() + "）" + (x == null ? "" : "；" + x.describe());
    }

    private static List<Problem> problems(CheckReport report, List<Finding> findings, Waivers w) {
        List<Problem> out = new ArrayList<>();
        for (Finding f : findings) {
            String kind = kind(report, f, w);
            String lower = !f.evidence().text().isEmpty() ? "「" + f.evidence().text() + "」"
                    : f.lower() != null && !f.lower().isEmpty() ? f.lower()
                    : Links.kind(report, f).orElse(null) == Links.Kind.PROJECTS ? "未提及" : "未设置";
            out.add(new Problem(kind, Labels.indicator(f), Labels.text(f.upper()), lower,
                    Labels.page(f.evidence()), Labels.text(f.message()), open(f, w) ? Labels.text(f.fix()) : ""));
        }
        return List.copyOf(out);
    }

    /**
     * Problems between this plan and another of the batch: this plan's statement as {@code lower}, the other plan's
     * (named, with page and quote) as {@code upper}. A peer finding is written about one of the two plans; in the
     * other's opinion the two sides are swapped.
     */
    private static List<Problem> between(CheckReport report, DocumentResult d, List<Finding> findings, Waivers w) {
        List<Problem> out = new ArrayList<>();
        for (Finding f : findings) {
            String kind = kind(report, f, w);
            boolean mine = d.document().equals(f.document());
            org.plancheck.model.Evidence own = mine ? f.evidence() : f.counterpart().evidence();
            org.plancheck.model.Evidence other = mine ? f.counterpart().evidence() : f.evidence();
            String otherPlan = mine ? f.counterpart().plan() : report.documents().stream()
                    .filter(o -> o.document().equals(f.document())).map(Links::title).findFirst()
                    .orElse(Labels.fileName(f.document()));
            out.add(new Problem(kind, Labels.indicator(f), otherPlan + Labels.page(other) + "「" + other.text() + "」",
                    "「" + own.text() + "」", Labels.page(own), Labels.text(f.message()),
                    open(f, w) ? Labels.text(f.fix()) : ""));
        }
        return List.copyOf(out);
    }

    /** Numbered requests, one per problem with a fix, except those a reviewer accepted (suppressed). */
    private static List<Request> requests(List<Finding> findings, Waivers w) {
        List<Request> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!open(f, w) || f.fix() == null || f.fix().isEmpty() || f.severity() == Severity.INFO) {
                continue;
            }
            String subject = f.indicatorId() == null && f.indicatorName() == null ? "" : Labels.indicator(f);
            out.add(new Request(subject, f.fix(), Labels.page(f.evidence())));
        }
        return List.copyOf(out);
    }
}
