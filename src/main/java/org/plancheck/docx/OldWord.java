package org.plancheck.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.plancheck.layout.Layout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Old binary Word and WPS documents (.doc, .wps: OLE2 compound files with a WordDocument stream), read with POI HWPF.
 * Measured before trusting it: on .doc files LibreOffice saved from the Word drafts of the corpus, HWPF gives every
 * table cell's text as the .docx does, row by row. The document is rewritten as the WordprocessingML its .docx would
 * hold (paragraphs with outline level, alignment and run size; tables with their grid from the cells' edges, merged
 * cells, repeated header rows) and read by {@link WordLayout}, so both formats are read by one set of rules. A .doc
 * states no pages (0). Refused with 「请另存为 .docx 或 PDF」: encrypted documents, Word 6/95 files, nested tables
 * (HWPF flattens them), and anything HWPF cannot parse. Automatic list numbers are not rebuilt for .doc.
 */
final class OldWord {
    private static final String W = Xml.W;

    private OldWord() {
    }

    static WordUnreadable refusal(String why) {
        return new WordUnreadable("旧版二进制 Word/WPS 文档（.doc/.wps）" + why, WordFile.SAVE_AS);
    }

    static Layout layout(DirectoryNode root, int maxPages) throws WordUnreadable {
        HWPFDocument doc;
        try {
            doc = new HWPFDocument(root);
        } catch (EncryptedDocumentException e) {
            throw new WordUnreadable("文档已加密，需要密码 (encrypted)", "请去除打开密码（或提供未加密的版本）后重新检查");
        } catch (OldWordFileFormatException e) {
            throw refusal("为 Word 6/95 格式，无法读取");
        } catch (Exception | StackOverflowError e) {
            throw refusal("结构异常，无法解析");
        }
        try {
            Range range = doc.getRange();
            long limit = (long) maxPages * WordLayout.ELEMENTS_PER_PAGE;
            if (range.numParagraphs() > limit) {
                throw new WordUnreadable("段落和表格行超过 " + limit + " 个（按每页 " + WordLayout.ELEMENTS_PER_PAGE
                        + " 个折算，超过 --max-pages " + maxPages + " 页的上限）", "拆分文档，或用 --max-pages 提高上限");
            }
            Document dom = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder().newDocument();
            Element body = dom.createElementNS(W, "w:body");
            dom.appendChild(body);
            new Writer(dom).body(range, body);
            Range boxes = doc.getMainTextboxRange();
            if (boxes != null && boxes.numParagraphs() > 0 && !text(boxes).isBlank()) {
                // text boxes are stored apart from their anchors: read after the body, under a heading of their own
                body.appendChild(new Writer(dom).heading("（文本框）"));
                new Writer(dom).body(boxes, body);
            }
            List<String> running = new ArrayList<>();
            HeaderStories hs = new HeaderStories(doc);
            for (String s : new String[] {hs.getFirstHeader(), hs.getOddHeader(), hs.getEvenHeader(),
                hs.getFirstFooter(), hs.getOddFooter(), hs.getEvenFooter()}) {
                if (s != null) {
                    running.addAll(List.of(clean(s).split("[\r\n]")));
                }
            }
            return WordLayout.of(body, new Styles(null), new Numbering(null), running, maxPages);
        } catch (WordUnreadable e) {
            throw e;
        } catch (ParserConfigurationException | RuntimeException | StackOverflowError e) {
            throw refusal("结构异常，无法解析");
        }
    }

    private static String text(Range r) {
        return clean(r.text());
    }

    /**
     * HWPF text as a reader sees it: field instructions (between 0x13 and 0x14) dropped, their results kept; cell
     * and row marks, object anchors and other control characters removed.
     */
    static String clean(String s) {
        StringBuilder b = new StringBuilder();
        int depth = 0;
        boolean[] instr = new boolean[32];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x13) {
                depth = Math.min(31, depth + 1);
                instr[depth] = true;
            } else if (c == 0x14) {
                instr[depth] = false;
            } else if (c == 0x15) {
                depth = Math.max(0, depth - 1);
            } else if (depth > 0 && instr[depth]) {
                continue;
            } else if (c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c >= 0x20) {
                b.append(c == 0x0b ? '\n' : c);
            }
        }
        return b.toString();
    }

    /** Writes HWPF paragraphs and tables as WordprocessingML elements. */
    private static final class Writer {
        private final Document dom;
        private int depth;
        private final boolean[] instr = new boolean[32];

        Writer(Document dom) {
            this.dom = dom;
        }

        private Element el(String name) {
            return dom.createElementNS(W, "w:" + name);
        }

        private Element el(String name, String val) {
            Element e = el(name);
            e.setAttributeNS(W, "w:val", val);
            return e;
        }

        void body(Range range, Element parent) throws WordUnreadable {
            int n = range.numParagraphs();
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable()) {
                    Table t = range.getTable(p);
                    for (Element tbl : tables(t)) {
                        parent.appendChild(tbl);
                    }
                    i += Math.max(1, t.numParagraphs()) - 1;
                    continue;
                }
                parent.appendChild(paragraph(p));
            }
        }

        /** A paragraph at outline level 0. */
        Element heading(String text) {
            Element p = el("p");
            Element pPr = el("pPr");
            p.appendChild(pPr);
            pPr.appendChild(el("outlineLvl", "0"));
            Element r = el("r");
            Element t = el("t");
            t.appendChild(dom.createTextNode(text));
            r.appendChild(t);
            p.appendChild(r);
            return p;
        }

        Element paragraph(Paragraph para) {
            Element p = el("p");
            Element pPr = el("pPr");
            p.appendChild(pPr);
            int lvl = para.getLvl();
            if (lvl >= 0 && lvl < 9) {
                pPr.appendChild(el("outlineLvl", Integer.toString(lvl)));
            }
            if (para.getJustification() == 1) {
                pPr.appendChild(el("jc", "center"));
            }
            if (para.pageBreakBefore()) {
                pPr.appendChild(el("pageBreakBefore"));
            }
            for (int k = 0; k < para.numCharacterRuns(); k++) {
                CharacterRun cr = para.getCharacterRun(k);
                String raw = cr.text();
                StringBuilder kept = new StringBuilder();
                for (int i = 0; i < raw.length(); i++) {
                    char c = raw.charAt(i);
                    if (c == 0x13) {
                        depth = Math.min(31, depth + 1);
                        instr[depth] = true;
                    } else if (c == 0x14) {
                        instr[depth] = false;
                    } else if (c == 0x15) {
                        depth = Math.max(0, depth - 1);
                    } else if (!(depth > 0 && instr[depth])) {
                        kept.append(c);
                    }
                }
                if (cr.isVanished() || cr.isMarkedDeleted() || kept.length() == 0) {
                    continue;
                }
                run(p, kept.toString(), cr.getFontSize());
            }
            return p;
        }

        private void run(Element p, String text, int halfPoints) {
            Element r = el("r");
            Element rPr = el("rPr");
            rPr.appendChild(el("sz", Integer.toString(Math.max(1, halfPoints))));
            r.appendChild(rPr);
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == 0x0c || c == 0x0b || c == '\t') {
                    flush(r, cur);
                    Element br = el(c == '\t' ? "tab" : "br");
                    if (c == 0x0c) {
                        br.setAttributeNS(W, "w:type", "page");
                    }
                    r.appendChild(br);
                } else if (c >= 0x20) {
                    cur.append(c);
                }
            }
            flush(r, cur);
            p.appendChild(r);
        }

        private void flush(Element r, StringBuilder cur) {
            if (cur.length() > 0) {
                Element t = el("t");
                t.appendChild(dom.createTextNode(cur.toString()));
                r.appendChild(t);
                cur.setLength(0);
            }
        }

        /**
         * A table with its grid rebuilt from the cells' left edges and widths (twips). HWPF joins tables that touch
         * (no paragraph between them) into one; where a row's edges neither contain nor are contained in the edges
         * seen so far, another table begins (a row with merged cells has fewer edges, not others), so each part keeps
         * its own columns and {@link WordLayout} joins them again when they continue one another.
         */
        List<Element> tables(Table t) throws WordUnreadable {
            for (int i = 0; i < t.numParagraphs(); i++) {
                if (t.getParagraph(i).getTableLevel() > 1) {
                    throw refusal("含嵌套表格，HWPF 无法还原其结构");
                }
            }
            List<Element> out = new ArrayList<>();
            TreeSet<Integer> seen = new TreeSet<>();
            int start = 0;
            for (int r = 0; r < t.numRows(); r++) {
                TreeSet<Integer> row = new TreeSet<>();
                TableRow tr = t.getRow(r);
                for (int c = 0; c < tr.numCells(); c++) {
                    TableCell cell = tr.getCell(c);
                    row.add(snap(seen, snap(row, cell.getLeftEdge())));
                    row.add(snap(seen, snap(row, cell.getLeftEdge() + cell.getWidth())));
                }
                boolean adds = !seen.isEmpty() && !seen.containsAll(row);
                boolean lacks = !row.containsAll(seen);
                if (adds && lacks && r > start) {
                    out.add(table(t, start, r));
                    start = r;
                    seen.clear();
                }
                seen.addAll(row);
            }
            if (t.numRows() > start) {
                out.add(table(t, start, t.numRows()));
            }
            int rowsBefore = 0;
            for (int i = 1; i < out.size(); i++) {
                // Word shows the parts as one table: they keep its number and count its rows on
                rowsBefore += Xml.children(out.get(i - 1)).size() - 1;
                out.get(i).setAttributeNS(WordLayout.PART, "p:rowsBefore", Integer.toString(rowsBefore));
            }
            return out;
        }

        private Element table(Table t, int firstRow, int endRow) {
            TreeSet<Integer> edges = new TreeSet<>();
            for (int r = firstRow; r < endRow; r++) {
                TableRow row = t.getRow(r);
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    edges.add(snap(edges, cell.getLeftEdge()));
                    edges.add(snap(edges, cell.getLeftEdge() + cell.getWidth()));
                }
            }
            List<Integer> cols = new ArrayList<>(edges);
            Element tbl = el("tbl");
            Element grid = el("tblGrid");
            for (int i = 0; i + 1 < cols.size(); i++) {
                grid.appendChild(el("gridCol"));
            }
            tbl.appendChild(grid);
            for (int r = firstRow; r < endRow; r++) {
                TableRow row = t.getRow(r);
                Element tr = el("tr");
                Element trPr = el("trPr");
                tr.appendChild(trPr);
                if (row.isTableHeader()) {
                    trPr.appendChild(el("tblHeader"));
                }
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    int from = column(cols, cell.getLeftEdge());
                    int to = Math.max(from + 1, column(cols, cell.getLeftEdge() + cell.getWidth()));
                    if (c == 0 && from > 0) {
                        trPr.appendChild(el("gridBefore", Integer.toString(from)));
                    }
                    Element tc = el("tc");
                    Element tcPr = el("tcPr");
                    tc.appendChild(tcPr);
                    if (to - from > 1) {
                        tcPr.appendChild(el("gridSpan", Integer.toString(to - from)));
                    }
                    if (cell.isVerticallyMerged()) {
                        tcPr.appendChild(cell.isFirstVerticallyMerged() ? el("vMerge", "restart") : el("vMerge"));
                    }
                    if (cell.isMerged() && !cell.isFirstMerged()) {
                        tcPr.appendChild(el("hMerge"));
                    }
                    for (int k = 0; k < cell.numParagraphs(); k++) {
                        tc.appendChild(paragraph(cell.getParagraph(k)));
                    }
                    tr.appendChild(tc);
                }
                tbl.appendChild(tr);
            }
            return tbl;
        }

        /** An edge within 30 twips of one already seen is that one (cells of one column differ by a few twips). */
        private static int snap(TreeSet<Integer> edges, int x) {
            Integer lo = edges.floor(x);
            Integer hi = edges.ceiling(x);
            if (lo != null && x - lo <= 30) {
                return lo;
            }
            if (hi != null && hi - x <= 30) {
                return hi;
            }
            return x;
        }

        private static int column(List<Integer> cols, int x) {
            int best = 0;
            for (int i = 0; i < cols.size(); i++) {
                if (Math.abs(cols.get(i) - x) < Math.abs(cols.get(best) - x)) {
                    best = i;
                }
            }
            return best;
        }
    }
}
