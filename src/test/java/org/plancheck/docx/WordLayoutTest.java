package org.plancheck.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plancheck.docx.Docx.heading;
import static org.plancheck.docx.Docx.p;
import static org.plancheck.docx.Docx.r;
import static org.plancheck.docx.Docx.row;
import static org.plancheck.docx.Docx.table;
import static org.plancheck.docx.Docx.tc;
import static org.plancheck.docx.Docx.tr;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.layout.Layout;
import org.plancheck.layout.Passage;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.layout.TitleLine;

/** A Word document's layout from its structure: each feature in a small document written for it. */
class WordLayoutTest {
    @TempDir
    Path tmp;

    private Layout layout(Docx d) throws Exception {
        Path f = tmp.resolve("plan.docx");
        d.write(f);
        return new WordReader(1000, 200L << 20).layout(f);
    }

    private static final String HEADER = row("序号", "指标", "单位", "2025年", "2030年", "属性");

    @Test
    void tableRowsCarryHeadingPathTableAndRow() throws Exception {
        Layout l = layout(Docx.body(heading(1, "第三章 主要目标") + heading(2, "第一节 发展目标")
                + p("表1 主要指标") + table("", 6, HEADER, row("1", "森林覆盖率", "%", "58", "60", "约束性"),
                        row("2", "优良水体比例", "%", "95", "100", "约束性")) + p("注：带★的为约束性指标。"))
                .styles(Docx.headingStyles()));
        Table t = l.tables().get(0);
        assertEquals(List.of(List.of("序号", "指标", "单位", "2025年", "2030年", "属性")), t.header());
        assertEquals(2, t.rows().size());
        Row second = t.rows().get(1);
        assertEquals(List.of("2", "优良水体比例", "%", "95", "100", "约束性"), second.cells());
        assertEquals("第三章 主要目标 > 第一节 发展目标 > 表1 第3行", second.where());
        assertEquals(0, second.page(), "python-docx or LibreOffice documents state no pages");
        assertEquals("表1 主要指标", t.caption());
        assertEquals("注：带★的为约束性指标。", t.noteBelow());
        Passage note = l.passages().get(l.passages().size() - 1);
        assertEquals("第三章 主要目标 > 第一节 发展目标 > 第2段", note.where());
    }

    @Test
    void mergedCellsShowTheirTextOnceInTheirFirstCell() throws Exception {
        Layout l = layout(Docx.body(table("", 6,
                tr("", tc("<w:vMerge w:val=\"restart\"/>", "指标"), tc("<w:vMerge w:val=\"restart\"/>", "单位"),
                        tc("<w:gridSpan w:val=\"2\"/>", "指标值"), tc("<w:vMerge w:val=\"restart\"/>", "属性"),
                        tc("<w:vMerge w:val=\"restart\"/>", "备注")),
                tr("", tc("<w:vMerge/>", ""), tc("<w:vMerge/>", ""), tc("", "2025年"), tc("", "2030年"),
                        tc("<w:vMerge/>", ""), tc("<w:vMerge/>", "")),
                tr("", tc("<w:vMerge w:val=\"restart\"/>", "森林覆盖率"), tc("", "%"), tc("", "58"), tc("", "60"),
                        tc("", "约束性"), tc("", "")),
                tr("", tc("<w:vMerge/>", "森林覆盖率"), tc("", "%"), tc("", "59"), tc("", "61"),
                        tc("", "约束性"), tc("", "")))));
        Table t = l.tables().get(0);
        assertEquals(List.of(List.of("指标", "单位", "指标值", "", "属性", "备注"),
                List.of("", "", "2025年", "2030年", "", "")), t.header());
        assertEquals(List.of("森林覆盖率", "%", "58", "60", "约束性", ""), t.rows().get(0).cells());
        assertEquals(List.of("", "%", "59", "61", "约束性", ""), t.rows().get(1).cells(),
                "a continued vertical merge shows nothing, whatever text Word left in it");
    }

    @Test
    void repeatedHeaderRowsAreTheHeaderEvenWithoutHeadingWords() throws Exception {
        Layout l = layout(Docx.body(table("", 3, tr("<w:tblHeader/>", tc("", "甲"), tc("", "乙"), tc("", "丙")),
                row("森林覆盖率", "58", "60"))));
        Table t = l.tables().get(0);
        assertEquals(List.of(List.of("甲", "乙", "丙")), t.header());
        assertEquals(1, t.rows().size());
    }

    @Test
    void nestedTablesAreTablesOfTheirOwnAndOneColumnTablesAreText() throws Exception {
        String inner = table("", 6, HEADER, row("1", "森林覆盖率", "%", "58", "60", "约束性"));
        String frame = "<w:tbl><w:tblGrid><w:gridCol w:w=\"9000\"/></w:tblGrid><w:tr><w:tc>"
                + p("专栏1 主要指标") + inner + p("到2030年，森林覆盖率达到60%。") + "</w:tc></w:tr></w:tbl>";
        Layout l = layout(Docx.body(heading(1, "第三章 主要目标") + frame).styles(Docx.headingStyles()));
        assertEquals(1, l.tables().size(), "the frame is a box, not a table");
        Table t = l.tables().get(0);
        assertEquals("森林覆盖率", t.rows().get(0).cell(1));
        assertEquals("第三章 主要目标 > 表1 表2 第2行", t.rows().get(0).where());
        assertTrue(l.passages().stream().anyMatch(p -> p.text().equals("到2030年，森林覆盖率达到60%。")
                && p.where().equals("第三章 主要目标 > 表1 第2段")), () -> l.passages().toString());

        String twoColumns = table("", 2, row("说明", "内容"), tr("", "<w:tc>" + p("专栏") + "</w:tc>",
                "<w:tc>" + inner + "</w:tc>"));
        Layout nested = layout(Docx.body(twoColumns));
        assertEquals(2, nested.tables().size());
        assertEquals("表1 第2行 内嵌表2 第2行", nested.tables().get(1).rows().get(0).where());
    }

    @Test
    void textBoxesAreReadOnceAfterTheirParagraph() throws Exception {
        String box = "<w:txbxContent>" + p("到2030年，森林覆盖率达到60%以上。") + "</w:txbxContent>";
        String drawing = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
                + "<a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>"
                + p("到2030年，森林覆盖率达到60%以上。") + "</w:txbxContent></w:pict></mc:Fallback>"
                + "</mc:AlternateContent></w:r>";
        Layout l = layout(Docx.body(p("", r("正文。") + drawing) + p("后文。")));
        List<String> texts = l.passages().stream().map(Passage::text).toList();
        assertEquals(List.of("正文。", "到2030年，森林覆盖率达到60%以上。", "后文。"), texts,
                "the Fallback repeats the Choice for old readers: read once");
        assertEquals("文本框 第2段", l.passages().get(1).where());
    }

    @Test
    void hiddenAndDeletedTextIsNotRead() throws Exception {
        Layout l = layout(Docx.body(p("", r("森林覆盖率达到") + r("<w:vanish/>", "99") + r("60%。")
                + "<w:del><w:r><w:delText>70%</w:delText></w:r></w:del><w:ins><w:r><w:t>（修订）</w:t></w:r></w:ins>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r>")));
        assertEquals("森林覆盖率达到60%。（修订）", l.passages().get(0).text());
    }

    @Test
    void pagesAreCountedOnlyWhereTheDocumentStatesThem() throws Exception {
        // Word writes a rendered break where each page began, also right after a hard break: the same page
        String body = p("封面标题") + p("", "<w:r><w:br w:type=\"page\"/></w:r>")
                + p("", "<w:r><w:lastRenderedPageBreak/><w:t>第二页。</w:t></w:r>")
                + p("", r("跨页的一段，") + "<w:r><w:lastRenderedPageBreak/><w:t>到2030年达到60%。</w:t></w:r>")
                + table("", 6, HEADER, tr("", "<w:tc><w:p><w:r><w:lastRenderedPageBreak/><w:t>1</w:t></w:r></w:p></w:tc>",
                        tc("", "森林覆盖率"), tc("", "%"), tc("", "58"), tc("", "60"), tc("", "约束性")),
                        tr("", tc("", "2"), "<w:tc><w:p><w:r><w:t>优良水体</w:t><w:lastRenderedPageBreak/><w:t>比例"
                        + "</w:t></w:r></w:p></w:tc>", tc("", "%"), tc("", "95"), tc("", "100"), tc("", "约束性")));
        Layout l = layout(Docx.body(body));
        assertEquals(5, l.pages());
        assertEquals(1, l.passages().get(0).page());
        assertEquals(2, l.passages().get(1).page());
        Passage over = l.passages().get(2);
        assertEquals(2, over.page());
        assertEquals(3, over.pageAt(over.text().indexOf("60%")), "the number stands on the page it is printed on");
        assertEquals(4, l.tables().get(0).rows().get(0).page(), "a row moved to the next page whole");
        assertEquals(4, l.tables().get(0).rows().get(1).page(), "a row split by a page break: its first page");

        Layout unstated = layout(Docx.body(p("封面标题") + p("", "<w:r><w:br w:type=\"page\"/></w:r>") + p("正文。")));
        assertEquals(0, unstated.pages(), "hard breaks alone do not say where overflowing text goes");
        assertEquals(0, unstated.passages().get(1).page());
    }

    @Test
    void theOpeningCarriesSizeAndCentringAndTheRunningHeaders() throws Exception {
        Layout l = layout(Docx.body(p("<w:jc w:val=\"center\"/>", r("<w:sz w:val=\"44\"/>", "宁远县国民经济和社会发展")
                + r("<w:sz w:val=\"44\"/>", "第十五个五年规划纲要")) + p("宁远县人民政府")
                + p("", "<w:r><w:br w:type=\"page\"/></w:r>") + p("正文。"))
                .styles(Docx.headingStyles()).header(p("宁远县“十五五”规划纲要")));
        TitleLine title = l.opening().get(0);
        assertEquals("宁远县国民经济和社会发展第十五个五年规划纲要", title.text());
        assertEquals(22f, title.em());
        assertTrue(title.centred());
        assertEquals(1, title.page());
        assertEquals(12f, l.opening().get(1).em(), "the default size of the document's styles");
        assertEquals(2, l.opening().get(2).page(), "a hard break begins page 2 for the identity's first pages");
        TitleLine running = l.opening().get(l.opening().size() - 1);
        assertTrue(running.running());
        assertEquals("宁远县“十五五”规划纲要", running.text());
    }

    @Test
    void automaticNumbersArePartOfTheText() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                + "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"（%1）\"/></w:lvl></w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
        String item = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
        Layout l = layout(Docx.body(p("今后五年主要目标是：") + p(item, r("森林覆盖率达到60%。"))
                + p(item, r("优良水体比例达到100%。"))).numbering(numbering));
        assertEquals(List.of("今后五年主要目标是：", "（一） 森林覆盖率达到60%。", "（二） 优良水体比例达到100%。"),
                l.passages().stream().map(Passage::text).toList());
        assertEquals("十二", Numbering.chinese(12));
        assertEquals("二十", Numbering.chinese(20));
        assertEquals("一百零五", Numbering.chinese(105));
        assertEquals("③", Numbering.format(3, "decimalEnclosedCircle"));
        assertEquals("iv", Numbering.format(4, "lowerRoman"));
    }

    @Test
    void tablesSplitByHandGoOnAsOne() throws Exception {
        Layout l = layout(Docx.body(table("", 6, HEADER, row("1", "森林覆盖率", "%", "58", "60", "约束性"))
                + p("", "") + p("续表1") + table("", 6, HEADER, row("2", "优良水体比例", "%", "95", "100", "约束性"))
                + p("正文。") + table("", 6, row("3", "粮食综合生产能力", "万吨", "30", "31", "约束性"))));
        assertEquals(2, l.tables().size(), "text between tables ends the first");
        assertEquals(2, l.tables().get(0).rows().size());
        assertEquals("表2 第2行", l.tables().get(0).rows().get(1).where());
        assertFalse(l.tables().get(1).rows().isEmpty());
    }
}
