package org.plancheck.docx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.plancheck.layout.HeaderWords;
import org.plancheck.layout.Layout;
import org.plancheck.layout.Passage;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.layout.TitleLine;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document's layout from its own structure, as {@link Layout#of} gives a PDF's from geometry: tables from
 * {@code w:tbl} (merged cells, via gridSpan and vMerge, show their text once, in their first cell; repeated header
 * rows and heading-like first rows are the header; nested tables are tables of their own; a one-column table is a
 * box whose paragraphs are running text, as a PDF reader sees it), paragraphs as passages, text boxes' paragraphs
 * after the paragraph that anchors them, the opening paragraphs (size of the biggest run, centred or not) and the
 * running headers as title lines.
 *
 * <p>Where: every row and passage carries its place in the document's structure, the heading path then the table
 * and row or the paragraph (「第三章 主要目标 > 表1 第5行」, 「第二章 发展目标 > 第3段」). Pages: a document states
 * its pages when it was saved by an application that paginates (Word and WPS write {@code w:lastRenderedPageBreak}
 * where each page began); then pages are counted from those and the hard page and section breaks. A document without
 * them (python-docx, LibreOffice) states only its hard breaks, which do not say where text that overflows a page
 * goes: its pages are unknown (0) rather than guessed. Only the identity's "first pages" are estimated then.
 *
 * <p>What a reader does not see is not read: hidden text (w:vanish), deleted revisions, field instructions,
 * comments. Tracked insertions are read (the document as it prints with its changes).
 */
final class WordLayout {
    /**
     * Namespace of the attribute {@code rowsBefore} that {@link OldWord} sets on the later parts of a table HWPF
     * joined: they keep the number of the first part and count its rows on.
     */
    static final String PART = "urn:plancheck:part";
    /** Paragraphs and table rows a page may hold, for the page-like limit on documents without stated pages. */
    static final int ELEMENTS_PER_PAGE = 100;
    /** Tables a page may hold. */
    static final int TABLES_PER_PAGE = 10;
    /** Deepest nesting of tables in tables and text boxes. */
    static final int MAX_DEPTH = 12;
    /** Lines of an estimated page (for the identity's first pages when the document states none). */
    private static final int LINES_PER_PAGE = 40;
    private static final int OPENING_PAGES = 3;
    private static final Pattern NOTE = Pattern.compile("^\\s*(注|备注|说明|资料来源|数据来源|[★☆＊*※]).*", Pattern.DOTALL);
    private static final Pattern NOTE_MORE = Pattern.compile("^\\s*([\\d（(①-⑳]|[★☆＊*※]).*", Pattern.DOTALL);
    private static final Pattern CONTINUED = Pattern.compile("^\\s*[（(]?续(表|上表)[\\s\\d一二三四五六七八九十]*[）)]?.{0,40}$");
    private static final Pattern CHAPTER = Pattern.compile("^第[一二三四五六七八九十百零〇\\d]+([篇章节])\\s*\\S.{0,38}$");

    private final Styles styles;
    private final Numbering numbering;
    private final int maxPages;
    /** The document states its pages (rendered page breaks). */
    private final boolean stated;
    /** No paragraph has a heading style or outline level: 「第X章」 paragraphs stand for headings. */
    private final boolean plainHeadings;
    /** For each section after the first: whether it starts on a new page. */
    private final List<Boolean> newPageSections;

    private int page = 1;
    /** A hard break has just begun a page: the rendered break Word writes at the same place is the same break. */
    private boolean pending;
    private boolean contentOnPage;
    private int section;
    private final String[] headings = new String[9];
    private int paragraphNo;
    private int tableNo;
    private int elements;
    private int tablesSeen;
    private int estimatePage = 1;
    private float estimateLines;

    private final List<Object> tableOrder = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<TitleLine> opening = new ArrayList<>();
    private TableDraft noteFor;
    /** The last table, while nothing but empty paragraphs or a 「续表」 line follows it. */
    private TableDraft previous;
    private int blanksAfterTable;
    private String lastText = "";
    private int blanksSinceText;
    private boolean tableSinceText;

    private WordLayout(Styles styles, Numbering numbering, int maxPages, boolean stated, boolean plainHeadings,
                       List<Boolean> newPageSections) {
        this.styles = styles;
        this.numbering = numbering;
        this.maxPages = maxPages;
        this.stated = stated;
        this.plainHeadings = plainHeadings;
        this.newPageSections = newPageSections;
    }

    /**
     * The layout of a document body ({@code w:body}) with its styles and numbering, and the running headers and
     * footers (their paragraphs' text), refused when it is over the page-like limits.
     */
    static Layout of(Element body, Styles styles, Numbering numbering, List<String> running, int maxPages)
            throws WordUnreadable {
        boolean stated = body.getElementsByTagNameNS(Xml.W, "lastRenderedPageBreak").getLength() > 0;
        List<Boolean> sections = new ArrayList<>();
        org.w3c.dom.NodeList sects = body.getElementsByTagNameNS(Xml.W, "sectPr");
        for (int i = 1; i < sects.getLength(); i++) {
            String type = Xml.val(Xml.child(sects.item(i), "type"));
            sections.add(type == null || type.equals("nextPage") || type.equals("oddPage") || type.equals("evenPage"));
        }
        WordLayout w = new WordLayout(styles, numbering, maxPages, stated, !hasHeadings(body, styles), sections);
        w.blocks(body, 0, null);
        w.closeNote();
        List<Table> tables = new ArrayList<>();
        for (Object o : w.tableOrder) {
            tables.add(((TableDraft) o).build());
        }
        int pages = stated ? w.page : 0;
        if (stated && pages > maxPages) {
            throw new WordUnreadable("共 " + pages + " 页，超过上限 " + maxPages + " 页（--max-pages）",
                    "拆分文档，或用 --max-pages 提高上限");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String r : running) {
            String t = oneLine(r);
            if (hasHan(t) && seen.add(t)) {
                // running headers stand on the pages after the cover, as a PDF reader meets them
                w.opening.add(new TitleLine(2, t, 9f, false, true));
            }
        }
        return new Layout(pages, List.copyOf(tables), List.copyOf(w.passages), List.copyOf(w.opening));
    }

    private static boolean hasHeadings(Element body, Styles styles) {
        org.w3c.dom.NodeList ps = body.getElementsByTagNameNS(Xml.W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            Element pPr = Xml.child(p, "pPr");
            if (styles.outlineLevel(pPr, styles.paragraphStyle(pPr)) >= 0) {
                return true;
            }
        }
        return false;
    }

    // ---- blocks

    private void blocks(Node parent, int depth, String box) throws WordUnreadable {
        if (depth > MAX_DEPTH) {
            throw new WordUnreadable("表格或文本框嵌套超过 " + MAX_DEPTH + " 层，无法完整读取",
                    "简化文档结构（取消多层嵌套）后另存为 .docx 或 PDF");
        }
        for (Element e : Xml.children(parent)) {
            if (!Xml.W.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "p" -> paragraph(e, depth, box);
                case "tbl" -> table(e, depth, box, null);
                case "sdt" -> blocks(Xml.child(e, "sdtContent"), depth, box);
                case "customXml", "ins", "moveTo", "smartTag" -> blocks(e, depth, box);
                case "altChunk" -> throw new WordUnreadable("文档含嵌入的外部内容（altChunk），无法完整读取",
                        "在 Word 中打开后另存为 .docx 或 PDF 再检查");
                default -> {
                    // sectPr, bookmarks, deleted revisions, proofing marks: nothing a reader sees
                }
            }
        }
    }

    private void count() throws WordUnreadable {
        elements++;
        long limit = (long) maxPages * ELEMENTS_PER_PAGE;
        if (elements > limit) {
            throw new WordUnreadable("段落和表格行超过 " + limit + " 个（按每页 " + ELEMENTS_PER_PAGE
                    + " 个折算，超过 --max-pages " + maxPages + " 页的上限）", "拆分文档，或用 --max-pages 提高上限");
        }
    }

    // ---- paragraphs

    /** One paragraph's text as read, with the page of its first character and where later pages begin. */
    private final class Para {
        final String styleId;
        final StringBuilder text = new StringBuilder();
        final List<Integer> breaks = new ArrayList<>();
        final List<Element> boxes = new ArrayList<>();
        int firstPage = -1;
        float size;

        Para(String styleId) {
            this.styleId = styleId;
        }

        void append(String s, float em) {
            if (s.isEmpty()) {
                return;
            }
            if (!s.isBlank()) {
                if (firstPage < 0) {
                    firstPage = page;
                }
                pending = false;
                contentOnPage = true;
                size = Math.max(size, em);
            }
            text.append(s);
        }

        void pageBegins() {
            if (firstPage >= 0) {
                breaks.add(text.length());
            }
        }
    }

    private void hardBreak(Para p) {
        page++;
        pending = true;
        contentOnPage = false;
        estimatePage++;
        estimateLines = 0;
        if (p != null) {
            p.pageBegins();
        }
    }

    private void renderedBreak(Para p) {
        if (pending) {
            pending = false;
            return;
        }
        page++;
        contentOnPage = false;
        if (p != null) {
            p.pageBegins();
        }
    }

    private Para read(Element p, int depth) throws WordUnreadable {
        count();
        Element pPr = Xml.child(p, "pPr");
        String styleId = styles.paragraphStyle(pPr);
        if (contentOnPage && Xml.on(styles.paragraphProperty(pPr, styleId, "pageBreakBefore"))) {
            hardBreak(null);
        }
        Para para = new Para(styleId);
        String label = numbering.label(pPr, styleId, styles);
        inline(p, para, depth);
        if (label != null && !para.text.toString().isBlank()) {
            para.text.insert(0, label + " ");
            para.breaks.replaceAll(b -> b + label.length() + 1);
        }
        Element sect = Xml.child(pPr, "sectPr");
        if (sect != null) {
            boolean newPage = section < newPageSections.size() && newPageSections.get(section);
            section++;
            if (newPage) {
                hardBreak(null);
            }
        }
        return para;
    }

    private void paragraph(Element p, int depth, String box) throws WordUnreadable {
        Para para = read(p, depth);
        Element pPr = Xml.child(p, "pPr");
        String text = clean(para.text.toString());
        if (text.isEmpty()) {
            blanksSinceText++;
            if (noteFor != null && ++blanksAfterTable > 1) {
                closeNote();
            }
        } else {
            int level = styles.outlineLevel(pPr, para.styleId);
            if (level < 0 && plainHeadings) {
                level = chapterLevel(text);
            }
            int pg = stated ? (para.firstPage > 0 ? para.firstPage : page) : 0;
            String where;
            if (level >= 0) {
                headings[level] = oneLine(text);
                for (int i = level + 1; i < headings.length; i++) {
                    headings[i] = null;
                }
                paragraphNo = 0;
                where = path();
            } else {
                paragraphNo++;
                where = prefix(path()) + (box == null ? "" : box + " ") + "第" + paragraphNo + "段";
            }
            List<Integer> breaks = stated ? List.copyOf(para.breaks) : List.of();
            passages.add(new Passage(pg, text, breaks, where));
            if (noteFor != null) {
                note(text, level >= 0);
            }
            openingLine(text, para, pPr, pg);
            lastText = text;
            blanksSinceText = 0;
            tableSinceText = false;
            if (!CONTINUED.matcher(text).matches()) {
                previous = null;
            }
        }
        for (Element b : para.boxes) {
            blocks(b, depth + 1, box == null ? "文本框" : box);
        }
    }

    /** 「第三章 …」 as a heading in a document without heading styles: 篇 0, 章 1, 节 2. */
    private static int chapterLevel(String text) {
        java.util.regex.Matcher m = CHAPTER.matcher(text);
        if (!m.matches() || text.contains("。")) {
            return -1;
        }
        return switch (m.group(1)) {
            case "篇" -> 0;
            case "章" -> 1;
            default -> 2;
        };
    }

    private void openingLine(String text, Para para, Element pPr, int statedPage) {
        int pg = stated ? statedPage : estimatePage;
        float em = para.size > 0 ? para.size : 10.5f;
        if (!stated) {
            estimateLines += Math.max(1, (float) Math.ceil(text.length() * Math.max(em, 10.5f) / 450f))
                    * Math.max(1f, em / 14f);
            if (estimateLines > LINES_PER_PAGE) {
                estimatePage++;
                estimateLines -= LINES_PER_PAGE;
            }
        }
        if (pg <= OPENING_PAGES) {
            opening.add(new TitleLine(Math.max(1, pg), oneLine(text), em, styles.centred(pPr, para.styleId), false));
        }
    }

    private void inline(Node parent, Para p, int depth) throws WordUnreadable {
        for (Element e : Xml.children(parent)) {
            String ns = e.getNamespaceURI();
            String n = e.getLocalName();
            if (Xml.MC.equals(ns) && "AlternateContent".equals(n)) {
                inline(alternative(e), p, depth);
                continue;
            }
            if (MATH.equals(ns)) {
                math(e, p);
                continue;
            }
            if (!Xml.W.equals(ns)) {
                continue;
            }
            switch (n) {
                case "r" -> run(e, p, depth);
                case "hyperlink", "smartTag", "ins", "moveTo", "customXml", "fldSimple", "bdo", "dir" ->
                        inline(e, p, depth);
                case "sdt" -> inline(Xml.child(e, "sdtContent"), p, depth);
                default -> {
                    // pPr, deleted and moved-from revisions, bookmarks, comments: not read
                }
            }
        }
    }

    private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private void math(Element e, Para p) {
        org.w3c.dom.NodeList ts = e.getElementsByTagNameNS(MATH, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            p.append(Xml.text(ts.item(i)), 0);
        }
    }

    /** The branch of mc:AlternateContent a reader shows: the first Choice (the Fallback repeats it for old readers). */
    private static Element alternative(Element ac) {
        for (Element c : Xml.children(ac)) {
            if ("Choice".equals(c.getLocalName())) {
                return c;
            }
        }
        for (Element c : Xml.children(ac)) {
            if ("Fallback".equals(c.getLocalName())) {
                return c;
            }
        }
        return ac;
    }

    private void run(Element r, Para p, int depth) {
        Element rPr = Xml.child(r, "rPr");
        boolean hidden = styles.hidden(rPr, p.styleId);
        float em = styles.runSize(rPr, p.styleId);
        for (Element c : Xml.children(r)) {
            String ns = c.getNamespaceURI();
            if (Xml.MC.equals(ns) && "AlternateContent".equals(c.getLocalName())) {
                boxes(alternative(c), p);
                continue;
            }
            if (!Xml.W.equals(ns)) {
                continue;
            }
            switch (c.getLocalName()) {
                case "t" -> {
                    if (!hidden) {
                        p.append(Xml.text(c), em);
                    }
                }
                case "tab", "ptab" -> {
                    if (!hidden) {
                        p.append("\t", em);
                    }
                }
                case "br", "cr" -> {
                    String type = Xml.attr(c, "type");
                    if ("page".equals(type)) {
                        hardBreak(p);
                    } else if (!"column".equals(type) && !hidden) {
                        p.append("\n", em);
                    }
                }
                case "lastRenderedPageBreak" -> renderedBreak(p);
                case "noBreakHyphen" -> {
                    if (!hidden) {
                        p.append("-", em);
                    }
                }
                case "drawing", "pict", "object" -> boxes(c, p);
                default -> {
                    // delText, instrText, fldChar, footnote and comment references, softHyphen: not shown text
                }
            }
        }
    }

    /** The text boxes under a drawing (w:txbxContent), read after the paragraph that anchors them. */
    private static void boxes(Node n, Para p) {
        for (Element c : Xml.children(n)) {
            if (Xml.MC.equals(c.getNamespaceURI()) && "AlternateContent".equals(c.getLocalName())) {
                boxes(alternative(c), p);
            } else if (Xml.is(c, "txbxContent")) {
                p.boxes.add(c);
            } else {
                boxes(c, p);
            }
        }
    }

    // ---- tables

    /** A table being read: its note below is filled by the paragraphs that follow. */
    private static final class TableDraft {
        final int page;
        final List<List<String>> header;
        final List<Row> rows;
        final String caption;
        final boolean ruled;
        final int columns;
        final StringBuilder note = new StringBuilder();

        TableDraft(int page, List<List<String>> header, List<Row> rows, String caption, boolean ruled, int columns) {
            this.page = page;
            this.header = header;
            this.rows = new ArrayList<>(rows);
            this.caption = caption;
            this.ruled = ruled;
            this.columns = columns;
        }

        /**
         * Whether a table right after this one, with nothing but empty paragraphs or a 「续表」 line between, goes on
         * with it: the same columns, and no header or the same one (a table split by hand at a page break, as a PDF
         * reader joins a table over pages).
         */
        boolean continuedBy(List<List<String>> nextHeader, int nextColumns) {
            return nextColumns == columns && (nextHeader.isEmpty() || norm(nextHeader).equals(norm(header)));
        }

        private static String norm(List<List<String>> rows) {
            StringBuilder b = new StringBuilder();
            rows.forEach(r -> r.forEach(c -> b.append(HeaderWords.norm(c)).append('|')));
            return b.toString();
        }

        Table build() {
            return new Table(page, List.copyOf(header), List.copyOf(rows), note.toString(), caption, ruled);
        }
    }

    private void note(String text, boolean heading) {
        if (heading) {
            closeNote();
            return;
        }
        StringBuilder b = noteFor.note;
        if (b.length() == 0 || NOTE.matcher(b).matches() && NOTE_MORE.matcher(text).matches() && b.length() < 300) {
            b.append(oneLine(text));
            if (b.length() >= 300 || !NOTE.matcher(b).matches()) {
                closeNote();
            }
        } else {
            closeNote();
        }
    }

    private void closeNote() {
        noteFor = null;
        blanksAfterTable = 0;
    }

    private void table(Element tbl, int depth, String box, String within) throws WordUnreadable {
        if (depth > MAX_DEPTH) {
            throw new WordUnreadable("表格或文本框嵌套超过 " + MAX_DEPTH + " 层，无法完整读取",
                    "简化文档结构（取消多层嵌套）后另存为 .docx 或 PDF");
        }
        tablesSeen++;
        long limit = (long) maxPages * TABLES_PER_PAGE;
        if (tablesSeen > limit) {
            throw new WordUnreadable("表格超过 " + limit + " 个（按每页 " + TABLES_PER_PAGE + " 个折算，超过 --max-pages "
                    + maxPages + " 页的上限）", "拆分文档，或用 --max-pages 提高上限");
        }
        closeNote();
        String before = tbl.getAttributeNS(PART, "rowsBefore");
        int rowsBefore = before == null || before.isEmpty() ? 0 : Integer.parseInt(before);
        int k = rowsBefore > 0 ? tableNo : ++tableNo;
        String name = within == null ? prefix(path()) + (box == null ? "" : box + " ") + "表" + k : within + " 内嵌表" + k;
        List<Element> rows = new ArrayList<>();
        collect(tbl, "tr", rows);
        rows.removeIf(tr -> Xml.child(Xml.child(tr, "trPr"), "del") != null);
        if (columns(rows) < 2) {
            // a box (专栏) drawn as a one-column table: its paragraphs are running text
            for (Element tr : rows) {
                List<Element> cells = new ArrayList<>();
                collect(tr, "tc", cells);
                for (Element tc : cells) {
                    blocks(tc, depth + 1, box == null ? "表" + k : box + " 表" + k);
                }
            }
            tableSinceText = true;
            previous = null;
            return;
        }
        String caption = !tableSinceText && blanksSinceText <= 2 ? oneLine(lastText) : "";
        List<List<String>> grid = new ArrayList<>();
        List<Boolean> repeated = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Nested> nested = new ArrayList<>();
        int tableStart = page;
        for (int i = 0; i < rows.size(); i++) {
            count();
            Element tr = rows.get(i);
            Element trPr = Xml.child(tr, "trPr");
            List<String> cells = new ArrayList<>();
            for (int g = Xml.intVal(Xml.child(trPr, "gridBefore"), 0); g > 0 && cells.size() < 64; g--) {
                cells.add("");
            }
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            int rowPage = -1;
            for (Element tc : tcs) {
                Element tcPr = Xml.child(tc, "tcPr");
                int span = Math.max(1, Math.min(64, Xml.intVal(Xml.child(tcPr, "gridSpan"), 1)));
                Element vMerge = Xml.child(tcPr, "vMerge");
                Element hMerge = Xml.child(tcPr, "hMerge");
                boolean continued = vMerge != null && !"restart".equals(Xml.val(vMerge))
                        || hMerge != null && !"restart".equals(Xml.val(hMerge));
                StringBuilder text = new StringBuilder();
                for (Element c : cellBlocks(tc)) {
                    if (Xml.is(c, "p")) {
                        Para para = read(c, depth);
                        if (para.firstPage > 0 && rowPage < 0) {
                            rowPage = para.firstPage;
                        }
                        String t = clean(para.text.toString());
                        if (!t.isEmpty()) {
                            text.append(text.length() == 0 ? "" : joiner(text, t)).append(t);
                        }
                        for (Element b : para.boxes) {
                            blocks(b, depth + 1, "文本框");
                        }
                    } else if (Xml.is(c, "tbl")) {
                        nested.add(new Nested(c, i + 1));
                    }
                }
                cells.add(continued ? "" : text.toString());
                for (int s = 1; s < span; s++) {
                    cells.add("");
                }
            }
            grid.add(cells);
            repeated.add(Xml.on(Xml.child(trPr, "tblHeader")));
            pages.add(rowPage > 0 ? rowPage : page);
            numbers.add(rowsBefore + i + 1);
        }
        // rows without any text are not rows a reader sees (as in a PDF's grid)
        for (int i = grid.size() - 1; i >= 0; i--) {
            if (grid.get(i).stream().allMatch(String::isBlank)) {
                grid.remove(i);
                repeated.remove(i);
                pages.remove(i);
                numbers.remove(i);
            }
        }
        int headerStart = -1;
        for (int i = 0; i < Math.min(4, grid.size()) && headerStart < 0; i++) {
            if (HeaderWords.isHeader(grid.get(i))
                    || i + 1 < grid.size() && HeaderWords.isHeader(stack(grid.get(i), grid.get(i + 1)))) {
                headerStart = i;
            }
        }
        List<List<String>> header = new ArrayList<>();
        int body = 0;
        if (headerStart >= 0) {
            body = headerStart;
            while (body < grid.size() && (body == headerStart || HeaderWords.isHeaderLike(grid.get(body))
                    || repeated.get(body) && !grid.get(body).stream().anyMatch(HeaderWords::isData))) {
                header.add(List.copyOf(grid.get(body)));
                body++;
            }
        } else {
            while (body < grid.size() && repeated.get(body)) {
                header.add(List.copyOf(grid.get(body)));
                body++;
            }
        }
        List<Row> out = new ArrayList<>();
        for (int i = body; i < grid.size(); i++) {
            List<String> cells = List.copyOf(grid.get(i));
            out.add(new Row(stated ? pages.get(i) : 0, cells, 0f, 0f, join(cells), null,
                    name + " 第" + numbers.get(i) + "行", null));
        }
        int first = grid.isEmpty() ? tableStart : pages.get(0);
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        TableDraft draft;
        if (within == null && previous != null && previous.continuedBy(header, width)) {
            draft = previous;
            draft.rows.addAll(out);
        } else {
            draft = new TableDraft(stated ? first : 0, header, out, caption, ruled(tbl), width);
            tableOrder.add(draft);
        }
        for (Nested n : nested) {
            table(n.table(), depth + 1, box, name + " 第" + n.row() + "行");
        }
        estimateLines += rows.size() * 1.5f;
        noteFor = draft;
        blanksAfterTable = 0;
        tableSinceText = true;
        blanksSinceText = 0;
        previous = within == null ? draft : previous;
    }

    /** A table inside a cell of row {@code row} (1-based) of another. */
    private record Nested(Element table, int row) {
    }

    /** The blocks of a cell (paragraphs and nested tables), through content controls and custom XML. */
    private static List<Element> cellBlocks(Element tc) {
        List<Element> out = new ArrayList<>();
        for (Element e : Xml.children(tc)) {
            if (Xml.is(e, "p") || Xml.is(e, "tbl")) {
                out.add(e);
            } else if (Xml.is(e, "sdt")) {
                out.addAll(cellBlocks(Xml.child(e, "sdtContent")));
            } else if (Xml.is(e, "customXml") || Xml.is(e, "ins") || Xml.is(e, "moveTo")) {
                out.addAll(cellBlocks(e));
            }
        }
        return out;
    }

    /** Rows of a table, or cells of a row, through content controls and custom XML (not into nested tables). */
    private static void collect(Node parent, String name, List<Element> out) {
        for (Element e : Xml.children(parent)) {
            if (Xml.is(e, name)) {
                out.add(e);
            } else if (Xml.is(e, "sdt")) {
                collect(Xml.child(e, "sdtContent"), name, out);
            } else if (Xml.is(e, "customXml") || Xml.is(e, "ins") || Xml.is(e, "moveTo")) {
                collect(e, name, out);
            }
        }
    }

    /** The widest row in grid columns (gridBefore plus the spans of its cells). */
    private static int columns(List<Element> rows) {
        int max = 0;
        for (Element tr : rows) {
            int n = Xml.intVal(Xml.child(Xml.child(tr, "trPr"), "gridBefore"), 0);
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            for (Element tc : tcs) {
                n += Math.max(1, Xml.intVal(Xml.child(Xml.child(tc, "tcPr"), "gridSpan"), 1));
            }
            max = Math.max(max, n);
        }
        return max;
    }

    /** Drawn with lines inside and out, by the table's own borders or its style's. */
    private boolean ruled(Element tbl) {
        Element tblPr = Xml.child(tbl, "tblPr");
        Element borders = Xml.child(tblPr, "tblBorders");
        if (borders == null) {
            borders = styles.tableStyleProperty(Xml.val(Xml.child(tblPr, "tblStyle")), "tblBorders");
        }
        if (borders == null) {
            return false;
        }
        for (String side : new String[] {"insideH", "insideV"}) {
            Element b = Xml.child(borders, side);
            String v = Xml.val(b);
            if (b == null || v == null || v.equals("nil") || v.equals("none")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> stack(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            out.add((i < a.size() ? a.get(i) : "") + (i < b.size() ? b.get(i) : ""));
        }
        return out;
    }

    // ---- text

    private String path() {
        StringBuilder b = new StringBuilder();
        for (String h : headings) {
            if (h != null) {
                b.append(b.length() == 0 ? "" : " > ").append(h);
            }
        }
        return b.toString();
    }

    private static String prefix(String path) {
        return path.isEmpty() ? "" : path + " > ";
    }

    /** The cells' text separated by spaces, as a PDF row's verbatim text. */
    static String join(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (String c : cells) {
            if (!c.isBlank()) {
                b.append(b.length() == 0 ? "" : " ").append(c.strip());
            }
        }
        return b.toString();
    }

    /**
     * A paragraph's text as a reader sees it on one line: tabs as spaces, line breaks joined (nothing between
     * Chinese, a space between Latin letters or digits), no-break and ideographic spaces kept as spaces.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
                char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
                if (ascii(prev) && ascii(next)) {
                    b.append(' ');
                }
            } else if (c == '\t' || c == '\u00a0') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }

    private static String joiner(CharSequence before, String after) {
        char prev = before.charAt(before.length() - 1);
        return ascii(prev) && ascii(after.charAt(0)) ? " " : "";
    }

    private static boolean ascii(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
