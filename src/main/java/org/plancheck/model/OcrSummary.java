package org.plancheck.model;

import java.util.List;

/**
 * How much of a document was read by OCR (docs/domain.md, "What counts as read": a number read with low confidence
 * is unreadable, never a guess).
 *
 * @param pages         the pages read by OCR (1-based), in order
 * @param pageCount     the document's page count
 * @param characters    characters OCR read on those pages
 * @param unreadable    of those, the characters below the confidence threshold (read as U+FFFD, unreadable)
 * @param minConfidence the threshold, in percent (0–100): a character read with less is unreadable
 * @param millis        time OCR took (rendering included), wall clock
 * @param threads       pages read at once
 */
public record OcrSummary(List<Integer> pages, int pageCount, int characters, int unreadable, int minConfidence,
                         long millis, int threads) {

    /** The notice every report carries for a whole scan. */
    public static final String SCAN_NOTICE = "本文档为扫描件，经OCR识别，请对照纸质文件核对数值";

    public OcrSummary {
        pages = List.copyOf(pages);
    }

    /** Every page was read by OCR (a scan), not only some image pages inside a text PDF. */
    public boolean wholeDocument() {
        return pages.size() >= pageCount;
    }

    /** The sentence every report shows for a document read by OCR, in Chinese. */
    public String notice() {
        if (wholeDocument()) {
            return SCAN_NOTICE;
        }
        StringBuilder b = new StringBuilder();
        for (int p : pages) {
            b.append(b.length() == 0 ? "" : "、").append(p);
        }
        return "本文档第" + b + "页为扫描图像，经OCR识别，请对照纸质文件核对这些页的数值";
    }

    /** Share of characters read below the threshold (0–1). */
    public double unreadableShare() {
        return characters == 0 ? 0 : (double) unreadable / characters;
    }
}
