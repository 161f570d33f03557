package org.plancheck.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.cli.Cli;

/**
 * {@code plancheck catalog draft} and {@code catalog score} as a reviewer runs them: a draft of each shipped upper
 * plan, from its text and (Yongzhou) from its PDF, reproduces at least 95 % of the hand catalog's targets, and the
 * draft validates with no Java written.
 */
class CatalogCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static double recall(String scoreOutput) {
        Matcher m = Pattern.compile("recall ([\\d.]+) %").matcher(scoreOutput);
        assertTrue(m.find(), scoreOutput);
        return Double.parseDouble(m.group(1));
    }

    private double draftAndScore(String input, String hand) {
        Path out = dir.resolve(Path.of(input).getFileName().toString().replace('.', '-'));
        Run d = run("catalog", "draft", input, "--out", out.toString());
        assertEquals(0, d.exit(), d.out() + d.err());
        Run s = run("catalog", "score", out.toString(), "--against", hand, "--details");
        assertEquals(0, s.exit(), s.err());
        System.out.println(s.out().lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
        return recall(s.out());
    }

    @Test
    void yongzhouFromItsText() {
        assertTrue(draftAndScore("rules/yongzhou-15th/plan.txt", "rules/yongzhou-15th") >= 95.0);
    }

    @Test
    void yongzhouFromItsPdf() {
        assertTrue(draftAndScore("samples/upper/yongzhou-15th-outline-draft.pdf", "rules/yongzhou-15th") >= 95.0);
    }

    @Test
    void hunanFromItsText() {
        assertEquals(100.0, draftAndScore("rules/hunan-2025/plan.txt", "rules/hunan-2025"));
    }

    @Test
    void theDraftIsAFolderTheToolLoads() throws Exception {
        Path out = dir.resolve("hunan");
        assertEquals(0, run("catalog", "draft", "rules/hunan-2025/plan.txt", "--out", out.toString()).exit());
        Catalog c = CatalogLoader.load(out);
        assertEquals("湖南省2025年国民经济和社会发展计划", c.plan().name());
        assertEquals("湖南省", c.plan().jurisdiction());
        assertEquals("province", c.plan().level());
        assertEquals(2024, c.plan().baseYear());
        assertEquals(2025, c.plan().targetYear());
        assertTrue(c.plan().annual());
        assertFalse(Files.exists(out.resolve("domains.tsv")), "an annual plan governs no special plans");
        String tsv = Files.readString(out.resolve("targets.tsv"), StandardCharsets.UTF_8);
        assertTrue(tsv.lines().skip(2).allMatch(l -> l.contains("待确认")), "every row says what to confirm");
        assertEquals(0, run("targets", "--upper", out.toString()).exit());

        Path yz = dir.resolve("yz");
        assertEquals(0, run("catalog", "draft", "rules/yongzhou-15th/plan.txt", "--out", yz.toString()).exit());
        Catalog y = CatalogLoader.load(yz);
        assertEquals(2025, y.plan().baseYear());
        assertEquals(2030, y.plan().targetYear());
        assertEquals("city", y.plan().level());
        assertTrue(Files.exists(yz.resolve("domains.tsv")), "a five-year plan governs special plans by domain");
        assertEquals("地区生产总值增长", y.byId("K2-01").orElseThrow().name(), "专栏2 item 1");
        assertEquals("约束性", y.byId("K2-19").orElseThrow().attribute().label(), "专栏2 item 19 森林覆盖率");
        assertEquals(23, y.targets().stream().filter(t -> t.id().startsWith("K2-")).count(), "专栏2 has 23 rows");
    }

    @Test
    void refusals() throws Exception {
        Path out = dir.resolve("x");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "x");
        Run exists = run("catalog", "draft", "rules/hunan-2025/plan.txt", "--out", out.toString());
        assertEquals(2, exists.exit(), "an existing folder is not overwritten without --force");
        Path docx = dir.resolve("plan.docx");
        Files.writeString(docx, "x");
        Run word = run("catalog", "draft", docx.toString(), "--out", dir.resolve("w").toString());
        assertEquals(2, word.exit());
        assertTrue(word.err().contains(".txt"), word.err());
        Path noYear = dir.resolve("note.txt");
        Files.writeString(noYear, "一份没有标题的文字。\n地区生产总值增长5%。\n", StandardCharsets.UTF_8);
        Run unknown = run("catalog", "draft", noYear.toString(), "--out", dir.resolve("n").toString());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("--target-year"), unknown.err());
        Run stated = run("catalog", "draft", noYear.toString(), "--out", dir.resolve("n2").toString(),
                "--target-year", "2026", "--jurisdiction", "某某市");
        assertEquals(4, stated.exit(), "nothing in scope: the empty catalog is refused. " + stated.err());
        assertTrue(stated.err().contains("no targets"), stated.err());
    }
}
