package org.plancheck.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentTest {
    static final Path FIXTURES = Path.of("src/test/resources/extract");

    @TempDir
    Path tmp;

    @Test
    void readsGlyphsRulingsAndPageSize() throws Exception {
        try (PdfDocument doc = PdfDocument.open(FIXTURES.resolve("daoxian-ruled.pdf"))) {
            assertEquals(3, doc.pageCount());
            PageContent p2 = doc.page(2, Cancellation.none()).get(0);
            assertEquals(595, p2.width(), 2);
            assertEquals(842, p2.height(), 2);
            assertTrue(p2.rulings().stream().anyMatch(Ruling::horizontal));
            assertTrue(p2.rulings().stream().anyMatch(Ruling::vertical));
            StringBuilder text = new StringBuilder();
            p2.glyphs().forEach(g -> text.append(g.text()));
            assertTrue(text.toString().contains("地区生产总值年均增长"), text.toString());
        }
    }

    @Test
    void strokedTableBordersAreRulings() throws Exception {
        Path pdf = tmp.resolve("drawn.pdf");
        DrawnPdf.shuangpai(pdf);
        List<PageContent> pages = PdfPages.read(pdf, 10);
        long vertical = pages.get(0).rulings().stream().filter(Ruling::vertical).count();
        assertEquals(7, vertical);
    }

    @Test
    void imageOnlyScanHasNoTextLayer() throws Exception {
        Path pdf = tmp.resolve("scan.pdf");
        DrawnPdf.imageOnly(pdf);
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfPages.read(pdf, 10));
        assertTrue(e.getMessage().contains("没有文本层"), e.getMessage());
    }

    @Test
    void encryptedNeedsPassword() throws Exception {
        Path pdf = tmp.resolve("locked.pdf");
        DrawnPdf.encrypted(pdf);
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfDocument.open(pdf));
        assertTrue(e.getMessage().contains("加密"), e.getMessage());
    }

    @Test
    void notAPdf() throws Exception {
        Path f = tmp.resolve("plan.pdf");
        Files.writeString(f, "这是一个Word文档，不是PDF。");
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfDocument.open(f));
        assertTrue(e.getMessage().contains("不是PDF"), e.getMessage());
    }

    @Test
    void truncatedFileIsBroken() throws Exception {
        byte[] all = Files.readAllBytes(FIXTURES.resolve("energy-special.pdf"));
        Path f = tmp.resolve("cut.pdf");
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 3));
        UnreadableException e = assertThrows(UnreadableException.class, () -> PdfPages.read(f, 10));
        assertTrue(e.getMessage().length() < 300);
    }

    @Test
    void emptyFile() throws IOException {
        Path f = tmp.resolve("empty.pdf");
        Files.write(f, new byte[0]);
        assertThrows(UnreadableException.class, () -> PdfDocument.open(f));
    }

    @Test
    void pageAndSizeLimits() {
        Path pdf = FIXTURES.resolve("daoxian-ruled.pdf");
        UnreadableException pages = assertThrows(UnreadableException.class, () -> PdfDocument.open(pdf, 2, 1 << 30));
        assertTrue(pages.getMessage().contains("超过上限 2 页"), pages.getMessage());
        UnreadableException size = assertThrows(UnreadableException.class, () -> PdfDocument.open(pdf, 10, 1000));
        assertTrue(size.getMessage().contains("文件大小"), size.getMessage());
    }

    @Test
    void garbledFontEncodingIsUnreadable() {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            glyphs.add(new Glyph(i % 3 == 0 ? "森" : String.valueOf((char) (0xE000 + i)), i, 10, 5, 5));
        }
        UnreadableException e = assertThrows(UnreadableException.class,
                () -> PdfPages.checkText(List.of(new PageContent(1, 595, 842, glyphs, List.of()))));
        assertTrue(e.getMessage().contains("编码"), e.getMessage());
    }
}
