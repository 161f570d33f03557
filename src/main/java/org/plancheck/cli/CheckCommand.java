package org.plancheck.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.PdfAnnotator;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Names;
import org.plancheck.model.Status;
import org.plancheck.report.ReportOptions;
import org.plancheck.report.Reporter;
import org.plancheck.report.Reporters;
import org.plancheck.report.Waivers;
import org.plancheck.run.Baseline;
import org.plancheck.run.CheckRun;
import org.plancheck.run.ExitCode;
import org.plancheck.run.ExitCodes;
import org.plancheck.run.OutputTargets;
import org.plancheck.run.Readers;
import org.plancheck.run.Suppressions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck check}: options only; {@link CheckRun} does the work, the reporters write it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查下位规划 PDF 是否服从上位规划，输出问题清单。",
            "Checks lower plans (PDF) against the upper plan and reports findings with evidence."})
public class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "下位规划 PDF 文件 / lower plan PDFs")
    List<Path> files;

    @Mixin
    UpperOption upper;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LimitsOptions limits;

    @Option(names = "--quotas", paramLabel = "FILE",
            description = "指标分解表 TSV（county, indicator, quota[, unit]）/ allocation table")
    Path quotas;

    @Option(names = "--assigned", paramLabel = "FILE",
            description = "上级下达数 TSV（jurisdiction, indicator, value[, unit]）/ numbers handed down")
    Path assigned;

    @Option(names = "--format", split = ",", defaultValue = "text", paramLabel = "FORMAT",
            description = "text | json | html | md | sarif | junit | opinion；可用逗号或重复给出多个（默认 text）")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "输出文件；多种格式时为文件名前缀（如 reports/out → out.json、out.html …）/ output file, "
                    + "or a stem when several formats are given")
    Path output;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error | warning | info | never：达到该级别的问题使退出码为 1（默认 ${DEFAULT-VALUE}）")
    String failOn;

    @Option(names = "--explain", description = "每条问题附上触发它的规则和事实 / show which rule fired on which facts")
    boolean explain;

    @Option(names = "--annotate", paramLabel = "DIR",
            description = "在 DIR 中写出带批注（高亮+说明）的 PDF 副本 / write annotated copies of the PDFs to DIR")
    Path annotate;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "基线（以前的 json 报告）：只有基线中没有的问题才影响退出码 / fail only on new findings")
    Path baseline;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "豁免清单 TSV（ruleId, document, indicator, reason；reason 必填）/ suppressions with reasons")
    Path suppressions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        var severity = parseFailOn();
        List<Reporter> reporters = reporters();
        Catalog catalog = upper.load();
        RuleEngine engine = rulesOption.load();
        var q = quotas == null ? Allocations.none() : Allocations.readQuotas(quotas, catalog);
        var a = assigned == null ? Allocations.none() : Allocations.readAssigned(assigned, catalog);
        Suppressions sup = suppressions == null ? Suppressions.none() : Suppressions.read(suppressions);
        Baseline base = baseline == null ? null : Baseline.read(baseline);
        checkOutputs(reporters);

        boolean progress = System.console() != null && files.size() > 1;
        CheckRun run = new CheckRun(catalog, engine, Readers.pdf(limits.limits()), q, a, explain);
        CheckReport report = run.run(files, line -> {
            if (progress) {
                err.println("plancheck: " + Names.printable(line));
                err.flush();
            }
        });
        for (DocumentResult d : report.documents()) {
            if (d.status() == Status.UNVERIFIABLE) {
                err.println("plancheck: " + Names.printable(d.document()) + ": 无法核验 UNVERIFIABLE: "
                        + Names.printable(d.reason()));
            }
        }
        Waivers waivers = sup.apply(report, Waivers.none());
        if (base != null) {
            waivers = base.apply(report, waivers);
        }
        write(report, waivers, reporters);
        boolean copies = annotate == null || annotate(report, waivers, err);
        err.flush();
        return copies ? ExitCodes.of(report, waivers, severity) : ExitCode.OUTPUT;
    }

    /** Every report file and the annotation folder are checked before any document is read (exit 2). */
    private void checkOutputs(List<Reporter> reporters) {
        List<Path> inputs = new ArrayList<>(files);
        for (Path p : new Path[] {quotas, assigned, suppressions}) {
            if (p != null) {
                inputs.add(p);
            }
        }
        try {
            if (output != null && !output.toString().equals("-")) {
                for (Reporter r : reporters) {
                    OutputTargets.checkFile(reporters.size() == 1 ? output : stemmed(output, r), inputs);
                }
            }
        } catch (OutputTargets.Unwritable e) {
            throw new ParameterException(spec.commandLine(), "--output " + e.getMessage());
        }
        try {
            if (annotate != null) {
                OutputTargets.checkFolder(annotate);
            }
        } catch (OutputTargets.Unwritable e) {
            throw new ParameterException(spec.commandLine(), "--annotate " + e.getMessage());
        }
    }

    private org.plancheck.model.Severity parseFailOn() {
        try {
            return ExitCodes.failOn(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
    }

    private List<Reporter> reporters() {
        boolean colour = output == null && System.console() != null;
        ReportOptions opts = new ReportOptions(colour, Version.VERSION);
        List<Reporter> out = new ArrayList<>();
        for (String f : formats) {
            try {
                out.add(Reporters.of(f, opts));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (out.size() > 1 && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "several formats need --output STEM (e.g. --output reports/check)");
        }
        return out;
    }

    private void write(CheckReport report, Waivers waivers, List<Reporter> reporters) throws IOException {
        if (output == null || output.toString().equals("-")) {
            PrintWriter out = spec.commandLine().getOut();
            reporters.get(0).write(report, waivers, out);
            out.flush();
            return;
        }
        for (Reporter r : reporters) {
            Path target = reporters.size() == 1 ? output : stemmed(output, r);
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                r.write(report, waivers, w);
            } catch (IOException e) {
                throw new OutputTargets.Unwritable(Names.printable(target) + ": cannot be written ("
                        + Names.printable(e.getMessage()) + ")");
            }
        }
    }

    /** reports/out + html → reports/out.html; the opinion gets its own suffix so it does not clash with md. */
    static Path stemmed(Path stem, Reporter r) {
        String name = stem.getFileName().toString();
        String file = r.format().equals("opinion") ? name + "-opinion." + r.extension() : name + "." + r.extension();
        return stem.resolveSibling(file);
    }

    /** Writes the annotated copies; false when one could not be written (said on stderr, the others written). */
    private boolean annotate(CheckReport report, Waivers waivers, PrintWriter err) throws IOException {
        Files.createDirectories(annotate);
        boolean all = true;
        var targets = OutputTargets.annotated(files, annotate);
        for (DocumentResult d : report.documents()) {
            if (d.status() == Status.UNVERIFIABLE) {
                continue;
            }
            List<Finding> active = d.findings().stream().filter(waivers::active).toList();
            if (active.isEmpty()) {
                continue;
            }
            Path target = targets.get(Path.of(d.document()));
            try (OutputStream os = Files.newOutputStream(target)) {
                PdfAnnotator.Result r = PdfAnnotator.annotate(Path.of(d.document()), active, os);
                err.println("plancheck: " + Names.printable(target) + ": " + r.highlighted().size() + " 处高亮，"
                        + r.notLocated().size() + " 条未能定位（以页首批注列出）"
                        + (r.activeRemoved() > 0 ? "；已移除原文件中的脚本、动作或附件 " + r.activeRemoved() + " 处" : ""));
            } catch (IOException | RuntimeException e) {
                all = false;
                err.println("plancheck: " + Names.printable(target) + ": 批注副本未能写出 ("
                        + Names.printable(e.getMessage()) + ")");
            }
        }
        return all;
    }
}
