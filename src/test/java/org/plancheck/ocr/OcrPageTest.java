package org.plancheck.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;

/** Words as tesseract gives them become glyphs the layout can use; what was not read with confidence is U+FFFD. */
class OcrPageTest {
    private static final String TSV = String.join("\n",
            "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
            "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
            "4\t1\t1\t1\t1\t0\t100\t200\t900\t42\t-1\t",
            "5\t1\t1\t1\t1\t1\t100\t202\t204\t40\t96.4\t生产",
            "5\t1\t1\t1\t1\t2\t186\t201\t42\t41\t93.3\t总",
            "5\t1\t1\t1\t1\t3\t600\t205\t60\t36\t57.2\t5.8",
            "5\t1\t1\t1\t1\t4\t700\t205\t70\t36\t92.0\t=6",
            "4\t1\t2\t1\t1\t0\t100\t300\t300\t42\t-1\t",
            "5\t1\t2\t1\t1\t1\t100\t300\t80\t42\t91.0\t预期",
            "5\t1\t2\t1\t1\t2\t190\t300\t0\t0\t-1\t ");

    @Test
    void tsvWordsKeepTheirLineAndConfidence() {
        List<OcrWord> words = Tesseract.parse(TSV);
        assertEquals(5, words.size());
        assertEquals("生产", words.get(0).text());
        assertArrayEquals(new int[] {100, 200, 900, 42}, words.get(0).line());
        assertEquals(words.get(0).lineId(), words.get(3).lineId());
        assertTrue(words.get(4).lineId() != words.get(0).lineId());
        assertEquals(57.2f, words.get(2).confidence(), 1e-3);
    }

    @Test
    void aWordBoxThatReachesOverTheNextIsCutBackAndEveryWordStandsOnItsLine() {
        List<OcrPage.Placed> placed = OcrPage.place(Tesseract.parse(TSV), List.of(), 300 / 72f);
        OcrPage.Placed first = placed.get(0);
        // 「生产」 claimed 204 px, over 「总」 at 186: it ends where the next word starts
        assertEquals(186, first.right(), 1e-6);
        assertEquals(first.baseline(), placed.get(1).baseline(), 1e-6);
        assertEquals(first.baseline(), placed.get(3).baseline(), 1e-6);
    }

    @Test
    void charactersBelowTheThresholdAndSuspectSignsAreUnreadable() {
        float scale = 300 / 72f;
        List<OcrPage.Placed> placed = OcrPage.place(Tesseract.parse(TSV), List.of(), scale);
        PageContent page = OcrPage.build(1, 595, 842, scale, placed, Set.of(), List.of(), 80, 1f);
        assertTrue(page.ocr());
        String text = page.glyphs().stream().map(Glyph::text).reduce("", String::concat);
        // 5.8 at 57 % is unreadable; 「=」 is how a poor ≤ reads: never taken for a sign
        assertEquals("生产总\uFFFD\uFFFD\uFFFD\uFFFD6预期", text);
        Glyph sheng = page.glyphs().get(0);
        assertEquals(0.964f, sheng.confidence(), 1e-3);
        // the ideographs of one word share its box, left to right
        assertTrue(page.glyphs().get(1).x() > sheng.x());
        assertEquals(sheng.y(), page.glyphs().get(1).y(), 1e-3);
    }

    @Test
    void aNumberTheSecondReadingDidNotConfirmIsUnreadableWhateverItsConfidence() {
        float scale = 300 / 72f;
        List<OcrWord> words = Tesseract.parse(TSV);
        List<OcrPage.Placed> placed = OcrPage.place(words, List.of(), scale);
        OcrWord six = placed.get(3).word();
        PageContent page = OcrPage.build(1, 595, 842, scale, placed, Set.of(six), List.of(), 50, 1f);
        String text = page.glyphs().stream().map(Glyph::text).reduce("", String::concat);
        assertEquals("生产总5.8\uFFFD\uFFFD预期", text);
    }

    @Test
    void theDigitsOfAWordAreWhatTheSecondReadingChecks() {
        assertArrayEquals(new int[] {0, 3}, Verifier.span("8.6左右"));
        assertArrayEquals(new int[] {1, 4}, Verifier.span("≤5.5"));
        assertArrayEquals(new int[] {0, 5}, Verifier.span("-3.25"));
        assertArrayEquals(new int[] {0, 4}, Verifier.span("2030年"));
        assertNull(Verifier.span("约束性"));
        assertEquals("11.2", Verifier.digits("11,2"));
        assertEquals("5-5.5", Verifier.digits("5—5.5"));
        assertEquals("62", Verifier.digits("６２％"));
    }
}
