package org.plancheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plancheck.catalog.Catalog;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import org.plancheck.model.Names;
import org.plancheck.model.PlanFigure;
import org.plancheck.report.Json;
import org.plancheck.report.JsonModel;
import org.plancheck.run.ExitCode;
import org.plancheck.run.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck extract}: the figures read from each PDF, with page and verbatim text. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"从规划 PDF 中提取指标表和文中目标（含页码和原文），并与上位规划指标匹配。",
            "Extracts indicator tables and in-text targets from plan PDFs, matched to the upper plan's catalog."})
public class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "规划 PDF 文件 / plan PDFs")
    List<Path> files;

    @Mixin
    UpperOption upper;

    @Mixin
    LimitsOptions limits;

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    TargetsCommand.OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Catalog catalog = upper.load();
        DocumentReader reader = Readers.pdf(limits.limits());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Map<String, Object>> docs = new ArrayList<>();
        boolean unreadable = false;
        for (Path f : files) {
            Extraction e = reader.read(f, catalog);
            if (!e.readable()) {
                unreadable = true;
                err.println("plancheck: " + Names.printable(f) + ": 无法核验 UNVERIFIABLE: "
                        + Names.printable(e.reason()));
            }
            if (format == TargetsCommand.OutputFormat.json) {
                docs.add(json(e));
            } else {
                text(e, out);
            }
        }
        if (format == TargetsCommand.OutputFormat.json) {
            Json.write(docs, out);
        }
        out.flush();
        err.flush();
        return unreadable ? ExitCode.UNREADABLE : ExitCode.OK;
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
        m.put("status", e.readable() ? "OK" : "UNVERIFIABLE");
        m.put("reason", e.reason());
        m.put("figures", JsonModel.figures(e.figures()));
        return m;
    }

    private static void text(Extraction e, PrintWriter out) {
        out.printf("■ %s  %s · %s · %d页 · %s%n", Names.printable(e.plan().document()),
                e.plan().jurisdiction() == null ? "（未识别辖区）" : e.plan().jurisdiction(), e.plan().kind().label()
                        + (e.plan().domain() == null ? "" : "（" + e.plan().domain() + "）"),
                e.pages(), e.readable() ? "OK" : "无法核验：" + Names.printable(e.reason()));
        for (PlanFigure f : e.figures()) {
            out.printf("  p%-3d %-4s %-22s → %-8s %s%s%s%s%n", f.page(), f.source().code(),
                    Names.printable(f.rawName()), f.indicatorId() == null ? "（未匹配）" : f.indicatorId(), Names.printable(f.target().text()),
                    f.unit() == null ? "" : " [" + f.unit() + "]", f.year() == null ? "" : " " + f.year() + "年",
                    f.attribute() == null ? "" : " " + f.attribute().label());
        }
    }
}
