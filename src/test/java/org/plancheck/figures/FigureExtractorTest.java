package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.document.DrawnPdf;
import org.plancheck.model.Attribute;
import org.plancheck.model.Extraction;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;

/** End to end on LibreOffice exports and a PDFBox-drawn plan; expectations come from the fixture sources. */
class FigureExtractorTest {
    static final Path FIXTURES = Path.of("src/test/resources/extract");
    static Catalog catalog;
    static final FigureExtractor EXTRACTOR = new FigureExtractor();

    @TempDir
    static Path tmp;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(FIXTURES.resolve("catalog"));
    }

    static Extraction extract(String name) {
        return EXTRACTOR.extract(FIXTURES.resolve(name), catalog);
    }

    static PlanFigure table(Extraction e, String rawName, int year) {
        return e.figures().stream()
                .filter(f -> f.source() == Origin.TABLE && f.rawName().equals(rawName) && f.year() == year)
                .findFirst().orElseThrow(() -> new AssertionError("no table row " + rawName + " " + year + " in "
                        + e.figures().stream().map(PlanFigure::rawName).toList()));
    }

    static Optional<PlanFigure> text(Extraction e, String id, int year) {
        return e.figures().stream()
                .filter(f -> f.source() == Origin.TEXT && id.equals(f.indicatorId()) && f.year() == year)
                .findFirst();
    }

    /** 道县: ruled table with merged categories, a unit column, 基期值/目标值 under years, crossing a page. */
    @Test
    void ruledTableAcrossPageWithRepeatedHeader() {
        Extraction e = extract("daoxian-ruled.pdf");
        assertEquals("OK", e.status());
        assertEquals(3, e.pages());
        assertEquals("道县", e.plan().jurisdiction());
        assertEquals(PlanKind.GENERAL, e.plan().kind());
        assertEquals(Tier.LOWER, e.plan().tier());
        String[][] rows = {
            {"地区生产总值年均增长", "%", "6.2", "６左右", "预期性", "K2-01"},
            {"常住人口城镇化率", "%", "４８.５", "５３", "预期性", "K2-03"},
            {"高技术制造业增加值占规模工业增加值比重", "%", "10.2", "14", "预期性", "K2-04"},
            {"全社会研发经费投入增长", "%", "9", "年均10", "预期性", "K2-05"},
            {"每万人口高价值发明专利拥有量", "件", "0.6", "1.5", "预期性", "K2-06"},
            {"数字经济核心产业增加值占GDP比重", "%", "3.1", "6", "预期性", "K2-07"},
            {"城镇调查失业率", "%", "≤5.5", "＜5.5", "预期性", "K2-08"},
            {"居民人均可支配收入增长", "%", "6.5", "与经济增长同步", "预期性", "K2-09"},
            {"劳动年龄人口平均受教育年限", "年", "10.3", "11.2", "约束性", "K2-10"},
            {"每千人口执业（助理）医师数", "人", "2.3", "3.0", "预期性", "K2-11a"},
            {"养老机构护理型床位占比", "%", "70", "80", "预期性", "K2-12"},
            {"3岁以下婴幼儿入托率提高", "百分点", "—", "[5]", "预期性", "K2-13"},
            {"人均预期寿命", "岁", "78.1", "79.5", "预期性", "K2-14"},
            {"单位地区生产总值二氧化碳排放降低", "%", "—", "完成市下达任务", "约束性", "K2-15"},
            {"非化石能源占能源消费总量比重", "%", "30", "36", "约束性", "K2-16"},
            {"地表水达到或好于Ⅲ类水体比例", "%", "100", "100", "约束性", "K2-18"},
            {"森林覆盖率", "%", "５９.８", "６０", "约束性", "K2-19"},
            {"森林蓄积量", "万立方米", "820", "900", "预期性", "T-125"},
            {"粮食综合生产能力", "万吨", "38.5", "≥38.5", "约束性", "K2-20"},
            {"能源综合生产能力", "万吨标准煤", "42", "50", "约束性", "K2-21"},
            {"亿元GDP生产安全事故死亡率", "人/亿元", "0.035", "≤0.025", "约束性", "K2-22"},
        };
        List<PlanFigure> tableFigures = e.figures().stream().filter(f -> f.source() == Origin.TABLE).toList();
        assertEquals(rows.length, tableFigures.size(), tableFigures.stream().map(PlanFigure::rawName).toList()
                .toString());
        for (String[] r : rows) {
            PlanFigure f = table(e, r[0], 2030);
            assertEquals(r[1], f.unit(), r[0]);
            assertEquals(r[2], f.baseText(), r[0]);
            assertEquals(r[3], f.target().text(), r[0]);
            assertEquals(Attribute.parse(r[4]), f.attribute(), r[0]);
            assertEquals(r[5], f.indicatorId(), r[0]);
        }
        assertEquals(3, table(e, "森林覆盖率", 2030).page());
        assertEquals(59.8, table(e, "森林覆盖率", 2030).base());
        assertEquals(60.0, table(e, "森林覆盖率", 2030).target().min());
    }

    /** 道县 prose: several targets in one sentence, 兆瓦 and 万吨标煤, other years kept, base-year and past skipped. */
    @Test
    void inTextTargets() {
        Extraction e = extract("daoxian-ruled.pdf");
        assertEquals(420.0, text(e, "T-002", 2030).orElseThrow().target().min());
        assertEquals(53.0, text(e, "K2-03", 2030).orElseThrow().target().min());
        PlanFigure wind = text(e, "T-045", 2030).orElseThrow();
        assertEquals("风电、光伏装机", wind.rawName());
        assertEquals(120.0, wind.target().min());
        assertEquals("万千瓦", wind.target().unit());
        PlanFigure hydro = text(e, "T-046", 2030).orElseThrow();
        assertEquals(217.0, hydro.target().min());
        assertEquals("兆瓦", hydro.target().unit());
        assertEquals("万吨标准煤", text(e, "K2-21", 2030).orElseThrow().target().unit());
        assertEquals(3.5, text(e, "T-075", 2027).orElseThrow().target().min());
        assertEquals(61.0, text(e, "K2-19", 2035).orElseThrow().target().min());
        assertTrue(text(e, "K2-19", 2030).isEmpty(), "the 2035 forest figure is not a 2030 target");
        // 「2025年，全县地区生产总值达到315亿元」 and 「累计新增光伏装机25万千瓦」 are the past
        assertTrue(e.figures().stream().noneMatch(f -> f.source() == Origin.TEXT && f.target().min() != null
                && (f.target().min() == 315.0 || f.target().min() == 25.0)));
        assertEquals(1, text(e, "T-045", 2030).orElseThrow().page());
        assertTrue(wind.text().contains("风电、光伏装机达到120万千瓦"), wind.text());
    }

    /** 江永县: borderless table, units in names, 2025/2030/2035 columns, star rows and a note, page crossed. */
    @Test
    void borderlessStarTableWithYearColumns() {
        Extraction e = extract("jiangyong-star.pdf");
        assertEquals("江永县", e.plan().jurisdiction());
        String[][] rows = {
            {"地区生产总值增长（%）", "6.5", "6左右", "5", "预期性"},
            {"常住人口城镇化率（%）", "45.2", "50", "55", "预期性"},
            {"规模以上工业增加值增长（%）", "7.1", "７", "6", "预期性"},
            {"每万人口高价值发明专利拥有量（件）", "0.5", "1.2", "2", "预期性"},
            {"城镇调查失业率（%）", "5.2", "＜5.5", "＜5.5", "预期性"},
            {"劳动年龄人口平均受教育年限（年）", "10.1", "10.8", "11.5", "约束性"},
            {"每千人口注册护士数（人）", "3.1", "3.8", "4.5", "预期性"},
            {"人均预期寿命（岁）", "77.9", "79", "80", "预期性"},
            {"非化石能源占能源消费总量比重（%）", "40.5", "45", "50", "约束性"},
            {"地表水达到或好于Ⅲ类水体比例（%）", "100", "100", "100", "约束性"},
            {"森林覆盖率（%）", "６８.２", "６８.５", "69", "约束性"},
            {"粮食综合生产能力（万吨）", "15.2", "15.5", "16", "约束性"},
            {"亿元GDP生产安全事故死亡率（人/亿元）", "0.03", "0.025", "0.02", "约束性"},
        };
        assertEquals(rows.length * 2, e.figures().stream().filter(f -> f.source() == Origin.TABLE).count());
        for (String[] r : rows) {
            PlanFigure f = table(e, r[0], 2030);
            assertEquals(r[1], f.baseText(), r[0]);
            assertEquals(r[2], f.target().text(), r[0]);
            assertEquals(Attribute.parse(r[4]), f.attribute(), r[0]);
            PlanFigure vision = table(e, r[0], 2035);
            assertEquals(r[3], vision.target().text(), r[0]);
        }
        assertEquals("%", table(e, "森林覆盖率（%）", 2030).unit());
        assertEquals("K2-19", table(e, "森林覆盖率（%）", 2030).indicatorId());
        assertEquals(3, table(e, "森林覆盖率（%）", 2030).page());
        assertEquals(2, table(e, "人均预期寿命（岁）", 2030).page());
    }

    /** 江永县 prose: goals listed after 「主要目标是：」 without a year; MW; 万吨标煤 after a semicolon. */
    @Test
    void listedGoalsAndMegawatts() {
        Extraction e = extract("jiangyong-star.pdf");
        assertEquals(6.0, text(e, "K2-01", 2030).orElseThrow().target().min());
        assertEquals(7.0, text(e, "T-900", 2030).orElseThrow().target().min());
        PlanFigure pv = e.figures().stream().filter(f -> f.rawName().equals("新增光伏装机")).findFirst()
                .orElseThrow();
        assertEquals(300.0, pv.target().min());
        assertEquals("兆瓦", pv.target().unit());
        assertEquals(500.0, text(e, "T-045", 2030).orElseThrow().target().min());
        assertEquals(35.0, text(e, "K2-21", 2030).orElseThrow().target().min());
    }

    /** 永州市能源规划: a city special plan, two-row header (指标值 over 2025年现状值/2030年规划目标). */
    @Test
    void specialPlanWithTwoRowHeader() {
        Extraction e = extract("energy-special.pdf");
        assertEquals(PlanKind.SPECIAL, e.plan().kind());
        assertEquals("energy", e.plan().domain());
        assertEquals("永州市", e.plan().jurisdiction());
        PlanFigure energy = table(e, "能源综合生产能力", 2030);
        assertEquals("K2-21", energy.indicatorId());
        assertEquals(537.0, energy.base());
        assertEquals(620.0, energy.target().min());
        assertEquals(Attribute.BINDING, energy.attribute());
        assertEquals(1200.0, table(e, "风电、光伏装机容量", 2030).target().min());
        assertEquals("T-045", table(e, "风电、光伏装机容量", 2030).indicatorId());
        assertEquals("≥36", table(e, "非化石能源消费比重", 2030).target().text());
        assertNull(table(e, "电力总装机容量", 2030).indicatorId());
        assertEquals("以省下达任务为准", table(e, "单位GDP能源消耗降低", 2030).target().text());
        assertEquals(1500.0, e.figures().stream().filter(f -> f.rawName().equals("新型储能装机")).findFirst()
                .orElseThrow().target().min());
        assertEquals(36.0, text(e, "K2-16", 2030).orElseThrow().target().min());
        assertEquals(1800.0, text(e, "T-045", 2035).orElseThrow().target().min());
    }

    /** 双牌县, drawn with PDFBox: stroked borders, merged categories, names on two lines in one cell. */
    @Test
    void drawnTableWithWrappedNames() throws Exception {
        Path pdf = tmp.resolve("shuangpai.pdf");
        DrawnPdf.shuangpai(pdf);
        Extraction e = EXTRACTOR.extract(pdf, catalog);
        assertEquals("双牌县", e.plan().jurisdiction());
        List<PlanFigure> rows = e.figures().stream().filter(f -> f.source() == Origin.TABLE).toList();
        assertEquals(DrawnPdf.SHUANGPAI_ROWS.size(), rows.size());
        for (DrawnPdf.Row r : DrawnPdf.SHUANGPAI_ROWS) {
            PlanFigure f = table(e, String.join("", r.name()), 2030);
            assertEquals(r.target(), f.target().text());
            assertEquals(r.base(), f.baseText());
            assertEquals(r.unit(), f.unit());
            assertEquals(Attribute.parse(r.attr()), f.attribute());
            assertNotNull(f.indicatorId(), f.rawName());
        }
        assertEquals(85.0, text(e, "T-046", 2030).orElseThrow().target().min());
    }

    @Test
    void badDocumentsAreUnverifiableNeverThrown() throws Exception {
        Path scan = tmp.resolve("scan.pdf");
        DrawnPdf.imageOnly(scan);
        Path locked = tmp.resolve("locked.pdf");
        DrawnPdf.encrypted(locked);
        Path word = tmp.resolve("word.pdf");
        Files.writeString(word, "PK\u0003\u0004 not a pdf");
        for (Path p : List.of(scan, locked, word, tmp.resolve("missing.pdf"))) {
            Extraction e = EXTRACTOR.extract(p, catalog);
            assertEquals("UNVERIFIABLE", e.status(), p.toString());
            assertFalse(e.reason().isBlank());
            assertFalse(e.reason().contains("\n"));
            assertTrue(e.figures().isEmpty());
        }
    }

    @Test
    void documentWithoutIndicatorsIsUnverifiable() throws Exception {
        Path pdf = tmp.resolve("notice.pdf");
        DrawnPdf.prose(pdf, "关于召开全县经济工作会议的通知：请各单位负责同志准时参加会议，不得缺席。");
        Extraction e = EXTRACTOR.extract(pdf, catalog);
        assertEquals("UNVERIFIABLE", e.status());
        assertTrue(e.reason().contains("辖区"), e.reason());
        assertTrue(e.fix().contains("--jurisdiction"), e.fix());
    }
}
