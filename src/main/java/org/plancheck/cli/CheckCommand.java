package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.model.Names;
import org.plancheck.report.ReportOptions;
import org.plancheck.report.Reporter;
import org.plancheck.report.Reporters;
import org.plancheck.run.CheckOptions;
import org.plancheck.run.CheckOutcome;
import org.plancheck.run.CheckRun;
import org.plancheck.run.ExitCode;
import org.plancheck.run.ExitCodes;
import org.plancheck.run.OutputTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck check}: options only; {@link CheckRun#check} does the work, {@link CheckOutcome#deliver} writes it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查下位规划（PDF 或 Word .docx）是否服从上位规划，输出问题清单。",
            "Checks lower plans (PDF or Word) against the upper plan and reports findings with evidence."})
public class CheckCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "下位规划文件（PDF 或 Word .docx，按内容识别）/ lower plans, PDF or Word")
    List<Path> files;

    @Mixin
    UpperOption upper;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LimitsOptions limits;

    @Mixin
    IdentityOptions identity;

    @Mixin
    OcrOptions ocr;

    @Option(names = "--quotas", paramLabel = "FILE",
            description = "指标分解表 TSV（county, indicator, quota[, unit]）/ allocation table")
    Path quotas;

    @Option(names = "--assigned", paramLabel = "FILE",
            description = "上级下达数 TSV（jurisdiction, indicator, value[, unit]）/ numbers handed down")
    Path assigned;

    @Option(names = "--format", split = ",", defaultValue = "text", paramLabel = "FORMAT",
            description = "text | json | html | md | sarif | junit | opinion | docx（Word 审核意见，需 --output）；"
                    + "可用逗号或重复给出多个（默认 text）")
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
        checkOutputs(reporters);
        boolean progress = System.console() != null && files.size() > 1;
        CheckOptions options = new CheckOptions(files, upper.folder(), rulesOption.folder(), quotas, assigned,
                limits.limits(), explain, reporters, output, severity, annotate, baseline, suppressions,
                identity.request(), ocr.settings(err));
        CheckOutcome outcome = CheckRun.check(options, line -> {
            if (progress) {
                err.println("plancheck: " + Names.printable(line));
                err.flush();
            }
        });
        return outcome.deliver(spec.commandLine().getOut(), err).exitCode();
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
                    OutputTargets.checkFile(reporters.size() == 1 ? output : CheckRun.stemmed(output, r), inputs);
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
        boolean toStdout = output == null || output.toString().equals("-");
        for (Reporter r : out) {
            if (r.binary() && toStdout) {
                throw new ParameterException(spec.commandLine(), "--format " + r.format()
                        + " writes a Word file: give --output FILE (e.g. --output reports/opinion.docx)");
            }
        }
        if (out.size() > 1 && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "several formats need --output STEM (e.g. --output reports/check)");
        }
        return out;
    }
}
