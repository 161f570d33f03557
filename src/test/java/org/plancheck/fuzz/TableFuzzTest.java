package org.plancheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.document.Glyph;
import org.plancheck.document.PageContent;
import org.plancheck.document.Ruling;
import org.plancheck.figures.FigureExtractor;
import org.plancheck.model.Extraction;
import org.plancheck.model.PlanFigure;

/**
 * The table rebuilder and everything after it, fed page contents as the PDF reader produces them: a grid of ruling
 * lines (some missing, some jittered, some stray) with glyphs in the cells (indicator names, years, values with
 * qualifiers, attributes, or any text), one glyph per character. {@link FigureExtractor#extract} must never throw
 * and what it returns must be consistent.
 */
class TableFuzzTest {
    private static final Catalog CATALOG = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final String[] CELLS = {"类别", "序号", "指标", "单位", "2025年", "2030年", "年均增长", "属性",
        "约束性", "预期性", "森林覆盖率（%）", "森林覆盖率", "%", "地区生产总值增长（%）", "粮食综合生产能力（万吨）",
        "常住人口城镇化率（%）", "55.8", "57", "≥57", "6左右", "5—5.5", "<5.5", "[6]", "—", "以省下达为准", "★",
        "1", "2", "专栏1 主要指标", "东安县国民经济和社会发展第十五个五年规划纲要", "到2030年，森林覆盖率达到57%以上。"};

    @FuzzTest(maxDuration = "5m")
    void rebuild(FuzzedDataProvider in) {
        int rows = in.consumeInt(1, 14);
        int cols = in.consumeInt(1, 9);
        float left = in.consumeRegularFloat(0, 200);
        float top = in.consumeRegularFloat(0, 600);
        float rowH = in.consumeRegularFloat(0, 40);
        float colW = in.consumeRegularFloat(0, 120);
        List<Ruling> rulings = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            if (in.consumeInt(0, 9) > 0) {
                float y = top + r * rowH + (in.consumeBoolean() ? in.consumeRegularFloat(-2, 2) : 0);
                rulings.add(new Ruling(left, y, left + cols * colW, y));
            }
        }
        for (int c = 0; c <= cols; c++) {
            if (in.consumeInt(0, 9) > 0) {
                float x = left + c * colW + (in.consumeBoolean() ? in.consumeRegularFloat(-2, 2) : 0);
                rulings.add(new Ruling(x, top, x, top + rows * rowH));
            }
        }
        List<Glyph> glyphs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String text = in.consumeBoolean() ? in.pickValue(CELLS) : in.consumeString(12);
                float x = left + c * colW + 2;
                float y = top + r * rowH + rowH / 2;
                float size = in.consumeBoolean() ? 10.5f : in.consumeRegularFloat(0, 30);
                for (int k = 0; k < text.length(); k++) {
                    glyphs.add(new Glyph(String.valueOf(text.charAt(k)), x + k * size, y, size, size));
                }
            }
        }
        int strays = in.consumeInt(0, 6);
        for (int i = 0; i < strays; i++) {
            if (in.consumeBoolean()) {
                rulings.add(new Ruling(in.consumeRegularFloat(-50, 700), in.consumeRegularFloat(-50, 900),
                        in.consumeRegularFloat(-50, 700), in.consumeRegularFloat(-50, 900)));
            } else {
                glyphs.add(new Glyph(in.consumeString(3), in.consumeRegularFloat(-50, 700),
                        in.consumeRegularFloat(-50, 900), in.consumeRegularFloat(0, 40),
                        in.consumeRegularFloat(0, 40)));
            }
        }
        // Glyph order as the stripper gives it is not guaranteed: sometimes reverse it.
        if (in.consumeBoolean()) {
            java.util.Collections.reverse(glyphs);
        }
        PageContent page = new PageContent(1, 595, 842, glyphs, rulings);
        Extraction e = FigureExtractor.extract("fuzz.pdf", List.of(page), CATALOG);
        assertNotNull(e);
        assertTrue(e.readable() || e.reason() != null, "unreadable without a reason");
        for (PlanFigure f : e.figures()) {
            assertEquals(1, f.page(), f::toString);
            assertNotNull(f.target(), f::toString);
            if (f.target().min() != null && f.target().max() != null) {
                assertTrue(f.target().min() <= f.target().max(), f::toString);
            }
        }
    }
}
