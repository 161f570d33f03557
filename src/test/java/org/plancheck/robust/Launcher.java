package org.plancheck.robust;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real launcher {@code ./plancheck} in a child process, for what only the launcher decides: the heap
 * bound, the locale, the file descriptors. The launcher would build itself with Maven; instead it is pointed
 * (PLANCHECK_BUILD_DIR) at a build folder made from this test JVM's classes and class path, so no Maven runs inside
 * the test. With /usr/bin/time the peak resident memory is measured too.
 */
final class Launcher {
    private static Path buildDir;

    record Result(int exit, String out, String err, long maxRssKb, long wallMs) {
        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).filter(l -> !TIME_LINE.matcher(l).find()).toList();
        }
    }

    private static final Pattern TIME_LINE = Pattern.compile("^\\t|^Command (exited|terminated)");

    private Launcher() {
    }

    static boolean timeAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/time"));
    }

    /** A build folder the launcher accepts as up to date: plancheck.jar (target/classes) and lib/ (the class path). */
    static synchronized Path buildDir() throws IOException {
        if (buildDir != null) {
            return buildDir;
        }
        Path dir = Files.createTempDirectory("plancheck-launcher-");
        Path lib = Files.createDirectories(dir.resolve("lib"));
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path classes = null;
        for (String e : cp.split(java.io.File.pathSeparator)) {
            Path p = Path.of(e);
            if (e.endsWith(".jar") && Files.isRegularFile(p)) {
                Path link = lib.resolve(p.getFileName());
                if (!Files.exists(link)) {
                    Files.createSymbolicLink(link, p.toAbsolutePath());
                }
            } else if (p.endsWith("classes") && Files.isDirectory(p)) {
                classes = p;
            }
        }
        if (classes == null) {
            throw new IllegalStateException("target/classes not on the class path: " + cp);
        }
        jar(classes, dir.resolve("plancheck.jar"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        buildDir = dir;
        return dir;
    }

    /** Removes the build folder (the links in lib/, not what they point to). */
    private static void delete(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp folder left behind
        }
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Files.walkFileTree(classes, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, out);
                    out.closeEntry();
                    return FileVisitResult.CONTINUE;
                }
            });
        }
    }

    /**
     * Runs {@code ./plancheck args} in {@code cwd} with {@code env} added (a null value removes the variable);
     * stdout goes to {@code stdout} when given (e.g. /dev/full), else is captured.
     */
    static Result run(Path cwd, Map<String, String> env, Path stdout, String... args) {
        try {
            Path launcher = Path.of("plancheck").toAbsolutePath();
            List<String> cmd = new ArrayList<>();
            boolean timed = timeAvailable();
            if (timed) {
                cmd.add("/usr/bin/time");
                cmd.add("-v");
            }
            cmd.add(launcher.toString());
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
            pb.environment().put("PLANCHECK_BUILD_DIR", buildDir().toString());
            pb.environment().put("PLANCHECK_NO_TRAIN", "1"); // the archive is a start-up cost only: not made per test build
            pb.environment().remove("PLANCHECK_JAVA_OPTS");
            env.forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
            Path out = Files.createTempFile("plancheck-out-", ".txt");
            Path err = Files.createTempFile("plancheck-err-", ".txt");
            pb.redirectOutput(stdout != null ? stdout.toFile() : out.toFile());
            pb.redirectError(err.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("./plancheck did not end in 10 minutes");
            }
            long wall = (System.nanoTime() - t0) / 1_000_000;
            String o = Files.readString(out, StandardCharsets.UTF_8);
            String e = Files.readString(err, StandardCharsets.UTF_8);
            Files.delete(out);
            Files.delete(err);
            long rss = -1;
            Matcher m = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)").matcher(e);
            if (m.find()) {
                rss = Long.parseLong(m.group(1));
            }
            return new Result(p.exitValue(), o, e, rss, wall);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Result run(Path cwd, String... args) {
        return run(cwd, Map.of(), null, args);
    }

}
