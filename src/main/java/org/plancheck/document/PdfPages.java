package org.plancheck.document;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF into {@link PageContent}s: the one place (with {@link RulingCollector} and the annotator) where PDFBox
 * is used. Fails closed: encryption, a broken file, too many pages, no text layer or an unreadable font encoding
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
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                IOUtils.createTempFileOnlyStreamCache())) {
            int n = doc.getNumberOfPages();
            if (n == 0) {
                throw new UnreadableException("没有页面 (no pages)");
            }
            if (n > maxPages) {
                throw new UnreadableException("共 " + n + " 页，超过上限 " + maxPages + " 页（--max-pages）");
            }
            List<PageContent> pages = new ArrayList<>(n);
            Collector stripper = new Collector();
            for (int i = 1; i <= n; i++) {
                PDPage page = doc.getPage(i - 1);
                PDRectangle box = page.getCropBox();
                stripper.glyphs = new ArrayList<>();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
                List<Ruling> rulings = RulingCollector.collect(page);
                pages.add(new PageContent(i, box.getWidth(), box.getHeight(), stripper.glyphs, rulings));
            }
            checkText(pages);
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableException("文档已加密，需要密码 (encrypted)");
        } catch (IOException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableException("不是有效的PDF或文件已损坏 (" + oneLine(m) + ")");
        }
    }

    static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 160) + "…" : t;
    }

    /** No text layer, or text whose fonts map to no real characters, cannot be checked. */
    static void checkText(List<PageContent> pages) throws UnreadableException {
        long total = 0;
        long bad = 0;
        long cjk = 0;
        for (PageContent p : pages) {
            for (Glyph g : p.glyphs()) {
                for (int k = 0; k < g.text().length(); k++) {
                    char c = g.text().charAt(k);
                    if (Character.isWhitespace(c)) {
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
        if (total == 0) {
            throw new UnreadableException("没有文本层（可能是扫描件或图片PDF），无法提取文字 (no text layer)");
        }
        if ((double) bad / total > MAX_GARBLED) {
            throw new UnreadableException(String.format("文字编码无法识别（%.0f%% 的字符无法解码，字体缺少 Unicode 映射）",
                    100.0 * bad / total));
        }
        if (cjk < MIN_CJK) {
            throw new UnreadableException("几乎没有可识别的中文文字（可能是扫描件或字体编码异常）");
        }
    }

    /** Collects glyph positions page by page; the text itself is not used. */
    private static final class Collector extends PDFTextStripper {
        List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition t : positions) {
                String u = t.getUnicode();
                if (u == null) {
                    u = "\uFFFD";
                }
                float h = t.getHeightDir() > 0 ? t.getHeightDir() : t.getFontSizeInPt();
                glyphs.add(new Glyph(u, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), h));
            }
        }
    }
}
