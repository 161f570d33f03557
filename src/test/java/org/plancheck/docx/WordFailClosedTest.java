package org.plancheck.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.plancheck.docx.Docx.p;
import static org.plancheck.docx.Docx.row;
import static org.plancheck.docx.Docx.table;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.Extraction;
import org.plancheck.model.Origin;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * The same limits and fail-closed rules as a PDF, each on a small file made here: a Word file that cannot be read
 * fully is UNVERIFIABLE with a reason and a fix, never half-read; a macro-enabled document is read and its macros
 * never run.
 */
class WordFailClosedTest {
    private static Catalog catalog;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    }

    /** A short county plan: a title, a heading and a main-indicator table. */
    static Docx plan() {
        return Docx.body(p("<w:jc w:val=\"center\"/>", Docx.r("<w:sz w:val=\"44\"/>",
                "江永县国民经济和社会发展第十五个五年规划纲要")) + Docx.heading(1, "第三章 主要目标")
                + table("", 6, row("序号", "指标", "单位", "2025年", "2030年", "属性"),
                        row("1", "森林覆盖率", "%", "70", "71", "约束性"),
                        row("2", "优良水体比例", "%", "100", "100", "约束性"))
                + p("到2030年，全县森林覆盖率达到71%。")).styles(Docx.headingStyles());
    }

    private Extraction read(Path f, Limits limits) {
        return Readers.documents(limits).read(f, catalog);
    }

    private Extraction read(Path f) {
        return read(f, Limits.DEFAULT);
    }

    private static void refused(Extraction e, String reason, String fix) {
        assertFalse(e.readable(), "must not be read: " + e.document());
        assertEquals("UNVERIFIABLE", e.status());
        assertTrue(e.reason().contains(reason), () -> "reason「" + e.reason() + "」should say " + reason);
        if (fix != null) {
            assertTrue(e.fix() != null && e.fix().contains(fix), () -> "fix「" + e.fix() + "」should say " + fix);
        }
        assertTrue(e.figures().isEmpty(), "nothing half-read");
    }

    @Test
    void aPlainPlanIsRead() throws Exception {
        Path f = tmp.resolve("江永县规划.docx");
        plan().write(f);
        Extraction e = read(f);
        assertTrue(e.readable(), e::reason);
        assertEquals("江永县", e.plan().jurisdiction());
        assertTrue(e.figures().stream().anyMatch(x -> x.source() == Origin.TABLE && "K2-19".equals(x.indicatorId())
                && "第三章 主要目标 > 表1 第2行".equals(x.where())), e.figures()::toString);
    }

    @Test
    void macroEnabledDocumentsAreReadNeverRun() throws Exception {
        Path f = tmp.resolve("plan.docm");
        plan().macroEnabled().write(f);
        Extraction e = read(f);
        assertTrue(e.readable(), e::reason);
        assertFalse(e.figures().isEmpty());
    }

    @Test
    void encryptedDocuments() throws Exception {
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        Path f = tmp.resolve("encrypted.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plan().bytes());
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        refused(read(f), "文档已加密", "密码");
    }

    @Test
    void corruptPackages() throws Exception {
        byte[] whole = plan().bytes();
        Path truncated = tmp.resolve("truncated.docx");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        refused(read(truncated), "损坏", "另存为");

        Path badXml = tmp.resolve("bad-xml.docx");
        Docx.body("<w:p><w:r><w:t>未闭合").write(badXml);
        refused(read(badXml), "损坏", null);
    }

    @Test
    void zipBombsAreNotInflated() throws Exception {
        // 28 MB of one repeated paragraph deflates to a few dozen KB: a ratio no real document has
        Path bomb = tmp.resolve("bomb.docx");
        Docx.body(p("到2030年。").repeat(400_000)).write(bomb);
        assertTrue(Files.size(bomb) < 1_000_000, "small on disk: " + Files.size(bomb));
        refused(read(bomb), "zip 炸弹", "--max-mb");
    }

    @Test
    void partsLargerThanTheSizeLimitAreNotInflated() throws Exception {
        // 1.5 MB of digits compresses to about half: a normal ratio, but the part is larger than --max-mb 1
        Random r = new Random(1);
        StringBuilder digits = new StringBuilder();
        while (digits.length() < 1_500_000) {
            digits.append((char) ('0' + r.nextInt(10)));
        }
        Path f = tmp.resolve("huge-part.docx");
        Docx.body(p(digits.toString())).write(f);
        assertTrue(Files.size(f) < 1024 * 1024, "the file itself is within the limit: " + Files.size(f));
        refused(read(f, new Limits(1000, 1024 * 1024, 120)), "超过大小上限", "--max-mb");
    }

    @Test
    void tooManyParagraphsTablesOrPages() throws Exception {
        Limits onePage = new Limits(1, 200L << 20, 120);
        Path paragraphs = tmp.resolve("paragraphs.docx");
        Docx.body(p("段落。").repeat(WordLayout.ELEMENTS_PER_PAGE + 1)).write(paragraphs);
        refused(read(paragraphs, onePage), "--max-pages", "--max-pages");

        Path tables = tmp.resolve("tables.docx");
        Docx.body((table("", 2, row("甲", "乙")) + p("文字")).repeat(WordLayout.TABLES_PER_PAGE + 1)).write(tables);
        refused(read(tables, onePage), "表格超过", "--max-pages");

        Path pages = tmp.resolve("pages.docx");
        Docx.body(p("第一页") + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>第二页</w:t></w:r></w:p>"
                + "<w:p><w:r><w:lastRenderedPageBreak/><w:t>第三页</w:t></w:r></w:p>").write(pages);
        refused(read(pages, new Limits(2, 200L << 20, 120)), "共 3 页", "--max-pages");
    }

    @Test
    void tooDeeplyNestedTables() throws Exception {
        String t = p("最里层");
        for (int i = 0; i <= WordLayout.MAX_DEPTH + 1; i++) {
            t = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>" + t + "</w:tc><w:tc>"
                    + p("x") + "</w:tc></w:tr></w:tbl>";
        }
        Path f = tmp.resolve("nested.docx");
        Docx.body(t).write(f);
        refused(read(f), "嵌套", null);
    }

    @Test
    void contentThatCannotBeReadIsNotSkipped() throws Exception {
        Path f = tmp.resolve("altchunk.docx");
        Docx.body(p("正文") + "<w:altChunk r:id=\"rIdX\"/>").write(f);
        refused(read(f), "altChunk", "另存为");
    }

    @Test
    void oldBinaryWordAndOtherFilesAskForDocxOrPdf() throws Exception {
        Path doc = tmp.resolve("plan.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[512]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(doc)) {
                fs.writeFilesystem(out);
            }
        }
        refused(read(doc), ".doc", "请另存为 .docx 或 PDF");
        refused(read(Path.of("src/test/resources/word/nested-table.doc")), "嵌套表格", "请另存为 .docx 或 PDF");

        Path zip = tmp.resolve("plan.docx");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("不是文档".getBytes(StandardCharsets.UTF_8));
        }
        refused(read(zip), "不是Word文档", null);

        Path odt = tmp.resolve("plan.odt");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(odt))) {
            z.putNextEntry(new ZipEntry("mimetype"));
            z.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.US_ASCII));
        }
        refused(read(odt), "不是Word文档", "另存为");

        Path text = tmp.resolve("plan.docx.txt");
        Files.writeString(text, "宁远县规划纲要");
        refused(read(text), "不是PDF或Word文档", null);
    }

    @Test
    void oldBinaryWordIsReadLikeItsDocx() throws Exception {
        Path doc = Path.of("corpora/independent/doc/ningyuan-15th-grid.doc");
        assertEquals(Readers.Kind.WORD, Readers.kind(doc));
        Extraction fromDoc = read(doc);
        Extraction fromDocx = read(Path.of("corpora/independent/ningyuan-15th-grid.docx"));
        assertTrue(fromDoc.readable(), fromDoc::reason);
        assertEquals(fromDocx.figures().stream().map(f -> f.rawName() + f.target().text() + f.where()).toList(),
                fromDoc.figures().stream().map(f -> f.rawName() + f.target().text() + f.where()).toList());
    }

    @Test
    void theReaderIsChosenByContentNotByName() throws Exception {
        Path wordNamedPdf = tmp.resolve("江永县规划.pdf");
        plan().write(wordNamedPdf);
        assertEquals(Readers.Kind.WORD, Readers.kind(wordNamedPdf));
        assertTrue(read(wordNamedPdf).readable());

        Path pdfNamedDocx = tmp.resolve("ningyuan.docx");
        Files.copy(Path.of("samples", "ningyuan-15th-draft.pdf"), pdfNamedDocx);
        assertEquals(Readers.Kind.PDF, Readers.kind(pdfNamedDocx));
        Extraction e = read(pdfNamedDocx);
        assertTrue(e.readable(), e::reason);
        assertTrue(e.pages() > 0, "read as a PDF, with pages");
    }
}
