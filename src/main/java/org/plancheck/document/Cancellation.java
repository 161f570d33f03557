package org.plancheck.document;

/**
 * Lets a long read stop when its time is up: readers call {@link #check()} between units of work (every thousand
 * content-stream operators, every page), which throws {@link Cancelled} once the deadline has passed or the reading
 * thread was interrupted.
 */
public final class Cancellation {
    /** Never cancels (tests, tools that read one small file). */
    public static final Cancellation NONE = new Cancellation(Long.MAX_VALUE);

    private final long deadlineNanos;

    private Cancellation(long deadlineNanos) {
        this.deadlineNanos = deadlineNanos;
    }

    /** Cancels {@code seconds} from now. */
    public static Cancellation after(long seconds) {
        return new Cancellation(System.nanoTime() + seconds * 1_000_000_000L);
    }

    public void check() {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadlineNanos > 0) {
            throw new Cancelled();
        }
    }

    /** The read was stopped: its time was up. */
    public static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Cancelled() {
            super("处理超时，已停止读取", null, false, false);
        }
    }
}
