package org.plancheck.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.plancheck.document.PdfAnnotator;
import org.plancheck.model.CheckReport;
import org.plancheck.model.Finding;
import org.plancheck.model.Names;
import org.plancheck.report.Reporter;
import org.plancheck.report.Waivers;

/**
 * The whole result of a check: the report, the waivers (suppressions, baseline), the exit code, the reports to write,
 * the annotated copies to make, the lines for stderr, and how long each stage took. {@link #deliver} does the
 * writing; a command prints nothing else.
 *
 * @param report      documents, findings, rules
 * @param waivers     suppressed and baselined findings
 * @param exitCode    see {@link ExitCode}
 * @param outputs     each report to write: to a file, or to stdout when {@code file} is null
 * @param annotations each annotated copy to make
 * @param notices     one line each for stderr (unverifiable documents, duplicate jurisdictions)
 * @param timings     where the time went
 */
public record CheckOutcome(CheckReport report, Waivers waivers, int exitCode, List<Output> outputs,
                           List<Annotation> annotations, List<String> notices, Timings timings) {

    /** One report to write: a reporter and its file (null: stdout). */
    public record Output(Reporter reporter, Path file) {
    }

    /** One annotated copy: the active findings of {@code source} drawn into {@code target}. */
    public record Annotation(Path source, Path target, List<Finding> findings) {
    }

    /**
     * Milliseconds per stage of one run: waiting for the rule base (beyond the reading it overlapped), loading the
     * catalog and the other configuration files, reading the documents, the rules, and writing the reports.
     */
    public record Timings(long ruleBase, long ruleBaseLoad, String ruleBaseOrigin, long config, long reading,
                          long rules, long reporting) {
        public Timings withReporting(long ms) {
            return new Timings(ruleBase, ruleBaseLoad, ruleBaseOrigin, config, reading, rules, ms);
        }
    }

    /**
     * Writes the notices to {@code err}, the reports to their files or to {@code out}, and the annotated copies
     * (one line each on {@code err}); returns the outcome with the reporting time.
     */
    public CheckOutcome deliver(PrintWriter out, PrintWriter err) throws IOException {
        long t0 = System.nanoTime();
        notices.forEach(n -> err.println("plancheck: " + n));
        for (Output o : outputs) {
            if (o.file() == null) {
                o.reporter().write(report, waivers, out);
                out.flush();
                continue;
            }
            if (o.file().getParent() != null) {
                Files.createDirectories(o.file().getParent());
            }
            // as bytes: UTF-8 text for the text formats, the file itself for a binary one (the Word opinion)
            try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(o.file()))) {
                o.reporter().write(report, waivers, os);
            } catch (IOException e) {
                throw new OutputTargets.Unwritable(Names.printable(o.file()) + ": cannot be written ("
                        + Names.printable(e.getMessage()) + ")");
            }
        }
        boolean copies = true;
        for (Annotation a : annotations) {
            try {
                if (a.target().getParent() != null) {
                    Files.createDirectories(a.target().getParent());
                }
                try (OutputStream os = Files.newOutputStream(a.target())) {
                    PdfAnnotator.Result r = PdfAnnotator.annotate(a.source(), a.findings(), os);
                    err.println("plancheck: " + Names.printable(a.target()) + ": " + r.highlighted().size() + " 处高亮，"
                            + r.notLocated().size() + " 条未能定位（以页首批注列出）"
                            + (r.activeRemoved() > 0 ? "；已移除原文件中的脚本、动作或附件 " + r.activeRemoved() + " 处" : ""));
                }
            } catch (IOException | RuntimeException e) {
                copies = false;
                err.println("plancheck: " + Names.printable(a.target()) + ": 批注副本未能写出 ("
                        + Names.printable(e.getMessage()) + ")");
            }
        }
        err.flush();
        return new CheckOutcome(report, waivers, copies ? exitCode : ExitCode.OUTPUT, outputs, annotations, notices,
                timings.withReporting((System.nanoTime() - t0) / 1_000_000));
    }
}
