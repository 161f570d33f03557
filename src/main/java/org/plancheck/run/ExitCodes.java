package org.plancheck.run;

import org.plancheck.model.CheckReport;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;
import org.plancheck.model.Status;
import org.plancheck.report.Waivers;

/** The one place that turns a check's results into the process exit code (see {@link ExitCode}). */
public final class ExitCodes {
    private ExitCodes() {
    }

    /**
     * {@link ExitCode#UNREADABLE} (3) when any document is UNVERIFIABLE, whatever {@code failOn} says;
     * otherwise {@link ExitCode#FINDINGS} (1) when an active finding (neither suppressed nor baselined), of a
     * document or of the batch, is at or above {@code failOn}; otherwise {@link ExitCode#OK} (0).
     *
     * @param failOn the lowest severity that fails; null never fails on findings (--fail-on never)
     */
    public static int of(CheckReport report, Waivers waivers, Severity failOn) {
        if (report.documents().stream().anyMatch(d -> d.status() == Status.UNVERIFIABLE)) {
            return ExitCode.UNREADABLE;
        }
        if (failOn == null) {
            return ExitCode.OK;
        }
        for (Finding f : report.allFindings()) {
            if (f.severity().atLeast(failOn) && waivers.active(f)) {
                return ExitCode.FINDINGS;
            }
        }
        return ExitCode.OK;
    }

    /** Without suppressions or baseline. */
    public static int of(CheckReport report, Severity failOn) {
        return of(report, Waivers.none(), failOn);
    }

    /** Reads --fail-on: error, warning, info, or never (null). */
    public static Severity failOn(String option) {
        String o = option.strip().toLowerCase(java.util.Locale.ROOT);
        return o.equals("never") || o.equals("none") ? null : Severity.parse(o);
    }
}
