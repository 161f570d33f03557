package org.plancheck.run;

import java.lang.management.ManagementFactory;

/** When {@code main} was entered, to tell the JVM's own start-up time (for the benchmark). */
public final class Startup {
    private static volatile long mainNanos;

    private Startup() {
    }

    /** Called first thing in {@code main}. */
    public static void mainEntered() {
        mainNanos = System.nanoTime();
    }

    /** Milliseconds from the JVM's start to {@code main} (class loading of the launcher included); -1 when unknown. */
    public static long jvmStartMillis() {
        long main = mainNanos;
        if (main == 0) {
            return -1;
        }
        long sinceMain = (System.nanoTime() - main) / 1_000_000;
        return Math.max(0, ManagementFactory.getRuntimeMXBean().getUptime() - sinceMain);
    }
}
