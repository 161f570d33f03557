package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a golden file under src/test/resources/report/. Run with -Dgolden.update=true to rewrite
 * the files after an intended change, then read the diff before committing it.
 */
final class Golden {
    static final Path DIR = Path.of("src/test/resources/report");

    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("golden file " + file + " was missing and has been written: review it");
            }
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "output differs from " + file);
    }

    static String render(Reporter r) throws IOException {
        StringBuilder b = new StringBuilder();
        r.write(ReportFixture.report(), ReportFixture.waivers(), b);
        return b.toString();
    }
}
