package org.plancheck.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.plancheck.catalog.InputException;
import org.plancheck.model.Severity;
import org.plancheck.report.ReportOptions;
import org.plancheck.report.Reporter;
import org.plancheck.report.Reporters;
import org.plancheck.run.CheckOptions;
import org.plancheck.run.CheckOutcome;
import org.plancheck.run.CheckRun;
import org.plancheck.run.IdentityRequest;
import org.plancheck.store.History;

/**
 * The check queue of the server: at most {@code workers} checks run at once and {@code queueSize} more wait; a
 * further upload is refused ({@link Full}, 503 with Retry-After). Each job is one {@link CheckRun#check} over its
 * files, in a private folder (owner-only) named by the job's random id; files are stored as {@code 1.pdf},
 * {@code 2.docx} …, never under the uploaded name. A job over its time is interrupted and recorded as failed. Job
 * folders (uploads, reports, annotated copies) are deleted after the retention time; the history database keeps
 * the verdicts and findings.
 */
public final class Jobs implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServeOptions options;
    private final History history;
    private final String toolVersion;
    private final Path root;
    private final Semaphore capacity;
    private final ExecutorService workers;
    private final ScheduledExecutorService clock;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger running = new AtomicInteger();

    /** An upload arriving when the queue is full. */
    public static final class Full extends Exception {
        private static final long serialVersionUID = 1L;

        Full() {
            super("检查队列已满，请稍后再试");
        }
    }

    /** One uploaded file: the name as sent (display only), its stored path, type, hash and size. */
    public record Upload(String name, Path stored, String hash, long size) {
    }

    public Jobs(ServeOptions options, History history, String toolVersion) throws IOException {
        this.options = options;
        this.history = history;
        this.toolVersion = toolVersion;
        this.root = privateTempDir();
        this.capacity = new Semaphore(options.workers() + options.queueSize());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(options.workers(), r -> {
            Thread t = new Thread(r, "plancheck-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plancheck-jobs-clock");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(1, Math.min(60, options.retention().toSeconds() / 4));
        clock.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.SECONDS);
    }

    /** The private folder of this server's uploads (owner-only where the file system allows). */
    private static Path privateTempDir() throws IOException {
        try {
            return Files.createTempDirectory("plancheck-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            return Files.createTempDirectory("plancheck-serve-");
        }
    }

    /** The folder multipart uploads are spooled to by the server (inside the private folder). */
    public Path spool() throws IOException {
        return Files.createDirectories(root.resolve("spool"));
    }

    /** A new job's folder, to store its uploads in before {@link #submit}. */
    public Path newJobFolder(String id) throws IOException {
        return Files.createDirectories(root.resolve(id));
    }

    /** A fresh job id: 128 random bits in hex, so that a result's address cannot be guessed. */
    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Holds a place in the queue, or refuses with {@link Full}; the caller must {@link #submit} or {@link #release}. */
    public void reserve() throws Full {
        if (!capacity.tryAcquire()) {
            throw new Full();
        }
    }

    /** Gives back a place held by {@link #reserve} that will not be used. */
    public void release() {
        capacity.release();
    }

    /**
     * Records the job and queues its check; a place must have been {@link #reserve reserved} (when this throws,
     * the place is still held: the caller releases it).
     */
    public Job submit(String id, List<Upload> uploads, String uploader, String client) {
        Job job = new Job(id, System.currentTimeMillis(), uploads, root.resolve(id));
        List<History.StoredFile> files = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload u = uploads.get(i);
            files.add(History.StoredFile.uploaded(i + 1, u.name(), u.hash(), u.size()));
        }
        history.created(id, job.createdAt, uploader, client, options.upper().toString(), files);
        jobs.put(id, job);
        workers.execute(() -> run(job));
        return job;
    }

    /** The job, while the server knows it in memory (this run, within the retention time). */
    public Job get(String id) {
        return jobs.get(id);
    }

    public int running() {
        return running.get();
    }

    public int queued() {
        return (int) jobs.values().stream().filter(j -> j.state() == Job.State.QUEUED).count();
    }

    public int capacity() {
        return options.workers() + options.queueSize();
    }

    /** Seconds a client should wait before trying again when the queue is full: a rough share of the job time. */
    public long retryAfterSeconds() {
        return Math.max(5, Math.min(120, options.jobTimeout().toSeconds() / 4));
    }

    /**
     * Runs one job. Past {@code --job-timeout} the job is recorded as failed at once (the client stops waiting);
     * the check itself is not interrupted (its reading and rules are bounded per document by the same time, see
     * {@link ServeOptions#documentLimits}), it finishes in the background, still holding its place, and its result
     * is dropped.
     */
    private void run(Job job) {
        running.incrementAndGet();
        String late = "检查超时（超过 " + Math.max(1, options.jobTimeout().toSeconds()) + " 秒），请拆分文件或联系管理员";
        ScheduledFuture<?> watchdog = clock.schedule(() -> job.fail(late, history),
                options.jobTimeout().toMillis(), TimeUnit.MILLISECONDS);
        try {
            job.started(history);
            CheckOutcome outcome = check(job);
            job.done(outcome, history);
        } catch (InputException e) {
            job.fail("服务器配置错误：" + e.oneLine(), history);
        } catch (RuntimeException | IOException | Error e) {
            if (job.fail("内部错误：" + e, history)) {
                System.err.println("plancheck serve: job " + job.id + ": internal error: " + e);
            }
        } finally {
            watchdog.cancel(false);
            running.decrementAndGet();
            capacity.release();
        }
    }

    /**
     * One {@link CheckRun#check} over the job's files, every format written into the job folder, annotated copies
     * of the PDFs with findings; the reports name each document by its uploaded name, not its stored path.
     */
    private CheckOutcome check(Job job) throws IOException {
        List<Reporter> reporters = new ArrayList<>();
        ReportOptions ro = ReportOptions.plain(toolVersion);
        for (String f : Reporters.FORMATS) {
            if (!f.equals("text")) {
                reporters.add(Reporters.of(f, ro));
            }
        }
        List<Path> files = job.uploads.stream().map(Upload::stored).toList();
        CheckOptions o = new CheckOptions(files, options.upper(), options.rules(), null, null,
                options.documentLimits(), false, reporters, job.folder.resolve("report"), Severity.ERROR,
                job.folder.resolve("annotated"), null, null, IdentityRequest.NONE);
        int n = files.size();
        AtomicInteger read = new AtomicInteger();
        CheckOutcome raw = CheckRun.check(o, line -> {
            int i = read.incrementAndGet();
            job.progress( "正在读取第 " + i + "/" + n + " 份：" + job.uploads.get(Math.min(i, n) - 1).name());
        });
        job.progress("正在生成报告");
        CheckOutcome named = Names.restore(raw, job.uploads);
        StringWriter notices = new StringWriter();
        try (PrintWriter err = new PrintWriter(notices); PrintWriter out = new PrintWriter(new StringWriter())) {
            named.deliver(out, err);
        }
        return named;
    }

    /** Deletes the folders of jobs older than the retention time and forgets them. */
    void expire() {
        long cutoff = System.currentTimeMillis() - options.retention().toMillis();
        for (Job j : List.copyOf(jobs.values())) {
            if (j.finished() && j.finishedAt < cutoff) {
                jobs.remove(j.id);
                deleteTree(j.folder);
            }
        }
    }

    /** Deletes a folder and everything under it, quietly. */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: the rest is still deleted
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    /** Stops the workers (running checks are interrupted) and deletes every upload. */
    @Override
    public void close() {
        workers.shutdownNow();
        clock.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteTree(root);
    }

    Duration retention() {
        return options.retention();
    }
}
