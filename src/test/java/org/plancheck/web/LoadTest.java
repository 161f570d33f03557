package org.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test on 127.0.0.1, not in the default suite (tag "load"; run by scripts/load-test.sh):
 * {@code load.clients} concurrent clients (20) send {@code load.requests} checks (200) of one plan
 * ({@code load.file}, the 42-page sample), each upload followed by polling until the job is done; it stops by
 * itself after the requests or {@code load.minutes} (10). Prints p50 / p95 / max of the end-to-end latency (upload
 * to result) and of the upload alone, throughput and errors, and, in the same run, the cold CLI
 * ({@code load.cli}: the {@code plancheck} launcher) on the same file before and after the load.
 */
@Tag("load")
class LoadTest {
    @TempDir
    Path data;

    @Test
    void manyClientsCheckingTheSamePlan() throws Exception {
        int clients = Integer.getInteger("load.clients", 20);
        int requests = Integer.getInteger("load.requests", 200);
        int workers = Integer.getInteger("load.workers", 2);
        Duration limit = Duration.ofMinutes(Integer.getInteger("load.minutes", 10));
        Path file = Path.of(System.getProperty("load.file", "samples/lengshuitan-15th-draft.pdf"));
        String cli = System.getProperty("load.cli");
        StringBuilder out = new StringBuilder();

        String loadBefore = loadAverage();
        List<Long> coldBefore = cli == null ? List.of() : cold(cli, file, 3);
        ServeOptions o = Servers.with(Servers.options(data), workers, clients + 4, Duration.ofMinutes(5),
                Duration.ofSeconds(60), null, 20, 50L * 1024 * 1024, null);
        List<Long> single = new ArrayList<>();
        List<Long> total = Collections.synchronizedList(new ArrayList<>());
        List<Long> upload = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger left = new AtomicInteger(requests);
        long t0;
        long wall;
        try (WebServer server = Servers.start(o)) {
            Http.Part part = Http.Part.of(file);
            // one check first, so that the figures are of a warm server, as in service; then one reviewer alone
            Http warm = new Http(server.uri());
            warm.await(warm.submit(part), Duration.ofMinutes(2));
            for (int i = 0; i < Integer.getInteger("load.single", 5); i++) {
                long s = System.nanoTime();
                warm.await(warm.submit(part), Duration.ofMinutes(2));
                single.add((System.nanoTime() - s) / 1_000_000);
            }
            long deadline = System.nanoTime() + limit.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            t0 = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                pool.execute(() -> {
                    Http http = new Http(server.uri());
                    while (left.getAndDecrement() > 0 && System.nanoTime() < deadline) {
                        long s = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.upload("/api/v1/checks", List.of(part), Map.of());
                            upload.add((System.nanoTime() - s) / 1_000_000);
                            if (r.statusCode() == 503) {
                                refused.incrementAndGet();
                                continue;
                            }
                            if (r.statusCode() != 202) {
                                errors.incrementAndGet();
                                continue;
                            }
                            String id = Http.json(r.body()).get("id").asText();
                            JsonNode j = poll(http, id, deadline);
                            if (j == null || !j.get("state").asText().equals("done")) {
                                errors.incrementAndGet();
                                continue;
                            }
                            total.add((System.nanoTime() - s) / 1_000_000);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(limit.toMinutes() + 1, TimeUnit.MINUTES);
            wall = (System.nanoTime() - t0) / 1_000_000;
        }
        List<Long> coldAfter = cli == null ? List.of() : cold(cli, file, 3);

        out.append(String.format(Locale.ROOT, "load: %s, %d requests by %d clients, %d workers on %d cores; "
                + "load average before %s, after %s%n", file.getFileName(), requests, clients, workers,
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage()));
        out.append(String.format(Locale.ROOT, "load: done %d, errors %d, refused (503) %d, wall %.1f s, %.2f checks/s%n",
                total.size(), errors.get(), refused.get(), wall / 1000.0, total.size() * 1000.0 / Math.max(1, wall)));
        out.append("load: one client alone, end-to-end  ").append(stats(single)).append('\n');
        out.append("load: end-to-end (upload to result) ").append(stats(total)).append('\n');
        out.append("load: upload (POST, 202)           ").append(stats(upload)).append('\n');
        if (cli != null) {
            out.append("load: cold CLI `plancheck check` before ").append(coldBefore).append(" ms, after ")
                    .append(coldAfter).append(" ms; ").append(stats(concat(coldBefore, coldAfter))).append('\n');
        }
        System.out.print(out);
        Files.writeString(Path.of("target", "load-test.txt"), out, StandardCharsets.UTF_8);
        assertEquals(0, errors.get(), "errors");
    }

    /** The machine's 1-minute load average (other processes share the cores), "?" when unknown. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static JsonNode poll(Http http, String id, long deadline) throws Exception {
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.get("/api/v1/checks/" + id);
            JsonNode j = Http.json(r.body());
            String s = j.get("state").asText();
            if (s.equals("done") || s.equals("failed")) {
                return j;
            }
            Thread.sleep(50);
        }
        return null;
    }

    /** Wall-clock milliseconds of {@code n} runs of the launcher, each a new JVM (output discarded). */
    private static List<Long> cold(String cli, Path file, int n) throws Exception {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long s = System.nanoTime();
            Process p = new ProcessBuilder(cli, "check", "--format", "json", file.toString())
                    .redirectOutput(ProcessBuilder.Redirect.to(new File("/dev/null")))
                    .redirectError(ProcessBuilder.Redirect.to(new File("/dev/null"))).start();
            int code = p.waitFor();
            out.add((System.nanoTime() - s) / 1_000_000);
            if (code > 3) {
                throw new AssertionError("plancheck check exited " + code);
            }
        }
        return out;
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String stats(List<Long> ms) {
        if (ms.isEmpty()) {
            return "(none)";
        }
        List<Long> s = new ArrayList<>(ms);
        Collections.sort(s);
        return String.format(Locale.ROOT, "n=%d p50 %d ms, p95 %d ms, max %d ms", s.size(), pct(s, 50), pct(s, 95),
                s.get(s.size() - 1));
    }

    /** Nearest-rank percentile. */
    static long pct(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
