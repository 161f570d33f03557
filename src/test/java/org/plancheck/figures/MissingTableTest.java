package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;

/** A general plan whose indicator table could not be found is not judged on its prose alone. */
class MissingTableTest {
    private static final Catalog C = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));

    /** A page of plain lines, one glyph per character, 12 pt, 40 pt apart. */
    private static PageContent page(String... lines) {
        List<Glyph> gs = new ArrayList<>();
        float y = 80;
        for (String l : lines) {
            float x = 60;
            for (int i = 0; i < l.length(); i++) {
                gs.add(new Glyph(String.valueOf(l.charAt(i)), x, y, 12, 12));
                x += 12;
            }
            y += 40;
        }
        return new PageContent(1, 595, 842, gs, List.of());
    }

    @Test
    void countyPlanWithTargetsInTextButNoTableIsUnverifiable() {
        Extraction e = FigureExtractor.extract("x.pdf", List.of(page("道县国民经济和社会发展第十五个五年规划纲要",
                "到2030年，全县森林覆盖率达到63%以上。")), C);
        assertEquals(PlanKind.GENERAL, e.plan().kind());
        assertEquals(Tier.LOWER, e.plan().tier());
        assertFalse(e.readable());
        assertTrue(e.reason().contains("主要指标表"), e.reason());
        assertEquals(1, e.figures().size(), "what was read is still shown");
    }

    /** A line of cells at the given x positions (one glyph per character, 10 pt wide). */
    private static void cells(List<Glyph> gs, float y, Object... xAndText) {
        for (int k = 0; k < xAndText.length; k += 2) {
            float x = ((Number) xAndText[k]).floatValue();
            String t = (String) xAndText[k + 1];
            for (int i = 0; i < t.length(); i++) {
                gs.add(new Glyph(String.valueOf(t.charAt(i)), x + i * 10, y, 10, 10));
            }
        }
    }

    @Test
    void adjacentYearHeadersAndAGrowthColumn() {
        List<Glyph> gs = new ArrayList<>();
        cells(gs, 60, 60, "道县国民经济和社会发展第十五个五年规划纲要");
        // "2025年" and "2030年" set without a gap read as one run; the growth column holds the GDP target
        cells(gs, 120, 60, "指标", 200, "2025年2030年", 330, "年均增长", 420, "属性");
        cells(gs, 140, 60, "地区生产总值增长", 200, "6", 265, "—", 330, "6左右", 420, "预期性");
        cells(gs, 160, 60, "森林覆盖率", 200, "55.8", 265, "57", 330, "—", 420, "约束性");
        Extraction e = FigureExtractor.extract("x.pdf", List.of(new PageContent(1, 595, 842, gs, List.of())), C);
        assertTrue(e.readable(), e.reason());
        var forest = e.figures().stream().filter(f -> "K2-19".equals(f.indicatorId())).findFirst().orElseThrow();
        assertEquals(57.0, forest.target().min());
        assertEquals(55.8, forest.base());
        var gdp = e.figures().stream().filter(f -> "K2-01".equals(f.indicatorId())).findFirst().orElseThrow();
        assertEquals(6.0, gdp.target().min());
        assertEquals(org.plancheck.model.ValueKind.ANNUAL_GROWTH, gdp.target().kind());
    }

    @Test
    void aDateIsNotATargetYear() {
        Extraction e = FigureExtractor.extract("x.pdf", List.of(page("道县国民经济和社会发展第十五个五年规划纲要",
                "（2026年1月县人民代表大会审议通过）全县森林覆盖率达到55.8%。")), C);
        assertTrue(e.figures().isEmpty(), e.figures().toString());
    }

    @Test
    void specialPlanMayStateItsTargetsInTextOnly() {
        Extraction e = FigureExtractor.extract("x.pdf", List.of(page("永州市“十五五”能源发展规划",
                "到2030年，全市非化石能源消费比重达到36%。")), C);
        assertTrue(e.readable(), e.reason());
    }
}
