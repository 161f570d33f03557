package org.plancheck.run;

import java.time.Duration;
import java.time.Instant;

/** When this process started and when {@code main} was entered: the JVM's own start-up time, for the benchmark. */
public final class Startup {
    private static volatile Instant mainEntered;

    private Startup() {
    }

    /** Called first thing in {@code main}. */
    public static void mainEntered() {
        mainEntered = Instant.now();
    }

    /** Milliseconds from the process start to {@code main} (JVM start), -1 when not known. */
    public static long jvmStartMillis() {
        Instant main = mainEntered;
        Instant start = ProcessHandle.current().info().startInstant().orElse(null);
        if (main == null || start == null) {
            return -1;
        }
        return Math.max(0, Duration.between(start, main).toMillis());
    }
}
