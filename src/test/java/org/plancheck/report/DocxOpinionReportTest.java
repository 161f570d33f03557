package org.plancheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;

/**
 * The Word opinion says what the Markdown one says, in official-document layout: read back with POI, its text,
 * its table of problems, its fonts and page; and it is a file, never text on a terminal.
 */
class DocxOpinionReportTest {

    private static XWPFDocument render(CheckReport report, Waivers w) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxOpinionReport().write(report, w, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void saysWhatTheMarkdownOpinionSays() throws Exception {
        CheckReport r = ReportFixture.report();
        Waivers w = ReportFixture.waivers();
        try (XWPFDocument doc = render(r, w)) {
            String t = text(doc);
            assertTrue(t.contains("关于《道县国民经济和社会发展第十五个五年规划纲要》与上位规划衔接情况的审核意见"), t);
            assertTrue(t.contains("道县人民政府："), "主送 line: " + t);
            DocumentResult dao = r.documents().get(0);
            Opinion o = Opinion.of(r, dao, w);
            assertTrue(t.contains("审核结论：不符合。" + o.sentence()), t);
            for (Opinion.Problem p : o.problems()) {
                assertTrue(t.contains("【" + p.kind() + "】" + p.indicator() + "："), p.kind());
            }
            for (Opinion.Request q : o.requests()) {
                assertTrue(t.contains(q.subject() + "：" + DocxOpinionReport.sentence(q.fix(), q.place())), q.fix());
            }
            assertTrue(t.contains("审核单位：＿＿＿＿＿＿＿＿（盖章）"));
            assertTrue(t.contains("＿＿＿＿年＿＿月＿＿日"));
            assertTrue(t.contains("文档无法核验") || t.contains("审核结论：无法核验。"), "the scan is unverifiable");
            assertTrue(t.contains("批次汇总审核意见"), "the batch has its own opinion");
            assertFalse(t.contains(Opinion.OCR_CAUTION), "no document here was read by OCR");
        }
    }

    @Test
    void theProblemsAreATableWithAPlaceColumn() throws Exception {
        CheckReport r = ReportFixture.report();
        try (XWPFDocument doc = render(r, ReportFixture.waivers())) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(List.of("序号", "指标", "上位要求", "下位表述", "页码或位置", "修改建议"),
                    t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertTrue(t.getRow(0).isRepeatHeader(), "the header row repeats on every page");
            List<Opinion.Problem> problems = Opinion.of(r, r.documents().get(0), ReportFixture.waivers()).problems();
            assertEquals(problems.size() + 1, t.getNumberOfRows());
            for (int i = 0; i < problems.size(); i++) {
                Opinion.Problem p = problems.get(i);
                assertEquals(p.place().isEmpty() ? "—" : p.place(), t.getRow(i + 1).getCell(4).getText());
                assertTrue(t.getRow(i + 1).getCell(1).getText().startsWith(p.indicator()));
            }
        }
    }

    @Test
    void wordEvidenceIsLocatedByWhere() throws Exception {
        try (XWPFDocument doc = render(WordEvidenceTest.report(), Waivers.none())) {
            assertTrue(text(doc).contains("（见" + WordEvidenceTest.WHERE + "）"), text(doc));
            assertEquals(WordEvidenceTest.WHERE, doc.getTables().get(0).getRow(1).getCell(4).getText());
        }
    }

    @Test
    void officialLayoutFontsWithFallbacksAndPage() throws Exception {
        try (XWPFDocument doc = render(ReportFixture.report(), ReportFixture.waivers())) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            XWPFRun run = title.getRuns().get(0);
            assertEquals(DocxOpinionReport.TITLE_FONT, run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals(22.0, run.getFontSizeAsDouble());
            boolean body = false;
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p && p.getText().startsWith("报送的")) {
                    XWPFRun b = p.getRuns().get(0);
                    assertEquals(DocxOpinionReport.BODY_FONT, b.getFontFamily(XWPFRun.FontCharRange.eastAsia));
                    assertEquals(16.0, b.getFontSizeAsDouble());
                    body = true;
                }
            }
            assertTrue(body);
            var sect = doc.getDocument().getBody().getSectPr();
            assertEquals("11906", sect.getPgSz().getW().toString());
            assertEquals("16838", sect.getPgSz().getH().toString());
            PackagePart fonts = doc.getPackagePart().getRelatedPart(
                    doc.getPackagePart().getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).getRelationship(0));
            String table;
            try (InputStream in = fonts.getInputStream()) {
                table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(table.contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>"), table);
            assertTrue(table.contains("w:name=\"仿宋\"><w:altName w:val=\"FangSong\"/>"), table);
            assertTrue(table.contains("w:name=\"方正小标宋简体\"><w:altName w:val=\"黑体\"/>"), table);
            assertFalse(doc.getFooterList().isEmpty(), "page numbers in the footer");
        }
    }

    @Test
    void documentsReadByOcrAskTheReviewerToCheckThePaper() throws Exception {
        CheckReport r = ReportFixture.report();
        DocumentResult dao = r.documents().get(0);
        Opinion o = Opinion.of(r, dao, Waivers.none(), true);
        assertEquals(Opinion.OCR_CAUTION, o.caution());
        assertEquals(null, Opinion.of(r, r.documents().get(2), Waivers.none(), true).caution(),
                "an unverifiable document is not checked at all: nothing to compare with the paper");
    }

    @Test
    void itIsAFileNeverText() {
        assertTrue(new DocxOpinionReport().binary());
        assertThrows(IOException.class, () -> new DocxOpinionReport().write(ReportFixture.report(), new StringBuilder()));
        assertEquals("docx", Reporters.of("docx", ReportOptions.plain("t")).format());
    }
}
