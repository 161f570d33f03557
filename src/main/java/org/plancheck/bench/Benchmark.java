package org.plancheck.bench;

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
import org.plancheck.catalog.Allocations;
import org.plancheck.run.CheckOptions;
import org.plancheck.run.CheckOutcome;
import org.plancheck.run.CheckRun;
import org.plancheck.run.IdentityRequest;
import org.plancheck.run.Limits;
import org.plancheck.run.Startup;
import org.plancheck.report.TextReport;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.InputException;
import org.plancheck.engine.RuleEngine;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Extraction;
import org.plancheck.model.Finding;
import org.plancheck.model.Origin;
import org.plancheck.model.Severity;
import org.plancheck.bench.Expectations.ExpectedFinding;
import org.plancheck.bench.Expectations.ExpectedVerdict;
import org.plancheck.bench.Expectations.FigureScore;
import org.plancheck.bench.Expectations.VerdictScore;

/**
 * Measures plancheck on corpora with hand-written expectations, each corpus on its own (so a fit to one does not
 * hide a miss on another): extraction precision and recall of table rows and text targets, identity, verdict
 * accuracy; and speed as a ratio against {@code pdftotext} on the same files in the same run.
 */
public final class Benchmark {
    private final RuleEngine engine;
    private final DocumentReader reader;
    private final PrintWriter out;
    private final PrintWriter err;

    public Benchmark(RuleEngine engine, DocumentReader reader, PrintWriter out, PrintWriter err) {
        this.engine = engine;
        this.reader = reader;
        this.out = out;
        this.err = err;
    }

    /** Totals over one corpus. */
    private static final class Tally {
        final int[] table = new int[4];
        final int[] text = new int[4];
        int statusRight;
        int withVerdict;
        int identityRight;
        int withIdentity;
        int expected;
        int found;
        int unexpected;
        int wrongPage;
        int pages;
        int contradicting;
        int ocrDocuments;
        int ocrPages;
        long ocrMillis;
        int ocrThreads;
        long ocrCharacters;
        long ocrUnreadable;
        int ocrRowsUnreadable;
        int ocrTruth;
        int ocrTruthRead;
        int passWrong;
        /** Documents read from their text layer, not by OCR: the ones the speed comparison with pdftotext times. */
        final List<Path> textLayer = new ArrayList<>();
        int ocrRight;
        int ocrUnverifiable;
        final List<String> notes = new ArrayList<>();
    }

    /**
     * The cold start of one {@code check} of {@code file} in this fresh JVM, as the command runs it (rule base loaded
     * while the document is read), split by stage; call it before anything else has warmed the JVM.
     */
    public static String coldStart(Path file, Path upper, Path rules) throws IOException {
        long jvm = Startup.jvmStartMillis();
        CheckOutcome o = CheckRun.check(new CheckOptions(List.of(file), upper, rules, null, null, Limits.DEFAULT,
                false, List.of(new TextReport(false)), null, Severity.ERROR, null, null, null, IdentityRequest.NONE),
                s -> { });
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        CheckOutcome.Timings t = o.deliver(sink, sink).timings();
        return String.format(Locale.ROOT, "cold start  %s (%d pages): JVM start %s; rule base %d ms (%s, loaded while "
                + "reading: %d ms waited); configuration %d ms; reading %d ms; rules %d ms; reporting %d ms",
                file.getFileName(), o.report().documents().get(0).pages(), jvm < 0 ? "n/a" : jvm + " ms",
                t.ruleBaseLoad(), t.ruleBaseOrigin(), t.ruleBase(), t.config(), t.reading(), t.rules(), t.reporting());
    }

    public void run(List<Corpus> corpora, int repeat, boolean details, boolean peer, String coldStart) {
        out.printf(Locale.ROOT, "plancheck bench: %d corpora; rule base %s in %d ms (cold, this run)%n",
                corpora.size(), "compiled".equals(engine.origin()) ? "compiled" : "loaded from the " + engine.origin(),
                engine.buildMillis());
        if (coldStart != null) {
            out.println(coldStart);
        }
        List<Path> allFiles = new ArrayList<>();
        List<Catalog> catalogs = new ArrayList<>();
        int scans = 0;
        for (Corpus c : corpora) {
            Catalog catalog;
            List<Path> files;
            try {
                catalog = CatalogLoader.load(c.upper());
                files = c.documents();
            } catch (InputException | IOException e) {
                out.printf(Locale.ROOT, "%n%s: skipped (%s)%n", c.name(), e.getMessage());
                continue;
            }
            Tally t = score(c, catalog, files, details);
            print(c, files.size(), t, details, peer);
            // pdftotext reads no text from a scan, so scans are timed under "ocr" above, not here
            allFiles.addAll(t.textLayer);
            t.textLayer.forEach(f -> catalogs.add(catalog));
            scans += files.size() - t.textLayer.size();
            Corpus words = c.words();
            if (words != null) {
                try {
                    List<Path> drafts = words.documents();
                    print(words, drafts.size(), score(words, catalog, drafts, details), details, false);
                } catch (IOException e) {
                    out.printf(Locale.ROOT, "%n%s: skipped (%s)%n", words.name(), e.getMessage());
                }
            }
        }
        speed(allFiles, catalogs, repeat, scans);
        out.flush();
    }

    private Tally score(Corpus c, Catalog catalog, List<Path> files, boolean details) {
        Tally t = new Tally();
        List<Extraction> read = new ArrayList<>();
        for (Path f : files) {
            err.println("plancheck bench: " + f);
            err.flush();
            read.add(reader.read(f, catalog));
        }
        CheckReport report = new CheckRun(catalog, engine, reader,
                c.quotas() == null ? List.of() : Allocations.readQuotas(c.quotas(), catalog),
                c.assigned() == null ? List.of() : Allocations.readAssigned(c.assigned(), catalog), false)
                .judge(read);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            DocumentResult d = report.documents().get(i);
            t.pages += read.get(i).pages();
            Extraction ex = read.get(i);
            if (ex.ocr() == null) {
                t.textLayer.add(f);
            } else {
                t.ocrDocuments++;
                t.ocrPages += ex.ocr().pages().size();
                t.ocrMillis += ex.ocr().millis();
                t.ocrThreads = Math.max(t.ocrThreads, ex.ocr().threads());
                t.ocrCharacters += ex.ocr().characters();
                t.ocrUnreadable += ex.ocr().unreadable();
                t.ocrRowsUnreadable += (int) ex.issues().stream().filter(x -> x.reason().startsWith("OCR")).count();
            }
            Path truth = c.truth(f);
            if (Files.exists(Expectations.figuresFile(truth))) {
                List<org.plancheck.model.PlanFigure> figures = read.get(i).figures().stream()
                        .filter(x -> c.textAll() || x.source() != Origin.TEXT || x.matched()).toList();
                List<Expectations.ExpectedFigure> truthFigures =
                        Expectations.readFigures(Expectations.figuresFile(truth));
                for (org.plancheck.model.PlanFigure w : Expectations.contradicting(truthFigures, figures, catalog)) {
                    t.contradicting++;
                    t.notes.add(String.format("  %s: VALUE DIFFERS FROM THE TRUTH p%d %s %s %s", f.getFileName(),
                            w.page(), w.rawName(), w.target().text(), w.year() == null ? "" : w.year()));
                }
                if (ex.ocr() != null) {
                    for (FigureScore s : Expectations.scoreFigures(truthFigures, figures, catalog)) {
                        t.ocrTruth += s.truth();
                        t.ocrTruthRead += s.matchedTruth();
                    }
                }
                for (FigureScore s : Expectations.scoreFigures(truthFigures, figures, catalog)) {
                    int[] acc = s.source() == Origin.TABLE ? t.table : t.text;
                    acc[0] += s.truth();
                    acc[1] += s.extracted();
                    acc[2] += s.matchedTruth();
                    acc[3] += s.matchedExtracted();
                    if (details && (s.matchedTruth() < s.truth() || s.matchedExtracted() < s.extracted())) {
                        t.notes.add(String.format("  %s %s: truth %d, extracted %d, matched %d", f.getFileName(),
                                s.source().code(), s.truth(), s.extracted(), s.matchedTruth()));
                        s.missed().forEach(m -> t.notes.add(String.format("      not read: p%d %s %s %s", m.page(),
                                m.rawName(), m.target(), m.year() == null ? "" : m.year())));
                        s.extra().forEach(x -> t.notes.add(String.format("      extra:    p%d %s %s %s → %s", x.page(),
                                x.rawName(), x.target().text(), x.year() == null ? "" : x.year(),
                                x.indicatorId() == null ? "-" : x.indicatorId())));
                    }
                }
            }
            if (!Expectations.hasExpectations(truth)) {
                continue;
            }
            ExpectedVerdict expected = Expectations.readVerdict(Expectations.expectedFile(truth), catalog);
            VerdictScore v = Expectations.score(expected, d, List.of());
            List<Finding> surprises = v.unexpected().stream()
                    .filter(u -> c.infoListed() || u.severity() != Severity.INFO).toList();
            t.withVerdict++;
            t.statusRight += v.statusRight() ? 1 : 0;
            if (d.status() == org.plancheck.model.Status.PASS && expected.status() != org.plancheck.model.Status.PASS) {
                t.passWrong++;
                t.notes.add("  " + f.getFileName() + ": PASS WHERE THE TRUTH IS " + expected.status());
            }
            if (ex.ocr() != null) {
                if (d.status() == expected.status()) {
                    t.ocrRight++;
                } else if (d.status() == org.plancheck.model.Status.UNVERIFIABLE) {
                    t.ocrUnverifiable++;
                }
            }
            if (expected.statesIdentity() && expected.status() != org.plancheck.model.Status.UNVERIFIABLE) {
                t.withIdentity++;
                boolean right = expected.identityMatches(d.plan());
                t.identityRight += right ? 1 : 0;
                if (details && !right) {
                    t.notes.add("  " + f.getFileName() + ": identity " + d.plan().label() + " (expected "
                            + expected.jurisdiction() + " " + expected.kind()
                            + (expected.domain() == null ? "" : " " + expected.domain()) + ")");
                }
            }
            t.expected += v.found().size() + v.missed().size();
            t.found += v.found().size();
            t.unexpected += surprises.size();
            t.wrongPage += v.wrongPage().size();
            if (details) {
                if (!v.statusRight()) {
                    t.notes.add("  " + f.getFileName() + ": status " + d.status() + " (expected " + expected.status()
                            + ")" + (d.reason() == null ? "" : " " + d.reason()));
                }
                for (ExpectedFinding e : v.missed()) {
                    t.notes.add("  " + f.getFileName() + ": missed " + e.ruleId() + " " + e.indicator() + " p"
                            + e.page());
                }
                for (Finding u : surprises) {
                    t.notes.add("  " + f.getFileName() + ": unexpected " + u.ruleId() + " " + u.indicatorName() + " p"
                            + u.evidence().page() + " " + u.severity().code() + " " + u.message());
                }
            }
        }
        if (c.batch() != null) {
            VerdictScore b = Expectations.scoreBatch(Expectations.readBatch(c.batch(), catalog),
                    report.batchFindings());
            t.expected += b.found().size() + b.missed().size();
            t.found += b.found().size();
            t.unexpected += b.unexpected().size();
            if (details) {
                b.missed().forEach(e -> t.notes.add("  batch: missed " + e.ruleId() + " " + e.indicator()));
                b.unexpected().forEach(u -> t.notes.add("  batch: unexpected " + u.ruleId() + " " + u.indicatorName()));
            }
        }
        return t;
    }

    private void print(Corpus c, int documents, Tally t, boolean details, boolean peer) {
        out.printf(Locale.ROOT, "%n%s (%s): %d documents, %d pages%n", c.name(), c.upper(), documents, t.pages);
        out.printf(Locale.ROOT, "  table rows     precision %s  recall %s%n", ratio(t.table[3], t.table[1]),
                ratio(t.table[2], t.table[0]));
        if (peer) {
            out.printf(Locale.ROOT, "                 %s%n", TabulaPeer.line(c.folder(), err));
        }
        out.printf(Locale.ROOT, "  text targets   precision %s  recall %s%n", ratio(t.text[3], t.text[1]),
                ratio(t.text[2], t.text[0]));
        out.printf(Locale.ROOT, "  values wrong   %d (extracted figures stating another value than the truth)%n",
                t.contradicting);
        if (t.ocrDocuments > 0) {
            out.printf(Locale.ROOT, "  ocr            %d documents, %d pages in %.1f s: %.2f pages/s (%d at once); "
                    + "characters below confidence %d/%d (%.1f%%); table rows unreadable %d; truth figures not read "
                    + "%d/%d (%.1f%%)%n", t.ocrDocuments, t.ocrPages, t.ocrMillis / 1000.0,
                    t.ocrMillis == 0 ? 0 : t.ocrPages / (t.ocrMillis / 1000.0), t.ocrThreads, t.ocrUnreadable,
                    t.ocrCharacters, t.ocrCharacters == 0 ? 0 : 100.0 * t.ocrUnreadable / t.ocrCharacters,
                    t.ocrRowsUnreadable, t.ocrTruth - t.ocrTruthRead, t.ocrTruth,
                    t.ocrTruth == 0 ? 0 : 100.0 * (t.ocrTruth - t.ocrTruthRead) / t.ocrTruth);
            out.printf(Locale.ROOT, "  ocr verdicts   %d/%d the text version's status, %d UNVERIFIABLE instead, %d other%n",
                    t.ocrRight, t.ocrDocuments, t.ocrUnverifiable, t.ocrDocuments - t.ocrRight - t.ocrUnverifiable);
        }
        out.printf(Locale.ROOT, "  PASS wrongly   %d (PASS where the truth is FAIL or UNVERIFIABLE)%n", t.passWrong);
        out.printf(Locale.ROOT, "  identity       right %d/%d%n", t.identityRight, t.withIdentity);
        out.printf(Locale.ROOT, "  verdicts       status right %d/%d; expected findings found %d/%d; unexpected %d; "
                + "wrong page %d%n", t.statusRight, t.withVerdict, t.found, t.expected, t.unexpected, t.wrongPage);
        if (details && !t.notes.isEmpty()) {
            t.notes.forEach(out::println);
        } else if (t.contradicting > 0 || t.passWrong > 0) {
            t.notes.stream().filter(n -> n.contains("VALUE DIFFERS") || n.contains("PASS WHERE"))
                    .forEach(out::println);
        }
        out.flush();
    }

    private void speed(List<Path> files, List<Catalog> catalogs, int repeat, int scans) {
        if (files.isEmpty() || repeat <= 0) {
            return;
        }
        int pages = 0;
        double warmSec = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) {
            long s = System.nanoTime();
            int p = 0;
            for (int i = 0; i < files.size(); i++) {
                p += reader.read(files.get(i), catalogs.get(i)).pages();
            }
            pages = p;
            warmSec = Math.min(warmSec, (System.nanoTime() - s) / 1e9);
        }
        double pdftotextSec = pdftotext(files, repeat);
        out.printf(Locale.ROOT, "%nspeed (all %d documents with a text layer, %d pages%s)%n", files.size(), pages,
                scans == 0 ? "" : "; " + scans + " read by OCR are timed under ocr above");
        out.printf(Locale.ROOT, "  plancheck read+extract, best of %d warm: %.2f s (%.0f pages/s)%n", repeat, warmSec,
                pages / warmSec);
        if (pdftotextSec > 0) {
            out.printf(Locale.ROOT, "  pdftotext, best of %d: %.2f s (%.0f pages/s)%n", repeat, pdftotextSec,
                    pages / pdftotextSec);
            out.printf(Locale.ROOT, "  ratio: plancheck reads %.2f× the pages per second of pdftotext%n",
                    pdftotextSec / warmSec);
        } else {
            out.println("  pdftotext not found: no reference timing (apt-get install poppler-utils)");
        }
        out.printf(Locale.ROOT, "memory  peak heap used %d MB (max heap %d MB)%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
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
