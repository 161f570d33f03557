package org.plancheck.cli;

import java.nio.charset.StandardCharsets;

/** Entry point: builds the command line and exits with its code. */
public final class Main {
    /** Written without allocating much: when the heap is exhausted, printing a new string can fail too. */
    private static final byte[] OUT_OF_MEMORY = "plancheck: 内存不足，运行中止 (out of memory)\n"
            .getBytes(StandardCharsets.UTF_8);

    /** The commands that read PDFs: for them PDFBox's font tables are built while the command line is parsed. */
    private static final java.util.Set<String> READERS = java.util.Set.of("check", "extract", "bench", "serve");

    private static final String LOG_FACTORY = "org.apache.commons.logging.LogFactory";

    private Main() {
    }

    public static void main(String[] args) {
        org.plancheck.run.Startup.mainEntered();
        // PDFBox logs through commons-logging, which ends in SLF4J (whose no-op binding keeps both streams clean).
        // Named here, commons-logging does not first start log4j-api's machinery only to find out that log4j is
        // routed to SLF4J: 80 classes and 50 ms less at every cold start.
        if (System.getProperty(LOG_FACTORY) == null) {
            System.setProperty(LOG_FACTORY, "org.apache.commons.logging.impl.Slf4jLogFactory");
        }
        if (args.length > 0 && READERS.contains(args[0])) {
            org.plancheck.document.FontTables.prepare();
        }
        // Other threads never print a stack trace. While a document's reader exhausts the heap (it then becomes
        // UNVERIFIABLE), an idle library thread (a Drools ForkJoinPool worker, a JDK cleaner) may get the
        // OutOfMemoryError instead; it dies and is replaced, the run goes on, so nothing is said. Anything else is
        // one line.
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                System.err.println("plancheck: 内部错误 internal error: " + e.getClass().getSimpleName() + " in "
                        + t.getName());
            }
        });
        int code;
        try {
            code = Cli.create().execute(args);
        } catch (OutOfMemoryError e) {
            // the readers catch their own (one document UNVERIFIABLE); this is the rest of the run. Halt: shutdown
            // hooks would only run out of memory again and print the JVM's own complaint.
            System.err.write(OUT_OF_MEMORY, 0, OUT_OF_MEMORY.length);
            System.err.flush();
            Runtime.getRuntime().halt(5);
            return;
        }
        System.exit(code);
    }
}
