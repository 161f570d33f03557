package org.plancheck.document;

import java.time.Duration;

/**
 * Stops the reading of one document: a deadline, and a flag the guard sets when it gives up on the document. The
 * reading code polls it ({@link #check()}) between pages, on every read from the file, while streams are
 * decompressed, and inside content-stream processing; a cancelled read ends with {@link Cancelled}, whatever the
 * PDF does, so a timed-out reader stops using the CPU instead of running on beside the next document.
 *
 * <p>Polling is cheap (a volatile read; the clock is read on every 256th poll), so it can sit in inner loops.
 */
public final class Cancellation {
    /** Thrown by {@link #check()} once the document's time is up; carries no stack trace. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled(String reason) {
            super(reason, null, false, false);
        }
    }

    private final long deadline;
    private final boolean hasDeadline;
    private final String reason;
    private volatile boolean cancelled;
    private int polls;

    private Cancellation(long deadline, boolean hasDeadline, String reason) {
        this.deadline = deadline;
        this.hasDeadline = hasDeadline;
        this.reason = reason;
    }

    /** Never cancelled by time; {@link #cancel()} still stops it. */
    public static Cancellation none() {
        return new Cancellation(0, false, "处理已中止");
    }

    /**
     * Cancelled {@code limit} from now, or earlier by {@link #cancel()}.
     *
     * @param reason the one-line reason an unreadable document gets (it names the limit and its option)
     */
    public static Cancellation after(Duration limit, String reason) {
        return new Cancellation(System.nanoTime() + limit.toNanos(), true, reason);
    }

    /** The reason a cancelled document is unreadable. */
    public String reason() {
        return reason;
    }

    /** Gives up on the document: every later {@link #check()} throws. Any thread may call it. */
    public void cancel() {
        cancelled = true;
    }

    /** True once cancelled or past the deadline. */
    public boolean isCancelled() {
        if (cancelled || Thread.currentThread().isInterrupted()) {
            return true;
        }
        if (hasDeadline && (++polls & 0xFF) == 0 && System.nanoTime() - deadline >= 0) {
            cancelled = true;
        }
        return cancelled;
    }

    /**
     * Throws {@link Cancelled} once the document's time is up. Unchecked, so it passes through PDFBox, which
     * swallows many IOExceptions to read damaged files leniently.
     */
    public void check() {
        if (isCancelled()) {
            throw new Cancelled(reason);
        }
    }
}
