package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.Attribute;
import org.plancheck.model.PlanFigure;

/** Table reading from rebuilt cells: header wordings, stars outside the name, notes. */
class IndicatorTablesTest {
    static Table table(int page, List<List<String>> rows) {
        return new Table(page, rows, List.of(0f, 50f, 200f, 260f, 320f, 380f), 100, 400,
                rows.stream().map(r -> String.join(" ", r)).toList());
    }

    @Test
    void starInTheNumberColumnAndNote() {
        Table t = table(1, List.of(
                List.of("序号", "指标名称", "单位", "现状值", "规划目标"),
                List.of("1★", "森林覆盖率", "%", "60", "61"),
                List.of("2", "城镇化率", "%", "50", "55")));
        List<PlanFigure> f = IndicatorTables.read(List.of(t), "d.pdf", 2025, 2030,
                List.of("注：标★的为约束性指标。"));
        assertEquals(Attribute.BINDING, f.get(0).attribute());
        assertEquals(Attribute.EXPECTED, f.get(1).attribute());
        assertEquals("%", f.get(0).unit());
        assertEquals(60.0, f.get(0).base());
    }

    @Test
    void noStarsNoNoteLeavesAttributeUnmarked() {
        Table t = table(1, List.of(
                List.of("指标", "基期", "目标"),
                List.of("森林覆盖率（%）", "60", "61")));
        List<PlanFigure> f = IndicatorTables.read(List.of(t), "d.pdf", 2025, 2030, List.of(""));
        assertNull(f.get(0).attribute());
        assertEquals("%", f.get(0).unit());
    }

    @Test
    void headerlessContinuationOnTheNextPageKeepsColumns() {
        Table first = table(3, List.of(
                List.of("序号", "指标", "单位", "2025年", "2030年", "属性"),
                List.of("1", "森林覆盖率", "%", "60", "61", "约束性")));
        Table second = table(4, List.of(
                List.of("2", "粮食综合生产能力", "万吨", "38", "３９", "约束性")));
        List<PlanFigure> f = IndicatorTables.read(List.of(first, second), "d.pdf", 2025, 2030, List.of("", ""));
        assertEquals(2, f.size());
        assertEquals(39.0, f.get(1).target().min());
        assertEquals(4, f.get(1).page());
        assertEquals(2030, f.get(1).year());
    }
}
