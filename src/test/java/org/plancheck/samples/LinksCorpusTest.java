package org.plancheck.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.bench.Corpus;
import org.plancheck.bench.Expectations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.Tsv;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Extraction;
import org.plancheck.model.Finding;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;
import org.plancheck.report.HtmlReport;
import org.plancheck.report.OpinionReport;
import org.plancheck.report.Waivers;

/**
 * The held-out-like batch of corpora/links (scripts/corpora/links/make.sh; truth from the generator's spec): 道县's
 * general plan with its energy and ecology plans, and the city's energy and ecology plans. Every seeded chain and peer
 * case is found, nothing else between plans is reported (the controls agree), the project warnings are exactly the
 * projects the general plan leaves out, and each plan's verdict against the city is the same whether it is checked
 * alone or in the batch. (Each document's own expectations are also checked by {@link CorporaTest}.)
 */
class LinksCorpusTest {
    static final Path FOLDER = Path.of("corpora", "links");

    static Catalog catalog;
    static List<Path> files;
    static List<Extraction> read;
    static CheckReport batch;

    @BeforeAll
    static void checkTheBatch() throws Exception {
        Corpus c = Corpus.read(FOLDER);
        catalog = CatalogLoader.load(c.upper());
        files = c.documents();
        var reader = Readers.pdf(Limits.DEFAULT);
        read = new ArrayList<>();
        for (Path f : files) {
            read.add(reader.read(f, catalog));
        }
        batch = run(read);
    }

    static CheckReport run(List<Extraction> documents) {
        return new CheckRun(catalog, CorporaTest.ENGINE, Readers.pdf(Limits.DEFAULT), List.of(), List.of(), false)
                .judge(documents);
    }

    /** A seeded case: the rule, the plan it is about, the indicator, the other plan. */
    record Seeded(String ruleId, String document, String indicator, String counterpart, String severity) {
        boolean peers() {
            return ruleId.startsWith("PC-PEER");
        }

        /** The same case; peers are a pair without an order (the finding is written about either plan). */
        boolean is(Finding f) {
            String d = Finding.fileName(f.document());
            String o = Finding.fileName(f.counterpart().document());
            return ruleId.equals(f.ruleId()) && indicator.equals(f.indicatorId())
                    && severity.equals(f.severity().code())
                    && (document.equals(d) && counterpart.equals(o) || peers() && document.equals(o)
                    && counterpart.equals(d));
        }
    }

    static List<Seeded> seeded() {
        return Tsv.read(FOLDER.resolve("links.expected.tsv"), "ruleId", "document", "indicator", "counterpart",
                "severity").stream().map(r -> new Seeded(r.required("ruleId"), r.required("document"),
                r.required("indicator"), r.required("counterpart"), r.required("severity"))).toList();
    }

    static List<Finding> between() {
        return batch.batchFindings().stream().filter(f -> f.counterpart() != null).toList();
    }

    @Test
    void everySeededChainAndPeerCaseIsFound() {
        List<Seeded> seeded = seeded();
        assertEquals(5, seeded.size(), "the spec seeds two chain targets, a chain base, a peer target, a peer base");
        for (Seeded s : seeded) {
            assertTrue(between().stream().anyMatch(s::is), "missed " + s + "\nfound: " + describe(between()));
        }
    }

    @Test
    void nothingBetweenPlansWhereTheyAgree() {
        List<Seeded> seeded = seeded();
        List<Finding> unexpected = between().stream().filter(f -> seeded.stream().noneMatch(s -> s.is(f))).toList();
        assertTrue(unexpected.isEmpty(), "unexpected: " + describe(unexpected));
        assertTrue(batch.batchFindings().stream().allMatch(f -> f.counterpart() != null),
                "no batch totals for a batch of one county");
    }

    @Test
    void projectWarningsAreExactlyTheProjectsLeftOut() throws Exception {
        for (int i = 0; i < files.size(); i++) {
            var expected = Expectations.readVerdict(Expectations.expectedFile(files.get(i)), catalog);
            Set<String> want = expected.findings().stream().filter(e -> e.ruleId().equals("PC-PROJECT"))
                    .map(e -> e.indicatorId()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> got = batch.documents().get(i).findings().stream().filter(f -> f.ruleId().equals("PC-PROJECT"))
                    .map(Finding::indicatorId).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(want, got, files.get(i).toString());
        }
        // the general plan names six of its ten projects (one in other words, one by an alias) and names 中医医院新院
        // only as 江永县's: four warnings
        assertEquals(4, batch.documents().stream().mapToLong(d -> d.findings().stream()
                .filter(f -> f.ruleId().equals("PC-PROJECT")).count()).sum());
    }

    @Test
    void verdictsAgainstTheCityAreTheSameAloneAndInTheBatch() {
        for (int i = 0; i < files.size(); i++) {
            DocumentResult alone = run(List.of(read.get(i))).documents().get(0);
            DocumentResult inBatch = batch.documents().get(i);
            assertEquals(alone.status(), inBatch.status(), files.get(i).toString());
            assertEquals(describe(alone.findings()), describe(inBatch.findings()), files.get(i).toString());
            assertTrue(run(List.of(read.get(i))).batchFindings().isEmpty(), "a plan alone has nothing between plans");
        }
    }

    @Test
    void htmlReportShowsTheChainAndTheSideBySideTable() throws Exception {
        StringWriter w = new StringWriter();
        new HtmlReport().write(batch, Waivers.none(), w);
        String html = w.toString();
        assertTrue(html.contains("本批次的规划链"), "chain");
        assertTrue(html.contains("《道县“十五五”能源发展规划》</a>"), "the special plan in the chain");
        assertTrue(html.contains("同一辖区多份规划的指标对照"), "side by side");
        assertTrue(html.contains("<caption style=\"text-align:left;font-weight:bold\">道县</caption>"), "道县's table");
        assertTrue(html.contains("<caption style=\"text-align:left;font-weight:bold\">永州市</caption>"), "city table");
        assertTrue(html.contains("38；基期 30（第2页）") && html.contains("36；基期 30（第2页）"), "both plans' targets of K2-16");
        // red where a rule found a problem between two of the plans (the seeded chain and peer cases), grey where
        // they only differ (道县's special plans are stricter than its general plan on 节约型机关比例: no problem),
        // plain where they agree (40 万吨标准煤 and 400000 吨标准煤)
        for (String problem : List.of("非化石能源占能源消费总量比重", "优良水体比例", "森林覆盖率",
                "县级及以上党政机关建成节约型机关比例")) {
            assertTrue(html.contains("<tr class=\"problem\"><td class=\"ind\">" + problem + "（%）<br><span class=\"note\">"
                    + "有问题，见下方清单</span></td>"), problem);
        }
        String daoxian = html.substring(html.indexOf("font-weight:bold\">道县</caption>"));
        daoxian = daoxian.substring(0, daoxian.indexOf("</table>"));
        assertTrue(daoxian.contains("<tr class=\"differs\"><td class=\"ind\">县级及以上党政机关建成节约型机关比例（%）<br>"
                + "<span class=\"note\">数值不同，规则未判为问题</span></td>"), daoxian);
        assertTrue(html.contains("<tr><td class=\"ind\">能源综合生产能力（万吨标准煤）</td>"), "agrees after conversion");
        assertTrue(html.contains("400000 吨标准煤；基期 350000（第2页）"), "a cell in another unit names it");
        assertTrue(html.contains("<h3>与本级总体规划衔接（规划链）</h3>") && html.contains("<h3>与同级规划协调</h3>"));
    }

    @Test
    void opinionsListChainPeerAndProjectProblemsInTheirOwnSections() throws Exception {
        StringWriter w = new StringWriter();
        new OpinionReport().write(batch, Waivers.none(), w);
        String all = w.toString();
        String general = opinionOf(all, "道县国民经济和社会发展第十五个五年规划纲要");
        String ecology = opinionOf(all, "道县“十五五”生态环境保护规划");
        String cityEnergy = opinionOf(all, "永州市“十五五”能源发展规划");
        assertTrue(general.contains("### 项目安排衔接") && general.contains("中医医院新院"), general);
        assertTrue(ecology.contains("### 与本级总体规划衔接（规划链）") && ecology.contains("森林覆盖率"), ecology);
        // the peer finding is written about the ecology plan; the energy plan's opinion shows it too, sides swapped
        assertTrue(cityEnergy.contains("### 与同级规划协调") && cityEnergy.contains("节约型机关比例"), cityEnergy);
        assertTrue(!cityEnergy.contains("### 与本级总体规划衔接"), "the city's plans have no chain");
    }

    @Test
    void wordOpinionsGiveProblemsBetweenPlansTheirOwnColumns() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new org.plancheck.report.DocxOpinionReport().write(batch, Waivers.none(), bytes);
        List<String> upperColumns = List.of("序号", "指标", "上位要求", "下位表述", "页码或位置", "修改建议");
        List<String> betweenColumns = List.of("序号", "指标", "对照规划表述", "本规划表述", "页码或位置", "修改建议");
        List<String> titles = batch.documents().stream().map(d -> d.plan().title()).filter(t -> t != null
                && !t.isBlank()).toList();
        int between = 0;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            for (var t : doc.getTables()) {
                List<String> head = t.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
                assertTrue(head.equals(upperColumns) || head.equals(betweenColumns), head.toString());
                for (int i = 1; i < t.getNumberOfRows(); i++) {
                    String other = t.getRow(i).getCell(2).getText();
                    boolean namesAPlan = titles.stream().anyMatch(other::contains);
                    if (head.equals(betweenColumns)) {
                        between++;
                        assertTrue(namesAPlan, "the other plan is named: " + other);
                    } else {
                        assertTrue(!namesAPlan, "a plan of the batch is not the upper requirement: " + other);
                    }
                }
            }
        }
        // the seeded chain and peer cases, each in its plan's opinion (a peer case in both plans' opinions)
        assertTrue(between >= 4, "rows between plans: " + between);
    }

    /** One plan's opinion out of the batch's (they are separated by rules). */
    static String opinionOf(String all, String title) {
        for (String part : all.split("\n---\n")) {
            if (part.contains("- 审核对象：《" + title) || part.contains(title)
                    && part.indexOf(title) < part.indexOf("## 三")) {
                return part;
            }
        }
        throw new AssertionError("no opinion for " + title + " in\n" + all);
    }

    static String describe(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + " " + Finding.fileName(f.document()) + " " + f.indicatorId() + " "
                + f.severity().code() + " p" + f.evidence().page()
                + (f.counterpart() == null ? "" : " vs " + Finding.fileName(f.counterpart().document())))
                .sorted().collect(Collectors.joining("\n"));
    }
}
