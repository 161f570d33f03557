package org.plancheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.engine.RuleEngine;
import org.plancheck.bench.Benchmark;
import org.plancheck.run.ExitCode;
import org.plancheck.run.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck bench}: accuracy against hand-written expectations and speed against pdftotext. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"在带人工预期的样例上测量：提取的精确率和召回率、结论准确率、速度（与同一次运行中 pdftotext 的耗时之比）。",
            "Measures extraction precision/recall, verdict accuracy and speed (as a ratio to pdftotext) on a corpus."})
public class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "PDF 文件或目录（默认 samples）/ PDFs or folders")
    List<Path> paths;

    @Mixin
    UpperOption upper;

    @Mixin
    RulesOption rulesOption;

    @Option(names = "--quotas", paramLabel = "FILE", description = "指标分解表（默认 samples/quotas.tsv，若存在）")
    Path quotas;

    @Option(names = "--assigned", paramLabel = "FILE", description = "上级下达数（默认 samples/assigned.tsv，若存在）")
    Path assigned;

    @Option(names = "--repeat", defaultValue = "3", description = "计时重复次数，取最快（默认 ${DEFAULT-VALUE}）")
    int repeat;

    @Option(names = "--details", description = "列出每个漏检、误报 / list every miss and surprise")
    boolean details;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> files = Benchmark.pdfs(paths == null || paths.isEmpty() ? List.of(Path.of("samples")) : paths);
        if (files.isEmpty()) {
            spec.commandLine().getErr().println("plancheck: bench: no PDF files found");
            return ExitCode.USAGE;
        }
        String coldStart = Benchmark.coldStart(files.get(0), upper.folder(), rulesOption.folder());
        Catalog catalog = upper.load();
        RuleEngine engine = rulesOption.load();
        Path q = quotas != null ? quotas : existing(Path.of("samples", "quotas.tsv"));
        Path a = assigned != null ? assigned : existing(Path.of("samples", "assigned.tsv"));
        new Benchmark(catalog, engine, Readers.pdf(org.plancheck.run.Limits.DEFAULT), spec.commandLine().getOut())
                .with(q == null ? List.of() : Allocations.readQuotas(q, catalog),
                        a == null ? List.of() : Allocations.readAssigned(a, catalog),
                        existing(Path.of("samples", "batch.expected.tsv")))
                .coldStart(coldStart)
                .run(files, Math.max(1, repeat), details);
        return ExitCode.OK;
    }

    private static Path existing(Path p) {
        return java.nio.file.Files.exists(p) ? p : null;
    }
}
