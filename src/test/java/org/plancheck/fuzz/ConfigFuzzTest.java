package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.InputException;
import org.plancheck.run.Baseline;
import org.plancheck.run.Suppressions;

/**
 * Every configuration reader fed any bytes: it returns a value or refuses with an {@link InputException} that
 * names the file, a line (0 when none) and a one-line reason; nothing else escapes (no NumberFormatException, no
 * IndexOutOfBounds, no NullPointerException: exit 4, never 5). Targets: the catalog's targets.tsv, the other files
 * of an upper plan folder, quotas, assignments, suppressions, a baseline JSON report. Seeds:
 * {@code fuzz/corpus/ConfigFuzzTest/<method>/} (the shipped files).
 */
class ConfigFuzzTest {
    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final Path DIR;
    private static final Path UPPER;
    private static final Path FIXTURE = Path.of("src", "test", "resources", "extract", "catalog");
    private static final List<String> UPPER_FILES = List.of("plan.properties", "jurisdictions.tsv", "domains.tsv",
            "plan.txt");

    static {
        try {
            DIR = Files.createTempDirectory("plancheck-fuzz-config-");
            UPPER = DIR.resolve("upper");
            copy(FIXTURE, UPPER);
            DIR.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path file(String name, byte[] data) throws IOException {
        Path f = DIR.resolve(name);
        Files.write(f, data);
        return f;
    }

    /** Runs a reader: a value, or a well-formed refusal naming {@code file}. */
    private static <T> void readsOrRefuses(Path file, Supplier<T> reader) {
        try {
            assertNotNull(reader.get());
        } catch (InputException e) {
            String one = e.oneLine();
            assertNotNull(e.getMessage());
            assertFalse(one.contains("\n") || one.contains("\r"), () -> "reason on several lines: " + one);
            assertTrue(e.line() >= 0, one);
            assertTrue(file.equals(e.file()) || e.file() != null && e.file().startsWith(DIR), () -> "file: " + one);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void targets(byte[] data) throws IOException {
        Path f = UPPER.resolve("targets.tsv");
        Files.write(f, data);
        readsOrRefuses(f, () -> {
            Catalog c = CatalogLoader.load(UPPER);
            assertFalse(c.targets().isEmpty(), "a catalog without targets was accepted");
            return c;
        });
    }

    /** One of the other files of an upper plan folder replaced by fuzzed bytes. */
    @FuzzTest(maxDuration = "5m")
    void upperFolder(FuzzedDataProvider in) throws IOException {
        copy(FIXTURE, UPPER);
        String name = UPPER_FILES.get(in.consumeInt(0, UPPER_FILES.size() - 1));
        Path f = UPPER.resolve(name);
        Files.write(f, in.consumeRemainingAsBytes());
        readsOrRefuses(f, () -> CatalogLoader.load(UPPER));
    }

    @FuzzTest(maxDuration = "5m")
    void quotas(byte[] data) throws IOException {
        Path f = file("quotas.tsv", data);
        readsOrRefuses(f, () -> Allocations.readQuotas(f, CATALOG));
    }

    @FuzzTest(maxDuration = "5m")
    void assigned(byte[] data) throws IOException {
        Path f = file("assigned.tsv", data);
        readsOrRefuses(f, () -> Allocations.readAssigned(f, CATALOG));
    }

    @FuzzTest(maxDuration = "5m")
    void suppressions(byte[] data) throws IOException {
        Path f = file("suppressions.tsv", data);
        readsOrRefuses(f, () -> Suppressions.read(f));
    }

    @FuzzTest(maxDuration = "5m")
    void baseline(byte[] data) throws IOException {
        Path f = file("baseline.json", data);
        readsOrRefuses(f, () -> Baseline.read(f));
    }
}
