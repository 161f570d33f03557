package org.plancheck.document;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a whole PDF into {@link PageContent}s through {@link PdfDocument}. Fails closed: encryption, a broken file, too many pages, no text layer or an unreadable font encoding
 * raise {@link UnreadableException} with the reason.
 */
public final class PdfPages {
    /** Share of glyphs without a usable Unicode mapping above which the text is considered garbled. */
    static final double MAX_GARBLED = 0.10;
    /** Fewer CJK characters than this in the whole document: no text layer worth reading (a scan). */
    static final int MIN_CJK = 20;

    private PdfPages() {
    }

    public static List<PageContent> read(Path file, int maxPages) throws UnreadableException {
        return read(file, maxPages, PdfDocument.MAX_BYTES);
    }

    /** Every page of the file, or the reason it cannot be read. */
    public static List<PageContent> read(Path file, int maxPages, long maxBytes) throws UnreadableException {
        return read(file, maxPages, maxBytes, Cancellation.none());
    }

    /** Every page of the file, or the reason it cannot be read; stops once {@code cancel} is cancelled. */
    public static List<PageContent> read(Path file, int maxPages, long maxBytes, Cancellation cancel)
            throws UnreadableException {
        try (PdfDocument doc = PdfDocument.open(file, maxPages, maxBytes, cancel)) {
            return doc.pages();
        } catch (java.io.IOException e) {
            throw new UnreadableException("关闭文件失败 (" + oneLine(String.valueOf(e.getMessage())) + ")");
        }
    }

    /** A byte count for a message: MB when large, KB or bytes when small. */
    public static String size(long bytes) {
        if (bytes >= 1L << 20) {
            return (bytes >> 20) + " MB";
        }
        return bytes >= 1024 ? (bytes >> 10) + " KB" : bytes + " 字节";
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    /** Hidden or skewed glyphs on one page above this: what is read would not be what a reader sees. */
    static final int MAX_UNSEEN = 40;

    /**
     * No text layer, text whose fonts map to no real characters, or text a reader cannot see (hidden, off the page,
     * clipped away, painted in the background colour, skewed) cannot be checked. Pages read by OCR are judged by
     * what OCR read: their unreadable characters (U+FFFD, below the confidence threshold) are not a font encoding
     * problem, layout and extraction treat them as unreadable rows and sentences.
     */
    public static void checkText(List<PageContent> pages) throws UnreadableException {
        long hiddenAll = 0;
        for (PageContent p : pages) {
            hiddenAll += p.hiddenGlyphs();
            if (p.hiddenGlyphs() >= MAX_UNSEEN) {
                throw new UnreadableException("第 " + p.number() + " 页有 " + p.hiddenGlyphs()
                        + " 个读者看不见的字符（不可见渲染、超出页面或裁剪区、与背景同色），文件内容与显示内容不一致");
            }
            if (p.skewedGlyphs() >= MAX_UNSEEN) {
                throw new UnreadableException("第 " + p.number() + " 页有 " + p.skewedGlyphs()
                        + " 个字符倾斜或方向混杂，无法可靠读取");
            }
        }
        long total = 0;
        long bad = 0;
        long cjk = 0;
        long ocrTotal = 0;
        boolean ocr = false;
        for (PageContent p : pages) {
            ocr |= p.ocr();
            for (Glyph g : p.glyphs()) {
                for (int k = 0; k < g.text().length(); k++) {
                    char c = g.text().charAt(k);
                    if (Character.isWhitespace(c)) {
                        continue;
                    }
                    if (p.ocr()) {
                        ocrTotal++;
                        if (c >= '\u4E00' && c <= '\u9FFF') {
                            cjk++;
                        }
                        continue;
                    }
                    total++;
                    if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)
                            || Character.getType(c) == Character.UNASSIGNED) {
                        bad++;
                    } else if (c >= '\u4E00' && c <= '\u9FFF') {
                        cjk++;
                    }
                }
            }
        }
        if (total + ocrTotal == 0 && hiddenAll > 0) {
            throw new UnreadableException("文档中的文字全部不可见（读者看到的是空白页）");
        }
        if (total + ocrTotal == 0) {
            throw new UnreadableException(ocr ? "经OCR识别未得到文字（页面为空白或图片中没有文字）"
                    : "没有文本层（可能是扫描件或图片PDF），无法提取文字 (no text layer)");
        }
        if (total > 0 && (double) bad / total > MAX_GARBLED) {
            throw new UnreadableException(String.format("文字编码无法识别（%.0f%% 的字符无法解码，字体缺少 Unicode 映射）",
                    100.0 * bad / total));
        }
        if (cjk < MIN_CJK) {
            throw new UnreadableException(ocr ? "经OCR识别得到的中文文字过少（扫描质量过低或不是中文文档）"
                    : "几乎没有可识别的中文文字（可能是扫描件或字体编码异常）");
        }
    }
}
