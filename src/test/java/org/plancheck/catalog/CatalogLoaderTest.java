package org.plancheck.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small malformed catalogs: each fails with an InputException naming the file and the line. */
class CatalogLoaderTest {

    private static final String HEADER = String.join("\t", "id", "name", "aliases", "category", "domains", "unit",
            "base", "target", "direction", "kind", "attribute", "transmission", "scope", "origin", "section", "quote",
            "line", "note");

    private static final String GOOD = row("K2-19", "森林覆盖率", "%", "55", "56", "约束性", "森林覆盖率（%）", "3");

    @TempDir
    Path dir;

    private static String row(String id, String name, String unit, String base, String target, String attribute,
                              String quote, String line) {
        return String.join("\t", id, name, "", "绿色低碳", "ecology", unit, base, target, "higher", "level", attribute,
                "quota", "all", "table", "专栏2 第19项", quote, line, "");
    }

    private Path folder(String... targetLines) throws IOException {
        write("plan.properties", "id=test\nname=测试规划\njurisdiction=测试市\nbaseYear=2025\ntargetYear=2030\n"
                + "periodStart=2026\nperiodEnd=2030\n");
        write("domains.tsv", "code\tlabel\tkeywords\necology\t生态环境\t生态|林业\n");
        write("jurisdictions.tsv", "name\tkind\taliases\tlandArea\tsource\n甲县\tcounty\t甲\t1000\ttest\n");
        write("plan.txt", "测试规划\n\t19\n\t森林覆盖率（%）\n\t55\n\t56\n\t约束性\n到2030年，森林覆盖率达到56%。\n");
        write("targets.tsv", HEADER + "\n" + String.join("\n", targetLines) + "\n");
        return dir;
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private InputException fails(int line, String reasonPart, String... targetLines) throws IOException {
        Path f = folder(targetLines);
        InputException e = assertThrows(InputException.class, () -> CatalogLoader.load(f));
        assertEquals(f.resolve("targets.tsv"), e.file(), e.oneLine());
        assertEquals(line, e.line(), e.oneLine());
        assertTrue(e.getMessage().contains(reasonPart), e.oneLine());
        assertTrue(e.oneLine().startsWith(f.resolve("targets.tsv") + ":" + line + ": "), e.oneLine());
        return e;
    }

    @Test
    void aWellFormedCatalogLoads() throws IOException {
        Catalog c = CatalogLoader.load(folder(GOOD,
                String.join("\t", "T-001", "森林覆盖率", "", "绿色低碳", "ecology", "%", "", "达到56%", "higher", "level",
                        "预期性", "quota", "all", "text", "第一章", "森林覆盖率达到56%", "", "")));
        assertEquals(2, c.targets().size());
        assertEquals(3, c.byId("K2-19").orElseThrow().line());
        assertEquals(7, c.byId("T-001").orElseThrow().line(), "line found from the quote when not given");
        assertEquals(56.0, c.byId("T-001").orElseThrow().target().min());
    }

    @Test
    void badAttribute() throws IOException {
        fails(3, "attribute", GOOD, row("K2-18", "优良水体比例", "%", "100", "100", "强制性", "森林覆盖率（%）", "3"));
    }

    @Test
    void unknownUnit() throws IOException {
        fails(2, "unknown unit 'furlong'", row("K2-19", "森林覆盖率", "furlong", "55", "56", "约束性", "森林覆盖率（%）", "3"));
    }

    @Test
    void duplicateId() throws IOException {
        fails(3, "duplicate id 'K2-19'", GOOD, GOOD);
    }

    @Test
    void quoteNotInText() throws IOException {
        fails(2, "does not occur verbatim", row("K2-19", "森林覆盖率", "%", "55", "56", "约束性", "森林覆盖率为56%", ""));
    }

    @Test
    void quoteNotOnTheGivenLine() throws IOException {
        fails(2, "line 5 of plan.txt does not contain the quote",
                row("K2-19", "森林覆盖率", "%", "55", "56", "约束性", "森林覆盖率（%）", "5"));
    }

    @Test
    void missingColumn() throws IOException {
        Path f = folder(GOOD);
        Files.writeString(f.resolve("targets.tsv"), HEADER.replace("\tattribute", "") + "\n"
                + GOOD.replace("\t约束性", "") + "\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> CatalogLoader.load(f));
        assertEquals(f.resolve("targets.tsv"), e.file());
        assertEquals(1, e.line(), e.oneLine());
        assertTrue(e.getMessage().contains("attribute"), e.oneLine());
    }

    @Test
    void wrongCellCount() throws IOException {
        fails(3, "row has 19 cells but the header has 18", GOOD, GOOD.replace("K2-19", "K2-20") + "\textra");
    }

    @Test
    void emptyRequiredCell() throws IOException {
        fails(2, "column 'direction' is empty", GOOD.replace("\thigher\t", "\t\t"));
    }

    @Test
    void numberlessLevelTarget() throws IOException {
        fails(2, "has no number", row("K2-19", "森林覆盖率", "%", "55", "明显提高", "约束性", "森林覆盖率（%）", "3"));
    }

    @Test
    void unknownDomainAndBadEnums() throws IOException {
        fails(2, "unknown domain 'forestry'", GOOD.replace("\tecology\t", "\tforestry\t"));
        fails(2, "direction must be higher or lower", GOOD.replace("\thigher\t", "\tup\t"));
        fails(2, "transmission must be", GOOD.replace("\tquota\t", "\tsplit\t"));
        fails(2, "scope must be all or city", GOOD.replace("\tall\t", "\tcounty\t"));
    }

    // ---- projects.tsv -------------------------------------------------------------------------------------------

    private static final String PROJECT_HEADER = String.join("\t", "id", "name", "aliases", "jurisdictions", "section",
            "quote", "line", "note");

    private static String project(String id, String name, String aliases, String units, String quote, String line) {
        return String.join("\t", id, name, aliases, units, "专栏25", quote, line, "");
    }

    private InputException projectsFail(int line, String reasonPart, String... rows) throws IOException {
        Path f = folder(GOOD);
        write("plan.txt", "测试规划\n\t19\n\t森林覆盖率（%）\n\t55\n\t56\n\t约束性\n到2030年，森林覆盖率达到56%。\n"
                + "推动甲县中医医院新院投入使用。\n");
        write("projects.tsv", PROJECT_HEADER + "\n" + String.join("\n", rows) + "\n");
        InputException e = assertThrows(InputException.class, () -> CatalogLoader.load(f));
        assertEquals(f.resolve("projects.tsv"), e.file(), e.oneLine());
        assertEquals(line, e.line(), e.oneLine());
        assertTrue(e.getMessage().contains(reasonPart), e.oneLine());
        return e;
    }

    @Test
    void projectsLoadWithTheirJurisdictionsByName() throws IOException {
        Path f = folder(GOOD);
        write("plan.txt", "测试规划\n\t19\n\t森林覆盖率（%）\n\t55\n\t56\n\t约束性\n推动甲县中医医院新院投入使用。\n");
        write("projects.tsv", PROJECT_HEADER + "\n# a comment\n"
                + project("P25-1", "中医医院新院", "中医院新院", "甲", "推动甲县中医医院新院投入使用", "") + "\n");
        Catalog c = CatalogLoader.load(f);
        assertEquals(1, c.projects().size());
        var p = c.projects().get(0);
        assertEquals(java.util.List.of("甲县"), p.jurisdictions(), "an alias is kept as the unit's name");
        assertEquals(java.util.List.of("中医院新院"), p.aliases());
        assertEquals(7, p.line());
    }

    @Test
    void aFolderWithoutProjectsHasNone() throws IOException {
        assertEquals(java.util.List.of(), CatalogLoader.load(folder(GOOD)).projects());
    }

    @Test
    void projectRowsAreValidatedWithFileAndLine() throws IOException {
        String ok = project("P1", "中医医院新院", "", "甲县", "推动甲县中医医院新院投入使用", "");
        projectsFail(3, "unknown jurisdiction '乙县'", ok,
                project("P2", "中医医院新院", "", "甲县|乙县", "推动甲县中医医院新院投入使用", ""));
        projectsFail(3, "duplicate id 'P1'", ok, ok);
        projectsFail(2, "quote does not occur verbatim", project("P1", "中医医院新院", "", "甲县", "推动甲县中医院", ""));
        projectsFail(2, "line 2 of plan.txt does not contain",
                project("P1", "中医医院新院", "", "甲县", "推动甲县中医医院新院投入使用", "2"));
        projectsFail(2, "shorter than 3", project("P1", "中医医院新院", "新院", "甲县", "推动甲县中医医院新院投入使用", ""));
        projectsFail(2, "column 'jurisdictions' is empty",
                project("P1", "中医医院新院", "", "", "推动甲县中医医院新院投入使用", ""));
    }
}
