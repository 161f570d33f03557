package org.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.cli.Cli;

/** The API as another system uses it (JDK HttpClient): same findings as the CLI, history across restarts. */
class ApiTest {

    @TempDir
    Path data;

    /**
     * Every sample in one upload against the same files in one {@code plancheck check --format json}: the whole
     * report must be equal (documents, findings with evidence, batch totals, summary), the documents named as
     * uploaded. One batch each side keeps the test to one rule-base load per side.
     */
    @Test
    void returnsTheSameReportAsTheCliForEverySample() throws Exception {
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertTrue(samples.size() >= 15, "samples/*.pdf");
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            List<Http.Part> parts = new ArrayList<>();
            for (Path p : samples) {
                parts.add(Http.Part.of(p));
            }
            String id = http.submit(parts.toArray(Http.Part[]::new));
            // while the server checks, the CLI checks the same files (in this JVM)
            StringWriter out = new StringWriter();
            List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
            samples.forEach(p -> args.add(p.toString()));
            int code = Cli.create(new PrintWriter(out), new PrintWriter(new StringWriter()))
                    .execute(args.toArray(String[]::new));
            // the CLI names each file as given on its command line, the server as uploaded
            String cliJson = out.toString();
            for (Path p : samples) {
                cliJson = cliJson.replace(p.toString(), p.getFileName().toString());
            }
            JsonNode cli = Http.json(cliJson);
            JsonNode job = http.await(id, Duration.ofMinutes(3));
            assertEquals("done", job.get("state").asText(), String.valueOf(job.get("error")));
            assertEquals(code, job.get("exitCode").asInt(), "same exit code");
            JsonNode api = job.get("report");
            assertEquals(samples.size(), api.get("documents").size());
            for (int i = 0; i < samples.size(); i++) {
                assertEquals(cli.get("documents").get(i), api.get("documents").get(i), samples.get(i).toString());
                assertEquals(api.at("/documents/" + i + "/status").asText(), job.at("/files/" + i + "/status").asText());
            }
            assertEquals(cli, api, "the whole report, batch findings and summary included");
        }
    }

    @Test
    void aRevisedDraftShowsWhatChangedAlsoAfterARestart() throws Exception {
        Path v1 = data.resolve("v1.pdf");
        Path v2 = data.resolve("v2.pdf");
        Drafts.ningyuan(v1, Drafts.FIRST);
        Drafts.ningyuan(v2, Drafts.REVISED);
        String first;
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            first = http.submit(Http.Part.of(v1, "宁远县规划纲要（征求意见稿）.pdf"));
            JsonNode j = http.await(first, Duration.ofMinutes(2));
            assertEquals("done", j.get("state").asText());
            assertTrue(j.at("/files/0/changes").isNull(), "the first version has nothing to compare with");
        }
        String second;
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            JsonNode old = http.await(first, Duration.ofSeconds(5));
            assertEquals("done", old.get("state").asText(), "the first check survives the restart");
            assertEquals("PC-REGRESS", findings(old.get("report")).stream().filter(f -> f.contains("K2-19"))
                    .findFirst().orElse("").split(" ")[0]);
            second = http.submit(Http.Part.of(v2, "宁远县规划纲要（送审稿）.pdf"));
            JsonNode j = http.await(second, Duration.ofMinutes(2));
            assertChanges(j, first);
            String page = http.get("/checks/" + second).body();
            assertTrue(page.contains("与上一版的比较"), page);
            assertTrue(page.contains("<tr class=\"fixed\"><td>已修改</td><td class=\"nw\">PC-REGRESS</td><td>森林覆盖率"));
            assertTrue(page.contains("<tr class=\"added\"><td>新出现</td><td class=\"nw\">PC-STRICT</td><td>城镇调查失业率"));
        }
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            assertChanges(http.await(second, Duration.ofSeconds(5)), first);
            String page = http.get("/checks/" + second).body();
            assertTrue(page.contains("已修改") && page.contains("新出现"), "changes on the page after a restart");
            assertTrue(page.contains("以下为数据库中保存的结论和问题"), "the result page is rebuilt from the database");
            assertEquals(200, http.get("/checks/" + second + "/download/json").statusCode());
            assertEquals(404, http.get("/checks/" + second + "/download/html").statusCode(), "uploads are gone");
            assertTrue(http.get("/history").body().contains("宁远县规划纲要（征求意见稿）.pdf"));
        }
    }

    private static void assertChanges(JsonNode job, String first) {
        assertEquals("done", job.get("state").asText());
        JsonNode c = job.at("/files/0/changes");
        assertFalse(c.isNull(), "the revised draft is compared with the first");
        assertEquals(first, c.at("/comparedWith/id").asText());
        assertEquals("宁远县规划纲要（征求意见稿）.pdf", c.at("/comparedWith/file").asText());
        assertTrue(c.at("/comparedWith/matchedBy").asText().contains("宁远县"), "matched by jurisdiction and kind");
        assertEquals(List.of("PC-REGRESS|K2-19"), keys(c.get("fixed")));
        assertEquals(List.of("PC-STRICT|K2-08"), keys(c.get("new")));
        // the drafts name none of the 8 projects the upper plan assigns 宁远县: the same PC-PROJECT warnings in both
        List<String> unchanged = keys(c.get("unchanged"));
        assertEquals(new TreeSet<>(List.of("PC-COVERAGE|K2-10", "PC-COVERAGE|K2-15", "PC-COVERAGE|K2-18",
                        "PC-COVERAGE|K2-21", "PC-COVERAGE|K2-22", "PC-STRICT|K2-16", "PC-INFO|K2-01")),
                new TreeSet<>(unchanged.stream().filter(k -> !k.startsWith("PC-PROJECT|")).toList()));
        assertEquals(8, unchanged.stream().filter(k -> k.startsWith("PC-PROJECT|")).count());
    }

    private static List<String> keys(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(f -> out.add(f.get("fingerprint").asText()));
        return out;
    }

    private static List<String> findings(JsonNode report) {
        List<String> out = new ArrayList<>();
        report.get("documents").forEach(d -> d.get("findings").forEach(f -> out.add(f.get("ruleId").asText() + " "
                + f.get("indicatorId").asText())));
        return out;
    }

    @Test
    void thePlainFormWorksWithoutJavaScript() throws Exception {
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            HttpResponse<String> r = http.upload("/checks",
                    List.of(Http.Part.of(Path.of("samples/ningyuan-15th-draft.pdf"))), Map.of("uploader", "规划科"));
            assertEquals(303, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElseThrow();
            assertTrue(location.matches("/checks/[0-9a-f]{32}"), location);
            String id = location.substring("/checks/".length());
            String running = http.get(location).body();
            if (!running.contains("已完成")) {
                assertTrue(running.contains("<meta http-equiv=\"refresh\" content=\"2\">"), running);
            }
            http.await(id, Duration.ofMinutes(2));
            String page = http.get(location).body();
            assertTrue(page.contains("上传人 规划科"));
            assertTrue(page.contains("<td class=\"nw\">PC-STRICT</td>"), "findings on the result page");
            assertFalse(page.contains("http-equiv=\"refresh\""), "a finished page stops refreshing");
            for (String f : List.of("json", "html", "md", "sarif", "junit", "opinion")) {
                HttpResponse<byte[]> d = http.getBytes(location + "/download/" + f);
                assertEquals(200, d.statusCode(), f);
                assertTrue(d.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), f);
                assertFalse(new String(d.body(), StandardCharsets.UTF_8).contains(data.toString()),
                        f + " names no server folder");
            }
            HttpResponse<byte[]> pdf = http.getBytes(location + "/annotated/1");
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            String html = new String(http.getBytes(location + "/download/html").body(), StandardCharsets.UTF_8);
            assertTrue(html.contains("<h2>ningyuan-15th-draft.pdf</h2>"), "the report names the upload");
        }
    }

    @Test
    void limitsTokenQueueAndHeaders() throws Exception {
        Path big = Path.of("samples/lengshuitan-15th-draft.pdf");
        Path small = Path.of("samples/shuangpai-15th-draft.pdf");
        ServeOptions o = Servers.with(Servers.options(data), 1, 0, Duration.ofMinutes(2), Duration.ofHours(1),
                "s3cret-token", 2, 400 * 1024, null);
        try (WebServer server = Servers.start(o)) {
            Http http = new Http(server.uri());
            HttpResponse<String> anon = http.upload("/api/v1/checks", List.of(Http.Part.of(small)), Map.of());
            assertEquals(401, anon.statusCode());
            assertTrue(anon.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(401, http.get("/api/v1/rules").statusCode());
            assertEquals(200, http.get("/healthz").statusCode(), "health needs no token");
            http.token = "wrong";
            assertEquals(401, http.get("/api/v1/targets").statusCode());
            http.token = "s3cret-token";
            assertEquals(200, http.get("/api/v1/rules").statusCode());

            assertEquals(413, http.upload("/api/v1/checks", List.of(Http.Part.of(small), Http.Part.of(small),
                    Http.Part.of(small)), Map.of()).statusCode(), "more files than --max-files");
            assertEquals(413, http.upload("/api/v1/checks", List.of(new Http.Part("big.pdf", new byte[500 * 1024])),
                    Map.of()).statusCode(), "a file over --max-upload-mb");
            assertEquals(415, http.upload("/api/v1/checks", List.of(new Http.Part("notes.txt", new byte[10])),
                    Map.of()).statusCode());
            assertEquals(400, http.upload("/api/v1/checks", List.of(), Map.of()).statusCode());

            // one worker, no queue: while the 42-page plan is checked, the next upload is refused
            String running = http.submit(Http.Part.of(big, "../../etc/passwd/冷水滩区.pdf"));
            HttpResponse<String> full = http.upload("/api/v1/checks", List.of(Http.Part.of(small)), Map.of());
            assertEquals(503, full.statusCode(), full.body());
            assertTrue(Integer.parseInt(full.headers().firstValue("Retry-After").orElseThrow()) > 0);
            JsonNode done = http.await(running, Duration.ofMinutes(2));
            assertEquals("冷水滩区.pdf", done.at("/files/0/name").asText(), "only the last segment of a name is kept");
            assertEquals("冷水滩区.pdf", done.at("/report/documents/0/document").asText());
            assertEquals(64, done.at("/files/0/sha256").asText().length());

            for (String path : List.of("/", "/api/v1/checks/" + running, "/nowhere")) {
                HttpResponse<String> r = http.get(path);
                assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("")
                        .contains("frame-ancestors 'none'"), path);
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(""), path);
            }
            assertEquals(404, http.get("/nowhere").statusCode());
            assertEquals(404, http.get("/api/v1/checks/0123456789abcdef0123456789abcdef").statusCode());
        }
    }

    @Test
    void aJobOverItsTimeFailsAndUploadsGoAfterTheRetention() throws Exception {
        ServeOptions slow = Servers.with(Servers.options(data), 1, 2, Duration.ofMillis(50), Duration.ofHours(1),
                null, 20, 50L * 1024 * 1024, null);
        try (WebServer server = Servers.start(slow)) {
            Http http = new Http(server.uri());
            JsonNode j = http.await(http.submit(Http.Part.of(Path.of("samples/lengshuitan-15th-draft.pdf"))),
                    Duration.ofMinutes(2));
            assertEquals("failed", j.get("state").asText());
            assertTrue(j.get("error").asText().contains("超时"), j.toString());
            assertTrue(j.get("report").isNull());
        }
        ServeOptions brief = Servers.with(Servers.options(data), 1, 2, Duration.ofMinutes(2), Duration.ofSeconds(1),
                null, 20, 50L * 1024 * 1024, null);
        try (WebServer server = Servers.start(brief)) {
            Http http = new Http(server.uri());
            String id = http.submit(Http.Part.of(Path.of("samples/shuangpai-15th-draft.pdf")));
            assertEquals("done", http.await(id, Duration.ofMinutes(2)).get("state").asText());
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (http.get("/checks/" + id + "/download/html").statusCode() == 200 && System.nanoTime() < end) {
                Thread.sleep(200);
            }
            assertEquals(404, http.get("/checks/" + id + "/download/html").statusCode(), "deleted after retention");
            assertEquals(200, http.get("/checks/" + id + "/download/json").statusCode(), "the database keeps it");
            assertNotNull(http.await(id, Duration.ofSeconds(5)).get("report").get("documents"));
        }
    }

    @Test
    void openApiDescribesExactlyTheApiRoutes() throws Exception {
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            byte[] committed = Files.readAllBytes(Path.of("docs/openapi.json"));
            HttpResponse<byte[]> served = http.getBytes("/api/v1/openapi.json");
            assertEquals(new String(committed, StandardCharsets.UTF_8),
                    new String(served.body(), StandardCharsets.UTF_8), "served = docs/openapi.json");
            JsonNode doc = Http.json(new String(committed, StandardCharsets.UTF_8));
            TreeSet<String> described = new TreeSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
            TreeSet<String> routed = new TreeSet<>();
            server.routes().stream().filter(WebServer.Route::api).forEach(r -> routed.add(r.method() + " " + r.path()));
            assertEquals(routed, described);
            assertEquals("3.1.0", doc.get("openapi").asText());
        }
    }

    @Test
    void targetsAndRulesAreBrowsable() throws Exception {
        try (WebServer server = Servers.start(Servers.options(data))) {
            Http http = new Http(server.uri());
            JsonNode targets = Http.json(http.get("/api/v1/targets").body());
            int n = targets.get("targets").size();
            assertTrue(n > 100, "the catalog's targets");
            String page = http.get("/targets").body();
            assertTrue(page.contains("共 " + n + " 项目标"));
            assertTrue(page.contains("<tr id=\"K2-19\"><td class=\"nw\">K2-19</td><td>森林覆盖率</td>"));
            JsonNode rules = Http.json(http.get("/api/v1/rules").body());
            assertTrue(rules.size() >= 15);
            String rulesPage = http.get("/rules").body();
            rules.forEach(r -> assertTrue(rulesPage.contains("<tr id=\"" + r.get("id").asText() + "\">")));
            HttpResponse<String> health = http.get("/healthz");
            assertTrue(health.body().contains("\"database\" : \"H2"), health.body());
            assertEquals(200, HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(
                    "/assets/upload.js")).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
