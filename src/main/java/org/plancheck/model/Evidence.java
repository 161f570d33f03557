package org.plancheck.model;

import java.util.List;

/**
 * Where a finding stands in the lower plan: page (1-based, 0 when the whole document or unknown), verbatim text,
 * for a Word document where it is in the document's structure (heading path, table and row), and the boxes of the
 * evidence on the page (empty when not known).
 */
public record Evidence(int page, String text, String where, List<Box> boxes) {

    public Evidence(int page, String text) {
        this(page, text, null, List.of());
    }

    public static Evidence none() {
        return new Evidence(0, "");
    }

    /** "第3页", "第三章 > 表1 第5行", or both, for a reviewer. */
    public String place() {
        String p = page > 0 ? "第" + page + "页" : "";
        if (where == null || where.isEmpty()) {
            return p;
        }
        return p.isEmpty() ? where : p + "（" + where + "）";
    }
}
