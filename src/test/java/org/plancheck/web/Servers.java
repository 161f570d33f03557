package org.plancheck.web;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.plancheck.run.Home;
import org.plancheck.run.Limits;

/** Servers for tests: on a free port of 127.0.0.1, the default upper plan and rules, a given data folder. */
final class Servers {
    private Servers() {
    }

    static ServeOptions options(Path data) {
        return new ServeOptions("127.0.0.1", 0, Home.defaultUpper(), Home.rulesDir(), null, data, 20,
                50L * 1024 * 1024, 2, 16, Duration.ofSeconds(120), Duration.ofHours(1), null, Limits.DEFAULT);
    }

    static ServeOptions with(ServeOptions o, int workers, int queue, Duration jobTimeout, Duration retention,
                             String token, int maxFiles, long maxFileBytes, String dbUrl) {
        return new ServeOptions(o.bind(), o.port(), o.upper(), o.rules(), dbUrl, o.dataDir(), maxFiles, maxFileBytes,
                workers, queue, jobTimeout, retention, token, o.limits());
    }

    static WebServer start(ServeOptions o) throws IOException {
        return WebServer.start(o, "test");
    }
}
