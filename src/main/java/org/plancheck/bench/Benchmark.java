package org.plancheck.bench;

import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Severity;
import org.plancheck.report.TextReport;
import org.plancheck.run.CheckOptions;
import org.plancheck.run.CheckOutcome;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Startup;
import org.plancheck.model.Extraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.plancheck.catalog.Catalog;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Origin;
import org.plancheck.bench.Expectations.ExpectedFinding;
import org.plancheck.bench.Expectations.FigureScore;
import org.plancheck.bench.Expectations.VerdictScore;

/**
 * Measures plancheck on a corpus with hand-written expectations: extraction precision and recall, verdict
 * accuracy, and speed as a ratio against {@code pdftotext} on the same files in the same run.
 */
public final class Benchmark {
    private final Catalog catalog;
    private final RuleEngine engine;
    private final DocumentReader reader;
    private final PrintWriter out;

    private List<org.plancheck.catalog.Allocations.Allocation> quotas = List.of();
    private List<org.plancheck.catalog.Allocations.Allocation> assigned = List.of();
    private Path batchExpected;
    private String coldStart;

    /**
     * The cold start of one {@code check} of {@code file} in this fresh JVM, as the command runs it (rule base loaded
     * while the document is read), split by stage; call it before anything else has warmed the JVM.
     */
    public static String coldStart(Path file, Path upper, Path rules) throws IOException {
        long jvm = Startup.jvmStartMillis();
        CheckOutcome o = CheckRun.check(new CheckOptions(List.of(file), upper, rules, null, null, Limits.DEFAULT,
                false, List.of(new TextReport(false)), null, Severity.ERROR, null, null, null), s -> { });
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        CheckOutcome.Timings t = o.deliver(sink, sink).timings();
        return String.format(Locale.ROOT, "cold start  %s (%d pages): JVM start %s; rule base %d ms (%s, loaded while "
                + "reading: %d ms waited); configuration %d ms; reading %d ms; rules %d ms; reporting %d ms",
                file.getFileName(), o.report().documents().get(0).pages(), jvm < 0 ? "n/a" : jvm + " ms",
                t.ruleBaseLoad(), t.ruleBaseOrigin(), t.ruleBase(), t.config(), t.reading(), t.rules(), t.reporting());
    }

    /** The cold-start split measured before the benchmark ran ({@link #coldStart}). */
    public Benchmark coldStart(String line) {
        this.coldStart = line;
        return this;
    }

    /** Quotas, assignments and batch expectations the corpus is judged with (as a reviewer would pass them). */
    public Benchmark with(List<org.plancheck.catalog.Allocations.Allocation> q,
                          List<org.plancheck.catalog.Allocations.Allocation> a, Path batch) {
        this.quotas = q;
        this.assigned = a;
        this.batchExpected = batch;
        return this;
    }

    public Benchmark(Catalog catalog, RuleEngine engine, DocumentReader reader, PrintWriter out) {
        this.catalog = catalog;
        this.engine = engine;
        this.reader = reader;
        this.out = out;
    }

    /** All PDFs under the given files and folders (recursively), sorted. */
    public static List<Path> pdfs(List<Path> roots) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path r : roots) {
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(r);
            }
        }
        return out;
    }

    public void run(List<Path> files, int repeat, boolean details) {
        long t0 = System.nanoTime();
        List<Extraction> cold = new ArrayList<>();
        for (Path f : files) {
            cold.add(reader.read(f, catalog));
        }
        double coldSec = (System.nanoTime() - t0) / 1e9;
        int pages = cold.stream().mapToInt(Extraction::pages).sum();
        double warmSec = Double.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            for (Path f : files) {
                reader.read(f, catalog);
            }
            warmSec = Math.min(warmSec, (System.nanoTime() - s) / 1e9);
        }
        long cs = System.nanoTime();
        CheckReport report = new CheckRun(catalog, engine, reader, quotas, assigned, false).judge(cold);
        double checkSec = (System.nanoTime() - cs) / 1e9;
        double pdftotextSec = pdftotext(files, repeat);

        int[] table = new int[4];
        int[] text = new int[4];
        int statusRight = 0;
        int withVerdict = 0;
        int expected = 0;
        int found = 0;
        int unexpected = 0;
        int wrongPage = 0;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            DocumentResult d = report.documents().get(i);
            if (Files.exists(Expectations.figuresFile(f))) {
                for (FigureScore s : Expectations.scoreFigures(Expectations.readFigures(Expectations.figuresFile(f)),
                        cold.get(i).figures(), catalog)) {
                    int[] acc = s.source() == Origin.TABLE ? table : text;
                    acc[0] += s.truth();
                    acc[1] += s.extracted();
                    acc[2] += s.matchedTruth();
                    acc[3] += s.matchedExtracted();
                    if (details && (s.matchedTruth() < s.truth() || s.matchedExtracted() < s.extracted())) {
                        notes.add(String.format("  %s %s: truth %d, extracted %d, matched %d", f.getFileName(),
                                s.source().code(), s.truth(), s.extracted(), s.matchedTruth()));
                    }
                }
            }
            if (Expectations.hasExpectations(f)) {
                VerdictScore v = Expectations.score(Expectations.readVerdict(Expectations.expectedFile(f), catalog), d,
                        List.of());
                withVerdict++;
                statusRight += v.statusRight() ? 1 : 0;
                expected += v.found().size() + v.missed().size();
                found += v.found().size();
                unexpected += v.unexpected().size();
                wrongPage += v.wrongPage().size();
                if (details) {
                    if (!v.statusRight()) {
                        notes.add("  " + f.getFileName() + ": status " + d.status());
                    }
                    for (ExpectedFinding e : v.missed()) {
                        notes.add("  " + f.getFileName() + ": missed " + e.ruleId() + " " + e.indicator() + " p" + e.page());
                    }
                    for (Finding u : v.unexpected()) {
                        notes.add("  " + f.getFileName() + ": unexpected " + u.ruleId() + " " + u.indicatorName() + " p"
                                + u.evidence().page() + " " + u.severity().code());
                    }
                }
            }
        }
        if (batchExpected != null && Files.exists(batchExpected)) {
            VerdictScore b = Expectations.scoreBatch(Expectations.readBatch(batchExpected, catalog),
                    report.batchFindings());
            expected += b.found().size() + b.missed().size();
            found += b.found().size();
            unexpected += b.unexpected().size();
            if (details) {
                b.missed().forEach(e -> notes.add("  batch: missed " + e.ruleId() + " " + e.indicator()));
                b.unexpected().forEach(u -> notes.add("  batch: unexpected " + u.ruleId() + " " + u.indicatorName()));
            }
        }
        out.printf(Locale.ROOT, "plancheck bench: %d documents, %d pages%n", files.size(), pages);
        out.printf(Locale.ROOT, "rules       KieBase built in %d ms (%s, this run)%n", engine.buildMillis(), engine.origin());
        if (coldStart != null) {
            out.println(coldStart);
        }
        out.printf(Locale.ROOT, "extraction  table rows:   precision %s  recall %s%n", ratio(table[3], table[1]),
                ratio(table[2], table[0]));
        out.printf(Locale.ROOT, "            text targets: precision %s  recall %s%n", ratio(text[3], text[1]),
                ratio(text[2], text[0]));
        out.printf(Locale.ROOT, "verdicts    status right %d/%d; expected findings found %d/%d; unexpected %d; "
                + "wrong page %d%n", statusRight, withVerdict, found, expected, unexpected, wrongPage);
        out.printf(Locale.ROOT, "speed       plancheck read+extract, first pass: %.1f s (%.0f pages/s)%n", coldSec,
                pages / coldSec);
        out.printf(Locale.ROOT, "            plancheck read+extract, best of %d warm: %.2f s (%.0f pages/s)%n", repeat,
                warmSec, pages / warmSec);
        out.printf(Locale.ROOT, "            rules over the batch: %.3f s%n", checkSec);
        if (pdftotextSec > 0) {
            out.printf(Locale.ROOT, "            pdftotext, best of %d: %.2f s (%.0f pages/s)%n", repeat, pdftotextSec,
                    pages / pdftotextSec);
            out.printf(Locale.ROOT, "            ratio: plancheck warm takes %.2f× the time of pdftotext%n",
                    warmSec / pdftotextSec);
        } else {
            out.println("            pdftotext not found: no reference timing (apt-get install poppler-utils)");
        }
        out.printf(Locale.ROOT, "memory      peak heap used %d MB (max heap %d MB)%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        if (details && !notes.isEmpty()) {
            out.println("details:");
            notes.forEach(out::println);
        }
        out.flush();
    }

    private static String ratio(int num, int den) {
        return den == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) num / den, num, den);
    }

    /** Best total time of {@code repeat} passes of pdftotext over the files; 0 when pdftotext is missing. */
    static double pdftotext(List<Path> files, int repeat) {
        double best = Double.MAX_VALUE;
        try {
            for (int i = 0; i < repeat; i++) {
                long s = System.nanoTime();
                for (Path f : files) {
                    Process p = new ProcessBuilder("pdftotext", "-q", f.toString(), "-")
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    if (!p.waitFor(120, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
                best = Math.min(best, (System.nanoTime() - s) / 1e9);
            }
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        return best;
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
