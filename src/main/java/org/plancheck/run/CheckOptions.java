package org.plancheck.run;

import java.nio.file.Path;
import java.util.List;
import org.plancheck.model.Severity;
import org.plancheck.ocr.OcrSettings;
import org.plancheck.report.Reporter;

/**
 * Everything a {@code check} is asked to do, as the command line gave it (already parsed and validated).
 *
 * @param files        lower plan PDFs, judged as one batch
 * @param upper        upper plan folder (catalog)
 * @param rules        folder of DRL rules
 * @param quotas       allocation table, null when none
 * @param assigned     numbers handed down, null when none
 * @param limits       per-document limits (pages, size, time)
 * @param explain      each finding says which rule fired on which facts
 * @param reporters    the formats to write (at least one)
 * @param output       the file (one format) or the stem (several), null or "-" for stdout
 * @param failOn       lowest severity that fails the run, null never
 * @param annotate     folder for annotated copies of the PDFs, null for none
 * @param baseline     an earlier JSON report, null for none
 * @param suppressions the reviewer's suppressions, null for none
 * @param identity     what the reviewer states of the documents' identity (options and manifest)
 * @param ocr          how scanned pages are read (--ocr, --ocr-min-confidence)
 */
public record CheckOptions(List<Path> files, Path upper, Path rules, Path quotas, Path assigned, Limits limits,
                           boolean explain, List<Reporter> reporters, Path output, Severity failOn, Path annotate,
                           Path baseline, Path suppressions, IdentityRequest identity, OcrSettings ocr) {

    /** With scanned pages read by OCR under the default settings. */
    public CheckOptions(List<Path> files, Path upper, Path rules, Path quotas, Path assigned, Limits limits,
                        boolean explain, List<Reporter> reporters, Path output, Severity failOn, Path annotate,
                        Path baseline, Path suppressions, IdentityRequest identity) {
        this(files, upper, rules, quotas, assigned, limits, explain, reporters, output, failOn, annotate, baseline,
                suppressions, identity, OcrSettings.DEFAULT);
    }
}
