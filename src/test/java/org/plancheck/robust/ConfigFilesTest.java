package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plancheck.catalog.TextFiles;

/**
 * Configuration files that are not files: /dev/zero, a FIFO, a file over the 16 MB limit, an empty catalog, an
 * upper plan without its text. Each is refused before it is read (nothing hangs, nothing fills the heap): exit 4,
 * one line naming the file and the reason, no stack trace.
 */
class ConfigFilesTest {
    private static final Path DEV_ZERO = Path.of("/dev/zero");
    private static final Path GOOD = BadInputTest.GOOD;

    @TempDir
    Path tmp;

    private static Run check(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "check";
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = GOOD.toString();
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Run.of(args), "a configuration file hung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--quotas", "--assigned", "--suppressions", "--baseline"})
    void deviceIsRefused(String option) {
        assumeTrue(Files.exists(DEV_ZERO));
        check(option, DEV_ZERO.toString()).assertConfigError(DEV_ZERO, 0, "not a regular file");
    }

    private Path fifo() throws IOException, InterruptedException {
        Path f = tmp.resolve("pipe.tsv");
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        assumeTrue(p.waitFor() == 0 && Files.exists(f), "mkfifo not available");
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--quotas", "--suppressions", "--baseline"})
    void fifoIsRefusedWithoutHanging(String option) throws Exception {
        Path f = fifo();
        check(option, f.toString()).assertConfigError(f, 0, "not a regular file");
    }

    /** 17 MB by size (sparse: nothing is written), one over the limit. */
    private Path huge(String name) throws IOException {
        Path f = tmp.resolve(name);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(TextFiles.MAX_BYTES + (1L << 20));
        }
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"--quotas", "--suppressions", "--baseline"})
    void hugeFileIsRefused(String option) throws IOException {
        Path f = huge("huge.tsv");
        check(option, f.toString()).assertConfigError(f, 0, "16 MB");
    }

    private Path upperCopy() {
        Path upper = tmp.resolve("upper");
        Run.copyTree(Path.of("rules", "yongzhou-15th"), upper);
        return upper;
    }

    @Test
    void planTextOnDevZeroIsRefused() throws IOException {
        assumeTrue(Files.exists(DEV_ZERO));
        Path upper = upperCopy();
        Path text = upper.resolve("plan.txt");
        Files.delete(text);
        Files.createSymbolicLink(text, DEV_ZERO);
        check("--upper", upper.toString()).assertConfigError(text, 0, "not a regular file");
    }

    @Test
    void hugeTargetsFileIsRefused() throws IOException {
        Path upper = upperCopy();
        Path targets = upper.resolve("targets.tsv");
        Files.delete(targets);
        Path f = huge("targets.tsv");
        Files.move(f, targets);
        check("--upper", upper.toString()).assertConfigError(targets, 0, "16 MB");
    }

    @Test
    void emptyCatalogIsRefused() throws IOException {
        Path upper = upperCopy();
        Path targets = upper.resolve("targets.tsv");
        List<String> lines = Files.readAllLines(targets, StandardCharsets.UTF_8);
        Files.write(targets, List.of(lines.get(0)), StandardCharsets.UTF_8);
        check("--upper", upper.toString()).assertConfigError(targets, 0, "no targets");
    }

    @Test
    void upperPlanWithoutItsTextIsRefused() throws IOException {
        Path upper = upperCopy();
        Path text = upper.resolve("plan.txt");
        Files.delete(text);
        check("--upper", upper.toString()).assertConfigError(text, 0, "not found");
    }

    @Test
    void ruleFileThatIsAFifoIsRefused() throws Exception {
        Path rules = tmp.resolve("rules");
        Run.copyTree(Path.of("rules", "checks"), rules);
        Path f = tmp.resolve("x.drl");
        Process p = new ProcessBuilder("mkfifo", f.toString()).start();
        assumeTrue(p.waitFor() == 0, "mkfifo not available");
        Files.move(f, rules.resolve("zz.drl"));
        check("--rules", rules.toString()).assertConfigError(rules.resolve("zz.drl"), 0, "not a regular file");
    }

    @Test
    void folderGivenAsAFileIsRefused() {
        check("--quotas", tmp.toString()).assertConfigError(tmp, 0, "folder");
    }
}
