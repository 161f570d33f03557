package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.model.Attribute;
import org.plancheck.model.Extraction;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.model.Qualifier;

/**
 * Extraction on LibreOffice exports whose HTML sources sit beside them in src/test/resources/extract; every
 * expected value below is read from those sources.
 */
class RuledAndStarredTablesTest {
    private static final Path DIR = Path.of("src", "test", "resources", "extract");
    private static Catalog catalog;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    }

    private static Extraction read(String name) {
        return new FigureExtractor(1000).read(DIR.resolve(name), catalog);
    }

    private static PlanFigure find(Extraction e, Origin src, String id, int year) {
        return e.figures().stream()
                .filter(f -> f.source() == src && id.equals(f.indicatorId()) && f.year() != null && f.year() == year)
                .findFirst().orElse(null);
    }

    @Test
    void ruledTableWithMergedCategoryCellsAndUnitColumn() {
        Extraction e = read("ningyuan-ruled.pdf");
        assertTrue(e.readable(), e.reason());
        assertEquals("宁远县", e.plan().jurisdiction());
        assertEquals(PlanKind.GENERAL, e.plan().kind());
        assertEquals(Tier.LOWER, e.plan().tier());
        List<PlanFigure> rows = e.figures().stream().filter(f -> f.source() == Origin.TABLE).toList();
        assertEquals(11, rows.size());
        PlanFigure gdp = find(e, Origin.TABLE, "K2-01", 2030);
        assertEquals(5.5, gdp.target().min());
        assertEquals(6.0, gdp.target().max());
        assertEquals(Qualifier.RANGE, gdp.target().qualifier());
        PlanFigure urban = find(e, Origin.TABLE, "K2-03", 2030);
        assertEquals(53.0, urban.target().min(), "full-width digits");
        PlanFigure unemployment = find(e, Origin.TABLE, "K2-08", 2030);
        assertEquals(Qualifier.AT_MOST, unemployment.target().qualifier());
        assertEquals(5.5, unemployment.target().max());
        PlanFigure energy = find(e, Origin.TABLE, "K2-21", 2030);
        assertEquals("万吨标准煤", energy.unit());
        assertEquals(40.0, energy.base());
        assertEquals(Attribute.BINDING, energy.attribute());
        assertEquals(2, energy.page());
        assertTrue(energy.text().contains("能源综合生产能力"), energy.text());
        PlanFigure water = find(e, Origin.TABLE, "K2-18", 2030);
        assertEquals("地表水达到或好于Ⅲ类水体比例", water.rawName(), "alias matched");
        PlanFigure co2 = find(e, Origin.TABLE, "K2-15", 2030);
        assertEquals("完成市下达任务", co2.target().text());
        assertEquals(Attribute.EXPECTED, find(e, Origin.TABLE, "K2-08", 2030).attribute());
    }

    @Test
    void inTextTargetsWithUnitsAndOtherYears() {
        Extraction e = read("ningyuan-ruled.pdf");
        PlanFigure energy = find(e, Origin.TEXT, "K2-21", 2030);
        assertNotNull(energy);
        assertEquals(45.0, energy.target().min());
        assertEquals("万吨标准煤", energy.target().unit(), "万吨标煤 read as 万吨标准煤");
        assertEquals(1, energy.page());
        PlanFigure grain = find(e, Origin.TEXT, "K2-20", 2030);
        assertEquals(Qualifier.AT_LEAST, grain.target().qualifier());
        assertEquals(29.0, grain.target().min());
        PlanFigure pv = e.figures().stream().filter(f -> f.rawName().contains("光伏")).findFirst().orElseThrow();
        assertEquals(300.0, pv.target().min());
        assertEquals("兆瓦", pv.target().unit(), "MW read as 兆瓦");
        PlanFigure nonFossil2027 = find(e, Origin.TEXT, "K2-16", 2027);
        assertEquals(33.0, nonFossil2027.target().min(), "a 2027 figure keeps its year");
        assertNull(find(e, Origin.TEXT, "K2-16", 2030));
        // 2025 statements are the base, not targets.
        assertTrue(e.figures().stream().noneMatch(f -> f.year() != null && f.year() == 2025));
    }

    @Test
    void starredRowsAcrossAPageWithYearColumns() {
        Extraction e = read("jianghua-star.pdf");
        assertTrue(e.readable(), e.reason());
        assertEquals("江华瑶族自治县", e.plan().jurisdiction());
        // 3 + 14 + 5 rows, each with a 2030 and a 2035 figure
        List<PlanFigure> rows2030 = e.figures().stream()
                .filter(f -> f.source() == Origin.TABLE && f.year() == 2030).toList();
        assertEquals(22, rows2030.size());
        assertTrue(rows2030.stream().anyMatch(f -> f.page() == 2));
        assertTrue(rows2030.stream().anyMatch(f -> f.page() == 3), "the table continues on page 3");
        PlanFigure forest = find(e, Origin.TABLE, "K2-19", 2030);
        assertEquals(68.5, forest.target().min());
        assertEquals(68.2, forest.base());
        assertEquals(Attribute.BINDING, forest.attribute(), "★ marks binding");
        assertEquals("森林覆盖率（%）", forest.rawName());
        assertEquals(Attribute.EXPECTED, find(e, Origin.TABLE, "K2-03", 2030).attribute(),
                "unstarred rows are expected, per the note on the next page");
        assertEquals(69.0, find(e, Origin.TABLE, "K2-19", 2035).target().min(), "2035 column is not the target");
        PlanFigure hydro = e.figures().stream().filter(f -> f.rawName().equals("水电装机")).findFirst().orElseThrow();
        assertEquals(90.0, hydro.target().min());
    }
}
