package org.plancheck.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.report.Json;

/** A client of the server as another system would use it: the JDK HttpClient, multipart uploads, polling. */
final class Http {
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final URI base;
    String token;

    Http(URI base) {
        this.base = base;
    }

    /** A file to upload under {@code name} (which need not be its name on disk). */
    record Part(String name, byte[] content) {
        static Part of(Path p) throws IOException {
            return new Part(p.getFileName().toString(), Files.readAllBytes(p));
        }

        static Part of(Path p, String name) throws IOException {
            return new Part(name, Files.readAllBytes(p));
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        auth(b);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
        auth(b);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> upload(String path, List<Part> files, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "----plancheck" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n");
        }
        for (Part p : files) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + p.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.write(p.content());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        auth(b);
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Uploads {@code files} to the API and returns the job id (the upload must be accepted: 202). */
    String submit(Part... files) throws IOException, InterruptedException {
        HttpResponse<String> r = upload("/api/v1/checks", List.of(files), new LinkedHashMap<>());
        if (r.statusCode() != 202) {
            throw new AssertionError("upload refused: " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).get("id").asText();
    }

    /** Polls the job until it is done or failed (at most {@code limit}) and returns its last state. */
    JsonNode await(String id, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (true) {
            HttpResponse<String> r = get("/api/v1/checks/" + id);
            if (r.statusCode() != 200) {
                throw new AssertionError("GET job " + id + ": " + r.statusCode() + " " + r.body());
            }
            JsonNode j = json(r.body());
            String state = j.get("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return j;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("job " + id + " still " + state + " after " + limit);
            }
            Thread.sleep(100);
        }
    }

    static JsonNode json(String s) throws IOException {
        return Json.mapper().readTree(s);
    }

    private void auth(HttpRequest.Builder b) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
    }

    private static void write(ByteArrayOutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
