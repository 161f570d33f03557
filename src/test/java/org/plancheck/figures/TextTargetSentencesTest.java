package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.Qualifier;

class TextTargetSentencesTest {
    private static List<PlanFigure> find(String text) {
        return TextTargets.find(List.of(new org.plancheck.layout.Passage(4, text)), "x.pdf", 2025, 2030);
    }

    @Test
    void severalTargetsInOneSentence() {
        List<PlanFigure> fs = find("到2030年，全县风电、光伏装机达到120万千瓦，水电装机达到21.7万千瓦。");
        assertEquals(2, fs.size());
        assertEquals("风电、光伏装机", fs.get(0).rawName());
        assertEquals(120.0, fs.get(0).target().min());
        assertEquals("万千瓦", fs.get(0).target().unit());
        assertEquals("水电装机", fs.get(1).rawName());
        assertEquals(4, fs.get(1).page());
    }

    @Test
    void spacesAndFullWidth() {
        List<PlanFigure> fs = find("到 2030 年，森林覆盖率达到 ５８ ％ 以上。");
        assertEquals(1, fs.size());
        assertEquals(58.0, fs.get(0).target().min());
        assertEquals(Qualifier.AT_LEAST, fs.get(0).target().qualifier());
    }

    @Test
    void growthVerbJoinsTheName() {
        List<PlanFigure> fs = find("到2030年，地区生产总值年均增长5.5%左右，社会物流总费用占GDP比重降至13%以下。");
        assertEquals("地区生产总值年均增长", fs.get(0).rawName());
        assertEquals(Qualifier.ABOUT, fs.get(0).target().qualifier());
        assertEquals(Qualifier.AT_MOST, fs.get(1).target().qualifier());
        assertEquals(13.0, fs.get(1).target().max());
    }

    @Test
    void baseYearAndPastStatementsAreNotTargets() {
        assertTrue(find("2025年，全县地区生产总值达到300亿元，森林覆盖率达到62%。").isEmpty());
        assertTrue(find("“十四五”期间，累计新建高标准农田20万亩。").isEmpty());
    }

    @Test
    void otherYearsKeepTheirYear() {
        List<PlanFigure> fs = find("到2027年，非化石能源消费比重达到33%；到2035年达到45%以上。");
        assertEquals(2027, fs.get(0).year());
    }

    @Test
    void listItemsAfterAVerb() {
        List<PlanFigure> fs = find("到2030年，生猪出栏量稳定在800万头左右，肉牛33万头，肉羊100万只。");
        assertEquals(3, fs.size());
        assertEquals("肉牛", fs.get(1).rawName());
        assertEquals(33.0, fs.get(1).target().min());
    }
}
