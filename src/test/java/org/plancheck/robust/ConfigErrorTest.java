package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.InputException;
import org.plancheck.engine.RuleEngine;

/**
 * Broken configuration (upper plan catalog, rules, quotas, assignments): one line on stderr naming the file, the
 * line and the reason, no stack trace, exit code 4. Each test breaks one thing in a temp copy of the shipped files.
 */
class ConfigErrorTest {
    private static final Path UPPER = Path.of("rules", "yongzhou-15th");
    private static final Path RULES = Path.of("rules", "checks");

    @TempDir
    Path tmp;
    Path upper;

    @BeforeEach
    void copyUpper() {
        upper = tmp.resolve("upper");
        Run.copyTree(UPPER, upper);
    }

    private Path targets() {
        return upper.resolve("targets.tsv");
    }

    private static List<String> lines(Path f) throws IOException {
        return new ArrayList<>(Files.readAllLines(f, StandardCharsets.UTF_8));
    }

    private static void write(Path f, List<String> lines) throws IOException {
        Files.write(f, lines, StandardCharsets.UTF_8);
    }

    /** The 1-based line of the first data row of targets.tsv, with that row's cells. */
    private int firstRow(List<String> ls) {
        for (int i = 1; i < ls.size(); i++) {
            if (!ls.get(i).isBlank() && !ls.get(i).startsWith("#")) {
                return i + 1;
            }
        }
        throw new AssertionError("targets.tsv has no data row");
    }

    private Run targetsCommand() {
        return Run.of("targets", "--upper", upper.toString());
    }

    private void setCell(String column, String value) throws IOException {
        List<String> ls = lines(targets());
        List<String> header = List.of(ls.get(0).split("\t", -1));
        int row = firstRow(ls);
        String[] cells = ls.get(row - 1).split("\t", -1);
        cells[header.indexOf(column)] = value;
        ls.set(row - 1, String.join("\t", cells));
        write(targets(), ls);
    }

    @Test
    void shippedCatalogLoads() {
        Run r = targetsCommand();
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void unknownUnit() throws IOException {
        setCell("unit", "公斤每亩");
        targetsCommand().assertConfigError(targets(), firstRow(lines(targets())), "unknown unit '公斤每亩'");
    }

    @Test
    void targetWithoutNumber() throws IOException {
        setCell("target", "大幅提高");
        targetsCommand().assertConfigError(targets(), firstRow(lines(targets())), "has no number");
    }

    @Test
    void badAttribute() throws IOException {
        setCell("attribute", "重要");
        targetsCommand().assertConfigError(targets(), firstRow(lines(targets())), "attribute");
    }

    @Test
    void badKindDirectionTransmission() throws IOException {
        for (String column : List.of("kind", "direction", "transmission", "origin")) {
            copyUpper();
            setCell(column, "whatever");
            Run r = targetsCommand();
            r.assertConfigError(targets(), firstRow(lines(targets())), "whatever");
        }
    }

    @Test
    void quoteNotInPlanText() throws IOException {
        setCell("quote", "这句话不在上位规划原文里");
        setCell("line", "");
        targetsCommand().assertConfigError(targets(), firstRow(lines(targets())), "quote does not occur");
    }

    @Test
    void lineIsNotANumber() throws IOException {
        setCell("line", "五七四");
        targetsCommand().assertConfigError(targets(), firstRow(lines(targets())), "五七四");
    }

    @Test
    void rowWithMoreCellsThanHeader() throws IOException {
        List<String> ls = lines(targets());
        int row = firstRow(ls);
        ls.set(row - 1, ls.get(row - 1) + "\textra\tcells");
        write(targets(), ls);
        targetsCommand().assertConfigError(targets(), row, "cells but the header has");
    }

    @Test
    void headerLacksColumn() throws IOException {
        List<String> ls = lines(targets());
        ls.set(0, ls.get(0).replace("\tkind\t", "\tkinds\t"));
        write(targets(), ls);
        targetsCommand().assertConfigError(targets(), 1, "header lacks column 'kind'");
    }

    @Test
    void duplicateId() throws IOException {
        List<String> ls = lines(targets());
        int row = firstRow(ls);
        ls.add(ls.get(row - 1));
        write(targets(), ls);
        targetsCommand().assertConfigError(targets(), ls.size(), "duplicate id");
    }

    @Test
    void notUtf8() throws IOException {
        String text = Files.readString(targets(), StandardCharsets.UTF_8);
        Files.write(targets(), text.getBytes(Charset.forName("GBK")));
        targetsCommand().assertConfigError(targets(), 0, "not UTF-8");
    }

    @Test
    void emptyFile() throws IOException {
        Files.write(targets(), new byte[0]);
        targetsCommand().assertConfigError(targets(), 0, "empty file");
    }

    @Test
    void missingFile() throws IOException {
        Files.delete(upper.resolve("jurisdictions.tsv"));
        targetsCommand().assertConfigError(upper.resolve("jurisdictions.tsv"), 0, "file not found");
    }

    @Test
    void domainsAreOptionalButATargetNamingADomainNeedsThem() throws IOException {
        Files.delete(upper.resolve("domains.tsv"));
        targetsCommand().assertConfigError(upper.resolve("targets.tsv"), 2, "not in domains.tsv");
    }

    @Test
    void missingFolder() {
        Path none = tmp.resolve("no-such-upper");
        Run.of("targets", "--upper", none.toString()).assertConfigError(none, 0, "not found");
    }

    @Test
    void yearIsNotANumber() throws IOException {
        Path props = upper.resolve("plan.properties");
        List<String> ls = lines(props);
        ls.replaceAll(l -> l.startsWith("targetYear=") ? "targetYear=二〇三〇" : l);
        write(props, ls);
        targetsCommand().assertConfigError(props, 0, "targetYear");
    }

    @Test
    void missingProperty() throws IOException {
        Path props = upper.resolve("plan.properties");
        List<String> ls = lines(props);
        ls.removeIf(l -> l.startsWith("baseYear="));
        write(props, ls);
        targetsCommand().assertConfigError(props, 0, "'baseYear' is missing");
    }

    @Test
    void landAreaIsNotANumber() throws IOException {
        Path j = upper.resolve("jurisdictions.tsv");
        List<String> ls = lines(j);
        int row = -1;
        for (int i = 0; i < ls.size(); i++) {
            if (ls.get(i).startsWith("东安县\t")) {
                row = i + 1;
            }
        }
        String[] cells = ls.get(row - 1).split("\t", -1);
        cells[3] = "约2219";
        ls.set(row - 1, String.join("\t", cells));
        write(j, ls);
        targetsCommand().assertConfigError(j, row, "landArea must be a number");
    }

    @Test
    void badJurisdictionKind() throws IOException {
        Path j = upper.resolve("jurisdictions.tsv");
        List<String> ls = lines(j);
        ls.add("新区\ttownship\t\t\t");
        write(j, ls);
        targetsCommand().assertConfigError(j, ls.size(), "kind must be");
    }

    // ---- rules ----

    @Test
    void drlSyntaxErrorNamesFileAndLine() throws IOException {
        Path rules = tmp.resolve("checks");
        Run.copyTree(RULES, rules);
        Path drl = rules.resolve("consistency.drl");
        List<String> ls = lines(drl);
        int start = ls.size() + 1;
        ls.add("");
        ls.add("rule \"PC-BROKEN a rule with a syntax error\"");
        ls.add("when");
        ls.add("    $f : PlanFigure( target > )");
        ls.add("then");
        ls.add("end");
        write(drl, ls);
        int end = ls.size();

        InputException e = assertThrows(InputException.class, () -> RuleEngine.load(rules));
        assertEquals(drl, e.file());
        assertTrue(e.line() >= start && e.line() <= end, () -> "line " + e.line() + " not in " + start + "–" + end
                + ": " + e.oneLine());
        Run r = Run.of("rules", "--rules", rules.toString());
        r.assertConfigError(drl, e.line(), "rule error");
    }

    @Test
    void drlUnknownFactTypeNamesFile() throws IOException {
        Path rules = tmp.resolve("checks");
        Run.copyTree(RULES, rules);
        Path drl = rules.resolve("coverage.drl");
        List<String> ls = lines(drl);
        ls.add("rule \"PC-UNKNOWN-TYPE\"");
        ls.add("when");
        ls.add("    NoSuchFact( )");
        ls.add("then");
        ls.add("end");
        write(drl, ls);
        Run r = Run.of("rules", "--rules", rules.toString());
        assertEquals(4, r.exit(), r.err());
        r.assertNoStackTrace();
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains(drl.toString()), r.err());
    }

    @Test
    void rulesFolderWithoutDrl() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty-rules"));
        Run.of("rules", "--rules", empty.toString()).assertConfigError(empty, 0, "no .drl rule files");
    }

    // ---- quotas and assignments (the check command's --quotas/--assigned) ----

    private Path quotas(String... rows) throws IOException {
        List<String> ls = new ArrayList<>();
        ls.add("# quotas handed down by the city");
        ls.add("county\tindicator\tquota\tunit");
        ls.addAll(List.of(rows));
        Path f = tmp.resolve("quotas.tsv");
        write(f, ls);
        return f;
    }

    private static void assertOneLine(InputException e, Path file, int line, String reason) {
        String l = e.oneLine();
        assertTrue(l.startsWith(file + ":" + line + ": "), l);
        assertTrue(l.contains(reason), l);
        assertEquals(1, l.lines().count(), l);
    }

    @Test
    void quotaFileErrors() throws IOException {
        Catalog c = CatalogLoader.load(UPPER);
        Path f = quotas("东安县\t森林覆盖率\t57", "不存在县\t森林覆盖率\t57");
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readQuotas(f, c)), f, 4, "unknown county");
        Path g = quotas("东安县\t不存在的指标\t57");
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readQuotas(g, c)), g, 3,
                "unknown indicator");
        Path h = quotas("东安县\tK2-19\t五十七");
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readQuotas(h, c)), h, 3,
                "must be a number");
        Path i = quotas("东安县\tK2-19\t57\t万吨");
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readQuotas(i, c)), i, 3,
                "cannot be converted");
        Path j = quotas("东安县\tK2-19\t57\t%\textra");
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readQuotas(j, c)), j, 3, "cells");
    }

    @Test
    void assignmentFileErrors() throws IOException {
        Catalog c = CatalogLoader.load(UPPER);
        Path f = tmp.resolve("assigned.tsv");
        write(f, List.of("jurisdiction\tindicator", "东安县\tK2-19"));
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readAssigned(f, c)), f, 1,
                "header lacks column 'value'");
        write(f, List.of("jurisdiction\tindicator\tvalue", "东安县\tK2-19\t"));
        assertOneLine(assertThrows(InputException.class, () -> Allocations.readAssigned(f, c)), f, 2,
                "column 'value' is empty");
    }

    @Test
    void badParameter() throws IOException {
        Path f = upper.resolve("parameters.properties");
        write(f, List.of("# review parameters", "aboutTolerance = 0.05", "maxFiguresPerIndicator = many"));
        Run.of("check", "--upper", upper.toString(), "samples/ningyuan-15th-draft.pdf")
                .assertConfigError(f, 3, "maxFiguresPerIndicator must be a whole number");
        write(f, List.of("aboutTolerance = 2"));
        Run.of("targets", "--upper", upper.toString()).assertConfigError(f, 1, "between 0 and 0.5");
        write(f, List.of("", "tolerance = 0.1"));
        Run.of("targets", "--upper", upper.toString()).assertConfigError(f, 2, "unknown parameter 'tolerance'");
    }
}
