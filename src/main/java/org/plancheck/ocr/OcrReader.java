package org.plancheck.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.plancheck.document.Cancellation;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.PdfDocument;
import org.plancheck.document.PdfPages;
import org.plancheck.document.UnreadableException;
import org.plancheck.model.OcrSummary;

/**
 * Reads a PDF's pages, by OCR where the text is in images: under {@code --ocr auto} the pages that look scanned
 * (images cover them, visible text is scarce), under {@code always} every page, under {@code never} none (a scan is
 * then UNVERIFIABLE, as before). Each page to read is rendered by PDFBox at {@value #DPI} dpi in grey, straightened
 * when the sheet lay askew, its ruling lines found and erased, and read by tesseract (the segments it was unsure of
 * read again on their own, {@link Reread}; its numbers read a second time by another model and kept only where both
 * readings agree, {@link Verifier}); the pages run side by side on
 * a bounded pool (one tesseract process each). When the reading thread is interrupted (the document's
 * {@code --timeout} is up) the pages not yet read are cancelled and their processes killed.
 */
public final class OcrReader {
    /** Resolution pages are rendered at for OCR. */
    public static final int DPI = 300;

    /** The pages as read (OCR pages in place of their image frames), and how OCR read them (null when it did not). */
    public record Result(List<PageContent> pages, OcrSummary ocr) {
    }

    private OcrReader() {
    }

    /**
     * Every page of {@code doc}, each read from its text layer or by OCR as {@code settings} say, checked like any
     * document for a usable text; {@code name} names the document in progress lines.
     */
    public static Result read(PdfDocument doc, Path name, OcrSettings settings, Cancellation cancel)
            throws UnreadableException {
        List<PageContent> scanned = doc.scan(cancel);
        Map<Integer, List<PageContent>> byPage = new LinkedHashMap<>();
        for (PageContent p : scanned) {
            byPage.computeIfAbsent(p.number(), k -> new ArrayList<>()).add(p);
        }
        List<Integer> scans = new ArrayList<>();
        for (Map.Entry<Integer, List<PageContent>> e : byPage.entrySet()) {
            if (looksScanned(e.getValue())) {
                scans.add(e.getKey());
            }
        }
        List<Integer> toRead = switch (settings.mode()) {
            case NEVER -> List.of();
            case AUTO -> scans;
            case ALWAYS -> new ArrayList<>(byPage.keySet());
        };
        if (toRead.isEmpty()) {
            try {
                PdfPages.checkText(scanned);
            } catch (UnreadableException e) {
                if (!scans.isEmpty() && scans.size() == byPage.size()) {
                    throw new UnreadableException("扫描件（无文本层），可用 --ocr auto 识别");
                }
                if (!scans.isEmpty()) {
                    throw new UnreadableException(e.getMessage() + "；第" + pages(scans)
                            + "页为扫描图像，可用 --ocr auto 识别");
                }
                throw e;
            }
            return new Result(scanned, null);
        }
        long t0 = System.nanoTime();
        Map<Integer, PageContent> read = ocr(doc, name, byPage, toRead, settings, cancel);
        List<PageContent> out = new ArrayList<>();
        for (Map.Entry<Integer, List<PageContent>> e : byPage.entrySet()) {
            PageContent o = read.get(e.getKey());
            if (o != null) {
                out.add(o);
            } else {
                out.addAll(e.getValue());
            }
        }
        OcrSummary summary = summary(out, byPage.size(), settings.minConfidence(),
                (System.nanoTime() - t0) / 1_000_000, Math.min(settings.threads(), toRead.size()));
        PdfPages.checkText(out);
        return new Result(out, summary);
    }

    /**
     * How OCR read {@code pages} (those marked as read by OCR): their numbers, characters and unreadable characters;
     * null when none was read by OCR.
     */
    public static OcrSummary summary(List<PageContent> pages, int pageCount, int minConfidence, long millis,
                                     int threads) {
        java.util.TreeSet<Integer> numbers = new java.util.TreeSet<>();
        int chars = 0;
        int unreadable = 0;
        for (PageContent p : pages) {
            if (!p.ocr()) {
                continue;
            }
            numbers.add(p.number());
            for (Glyph g : p.glyphs()) {
                chars++;
                if (Glyph.UNREADABLE.equals(g.text())) {
                    unreadable++;
                }
            }
        }
        return numbers.isEmpty() ? null : new OcrSummary(new ArrayList<>(numbers), pageCount, chars, unreadable,
                minConfidence, millis, threads);
    }

    /** A page whose frames carry (almost) no visible text and which images cover. */
    static boolean looksScanned(List<PageContent> frames) {
        int glyphs = 0;
        float coverage = 0;
        for (PageContent f : frames) {
            glyphs += f.glyphs().size();
            coverage = Math.max(coverage, f.imageCoverage());
        }
        return coverage >= PageContent.SCANNED_COVERAGE && glyphs < PageContent.SCANNED_MAX_GLYPHS;
    }

    private static Map<Integer, PageContent> ocr(PdfDocument doc, Path name, Map<Integer, List<PageContent>> byPage,
                                                 List<Integer> toRead, OcrSettings settings, Cancellation cancel)
            throws UnreadableException {
        Tesseract tess;
        try {
            tess = Tesseract.open();
        } catch (Tesseract.OcrUnavailable e) {
            throw new UnreadableException("第" + pages(toRead) + "页为扫描图像，需要OCR识别，但" + e.getMessage());
        }
        int threads = Math.max(1, Math.min(settings.threads(), toRead.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "plancheck-ocr");
            t.setDaemon(true);
            return t;
        });
        String file = name == null || name.getFileName() == null ? String.valueOf(name)
                : name.getFileName().toString();
        try {
            ExecutorCompletionService<PageContent> done = new ExecutorCompletionService<>(pool);
            List<Future<PageContent>> futures = new ArrayList<>();
            for (int n : toRead) {
                PageContent frame = byPage.get(n).get(0);
                futures.add(done.submit(() -> page(doc, tess, n, frame, settings.minConfidence())));
            }
            Map<Integer, PageContent> out = new TreeMap<>();
            long start = System.nanoTime();
            while (out.size() < toRead.size()) {
                cancel.check();
                Future<PageContent> f = done.poll(200, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                PageContent p = f.get();
                out.put(p.number(), p);
                settings.progress().accept(String.format(Locale.ROOT, "OCR %d/%d %s 第%d页（%.1f 秒）", out.size(),
                        toRead.size(), file, p.number(), (System.nanoTime() - start) / 1e9));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableException("处理超时，已停止OCR识别（--timeout）");
        } catch (Cancellation.Cancelled | CancellationException e) {
            throw new UnreadableException("处理超时，已停止OCR识别（--timeout）");
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof UnreadableException u) {
                throw u;
            }
            if (c instanceof InterruptedException || c instanceof Cancellation.Cancelled) {
                throw new UnreadableException("处理超时，已停止OCR识别（--timeout）");
            }
            String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            throw new UnreadableException("OCR识别失败（" + m.replaceAll("\\s+", " ") + "）");
        } finally {
            pool.shutdownNow();
            tess.close();
        }
    }

    /** One page: rendered, straightened, its rules found and erased, read by tesseract, turned into glyphs. */
    private static PageContent page(PdfDocument doc, Tesseract tess, int number, PageContent frame, int minConfidence)
            throws UnreadableException, IOException, InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        boolean sideways = frame.rotation() == 90 || frame.rotation() == 270;
        float width = sideways ? frame.height() : frame.width();
        float height = sideways ? frame.width() : frame.height();
        BufferedImage img = doc.render(number, DPI);
        float scale = img.getWidth() / Math.max(1f, width);
        Deskew.Straightened st = Deskew.straighten(img);
        List<RasterRulings.Line> lines = RasterRulings.find(st.image(), scale);
        BufferedImage clean = RasterRulings.erase(st.image(), lines, scale);
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
        int dpi = Math.round(scale * 72);
        List<OcrWord> words = tess.read(clean, dpi, "page-" + number + "-");
        List<OcrPage.Placed> placed = OcrPage.place(words, lines, scale);
        placed = OcrPage.place(Reread.reread(tess, clean, placed, minConfidence, dpi, "page-" + number + "-"), lines,
                scale);
        java.util.Set<OcrWord> unconfirmed = Verifier.unconfirmed(tess, clean, placed, minConfidence, dpi,
                "page-" + number + "-");
        return OcrPage.build(number, width, height, scale, placed, unconfirmed, lines, minConfidence,
                frame.imageCoverage());
    }

    /** "3、5、7". */
    private static String pages(List<Integer> ns) {
        StringBuilder b = new StringBuilder();
        for (int n : ns) {
            if (b.length() > 60) {
                b.append("…");
                break;
            }
            b.append(b.length() == 0 ? "" : "、").append(n);
        }
        return b.toString();
    }
}
