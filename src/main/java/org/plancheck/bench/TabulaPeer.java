package org.plancheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The field's standard table extractor as a peer: runs {@code scripts/bench/tabula-peer.sh} (tabula-java 1.0.5 in
 * its own JVM, on its own classpath) on a corpus and returns the line it prints, the share of the corpus's indicator
 * rows it recovers with name and target-year value in one extracted row.
 */
final class TabulaPeer {
    static final Path SCRIPT = Path.of("scripts", "bench", "tabula-peer.sh");

    private TabulaPeer() {
    }

    static String line(Path corpus, PrintWriter err) {
        if (!Files.isRegularFile(SCRIPT)) {
            return "tabula-java: " + SCRIPT + " not found";
        }
        try {
            Process p = new ProcessBuilder("bash", SCRIPT.toString(), corpus.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            byte[] bytes = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return "tabula-java: timed out";
            }
            String s = new String(bytes, StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 && !s.isEmpty() ? s : "tabula-java: unavailable (exit " + p.exitValue() + ")";
        } catch (IOException e) {
            return "tabula-java: cannot run (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "tabula-java: interrupted";
        }
    }
}
