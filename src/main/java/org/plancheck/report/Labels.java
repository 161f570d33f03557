package org.plancheck.report;

import org.plancheck.model.DocumentResult;
import org.plancheck.model.Evidence;
import org.plancheck.model.Finding;

/** Phrases several reports share, so the same thing reads the same everywhere. */
final class Labels {
    private Labels() {
    }

    /**
     * "第5页"; in a Word document where the evidence stands ("第三章 主要目标 > 表1 第5行", with the page first when
     * the document states it); "" when the finding has no place (a missing indicator, a whole-document finding).
     */
    static String page(Evidence e) {
        return e == null ? "" : e.place();
    }

    /** The file name without folders. */
    static String fileName(String document) {
        if (document == null || document.isEmpty()) {
            return "";
        }
        return org.plancheck.model.Finding.fileName(document);
    }

    /** "非化石能源占能源消费总量比重（K2-16）", or "（文档整体）" when the finding is about no indicator. */
    static String indicator(Finding f) {
        if (f.indicatorName() == null && f.indicatorId() == null) {
            return "（文档整体）";
        }
        String name = f.indicatorName() == null ? f.indicatorId() : f.indicatorName();
        return f.indicatorId() == null || f.indicatorId().equals(name) ? name : name + "（" + f.indicatorId() + "）";
    }

    /** "道县 · 县级总体规划 · 48页". */
    static String planLine(DocumentResult d) {
        StringBuilder b = new StringBuilder();
        if (d.plan().jurisdiction() != null && !d.plan().jurisdiction().isEmpty()) {
            b.append(d.plan().jurisdiction()).append(" · ");
        }
        b.append(d.plan().kindLabel());
        if (d.pages() > 0) {
            b.append(" · ").append(d.pages()).append("页");
        }
        return b.toString();
    }

    /** "不通过（错误 2，警告 1，提示 1）"; the reason for UNVERIFIABLE. */
    static String status(DocumentResult d, Waivers w) {
        if (d.reason() != null && !d.reason().isEmpty()) {
            return d.status().label() + "：" + d.reason();
        }
        long[] n = new long[3];
        long suppressed = 0;
        long baselined = 0;
        for (Finding f : d.findings()) {
            Waiver x = w.of(f);
            if (x == null) {
                n[f.severity().ordinal()]++;
            } else if (x.kind() == Waiver.Kind.SUPPRESSED) {
                suppressed++;
            } else {
                baselined++;
            }
        }
        return d.status().label() + "（错误 " + n[2] + "，警告 " + n[1] + "，提示 " + n[0]
                + (suppressed > 0 ? "，已豁免 " + suppressed : "")
                + (baselined > 0 ? "，基线已有 " + baselined : "") + "）";
    }

    /**
     * For a document read by OCR, the notice every report carries, with what OCR could not read:
     * 「本文档为扫描件，经OCR识别，请对照纸质文件核对数值（OCR识别 5 页，12,345 个字符中 321 个置信度低于 80%，按无法识别处理）」;
     * "" for a document read from its text layer.
     */
    static String ocr(org.plancheck.model.OcrSummary o) {
        if (o == null) {
            return "";
        }
        return o.notice() + String.format(java.util.Locale.ROOT, "（OCR识别 %d 页，%,d 个字符中 %,d 个置信度低于 %d%%，按无法识别处理）",
                o.pages().size(), o.characters(), o.unreadable(), o.minConfidence());
    }

    /** "93%": a confidence (0–1) for a reviewer. */
    static String confidence(Double c) {
        return c == null ? "" : Math.round(c * 100) + "%";
    }

    /** The text, or "" for null. */
    static String text(String s) {
        return s == null ? "" : s;
    }

    /** A number without a useless ".0". */
    static String number(Double v) {
        if (v == null) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString(v.longValue());
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
