package org.plancheck.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.model.Attribute;
import org.plancheck.model.PlanFigure;

/** Table reading from rebuilt cells: header wordings, stars outside the name, notes, distractors, row issues. */
class IndicatorTablesTest {
    static Table table(int page, String note, List<String> header, List<List<String>> body) {
        List<Row> rows = new ArrayList<>();
        for (List<String> b : body) {
            rows.add(new Row(page, b, 100, 120, String.join(" ", b), null));
        }
        return new Table(page, List.of(header), rows, note, "", true);
    }

    static List<PlanFigure> read(Table... t) {
        return IndicatorTables.read(List.of(t), "d.pdf", 2025, 2030).figures();
    }

    @Test
    void starInTheNumberColumnAndNote() {
        Table t = table(1, "注：标★的为约束性指标。", List.of("序号", "指标名称", "单位", "现状值", "规划目标"), List.of(
                List.of("1★", "森林覆盖率", "%", "60", "61"),
                List.of("2", "城镇化率", "%", "50", "55")));
        List<PlanFigure> f = read(t);
        assertEquals(Attribute.BINDING, f.get(0).attribute());
        assertEquals(Attribute.EXPECTED, f.get(1).attribute());
        assertEquals("%", f.get(0).unit());
        assertEquals(60.0, f.get(0).base());
    }

    @Test
    void noStarsNoNoteLeavesAttributeUnmarked() {
        Table t = table(1, "", List.of("指标", "基期", "目标"), List.of(List.of("森林覆盖率（%）", "60", "61")));
        List<PlanFigure> f = read(t);
        assertNull(f.get(0).attribute());
        assertEquals("%", f.get(0).unit());
    }

    @Test
    void responsibleUnitIsNotTheUnit() {
        Table t = table(6, "", List.of("指标", "单位", "2025年", "2030年", "属性", "责任单位"), List.of(
                List.of("森林覆盖率", "%", "60", "61", "约束性", "区林业局")));
        PlanFigure f = read(t).get(0);
        assertEquals("%", f.unit());
        assertEquals(61.0, f.target().min());
    }

    @Test
    void a2027ColumnIsNotTheTarget() {
        Table t = table(2, "", List.of("指标", "2025年", "2027年目标", "2030年目标"), List.of(
                List.of("森林覆盖率（%）", "60", "60.5", "61")));
        List<PlanFigure> f = read(t);
        PlanFigure y2030 = f.stream().filter(x -> x.year() == 2030).findFirst().orElseThrow();
        PlanFigure y2027 = f.stream().filter(x -> x.year() == 2027).findFirst().orElseThrow();
        assertEquals(61.0, y2030.target().min());
        assertEquals(60.5, y2027.target().min());
    }

    @Test
    void projectListIsNotAnIndicatorTable() {
        Table t = table(9, "", List.of("序号", "项目名称", "建设内容及规模", "总投资（亿元）", "建设年限"), List.of(
                List.of("1", "中医医院新院", "新建床位500张", "8.5", "2026—2028")));
        assertTrue(read(t).isEmpty());
    }

    @Test
    void rowsThatCannotBeReadAreIssuesNotFigures() {
        Table t = table(3, "", List.of("指标", "单位", "2025年", "2030年", "属性"), List.of(
                List.of("", "%", "60", "61", "约束性"),
                List.of("森林覆盖率", "%", "", "", "")));
        IndicatorTables.Reading r = IndicatorTables.read(List.of(t), "d.pdf", 2025, 2030);
        assertTrue(r.figures().isEmpty());
        assertEquals(2, r.issues().size());
        assertEquals("数值行缺少指标名称", r.issues().get(0).reason());
        assertEquals("森林覆盖率", r.issues().get(1).name());
    }

    @Test
    void twoHeaderRowsUnderAParentHeading() {
        Table t = new Table(4, List.of(List.of("指标", "单位", "指标值", "", "属性"),
                List.of("", "", "2025年", "2030年", "")),
                List.of(new Row(4, List.of("森林覆盖率", "%", "60", "61", "约束性"), 0, 0, "", null)), "", "", true);
        PlanFigure f = read(t).get(0);
        assertEquals(61.0, f.target().min());
        assertEquals(60.0, f.base());
        assertEquals(Attribute.BINDING, f.attribute());
    }
}
