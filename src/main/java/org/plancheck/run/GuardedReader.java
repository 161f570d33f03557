package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.model.Extraction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.plancheck.catalog.Catalog;
import org.plancheck.model.LowerPlan;

/**
 * Fails closed around any reader: a missing or oversized file, a reader that runs past the time limit, or one that
 * throws (even a StackOverflowError on a looping PDF) gives an unreadable extraction with a one-line reason.
 */
public final class GuardedReader implements DocumentReader {
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
    public Extraction read(Path doc, Catalog catalog, org.plancheck.model.StatedIdentity stated) {
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
        ExecutorService ex = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "plancheck-read", 64L * 1024 * 1024);
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Extraction> f = ex.submit(() -> inner.read(doc, catalog, stated));
            return f.get(limits.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return unreadable(doc, "处理超时（超过 " + limits.timeoutSeconds() + " 秒，--timeout）");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            String what = c instanceof StackOverflowError ? "对象嵌套过深或循环引用"
                    : c instanceof OutOfMemoryError ? "内存不足" : "文档结构异常";
            return unreadable(doc, "无法解析（" + what + "）");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unreadable(doc, "处理被中断");
        } finally {
            ex.shutdownNow();
        }
    }
}
