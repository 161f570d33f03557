package org.plancheck.cli;

import org.plancheck.run.Limits;
import picocli.CommandLine.Option;

/** Limits on each input document, shared by the commands that read PDFs. */
public class LimitsOptions {
    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "1000",
            description = "单个文档最多页数，超出则无法核验（默认 ${DEFAULT-VALUE}）/ most pages per document")
    int maxPages;

    @Option(names = "--max-mb", paramLabel = "MB", defaultValue = "200",
            description = "单个文件最大 MB（默认 ${DEFAULT-VALUE}）/ largest file in MB")
    long maxMb;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "单个文档最长处理秒数（默认 ${DEFAULT-VALUE}）/ time limit per document")
    int timeoutSeconds;

    public Limits limits() {
        return new Limits(maxPages, maxMb * 1024 * 1024, timeoutSeconds);
    }
}
