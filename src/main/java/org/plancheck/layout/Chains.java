package org.plancheck.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins tables broken by page breaks: a table left open at the foot of a page goes on with the first table of the
 * next page when that one has no header, or repeats the same header, and stands in the same columns. A row broken
 * by the page break (Word lets rows break across pages) is one row again: the part on the next page either has no
 * name, or has a name but no values (the rest of a wrapped name).
 */
final class Chains {
    /** Category labels that stand alone in a row: not the rest of a broken name. */
    private static final Pattern CATEGORY = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]).*"
                    + "|经济发展|创新驱动|民生福祉|绿色(低碳|生态|发展)|安全保障|生态环境|社会民生|资源环境|改革开放|文化建设");

    private Chains() {
    }

    static List<Table> join(List<PageTable> found) {
        List<Table> out = new ArrayList<>();
        Builder cur = null;
        int lastPageSeen = -1;
        for (PageTable t : found) {
            boolean firstOnPage = t.page() != lastPageSeen;
            lastPageSeen = t.page();
            if (cur != null && cur.open && t.page() == cur.lastPage + 1 && firstOnPage && continues(cur, t)) {
                cur.append(t);
                continue;
            }
            if (cur != null) {
                out.add(cur.build());
            }
            cur = new Builder(t);
        }
        if (cur != null) {
            out.add(cur.build());
        }
        return out;
    }

    private static boolean continues(Builder cur, PageTable t) {
        if (t.ruled() != cur.ruled) {
            return false;
        }
        if (!t.alignsWith(cur.columns, 6f)) {
            return false;
        }
        return t.header().isEmpty() || same(t.header(), cur.header);
    }

    private static boolean same(List<List<String>> a, List<List<String>> b) {
        return norm(a).equals(norm(b));
    }

    private static String norm(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        rows.forEach(r -> r.forEach(c -> s.append(HeaderWords.norm(c)).append('|')));
        return s.toString();
    }

    private static final class Builder {
        final int page;
        final List<List<String>> header;
        final List<Row> rows = new ArrayList<>();
        final List<float[]> columns;
        final int nameColumn;
        final boolean ruled;
        final String caption;
        String note;
        int lastPage;
        boolean open;

        Builder(PageTable t) {
            page = t.page();
            header = t.header();
            rows.addAll(t.rows());
            columns = t.columns();
            nameColumn = t.nameColumn();
            ruled = t.ruled();
            caption = t.caption();
            note = t.noteBelow();
            lastPage = t.page();
            open = t.open();
        }

        void append(PageTable t) {
            List<Row> next = new ArrayList<>(t.rows());
            if (!rows.isEmpty() && !next.isEmpty()) {
                Row merged = mergeBroken(rows.get(rows.size() - 1), next.get(0));
                if (merged != null) {
                    rows.set(rows.size() - 1, merged);
                    next.remove(0);
                }
            }
            rows.addAll(next);
            note = t.noteBelow();
            lastPage = t.page();
            open = t.open();
        }

        /** The two parts of a row broken by a page break, or null when {@code b} is a row of its own. */
        Row mergeBroken(Row a, Row b) {
            String nameA = a.cell(nameColumn);
            String nameB = b.cell(nameColumn);
            boolean valuesA = hasValues(a);
            boolean valuesB = hasValues(b);
            boolean restOfName = !nameB.isEmpty() && !valuesB && !CATEGORY.matcher(nameB).matches()
                    && nameB.length() <= 24;
            boolean valuesOnly = nameB.isEmpty() && valuesB;
            boolean nameWaiting = !nameA.isEmpty() && !valuesA && !CATEGORY.matcher(nameA).matches();
            if (!(restOfName && valuesA) && !valuesOnly && !(nameWaiting && valuesB)) {
                return null;
            }
            int n = Math.max(a.cells().size(), b.cells().size());
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String x = a.cell(i);
                String y = b.cell(i);
                cells.add(x.isEmpty() ? y : y.isEmpty() ? x : x + y);
            }
            String problem = a.problem() != null ? a.problem() : b.problem();
            return new Row(a.page(), List.copyOf(cells), a.top(), a.bottom(), Row.join(cells), problem, a.where(),
                    a.box(), Math.min(a.confidence(), b.confidence()));
        }

        /** Values stand right of the name (序号 and 类别 stand left of it). */
        private boolean hasValues(Row r) {
            for (int i = Math.max(0, nameColumn + 1); i < r.cells().size(); i++) {
                if (!r.cell(i).isEmpty() && r.cell(i).matches(".*[\\d\\p{IsHan}—\\-].*")) {
                    return true;
                }
            }
            return false;
        }

        Table build() {
            return new Table(page, header, List.copyOf(rows), note == null ? "" : note, caption, ruled);
        }
    }
}
