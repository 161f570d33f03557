package org.plancheck.web;

import java.nio.file.Path;
import java.time.Duration;
import org.plancheck.run.Limits;

/**
 * How {@code plancheck serve} runs, as the command line gave it.
 *
 * @param bind           address to listen on (127.0.0.1 by default: only this machine)
 * @param port           TCP port, 0 for any free one (tests)
 * @param upper          upper plan folder
 * @param rules          folder of DRL rules
 * @param dbUrl          JDBC URL of the history database, null for the embedded H2 file under {@code dataDir}
 * @param dataDir        where the embedded database lives
 * @param maxFiles       most files in one upload
 * @param maxFileBytes   largest file in one upload
 * @param workers        checks run at once
 * @param queueSize      checks waiting beyond those running; more are refused with 503 and Retry-After
 * @param jobTimeout     longest time one job may take
 * @param retention      how long uploads and generated reports are kept (the database keeps the history)
 * @param token          bearer token required for uploads and the API, null for none
 * @param limits         per-document limits passed to the check (pages, size, time)
 */
public record ServeOptions(String bind, int port, Path upper, Path rules, String dbUrl, Path dataDir, int maxFiles,
                           long maxFileBytes, int workers, int queueSize, Duration jobTimeout, Duration retention,
                           String token, Limits limits) {

    /** Largest multipart request: every file at its limit, plus room for the form fields. */
    public long maxRequestBytes() {
        return maxFiles * maxFileBytes + 1024 * 1024;
    }

    /** The per-document limits, each document's time no longer than the job's. */
    public Limits documentLimits() {
        int seconds = (int) Math.min(limits.timeoutSeconds(), Math.max(1, jobTimeout.toSeconds()));
        return new Limits(limits.maxPages(), Math.min(limits.maxBytes(), maxFileBytes), seconds);
    }

    public boolean tokenRequired() {
        return token != null && !token.isEmpty();
    }
}
