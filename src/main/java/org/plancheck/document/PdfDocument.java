package org.plancheck.document;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An open PDF, read page by page into plain {@link PageContent}s (glyphs with positions, ruling lines, page size).
 * Opening fails closed with an {@link UnreadableException} carrying the reason: not a PDF, broken or truncated,
 * encrypted, too large, too many pages. Each page is parsed once; no PDFBox type leaves this package.
 */
public final class PdfDocument implements Closeable {
    /** Default page limit. */
    public static final int MAX_PAGES = 1000;
    /** Default size limit: 200 MB. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    private final PDDocument doc;
    private final List<PDPage> pageList;
    private final Cancellation cancel;

    private PdfDocument(PDDocument doc, List<PDPage> pageList, Cancellation cancel) {
        this.doc = doc;
        this.pageList = pageList;
        this.cancel = cancel;
    }

    /** Opens with the default limits. */
    public static PdfDocument open(Path file) throws UnreadableException {
        return open(file, MAX_PAGES, MAX_BYTES);
    }

    public static PdfDocument open(Path file, int maxPages, long maxBytes) throws UnreadableException {
        return open(file, maxPages, maxBytes, Cancellation.none());
    }

    /**
     * Opens {@code file} for reading on this thread. Every read from the file polls {@code cancel}, so parsing and
     * page reading stop once it is cancelled ({@link UnreadableException} with its reason).
     */
    public static PdfDocument open(Path file, int maxPages, long maxBytes, Cancellation cancel)
            throws UnreadableException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableException("无法读取文件 (" + PdfPages.oneLine(String.valueOf(e.getMessage())) + ")");
        }
        if (size == 0) {
            throw new UnreadableException("空文件 (empty file)");
        }
        if (size > maxBytes) {
            throw new UnreadableException("文件大小 " + PdfPages.size(size) + " 超过上限 " + PdfPages.size(maxBytes)
                    + "（--max-mb）");
        }
        if (!startsLikePdf(file)) {
            throw new UnreadableException("不是PDF文件 (no %PDF header)");
        }
        PDDocument d = null;
        StreamLimits.installed();
        StreamLimits.enter(cancel);
        try {
            d = Loader.loadPDF(new CancellableRead(new RandomAccessReadBufferedFile(file.toFile()), cancel), "", null,
                    null, IOUtils.createTempFileOnlyStreamCache());
            int n = d.getNumberOfPages();
            if (n == 0) {
                throw new UnreadableException("没有页面 (no pages)");
            }
            if (n > maxPages) {
                throw new UnreadableException("共 " + n + " 页，超过上限 " + maxPages + " 页（--max-pages）");
            }
            return new PdfDocument(d, PageTree.pages(d, n, maxPages), cancel);
        } catch (Cancellation.Cancelled | StreamLimits.TooLarge e) {
            closeQuietly(d);
            throw new UnreadableException(e.getMessage());
        } catch (InvalidPasswordException e) {
            closeQuietly(d);
            throw new UnreadableException("文档已加密，需要密码 (encrypted)");
        } catch (IOException | RuntimeException e) {
            closeQuietly(d);
            throw new UnreadableException("不是有效的PDF或文件已损坏" + detail(e));
        } catch (UnreadableException e) {
            closeQuietly(d);
            throw e;
        }
    }

    /** The library's own words when it has some, never an exception class name. */
    private static String detail(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "（文档结构异常）" : " (" + PdfPages.oneLine(m) + ")";
    }

    private static boolean startsLikePdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return s.contains("%PDF-");
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(PDDocument d) {
        StreamLimits.exit();
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** The document's cancellation, for the page reading code to poll inside content streams. */
    public Cancellation cancellation() {
        return cancel;
    }

    public int pageCount() {
        return pageList.size();
    }

    /**
     * Page {@code number} (1-based) as a reader sees it: one upright frame per direction of its text (usually one),
     * each with its visible glyphs, ruling lines and size.
     */
    public List<PageContent> page(int number, Cancellation cancel) throws UnreadableException {
        try {
            return PageScanner.scan(pageList.get(number - 1), number, cancel);
        } catch (Cancellation.Cancelled | StreamLimits.TooLarge e) {
            throw new UnreadableException("第 " + number + " 页：" + e.getMessage());
        } catch (PageScanner.PageTooComplex e) {
            throw new UnreadableException("第 " + number + " 页" + e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("第 " + number + " 页无法解析" + detail(e));
        }
    }

    /** Every page, checked for a usable text layer (no scan, no garbled font encoding, no hidden text). */
    public List<PageContent> pages(Cancellation cancel) throws UnreadableException {
        List<PageContent> out = scan(cancel);
        PdfPages.checkText(out);
        return out;
    }

    /**
     * Every page as its text layer gives it, not yet checked (a scan comes back with images and no text, to be read
     * by OCR before {@link PdfPages#checkText} judges it).
     */
    public List<PageContent> scan(Cancellation cancel) throws UnreadableException {
        List<PageContent> out = new ArrayList<>(pageCount());
        for (int i = 1; i <= pageCount(); i++) {
            if (cancel.isCancelled()) {
                // the guard gave up on this document (time limit): stop reading instead of burning the CPU
                throw new UnreadableException(cancel.reason());
            }
            out.addAll(page(i, cancel));
        }
        return out;
    }

    /** Most pixels a page is rendered to (a poster-sized page is rendered at a lower resolution). */
    static final double MAX_PIXELS = 40e6;

    /**
     * Page {@code number} (1-based) rendered as a reader sees it (after /Rotate, the crop box), in grey at
     * {@code dpi}, or lower for a page so large that it would exceed {@link #MAX_PIXELS}: the image's width over the
     * page's display width in points is the scale. Rendering is serialised: PDFBox does not render one document on
     * two threads.
     */
    public java.awt.image.BufferedImage render(int number, float dpi) throws UnreadableException {
        synchronized (doc) {
            try {
                PDPage page = pageList.get(number - 1);
                int index = doc.getPages().indexOf(page);
                if (index < 0) {
                    throw new UnreadableException("第 " + number + " 页不在文档的页面树中，无法渲染");
                }
                org.apache.pdfbox.pdmodel.common.PDRectangle crop = page.getCropBox();
                double inches = Math.max(1e-6, crop.getWidth() / 72.0 * crop.getHeight() / 72.0);
                float use = (float) Math.min(dpi, Math.sqrt(MAX_PIXELS / inches));
                if (renderer == null) {
                    renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
                }
                return renderer.renderImageWithDPI(index, use, org.apache.pdfbox.rendering.ImageType.GRAY);
            } catch (IOException | RuntimeException e) {
                throw new UnreadableException("第 " + number + " 页无法渲染" + detail(e));
            } catch (OutOfMemoryError e) {
                throw new UnreadableException("第 " + number + " 页无法渲染（内存不足）");
            }
        }
    }

    private org.apache.pdfbox.rendering.PDFRenderer renderer;

    public List<PageContent> pages() throws UnreadableException {
        return pages(cancel);
    }

    @Override
    public void close() throws IOException {
        StreamLimits.exit();
        doc.close();
    }
}
