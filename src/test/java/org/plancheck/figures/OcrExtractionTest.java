package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.model.Extraction;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;

/**
 * What OCR could not read is unreadable, never a value (docs/domain.md, "What counts as read"): pages read by OCR,
 * as glyphs with confidences, some U+FFFD, through layout and extraction.
 */
class OcrExtractionTest {
    private static final Catalog C = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final float CONF = 0.93f;

    /** A line of cells at the given x positions, one glyph per character, 10 pt wide, read by OCR. */
    private static void cells(List<Glyph> gs, float y, Object... xAndText) {
        for (int k = 0; k < xAndText.length; k += 2) {
            float x = ((Number) xAndText[k]).floatValue();
            String t = (String) xAndText[k + 1];
            for (int i = 0; i < t.length(); i++) {
                gs.add(new Glyph(String.valueOf(t.charAt(i)), x + i * 10, y, 10, 10, CONF));
            }
        }
    }

    private static PageContent ocrPage(List<Glyph> gs) {
        return new PageContent(1, 595, 842, gs, List.of(), 0, 0, 0, 1f, true);
    }

    /** A 道县 plan page read by OCR: title, an indicator table, {@code rows} as (序号, name, unit, base, target, attr). */
    private static List<Glyph> plan(String[][] rows, String... text) {
        List<Glyph> gs = new ArrayList<>();
        cells(gs, 60, 60, "道县国民经济和社会发展第十五个五年规划纲要");
        float y = 100;
        for (String line : text) {
            cells(gs, y, 60, line);
            y += 20;
        }
        y += 20;
        cells(gs, y, 30, "序号", 80, "指标", 230, "单位", 300, "2025年", 370, "2030年", 440, "属性");
        for (String[] r : rows) {
            y += 20;
            cells(gs, y, 30, r[0], 80, r[1], 230, r[2], 300, r[3], 370, r[4], 440, r[5]);
        }
        return gs;
    }

    private static final String[][] CLEAN = {
        {"1", "地区生产总值增长", "%", "6", "6.5", "预期性"},
        {"2", "森林覆盖率", "%", "55.8", "57", "约束性"},
        {"3", "粮食综合生产能力", "万吨", "45", "46", "约束性"},
    };

    private static Extraction read(String[][] rows, String... text) {
        return FigureExtractor.extract("scan.pdf", List.of(ocrPage(plan(rows, text))), C);
    }

    private static PlanFigure figure(Extraction e, String id, Origin source) {
        return e.figures().stream().filter(f -> id.equals(f.indicatorId()) && f.source() == source).findFirst()
                .orElse(null);
    }

    @Test
    void figuresReadByOcrKeepTheirConfidenceAndTheDocumentSaysItWasReadByOcr() {
        Extraction e = read(CLEAN, "到2030年，全县森林覆盖率达到57%以上。");
        assertNotNull(e.ocr());
        assertEquals(List.of(1), e.ocr().pages());
        PlanFigure forest = figure(e, "K2-19", Origin.TABLE);
        assertEquals(57.0, forest.target().min());
        assertEquals(CONF, forest.confidence(), 1e-6);
        assertEquals(CONF, figure(e, "K2-19", Origin.TEXT).confidence(), 1e-6);
        // a text layer has no confidence
        List<Glyph> plain = new ArrayList<>();
        plan(CLEAN).forEach(g -> plain.add(new Glyph(g.text(), g.x(), g.y(), g.width(), g.height())));
        Extraction t = FigureExtractor.extract("x.pdf", List.of(new PageContent(1, 595, 842, plain, List.of())), C);
        assertNull(t.ocr());
        assertNull(figure(t, "K2-19", Origin.TABLE).confidence());
    }

    @Test
    void aRowWhoseValueCouldNotBeReadIsUnreadableAndMakesTheDocumentUnverifiable() {
        String[][] rows = CLEAN.clone();
        rows[1] = new String[] {"2", "森林覆盖率", "%", "55.8", "5\uFFFD", "约束性"};
        Extraction e = read(rows);
        assertNull(figure(e, "K2-19", Origin.TABLE), "no value is guessed from 「5□」");
        assertTrue(e.issues().stream().anyMatch(i -> i.reason().startsWith("OCR识别置信度低")
                && "K2-19".equals(i.indicatorId())), e.issues().toString());
        assertFalse(e.readable());
        assertTrue(e.reason().contains("无法读取"), e.reason());
    }

    @Test
    void anUnreadableSequenceNumberDoesNotMakeTheRowUnreadable() {
        String[][] rows = CLEAN.clone();
        rows[1] = new String[] {"\uFFFD", "森林覆盖率", "%", "55.8", "57", "约束性"};
        Extraction e = read(rows);
        assertEquals(57.0, figure(e, "K2-19", Origin.TABLE).target().min());
        assertTrue(e.issues().isEmpty(), e.issues().toString());
    }

    @Test
    void anUnreadableNameMatchesNoIndicatorAndMayBeABindingOne() {
        String[][] rows = CLEAN.clone();
        rows[2] = new String[] {"3", "粮食综合\uFFFD产能力", "万吨", "45", "46", "约束性"};
        Extraction e = read(rows);
        assertTrue(e.issues().stream().anyMatch(i -> i.indicatorId() == null), e.issues().toString());
        assertFalse(e.readable());
    }

    @Test
    void aRowReadWithConfidenceThatCannotBeAValueIsDoubted() {
        String[][] unit = CLEAN.clone();
        unit[1] = new String[] {"2", "森林覆盖率", "多", "55.8", "57", "约束性"};
        Extraction e = read(unit);
        assertNull(figure(e, "K2-19", Origin.TABLE));
        assertTrue(e.issues().stream().anyMatch(i -> i.reason().contains("不是已知单位")), e.issues().toString());
        String[][] value = CLEAN.clone();
        value[1] = new String[] {"2", "森林覆盖率", "%", "55.8", "和57", "约束性"};
        assertNull(figure(read(value), "K2-19", Origin.TABLE));
        String[][] fine = CLEAN.clone();
        fine[1] = new String[] {"2", "森林覆盖率", "%", "55.8", "57以上", "约束性"};
        assertEquals(57.0, figure(read(fine), "K2-19", Origin.TABLE).target().min());
    }

    @Test
    void aSentenceWhoseNumberCouldNotBeReadYieldsNoFigureNorDoTheClausesAfterIt() {
        Extraction e = read(CLEAN, "到2030年，全县森林覆盖率达到5\uFFFD%以上，粮食综合生产能力达到46万吨。",
                "到2030年，全县地区生产总值年均增长6.5%。");
        assertNull(figure(e, "K2-19", Origin.TEXT));
        assertNull(figure(e, "K2-20", Origin.TEXT), "the clause after the unread one inherits an unread context");
        assertNotNull(figure(e, "K2-01", Origin.TEXT), "the next sentence is read");
    }

    @Test
    void aBindingIndicatorMissingFromAnOcrTableWithAnUnrecognisedRowIsUnreadableNotMissing() {
        String[][] rows = CLEAN.clone();
        // 森林覆盖率 misread into words that name nothing
        rows[1] = new String[] {"2", "和森林履盖率", "%", "55.8", "57", "约束性"};
        Extraction e = read(rows);
        assertFalse(e.readable());
        assertTrue(e.reason().contains("OCR") && e.reason().contains("未能识别名称"), e.reason());
        // the same table read cleanly without the row really lacks the indicator: the rules say so
        Extraction clean = read(new String[][] {CLEAN[0], CLEAN[2]});
        assertTrue(clean.readable(), clean.reason());
    }
}
