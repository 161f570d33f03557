package org.plancheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plancheck.model.Extraction;
import org.plancheck.model.Names;
import org.plancheck.model.PlanFigure;
import org.plancheck.report.Json;
import org.plancheck.report.JsonModel;
import org.plancheck.run.CheckRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck extract}: the figures read from each PDF or Word document, with page (or place) and verbatim text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"从规划 PDF 或 Word（.docx）中提取指标表和文中目标（含页码或位置和原文），并与上位规划指标匹配。",
            "Extracts indicator tables and in-text targets from plan PDFs and Word documents, matched to the upper "
                + "plan's catalog."})
public class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "规划文件（PDF 或 Word .docx，按内容识别）/ plan PDFs or Word documents")
    List<Path> files;

    @Mixin
    UpperOption upper;

    @Mixin
    LimitsOptions limits;

    @Mixin
    IdentityOptions identity;

    @Mixin
    OcrOptions ocr;

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    TargetsCommand.OutputFormat format;

    @Option(names = "--tables", description = "显示重建的表格（每行的各列）/ show the tables as rebuilt, row by row")
    boolean tables;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckRun.Extracted x = CheckRun.extract(files, upper.folder(), limits.limits(), identity.request(),
                ocr.settings(err));
        x.notices().forEach(n -> err.println("plancheck: " + n));
        if (format == TargetsCommand.OutputFormat.json) {
            Json.write(x.documents().stream().map(ExtractCommand::json).toList(), out);
        } else {
            for (int i = 0; i < x.documents().size(); i++) {
                text(x.documents().get(i), out);
                if (tables) {
                    tables(files.get(i), out);
                }
            }
        }
        out.flush();
        err.flush();
        return x.exitCode();
    }

    static Map<String, Object> json(Extraction e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", e.plan().document());
        m.put("title", e.plan().title());
        m.put("pages", e.pages());
        m.put("jurisdiction", e.plan().jurisdiction());
        m.put("kind", e.plan().kind().code());
        m.put("tier", e.plan().tier().code());
        m.put("domain", e.plan().domain());
        m.put("identity", e.plan().basis());
        m.put("status", e.readable() ? "OK" : "UNVERIFIABLE");
        m.put("reason", e.reason());
        if (e.ocr() != null) {
            m.put("ocr", JsonModel.ocr(e.ocr()));
        }
        m.put("figures", JsonModel.figures(e.figures()));
        m.put("projects", JsonModel.mentions(e.mentions(), e.plan().jurisdiction()));
        return m;
    }

    private void tables(Path f, PrintWriter out) {
        try {
            org.plancheck.layout.Layout layout = org.plancheck.run.Readers.layout(f, limits.limits(),
                    ocr.settings(new PrintWriter(java.io.Writer.nullWriter())));
            int k = 0;
            for (org.plancheck.layout.Table t : layout.tables()) {
                out.printf("  ┌ 表 %d（%s%s）%s%n", ++k, t.page() > 0 ? "第" + t.page() + "页" : "页码不详",
                        t.ruled() ? "，有框线" : "",
                        t.caption().isEmpty() ? "" : " " + t.caption());
                for (List<String> h : t.header()) {
                    out.println("  │ 表头 " + String.join(" | ", h));
                }
                for (org.plancheck.layout.Row r : t.rows()) {
                    out.println("  │ " + (r.where() != null ? r.where() : "p" + r.page()) + " "
                            + Names.printable(String.join(" | ", r.cells())) + (r.readable() ? "" : "  ← " + r.problem()));
                }
                if (!t.noteBelow().isEmpty()) {
                    out.println("  └ " + t.noteBelow());
                }
            }
        } catch (org.plancheck.document.UnreadableException e) {
            out.println("  （无法读取：" + e.getMessage() + "）");
        }
    }

    /** "p3", or "p?" when the document states no pages (a Word document: its figures say where instead). */
    private static String at(int page) {
        return page > 0 ? "p" + page : "p?";
    }

    private static void text(Extraction e, PrintWriter out) {
        out.printf("■ %s  %s · %s · %s%n", Names.printable(e.plan().document()), e.plan().label(),
                e.pages() > 0 ? e.pages() + "页" : "页数不详", e.readable() ? "OK" : "无法核验：" + Names.printable(e.reason()));
        if (e.plan().basis() != null && !e.plan().basis().isEmpty()) {
            out.println("  识别依据：" + Names.printable(e.plan().basis()));
        }
        if (!e.readable() && e.fix() != null) {
            out.println("  处理建议：" + e.fix());
        }
        if (e.ocr() != null) {
            out.println("  OCR：" + e.ocr().notice() + String.format(
                    java.util.Locale.ROOT, "（OCR识别 %d 页，%d 个字符中 %d 个置信度低于 %d%%，按无法识别处理）",
                    e.ocr().pages().size(), e.ocr().characters(), e.ocr().unreadable(), e.ocr().minConfidence()));
        }
        for (org.plancheck.model.RowIssue i : e.issues()) {
            out.printf("  %-4s 无法读取的行 %s（%s）%s%s%n", at(i.page()), Names.printable(i.text()), i.reason(),
                    i.indicatorId() == null ? "" : " → " + i.indicatorId(), i.where() == null ? "" : "  @" + i.where());
        }
        for (PlanFigure f : e.figures()) {
            out.printf("  %-4s %-4s %-22s → %-8s %s%s%s%s%s%s%s%n", at(f.page()), f.source().code(),
                    Names.printable(f.rawName()),
                    f.indicatorId() == null ? "（未匹配）" : f.indicatorId(), Names.printable(f.target().text()),
                    f.unit() == null ? "" : " [" + f.unit() + "]", f.year() == null ? "" : " " + f.year() + "年",
                    f.attribute() == null ? "" : " " + f.attribute().label(),
                    f.confidence() == null ? "" : " （OCR 置信度 " + Math.round(f.confidence() * 100) + "%）",
                    f.where() == null ? "" : "  @" + f.where(),
                    f.matchedBy() == null ? "" : "  ·" + f.matchedBy());
        }
        for (org.plancheck.model.ProjectMention m : e.mentions()) {
            out.printf("  p%-3d %-4s 项目 %s %s：「%s」%s  ·%s%n", m.page(), m.source().code(), m.projectId(),
                    m.project(), m.text(), m.countsFor(e.plan().jurisdiction()) ? ""
                            : "（指" + String.join("、", m.named()) + "，不计入本规划）", m.how());
        }
    }
}
