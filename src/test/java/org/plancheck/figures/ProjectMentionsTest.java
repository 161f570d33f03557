package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.layout.Layout;
import org.plancheck.layout.Passage;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.model.Origin;
import org.plancheck.model.Project;
import org.plancheck.model.ProjectMention;

/**
 * Where a plan names its projects: wording may differ, and a mention names the units right before it, so that
 * another county's project is told from the plan's own.
 */
class ProjectMentionsTest {
    private static final Catalog YONGZHOU = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
    private static final Project HOSPITAL = new Project("P25-1", "中医医院新院", List.of("中医院新院"),
            List.of("江华瑶族自治县", "江永县", "道县", "东安县"), "专栏25 健康永州建设工程",
            "推动江华、江永、道县中医医院新院投入使用，加快东安县中医医院新院建设", 0, "");
    private static final Project FOOD = new Project("P3-1", "江永“五香”传统优势食品产区", List.of("五香传统优势食品产区"),
            List.of("江永县"), "专栏3", "江永“五香”传统优势食品产区", 0, "");
    private static final Catalog CATALOG = new Catalog(YONGZHOU.folder(), YONGZHOU.plan(), YONGZHOU.targets(),
            YONGZHOU.jurisdictions(), YONGZHOU.domains(), List.of(), YONGZHOU.parameters(), List.of(HOSPITAL, FOOD));

    private static List<ProjectMention> inText(String jurisdiction, String... sentences) {
        List<Passage> ps = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            ps.add(new Passage(10 + i, sentences[i]));
        }
        return ProjectMentions.find("plan.pdf", new Layout(20, List.of(), ps, List.of()), CATALOG, jurisdiction);
    }

    @Test
    void wordingMayDiffer() {
        for (String s : new String[] {"加快县中医医院新院区建设项目。", "推进中医医院新院建设。", "加快中医院新院建设。",
            "推进县中医医院门诊新院建设。"}) {
            List<ProjectMention> ms = inText("道县", s);
            assertEquals(1, ms.size(), s);
            assertTrue(ms.get(0).namesNone(), s + " names no unit");
            assertTrue(ms.get(0).countsFor("道县"));
            assertEquals(10, ms.get(0).page());
            assertEquals(s, ms.get(0).text());
        }
        assertEquals("中医医院门诊新院", inText("道县", "推进县中医医院门诊新院建设。").get(0).words());
    }

    @Test
    void routesAndNamesWithNotesMayBeWrittenOtherwise() {
        Project road = new Project("P12-1", "零陵至道县高速", List.of("零陵至道县高速公路"), List.of("零陵区", "道县"),
                "专栏12", "建成零陵至道县高速", 0, "");
        Project road2 = new Project("P12-2", "桂阳至新田（宁远）高速", List.of(), List.of("新田县", "宁远县"), "专栏12",
                "桂阳至新田（宁远）高速", 0, "");
        for (String s : new String[] {"建成零陵—道县高速公路。", "加快零陵到道县高速建设。", "零陵-道县高速。"}) {
            assertEquals(1, ProjectMentions.matches(org.plancheck.quantity.TextNormalizer.fold(s), road).size(), s);
        }
        assertEquals(1, ProjectMentions.matches("建成桂阳至新田高速公路。", road2).size());
        assertEquals(0, ProjectMentions.matches("建成桂阳至郴州高速公路。", road2).size(), "another road");
        assertEquals(0, ProjectMentions.matches("零陵区和道县的高速公路网。", road).size(), "too many words between");
        assertEquals("零陵道县高速", ProjectMentions.bare("零陵至道县高速"));
        assertEquals("桂阳新田高速", ProjectMentions.bare("桂阳至新田（宁远）高速"));
    }

    @Test
    void otherWordsAreNotTheProject() {
        assertEquals(List.of(), inText("道县", "新建县人民医院和县中医医院。"));
        assertEquals(List.of(), inText("道县", "中医医院扩建，新院址另选。"), "a clause ends between the words");
        assertEquals(List.of(), inText("道县", "中医医院和妇幼保健院的新院区。"), "too many other words between them");
    }

    @Test
    void aMentionNamesTheUnitsRightBeforeIt() {
        assertEquals(List.of("江永县"), inText("道县", "学习江永县中医医院新院的经验。").get(0).named());
        assertEquals(List.of("东安县"), inText("道县", "支持东安县的中医医院新院建设。").get(0).named());
        ProjectMention list = inText("道县", "推动江华、江永、道县中医医院新院投入使用。").get(0);
        assertEquals(List.of("江华瑶族自治县", "江永县", "道县"), list.named());
        assertTrue(list.countsFor("道县"));
        ProjectMention other = inText("道县", "学习江永县中医医院新院的经验。").get(0);
        assertTrue(!other.countsFor("道县"), "another county's project is not 道县's");
        assertEquals(List.of("永州市"), inText("道县", "完成永州市中医医院新院建设。").get(0).named(),
                "the city's hospital is not the county's");
        // a name far before the words, or in another clause, does not name them
        assertTrue(inText("道县", "借鉴江永县经验，加快中医医院新院建设。").get(0).namesNone());
        assertTrue(inText("道县", "江永县经验值得学习推广建设中医医院新院。").get(0).namesNone());
    }

    @Test
    void bothMentionsOfOneSentenceAreKept() {
        List<ProjectMention> ms = inText("江永县", "推动江华、江永、道县中医医院新院投入使用，加快东安县中医医院新院建设。");
        assertEquals(2, ms.size());
        assertEquals(List.of("江华瑶族自治县", "江永县", "道县"), ms.get(0).named());
        assertEquals(List.of("东安县"), ms.get(1).named());
    }

    @Test
    void quotationMarksAndSpacesDoNotMatter() {
        assertEquals(1, inText("江永县", "建设江永\"五 香\"传统优势食品产区。").size());
        assertEquals(1, inText("江永县", "建设江永五香传统优势食品产区。").size());
    }

    @Test
    void onlyTheProjectsAssignedToThePlansJurisdiction() {
        assertEquals(List.of(), inText("宁远县", "加快县中医医院新院区建设项目。"));
        assertEquals(List.of(), inText(null, "加快县中医医院新院区建设项目。"));
        assertEquals(List.of("P25-1"), inText("江永县", "建设江永“五香”传统优势食品产区和中医医院新院。").stream()
                .filter(m -> m.projectId().equals("P25-1")).map(ProjectMention::projectId).toList());
    }

    @Test
    void projectTablesAreRead() {
        Row row = new Row(7, List.of("12", "道县中医医院新院区建设项目", "新建门诊楼、住院楼", "2026—2028"), 0, 0,
                "12 道县中医医院新院区建设项目 新建门诊楼、住院楼 2026—2028", null);
        Table t = new Table(7, List.of(List.of("序号", "项目名称", "建设内容", "建设年限")), List.of(row), "",
                "表3 重大项目表", true);
        List<ProjectMention> ms = ProjectMentions.find("plan.pdf", new Layout(20, List.of(t), List.of(), List.of()),
                CATALOG, "道县");
        assertEquals(1, ms.size());
        assertEquals(Origin.TABLE, ms.get(0).source());
        assertEquals(7, ms.get(0).page());
        assertEquals(row.text(), ms.get(0).text());
        assertEquals(List.of("道县"), ms.get(0).named());
    }

    @Test
    void aNameWrappedInTheFirstColumnOfAListReadAsLinesIsFound() {
        Project zone = new Project("P05-2", "省级高新区", List.of("高新技术产业园"), List.of("江华瑶族自治县"), "专栏5",
                "巩固提升江华、宁远、祁阳、道县、零陵等省级高新区", 0, "");
        Catalog c = new Catalog(YONGZHOU.folder(), YONGZHOU.plan(), YONGZHOU.targets(), YONGZHOU.jurisdictions(),
                YONGZHOU.domains(), List.of(), YONGZHOU.parameters(), List.of(zone));
        List<Passage> lines = List.of(new Passage(11, "3 文旅融合发展项目 各乡镇 5.0 2026—"),
                new Passage(11, "4 江华瑶族自治县高新 北部片区 18.5 2026—"), new Passage(11, "技术产业园标准厂房 2028"),
                new Passage(11, "建设项目"), new Passage(11, "5 分散式风电项目 南部片区 9.5 2027—"));
        List<ProjectMention> ms = ProjectMentions.find("plan.pdf", new Layout(12, List.of(), lines, List.of()), c,
                "江华瑶族自治县");
        assertEquals(1, ms.size(), ms.toString());
        assertEquals(11, ms.get(0).page());
        assertEquals("4 江华瑶族自治县高新 北部片区 18.5 2026— / 技术产业园标准厂房 2028 / 建设项目", ms.get(0).text());
        assertEquals(List.of("江华瑶族自治县"), ms.get(0).named());
    }
}
