package org.plancheck.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.plancheck.catalog.Tsv;
import org.plancheck.document.PdfPages;
import org.plancheck.document.UnreadableException;
import org.plancheck.layout.Layout;
import org.plancheck.layout.Passage;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.run.UsageException;

/**
 * The upper plan's text, one line per paragraph or table cell, as {@code plan.txt} keeps it: a text file as it is; a
 * PDF read with the same extraction as a lower plan (pages → {@link Layout}: passages one a line, each table as Word's
 * text conversion writes it, a cell a line after a tab, rows separated by a blank line).
 */
public final class PlanSource {
    private PlanSource() {
    }

    /** The lines of the plan's text; a Word file or another format is a usage error naming what to do. */
    public static List<String> lines(Path file, int maxPages, long maxBytes) throws UnreadableException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".text")) {
            List<String> lines = new ArrayList<>(Tsv.readLines(file));
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        }
        if (name.endsWith(".pdf")) {
            return lines(Layout.of(PdfPages.read(file, maxPages, maxBytes)));
        }
        if (name.endsWith(".docx") || name.endsWith(".doc") || name.endsWith(".wps")) {
            throw new UsageException(file + ": Word 文件要等 Word 读取功能合入后才能直接起草；目前请另存为 .txt（纯文本，每段一行）"
                    + "或 .pdf / Word input comes with the Word reader; until then save the plan as .txt or .pdf");
        }
        throw new UsageException(file + ": 只支持 .pdf 和 .txt / only .pdf and .txt plans can be drafted");
    }

    /** A PDF's layout as lines: per page its passages, then the tables that start on it. */
    static List<String> lines(Layout layout) {
        List<String> out = new ArrayList<>();
        int tableIndex = 0;
        List<Table> tables = layout.tables();
        List<Passage> passages = layout.passages();
        int pi = 0;
        for (int page = 1; page <= layout.pages(); page++) {
            while (pi < passages.size() && passages.get(pi).page() <= page) {
                String t = text(passages.get(pi));
                if (!t.isEmpty()) {
                    out.add(t);
                }
                pi++;
            }
            while (tableIndex < tables.size() && tables.get(tableIndex).page() <= page) {
                table(tables.get(tableIndex), out);
                tableIndex++;
            }
        }
        while (pi < passages.size()) {
            out.add(text(passages.get(pi++)));
        }
        while (tableIndex < tables.size()) {
            table(tables.get(tableIndex++), out);
        }
        return out;
    }

    /** A passage's text on one line, without the page numbers (「— 16 —」) of a paragraph running over a page break. */
    private static String text(Passage p) {
        return p.text().replaceAll("[\\r\\n]+", "")
                .replaceAll("[\\s\\u00A0\\u3000]*[—－][\\s\\u00A0\\u3000]*\\d{1,4}[\\s\\u00A0\\u3000]*[—－][\\s\\u00A0\\u3000]*", "")
                .strip();
    }

    private static void table(Table t, List<String> out) {
        out.add("");
        if (!t.caption().isBlank()) {
            out.add("\t" + t.caption().replaceAll("[\\r\\n\\t]+", "").strip());
            out.add("");
        }
        for (List<String> h : t.header()) {
            for (String c : h) {
                out.add("\t" + c.replaceAll("[\\r\\n\\t]+", "").strip());
            }
            out.add("");
        }
        for (Row r : t.rows()) {
            for (String c : r.cells()) {
                out.add("\t" + c.replaceAll("[\\r\\n\\t]+", "").strip());
            }
            out.add("");
        }
    }
}
