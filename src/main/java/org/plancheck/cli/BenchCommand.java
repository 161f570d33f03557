package org.plancheck.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.plancheck.engine.RuleEngine;
import org.plancheck.bench.Benchmark;
import org.plancheck.bench.Corpus;
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
    @Parameters(arity = "0..*", paramLabel = "CORPUS",
            description = "语料目录（默认 samples 和 corpora/ 下每个目录）/ corpus folders (default: samples and each folder of corpora/)")
    List<Path> paths;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    OcrOptions ocr;

    @Mixin
    LimitsOptions limits;

    @Option(names = "--repeat", defaultValue = "3", description = "计时重复次数，取最快（默认 ${DEFAULT-VALUE}）；"
            + "0 只测准确率（不测冷启动和速度，适合扫描件语料：OCR速度见各语料的 ocr 行）")
    int repeat;

    @Option(names = "--details", description = "列出每个漏检、误报 / list every miss and surprise")
    boolean details;

    @Option(names = "--peer", description = "同时运行 tabula-java 1.0.5 作为对照（需要 Maven 和网络，首次较慢）"
            + " / also run tabula-java 1.0.5 as a peer")
    boolean peer;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> folders = paths == null || paths.isEmpty() ? Corpus.defaults() : paths;
        if (folders.isEmpty()) {
            spec.commandLine().getErr().println("plancheck: bench: no corpus found (samples/ or corpora/)");
            return ExitCode.USAGE;
        }
        List<Corpus> corpora = folders.stream().map(Corpus::read).toList();
        // the cold start is measured first, in this fresh JVM, on the longest document of the first corpus
        Corpus first = corpora.get(0);
        Path largest = first.documents().stream().max(java.util.Comparator.comparingInt(BenchCommand::pages))
                .orElse(null);
        String coldStart = largest == null || repeat <= 0 ? null
                : Benchmark.coldStart(largest, first.upper(), rulesOption.folder());
        RuleEngine engine = rulesOption.load();
        new Benchmark(engine, Readers.documents(limits.limits(),
                ocr.settings(new java.io.PrintWriter(java.io.Writer.nullWriter()))), spec.commandLine().getOut(),
                spec.commandLine().getErr())
                .run(corpora, Math.max(0, repeat), details, peer, coldStart);
        return ExitCode.OK;
    }

    private static int pages(Path p) {
        try (org.plancheck.document.PdfDocument d = org.plancheck.document.PdfDocument.open(p)) {
            return d.pageCount();
        } catch (IOException | org.plancheck.document.UnreadableException e) {
            return 0;
        }
    }
}
