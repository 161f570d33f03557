package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.layout.HeaderWords;
import org.plancheck.layout.Row;
import org.plancheck.layout.Table;
import org.plancheck.model.Attribute;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.RowIssue;
import org.plancheck.model.TargetValue;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Reads indicator tables (主要指标表) out of the document's tables: gives each column its role from the header words
 * (name, unit, base, target, other years, annual growth, attribute; 序号, 类别, 责任单位, 备注 and the like are
 * recognised and ignored), leaves project lists and other tables alone, and turns each body row into figures, or
 * into a "row not read" issue when it cannot (no name, two values in one cell, no value for a named indicator).
 */
final class IndicatorTables {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern STAR = Pattern.compile("[★☆＊*※]");
    /** A cell stating nothing: a dash (OCR reads a lone dash as the ideograph 一, which is no value either). */
    private static final Pattern DASH = Pattern.compile("[—\\-－/、\\s–]+|一{1,2}");
    /** Words of a project list's header (重大项目表): such a table is not an indicator table. */
    private static final Pattern PROJECT = Pattern.compile("建设内容|建设规模|总投资|投资额|建设年限|建设地点|建设性质|项目名称|实施主体|起止年限");
    /** Columns named for who is responsible or for remarks: never the unit, never a value. */
    private static final Pattern IGNORED = Pattern.compile("责任|牵头|主管|实施|配合|备注|说明|来源|口径|序号|类别|领域|分类|编号");

    /** Which column holds what; -1 when absent. */
    record Roles(int name, int name2, int unit, int base, int target, int attribute, List<int[]> otherYears,
                 int growth) {
    }

    /** Figures read from the tables, and the rows that could not be read. */
    record Reading(List<PlanFigure> figures, List<RowIssue> issues) {
    }

    private IndicatorTables() {
    }

    static Reading read(List<Table> tables, String document, int baseYear, int targetYear) {
        List<PlanFigure> out = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>();
        for (Table table : tables) {
            Roles roles = roles(table, baseYear, targetYear);
            if (roles == null) {
                continue;
            }
            read(table, roles, document, targetYear, out, issues);
        }
        return new Reading(out, issues);
    }

    private static void read(Table table, Roles roles, String document, int targetYear, List<PlanFigure> out,
                             List<RowIssue> issues) {
        boolean starred = table.rows().stream().anyMatch(r -> STAR.matcher(r.cell(roles.name())).find()
                || starOutsideValues(r, roles));
        String note = table.noteBelow();
        boolean starNote = STAR.matcher(note).find() && note.contains("约束");
        String carryName = "";
        for (Row row : table.rows()) {
            String n1 = row.cell(roles.name());
            String n2 = row.cell(roles.name2());
            if (!n1.isEmpty()) {
                carryName = n1;
            }
            String name = n2.isEmpty() ? n1 : (n1.isEmpty() ? carryName : n1) + n2;
            if (HeaderWords.isHeaderLike(row.cells())) {
                continue;
            }
            String targetText = row.cell(roles.target());
            String growthText = row.cell(roles.growth());
            String baseText = row.cell(roles.base());
            boolean anyYear = roles.otherYears().stream().anyMatch(y -> !row.cell(y[0]).isEmpty());
            boolean anyValue = !targetText.isEmpty() || !growthText.isEmpty() || anyYear;
            String cleanName = STAR.matcher(name).replaceAll("").strip();
            if (!row.readable()) {
                issues.add(new RowIssue(document, row.page(), cleanName, row.text(), row.problem(), null, null,
                        row.where()));
                continue;
            }
            String doubt = row.confidence() < 1f ? ocrDoubt(row, roles, cleanName) : null;
            if (doubt != null) {
                issues.add(new RowIssue(document, row.page(), cleanName, row.text(), doubt, null, null));
                continue;
            }
            if (cleanName.isEmpty()) {
                if (anyValue) {
                    issues.add(new RowIssue(document, row.page(), "", row.text(), "数值行缺少指标名称", null, null,
                            row.where()));
                }
                continue;
            }
            if (!anyValue) {
                if (baseText.isEmpty()) {
                    // a category label, or a named row with no value at all: kept as an issue, which counts only
                    // when the name is an indicator of the upper plan
                    issues.add(new RowIssue(document, row.page(), cleanName, row.text(), "该行没有目标值", null, null,
                            row.where()));
                }
                continue;
            }
            boolean star = STAR.matcher(name).find() || starOutsideValues(row, roles);
            // a 年均增长 cell is the growth of the row's indicator: 「地区生产总值」's is 地区生产总值增长
            String growthName = cleanName.contains("增") ? cleanName : Units.splitNameAndUnit(cleanName)[0] + "年均增长";
            if ((targetText.isEmpty() || DASH.matcher(targetText).matches()) && !growthText.isEmpty()
                    && !DASH.matcher(growthText).matches()) {
                out.add(figure(document, growthName, baseText, "年均" + growthText, "%", targetYear,
                        attribute(row, roles, star, starred || starNote), row));
                growthText = "";
            }
            Attribute attr = attribute(row, roles, star, starred || starNote);
            String unit = unit(row, roles, cleanName);
            boolean dash = DASH.matcher(targetText).matches();
            if (!targetText.isEmpty() && !dash) {
                out.add(figure(document, cleanName, baseText, targetText, unit, targetYear, attr, row));
            }
            if (!growthText.isEmpty() && !DASH.matcher(growthText).matches()) {
                out.add(figure(document, growthName, "", "年均" + growthText, "%", targetYear, attr, row));
            }
            for (int[] y : roles.otherYears()) {
                String v = row.cell(y[0]);
                // "—" in a 2035 column states nothing for that year
                if (!v.isEmpty() && !DASH.matcher(v).matches()) {
                    out.add(figure(document, cleanName, baseText, v, unit, y[1], attr, row));
                }
            }
        }
    }

    /** A value as a table writes one: qualifier, number (or range, or [cumulative]), unit, 左右/以上/以下/以内. */
    private static final Pattern OCR_VALUE = Pattern.compile(
            "(?:[≤≥<>＜＞≦≧]|不低于|不少于|不超过|不高于|约|年均|累计|增长)?\\[?-?\\d+(?:\\.\\d+)?\\]?(?<u1>[^\\d—–~～至－\\-\\]]*?)"
                    + "(?:(?:—|–|-|~|～|至|－)-?\\d+(?:\\.\\d+)?(?<u2>[^\\d\\]]*?))?\\]?(?:左右|以上|以下|以内)?");

    /**
     * Why a row read by OCR cannot be trusted although every character was read with confidence, or null: a unit
     * that is no unit (「多」 for a poorly scanned 「%」), a value cell with characters no value has (「和5.5」 for
     * 「≤5.5」), a value without a number that is no known phrase (not 完成市下达任务, not 高于GDP增长). A text
     * layer states what it states; a scan may have been misread, so only what reads as a value counts
     * (docs/domain.md, "What counts as read").
     */
    static String ocrDoubt(Row row, Roles roles, String name) {
        String unit = row.cell(roles.unit());
        if (!unit.isEmpty() && !DASH.matcher(unit).matches() && Units.lookup(unit).isEmpty()) {
            return "OCR识别的单位「" + unit + "」不是已知单位，无法确认";
        }
        List<Integer> values = new ArrayList<>(List.of(roles.base(), roles.target(), roles.growth()));
        roles.otherYears().forEach(y -> values.add(y[0]));
        for (int c : values) {
            String v = TextNormalizer.normalize(row.cell(c)).replaceAll("\\s+", "");
            if (v.isEmpty() || DASH.matcher(v).matches()) {
                continue;
            }
            if (!v.matches(".*\\d.*")) {
                org.plancheck.model.ValueKind k = TargetGrammar.parse(v).kind();
                if (k != org.plancheck.model.ValueKind.DEFERRED && k != org.plancheck.model.ValueKind.RELATIVE) {
                    return "OCR识别的数值「" + v + "」不是可识别的目标表述，无法确认";
                }
                continue;
            }
            Matcher m = OCR_VALUE.matcher(v);
            if (!m.matches() || !knownUnit(m.group("u1")) || !knownUnit(m.group("u2"))) {
                return "OCR识别的数值「" + v + "」含有数值以外的字符，无法确认";
            }
        }
        return null;
    }

    private static boolean knownUnit(String u) {
        return u == null || u.isEmpty() || Units.lookup(u).isPresent();
    }

    private static Attribute attribute(Row row, Roles roles, boolean star, boolean tableUsesStars) {
        Attribute attr = Attribute.parse(row.cell(roles.attribute()));
        if (attr == null && star) {
            return Attribute.BINDING;
        }
        if (attr == null && tableUsesStars && roles.attribute() < 0) {
            return Attribute.EXPECTED;
        }
        return attr;
    }

    private static String unit(Row row, Roles roles, String name) {
        String[] nu = Units.splitNameAndUnit(name);
        String column = row.cell(roles.unit());
        return column.isEmpty() ? nu[1] : column;
    }

    private static PlanFigure figure(String doc, String name, String baseText, String target, String unit, int year,
                                     Attribute attr, Row row) {
        TargetValue v = TargetGrammar.parse(target);
        Double base = baseText.isEmpty() || DASH.matcher(baseText).matches() ? null : TargetGrammar.number(baseText);
        return new PlanFigure(doc, name, null, null, Origin.TABLE, base, baseText, v, unit, year, attr, row.page(),
                row.text(), row.where(), row.box() == null ? List.of() : List.of(row.box()),
                (double) row.confidence());
    }

    /** A binding star in the 序号 column or a column of its own (not in a value, where * could be a footnote). */
    private static boolean starOutsideValues(Row row, Roles roles) {
        for (int i = 0; i < row.cells().size(); i++) {
            int col = i;
            boolean value = i == roles.base() || i == roles.target() || i == roles.unit() || i == roles.growth()
                    || roles.otherYears().stream().anyMatch(y -> y[0] == col);
            if (!value && i != roles.name() && STAR.matcher(row.cell(i)).find() && row.cell(i).length() <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * The roles of a table's columns from its header rows (several rows are read column by column, a cell merged
     * over several columns applying to each), or null when the table is not an indicator table.
     */
    static Roles roles(Table t, int baseYear, int targetYear) {
        if (t.header().isEmpty()) {
            return null;
        }
        int n = t.columns();
        List<String> combined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            combined.add("");
        }
        for (List<String> row : t.header()) {
            for (int i = 0; i < n; i++) {
                combined.set(i, combined.get(i) + (i < row.size() ? row.get(i) : ""));
            }
        }
        if (t.header().size() > 1) {
            // 「指标值」 over 「2025年 | 2030年」: the parent heading left of an empty cell reaches the year below it
            List<String> top = t.header().get(0);
            for (int i = 1; i < n; i++) {
                String above = i < top.size() ? top.get(i) : "";
                if (above.isEmpty() && YEAR.matcher(combined.get(i)).find() && i - 1 < top.size()
                        && !top.get(i - 1).isEmpty() && !YEAR.matcher(top.get(i - 1)).find()) {
                    combined.set(i, top.get(i - 1) + combined.get(i));
                }
            }
        }
        String all = String.join("|", combined);
        if (PROJECT.matcher(TextNormalizer.normalize(all)).find()) {
            return null;
        }
        return rolesFrom(combined, baseYear, targetYear);
    }

    static Roles rolesFrom(List<String> header, int baseYear, int targetYear) {
        int name = -1;
        int unit = -1;
        int base = -1;
        int target = -1;
        int attribute = -1;
        int growth = -1;
        List<int[]> other = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = HeaderWords.norm(header.get(i));
            if (h.isEmpty()) {
                continue;
            }
            Matcher y = YEAR.matcher(h);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            if (year == null && IGNORED.matcher(h).find() && !h.contains("指标")) {
                continue;
            }
            if (h.contains("属性") || h.contains("性质") || h.equals("类型")) {
                attribute = i;
            } else if (h.contains("单位") && year == null) {
                unit = i;
            } else if ((h.startsWith("年均") || h.contains("年均增") || h.contains("增速")) && year == null) {
                growth = i;
            } else if ((h.contains("指标") || h.contains("名称") || h.equals("项目") || h.equals("内容"))
                    && year == null && !h.contains("值") && name < 0) {
                name = i;
            } else if (year != null && year == baseYear || year == null && (h.contains("基期") || h.contains("基准")
                    || h.contains("现状") || h.contains("基数"))) {
                base = i;
            } else if (year != null && year == targetYear && target < 0) {
                target = i;
            } else if (year != null && year > baseYear) {
                other.add(new int[] {i, year});
            } else if (year != null) {
                continue;
            } else if ((h.contains("目标") || h.contains("规划值") || h.contains("预期值")) && target < 0) {
                target = i;
            }
        }
        if (name < 0 || (target < 0 && other.isEmpty() && growth < 0)) {
            return null;
        }
        int name2 = -1;
        if (name + 1 < header.size() && header.get(name + 1).isBlank() && name + 1 != unit && name + 1 != base
                && name + 1 != target && name + 1 != attribute) {
            name2 = name + 1;
        }
        return new Roles(name, name2, unit, base, target, attribute, other, growth);
    }
}
