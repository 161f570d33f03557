package org.plancheck.cli;

import org.plancheck.run.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Limits on each input document, shared by the commands that read PDFs. Checked while the command line is parsed:
 * a limit of zero or less (or beyond the ceiling) is a usage error (exit 2) before any work, never a batch of
 * UNVERIFIABLE documents.
 */
public class LimitsOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int maxPages = Limits.DEFAULT.maxPages();
    private long maxMb = Limits.DEFAULT.maxBytes() >> 20;
    private int timeoutSeconds = Limits.DEFAULT.timeoutSeconds();

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
            description = "单个文档最多页数（1…" + Limits.MAX_PAGES_CEILING + "），超出则无法核验（默认 ${DEFAULT-VALUE}）"
                    + "/ most pages per document")
    void maxPages(int n) {
        maxPages = (int) within("--max-pages", n, 1, Limits.MAX_PAGES_CEILING);
    }

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "200",
            description = "单个文件最大 MB（1…" + Limits.MAX_MB_CEILING + "，默认 ${DEFAULT-VALUE}）/ largest file in MB")
    void maxMb(long mb) {
        maxMb = within("--max-mb", mb, 1, Limits.MAX_MB_CEILING);
    }

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "单个文档最长处理秒数（1…" + Limits.MAX_TIMEOUT_CEILING + "，默认 ${DEFAULT-VALUE}）"
                    + "/ time limit per document")
    void timeout(int seconds) {
        timeoutSeconds = (int) within("--timeout", seconds, 1, Limits.MAX_TIMEOUT_CEILING);
    }

    private long within(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }

    public Limits limits() {
        return new Limits(maxPages, maxMb << 20, timeoutSeconds);
    }
}
