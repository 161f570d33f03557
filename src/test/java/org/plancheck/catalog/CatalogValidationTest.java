package org.plancheck.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;

/**
 * What an upper plan folder must satisfy beyond well-formed rows (issue 16): numbers as the plan writes them, a plan
 * text and at least one target, kinds that say what the words say (qualitative, deferred to a value from elsewhere,
 * relative), optional domains, and lower units of the kinds the plan's level has.
 */
class CatalogValidationTest {
    private static final String HEADER = String.join("\t", CatalogLoader.TARGET_COLUMNS) + "\tline";
    private static final String TEXT = String.join("\n",
            "湖南省2025年国民经济和社会发展计划",
            "\t指标",
            "\t2024年",
            "\t2025年",
            "\t属性",
            "",
            "\t粮食产量（亿斤）",
            "\t615.6",
            "\t616",
            "\t约束性",
            "",
            "2025年经济社会发展主要预期目标是：地区生产总值增长5.5%左右，进出口保稳提质，居民消费价格涨幅与全国一致，"
                    + "生态环境指标以国家下达任务为准，居民人均可支配收入增速高于经济增速。") + "\n";

    @TempDir
    Path dir;

    /** A row in the column order of targets.tsv (line last). */
    private static String row(String id, String name, String unit, String base, String target, String kind,
                              String attribute, String transmission, String origin, String quote, String line) {
        return String.join("\t", id, name, "", "2025年目标", "", unit, base, target, "higher", kind, attribute,
                transmission, "all", origin, "主要预期目标", quote, "", line);
    }

    private static final String GDP = row("H-01", "地区生产总值增长", "%", "", "5.5左右", "level", "预期性", "uniform",
            "text", "地区生产总值增长5.5%左右", "");
    private static final String GRAIN = row("K-01", "粮食产量", "亿斤", "615.6", "616", "level", "约束性", "quota",
            "table", "粮食产量（亿斤）", "7");

    private Path folderAt(String level, String jurisdictions, String... rows) throws IOException {
        write("plan.properties", "id=t\nname=湖南省2025年国民经济和社会发展计划\njurisdiction=湖南省\n"
                + (level == null ? "" : "level=" + level + "\n")
                + "baseYear=2024\ntargetYear=2025\nperiodStart=2025\nperiodEnd=2025\n");
        write("jurisdictions.tsv", "name\tkind\taliases\tlandArea\tsource\n" + jurisdictions);
        write("plan.txt", TEXT);
        write("targets.tsv", HEADER + "\n" + String.join("\n", rows) + (rows.length > 0 ? "\n" : ""));
        return dir;
    }

    private Path folder(String... rows) throws IOException {
        return folderAt("province", "长沙市\tprefecture-city\t长沙\t\t\n湘西土家族苗族自治州\tautonomous-prefecture\t湘西州\t\t\n",
                rows);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private InputException refused(Path folder, String file, int line, String reason) {
        InputException e = assertThrows(InputException.class, () -> CatalogLoader.load(folder));
        assertEquals(folder.resolve(file), e.file(), e.oneLine());
        assertEquals(line, e.line(), e.oneLine());
        assertTrue(e.getMessage().contains(reason), e.oneLine());
        return e;
    }

    @Test
    void aProvincesAnnualPlanWithoutDomainsLoads() throws IOException {
        Catalog c = CatalogLoader.load(folder(GDP, GRAIN));
        assertEquals(2, c.targets().size());
        assertTrue(c.domains().isEmpty(), "domains.tsv is optional");
        assertEquals("province", c.plan().level());
        assertEquals(List.of("prefecture-city", "autonomous-prefecture"),
                c.jurisdictions().stream().map(Jurisdiction::kind).toList());
    }

    @Test
    void theNumbersOfATextTargetStandInItsQuote() throws IOException {
        refused(folder(GDP.replace("\t5.5左右\t", "\t6左右\t")), "targets.tsv", 2, "target '6左右' states 6");
    }

    @Test
    void theNumbersOfATableRowStandOnItsLineOrTheCellsAfterIt() throws IOException {
        CatalogLoader.load(folder(GRAIN));
        refused(folder(GRAIN.replace("\t616\t", "\t620\t")), "targets.tsv", 2, "nor the row's cells after it");
        refused(folder(GRAIN.replace("\t615.6\t", "\t615\t")), "targets.tsv", 2, "base '615' states 615");
        // converted numbers are not as written: 616亿斤 = 3080万吨
        refused(folder(GRAIN.replace("\t亿斤\t", "\t万吨\t").replace("\t616\t", "\t3080\t")), "targets.tsv", 2,
                "states 3080");
    }

    @Test
    void anEmptyCatalogIsRefused() throws IOException {
        refused(folder(), "targets.tsv", 0, "no targets");
    }

    @Test
    void aCatalogWithoutItsPlanTextIsRefused() throws IOException {
        Path f = folder(GDP);
        Files.delete(f.resolve("plan.txt"));
        refused(f, "plan.txt", 0, "file not found");
    }

    @Test
    void aQualitativeTargetLoadsWithoutANumberAndNeverWithOne() throws IOException {
        String trade = row("H-07", "进出口", "", "", "保稳提质", "qualitative", "预期性", "informational", "text",
                "进出口保稳提质", "");
        UpperTarget t = CatalogLoader.load(folder(GDP, trade)).byId("H-07").orElseThrow();
        assertEquals(ValueKind.QUALITATIVE, t.target().kind());
        assertFalse(t.target().hasNumber());
        refused(folder(GDP, trade.replace("\tlevel\t", "\tlevel\t").replace("\tqualitative\t", "\tlevel\t")),
                "targets.tsv", 3, "make it qualitative");
        refused(folder(GDP.replace("\tlevel\t", "\tqualitative\t")), "targets.tsv", 2, "states a number");
    }

    @Test
    void externalReferencesAreDeferredToAValueSuppliedWithAssigned() throws IOException {
        String cpi = row("H-13", "居民消费价格涨幅", "%", "", "与全国一致", "deferred", "预期性", "deferred", "text",
                "居民消费价格涨幅与全国一致", "");
        String eco = row("H-14", "生态环境指标", "", "", "以国家下达任务为准", "deferred", "预期性", "deferred", "text",
                "生态环境指标以国家下达任务为准", "");
        Catalog c = CatalogLoader.load(folder(GDP, cpi, eco));
        for (String id : List.of("H-13", "H-14")) {
            UpperTarget t = c.byId(id).orElseThrow();
            assertEquals(ValueKind.DEFERRED, t.target().kind(), id);
            assertTrue(t.isDeferred(), id);
            assertEquals(Transmission.DEFERRED, t.transmission(), id);
        }
        // the value a reviewer supplies for a city is read against the catalog
        Path assigned = dir.resolve("assigned.tsv");
        Files.writeString(assigned, "jurisdiction\tindicator\tvalue\tunit\n长沙市\t居民消费价格涨幅\t2\t%\n",
                StandardCharsets.UTF_8);
        List<Allocations.Allocation> a = Allocations.readAssigned(assigned, c);
        assertEquals("H-13", a.get(0).indicatorId());
        assertEquals(2.0, a.get(0).value());
        // 与全国一致 accepted as relative would never be checked: refused
        refused(folder(GDP, cpi.replace("\tdeferred\t预期性\tdeferred\t", "\trelative\t预期性\trelative\t")),
                "targets.tsv", 3, "kind must be deferred");
    }

    @Test
    void aRelativeTargetNamesAnotherIndicator() throws IOException {
        String income = row("H-12", "居民人均可支配收入增长", "%", "", "高于经济增速", "relative", "预期性", "relative", "text",
                "居民人均可支配收入增速高于经济增速", "");
        UpperTarget t = CatalogLoader.load(folder(GDP, income)).byId("H-12").orElseThrow();
        assertEquals("经济增长", t.target().relation());
        refused(folder(GDP, income.replace("\trelative\t预期性", "\tdeferred\t预期性")), "targets.tsv", 3,
                "kind must be relative");
    }

    @Test
    void lowerUnitsHaveTheKindsOfThePlansLevel() throws IOException {
        refused(folderAt("province", "攸县\tcounty\t\t\t\n", GDP), "jurisdictions.tsv", 2,
                "kind 'county' is not a lower unit of a province");
        CatalogLoader.load(folderAt("city", "冷水滩区\tdistrict\t\t1218\t\n祁阳市\tcounty-city\t\t\t\n永州经开区\tfunctional\t\t\t\n",
                GDP));
        refused(folderAt("city", "湘西土家族苗族自治州\tautonomous-prefecture\t\t\t\n", GDP), "jurisdictions.tsv", 2,
                "not a lower unit of a city");
        assertEquals("city", CatalogLoader.load(folderAt(null, "冷水滩区\tdistrict\t\t\t\n", GDP)).plan().level(),
                "level defaults to city");
        refused(folderAt("prefecture", "", GDP), "plan.properties", 0, "level must be province, city, county");
    }

    @Test
    void bothShippedUpperPlansPass() {
        Catalog yongzhou = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        Catalog hunan = CatalogLoader.load(Path.of("rules", "hunan-2025"));
        assertEquals(152, yongzhou.targets().size());
        assertEquals("city", yongzhou.plan().level());
        assertEquals(15, hunan.targets().size());
        assertEquals("province", hunan.plan().level());
        assertEquals(ValueKind.QUALITATIVE, hunan.byId("H-07").orElseThrow().target().kind());
    }
}
