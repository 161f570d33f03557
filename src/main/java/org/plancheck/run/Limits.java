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
}
