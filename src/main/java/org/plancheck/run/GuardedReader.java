package org.plancheck.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import org.plancheck.model.LowerPlan;

/**
 * Fails closed around any reader: a missing or oversized file, a reader that runs past the time limit, or one that
 * throws (even a StackOverflowError on a looping PDF, or an OutOfMemoryError on a decompression bomb) gives an
 * unreadable extraction with a one-line reason, and the batch goes on.
 *
 * <p>Each document is read on its own thread with a {@link Cancellation} carrying the deadline. When the time is
 * up the guard cancels it and interrupts the thread, then waits up to {@link #GRACE} for the reader to stop (it
 * polls the cancellation on every file read, while decompressing, between pages and inside content streams), so a
 * timed-out document does not keep using the CPU beside the next one.
 */
public final class GuardedReader implements DocumentReader {
    /** How long a cancelled reader is given to stop before the guard reports the document and moves on. */
    static final Duration GRACE = Duration.ofSeconds(2);
    /** How long the guard waits at most for a reader that ignored its cancellation and is filling the heap. */
    static final Duration MEMORY_WAIT = Duration.ofMinutes(2);

    private final DocumentReader inner;
    private final Limits limits;

    public GuardedReader(DocumentReader inner, Limits limits) {
        this.inner = inner;
        this.limits = limits;
    }

    public static Extraction unreadable(Path doc, String reason) {
        return new Extraction(LowerPlan.unknown(doc.toString()), 0, false, reason,
                List.of());
    }

    @Override
    public Extraction read(Path doc, Catalog catalog, org.plancheck.model.StatedIdentity stated, Cancellation outer) {
        if (!Files.exists(doc)) {
            return unreadable(doc, "文件不存在 (file not found)");
        }
        if (!Files.isRegularFile(doc) || !Files.isReadable(doc)) {
            return unreadable(doc, "不是可读的文件 (not a readable file)");
        }
        try {
            long size = Files.size(doc);
            if (size == 0) {
                return unreadable(doc, "空文件 (empty file)");
            }
            if (size > limits.maxBytes()) {
                return unreadable(doc, "文件大小 " + org.plancheck.document.PdfPages.size(size) + " 超过上限 "
                        + org.plancheck.document.PdfPages.size(limits.maxBytes()) + "（--max-mb）");
            }
        } catch (java.io.IOException e) {
            return unreadable(doc, "无法读取文件: " + e.getMessage());
        }
        String timeout = "处理超时（超过 " + limits.timeoutSeconds() + " 秒，--timeout）";
        Cancellation cancel = Cancellation.after(Duration.ofSeconds(limits.timeoutSeconds()), timeout);
        FutureTask<Extraction> task = new FutureTask<>(() -> inner.read(doc, catalog, stated, cancel));
        Thread reader = new Thread(null, task, "plancheck-read", 64L * 1024 * 1024);
        reader.setDaemon(true);
        reader.start();
        try {
            // join, not Future.get(timeout): waiting and timing out allocate nothing, so the guard cannot be the
            // one that runs out of memory while the reader fills the heap
            reader.join(limits.timeoutSeconds() * 1000L);
            if (!task.isDone()) {
                boolean inTime = stop(reader, cancel, MEMORY_WAIT);
                return unreadable(doc, inTime ? timeout : timeout + "，读取未能及时中止");
            }
            return task.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof Cancellation.Cancelled) {
                return unreadable(doc, timeout);
            }
            String what = c instanceof StackOverflowError ? "对象嵌套过深或循环引用"
                    : c instanceof OutOfMemoryError ? "内存不足：解压或解析所需内存超过上限" : "文档结构异常";
            return unreadable(doc, "无法解析（" + what + "）");
        } catch (InterruptedException e) {
            stop(reader, cancel, Duration.ZERO);
            Thread.currentThread().interrupt();
            return unreadable(doc, "处理被中断");
        }
    }

    /**
     * Cancels and interrupts the reader, then waits up to {@link #GRACE} for it to end. A reader still running then
     * is inside work that does not poll (PDFBox showing one text operator of millions of glyphs): if it is filling
     * the heap, the next document or the rule stage would run out of memory beside it, so the guard waits while the
     * heap stays more than half full, at most {@code more}, for it to end (it does when it next polls or when it
     * runs out of memory itself, which frees its heap): a slower run is better than a batch whose other documents,
     * or whose rule stage, run out of memory. A reader that only uses the CPU is left to end on its own.
     *
     * @return whether the reader ended within {@link #GRACE}
     */
    static boolean stop(Thread reader, Cancellation cancel, Duration more) {
        cancel.cancel();
        reader.interrupt();
        try {
            reader.join(GRACE.toMillis());
            if (!reader.isAlive()) {
                return true;
            }
            long until = System.nanoTime() + more.toNanos();
            while (reader.isAlive() && System.nanoTime() - until < 0 && heapUnderPressure()) {
                reader.join(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /**
     * More than half the heap in use. Reads three numbers and allocates nothing: while the reader fills the heap,
     * any allocation here could be the one that runs out of memory.
     */
    private static boolean heapUnderPressure() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory() > rt.maxMemory() / 2;
    }
}
