package org.plancheck.run;

/**
 * Limits on one input document; a document over a limit is UNVERIFIABLE with the reason, never half-read.
 *
 * @param maxPages       most pages read (default 1,000)
 * @param maxBytes       largest file read (default 200 MB)
 * @param timeoutSeconds longest time spent on one document (default 120 s)
 */
public record Limits(int maxPages, long maxBytes, int timeoutSeconds) {
    public static final Limits DEFAULT = new Limits(1000, 200L * 1024 * 1024, 120);
    /** The largest --max-pages accepted. */
    public static final int MAX_PAGES_CEILING = 100_000;
    /** The largest --max-mb accepted (a file is never read into memory whole, but 4 GB is no plan). */
    public static final long MAX_MB_CEILING = 4096;
    /** The largest --timeout accepted: one day. */
    public static final int MAX_TIMEOUT_CEILING = 86_400;

    public Limits {
        if (maxPages < 1 || maxBytes < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxPages + " pages, " + maxBytes
                    + " bytes, " + timeoutSeconds + " s");
        }
    }
}
