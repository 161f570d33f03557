package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.model.Attribute;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Reads indicator tables (主要指标表): finds the header in its many wordings, assigns column roles (name, unit,
 * base, target, attribute, other years), follows a table onto the next page, and turns each row into figures.
 */
final class IndicatorTables {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern STAR = Pattern.compile("[★☆＊*※]");

    /** Which column holds what; -1 when absent. */
    record Roles(int name, int name2, int unit, int base, int target, int attribute, List<int[]> otherYears,
                 int columns, int growth) {
    }

    private IndicatorTables() {
    }

    static List<PlanFigure> read(List<Table> tables, String document, int baseYear, int targetYear,
                                 List<String> notesBelow) {
        List<PlanFigure> out = new ArrayList<>();
        // First pass: each table's roles and header rows; a headerless table right after one (next page, same
        // columns) continues it and belongs to the same chain.
        int n = tables.size();
        Roles[] rolesOf = new Roles[n];
        int[] headerRowsOf = new int[n];
        int[] chain = new int[n];
        Roles last = null;
        int lastPage = -1;
        int chains = 0;
        for (int t = 0; t < n; t++) {
            Table table = tables.get(t);
            int headerRows = 0;
            Roles roles = null;
            for (int h = 0; h < Math.min(3, table.rows().size()) && roles == null; h++) {
                roles = roles(table, h, baseYear, targetYear);
                headerRows = h + 1;
                if (roles == null && h + 1 < table.rows().size() && isHeaderLike(table.rows().get(h + 1))) {
                    // a two-row header: 「指标值」 over 「2025年 | 2030年」
                    roles = rolesMerged(table, h + 1, baseYear, targetYear);
                    headerRows = h + 2;
                }
            }
            boolean continuation = false;
            if (roles != null) {
                // A second header row (years under a merged 指标值 cell) belongs to the header too.
                while (headerRows < table.rows().size() && isHeaderLike(table.rows().get(headerRows))) {
                    Roles merged = rolesMerged(table, headerRows, baseYear, targetYear);
                    if (merged != null) {
                        roles = merged;
                    }
                    headerRows++;
                }
                // The header repeated on the next page: same columns, same chain.
                continuation = last != null && table.page() == lastPage + 1 && t > 0 && chain[t - 1] >= 0
                        && table.columnCount() == last.columns() && table.top() < 200;
            } else if (last != null && table.page() > lastPage && table.columnCount() == last.columns()) {
                roles = last;
                headerRows = 0;
                continuation = true;
            } else {
                chain[t] = -1;
                continue;
            }
            rolesOf[t] = roles;
            headerRowsOf[t] = headerRows;
            chain[t] = continuation ? chain[t - 1] : chains++;
            last = roles;
            lastPage = table.page();
        }
        boolean[] chainStarred = new boolean[chains];
        StringBuilder[] chainNote = new StringBuilder[chains];
        for (int t = 0; t < n; t++) {
            if (chain[t] < 0) {
                continue;
            }
            Roles rl = rolesOf[t];
            int c = chain[t];
            chainStarred[c] |= tables.get(t).rows().stream().skip(headerRowsOf[t])
                    .anyMatch(r -> rl.name() >= 0 && rl.name() < r.size() && STAR.matcher(r.get(rl.name())).find()
                            || starOutsideValues(r, rl));
            if (chainNote[c] == null) {
                chainNote[c] = new StringBuilder();
            }
            chainNote[c].append(t < notesBelow.size() ? notesBelow.get(t) : "");
        }
        for (int t = 0; t < n; t++) {
            if (chain[t] < 0) {
                continue;
            }
            Table table = tables.get(t);
            Roles roles = rolesOf[t];
            int headerRows = headerRowsOf[t];
            final Roles rl = roles;
            boolean starred = chainStarred[chain[t]];
            String note = chainNote[chain[t]].toString();
            boolean starNote = STAR.matcher(note).find() && note.contains("约束");
            String carryName = "";
            for (int r = headerRows; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                String n1 = cell(row, roles.name());
                String n2 = cell(row, roles.name2());
                if (!n1.isEmpty()) {
                    carryName = n1;
                }
                String name = n2.isEmpty() ? n1 : (n1.isEmpty() ? carryName : n1) + n2;
                if (name.isEmpty() || isHeaderLike(row)) {
                    continue;
                }
                boolean star = STAR.matcher(name).find() || starOutsideValues(row, roles);
                String cleanName = STAR.matcher(name).replaceAll("").strip();
                String targetText = cell(row, roles.target());
                String growthText = cell(row, roles.growth());
                if ((targetText.isEmpty() || targetText.matches("[—\\-－/、\\s]+")) && !growthText.isEmpty()
                        && !growthText.matches("[—\\-－/、\\s]+")) {
                    targetText = "年均" + growthText;
                }
                String baseText = cell(row, roles.base());
                if (targetText.isEmpty() && baseText.isEmpty() && rl.otherYears().stream()
                        .allMatch(y -> cell(row, y[0]).isEmpty())) {
                    continue;
                }
                Attribute attr = Attribute.parse(cell(row, roles.attribute()));
                if (attr == null && star) {
                    attr = Attribute.BINDING;
                } else if (attr == null && (starred || starNote) && roles.attribute() < 0) {
                    attr = Attribute.EXPECTED;
                }
                String[] nu = Units.splitNameAndUnit(cleanName);
                String unit = cell(row, roles.unit()).isEmpty() ? nu[1] : cell(row, roles.unit());
                String text = table.rowTexts().get(r);
                // "—" under 2030 with a number under another year: the plan gives no target-year target.
                boolean dash = targetText.matches("[—\\-－/、\\s]+");
                boolean otherYear = rl.otherYears().stream()
                        .anyMatch(y -> !cell(row, y[0]).isEmpty() && !cell(row, y[0]).matches("[—\\-－/、\\s]+"));
                if (!targetText.isEmpty() && !(dash && otherYear)) {
                    out.add(figure(document, cleanName, baseText, targetText, unit, targetYear, attr, table.page(),
                            text));
                }
                for (int[] y : roles.otherYears()) {
                    String v = cell(row, y[0]);
                    // "—" in a 2035 column states nothing for that year
                    if (!v.isEmpty() && !v.matches("[—\\-－/、\\s]+")) {
                        out.add(figure(document, cleanName, baseText, v, unit, y[1], attr, table.page(), text));
                    }
                }
            }
        }
        return out;
    }

    private static PlanFigure figure(String doc, String name, String baseText, String target, String unit, int year,
                                     Attribute attr, int page, String text) {
        TargetValue v = TargetGrammar.parse(target);
        Double base = baseText.isEmpty() ? null : TargetGrammar.number(baseText);
        return new PlanFigure(doc, name, null, null, Origin.TABLE, base, baseText, v, unit, year, attr, page, text);
    }

    /** A binding star in the 序号 column or a column of its own (not in a value, where * could be a footnote). */
    private static boolean starOutsideValues(List<String> row, Roles roles) {
        for (int i = 0; i < row.size(); i++) {
            int col = i;
            boolean value = i == roles.base() || i == roles.target() || i == roles.unit()
                    || roles.otherYears().stream().anyMatch(y -> y[0] == col);
            if (!value && STAR.matcher(row.get(i)).find() && row.get(i).strip().length() <= 4) {
                return true;
            }
        }
        return false;
    }

    private static String cell(List<String> row, int i) {
        return i < 0 || i >= row.size() ? "" : row.get(i).strip();
    }

    /** A row of header words and years, no data. */
    static boolean isHeaderLike(List<String> row) {
        int words = 0;
        for (String c : row) {
            String n = TextNormalizer.normalize(c);
            if (n.isEmpty()) {
                continue;
            }
            if (n.matches(".*(指标|名称|单位|基期|目标|属性|类别|序号|规划|现状|预期|年份|领域).*")
                    || n.matches("(20\\d\\d年?[）)]?|[（(]?20\\d\\d年[）)]?)(目标|目标值)?")) {
                words++;
            } else if (n.matches(".*\\d.*")) {
                return false;
            }
        }
        return words >= 2;
    }

    private static Roles roles(Table t, int headerRow, int baseYear, int targetYear) {
        return rolesFrom(t.rows().get(headerRow), baseYear, targetYear, t.columnCount());
    }

    private static Roles rolesMerged(Table t, int extraRow, int baseYear, int targetYear) {
        List<String> combined = new ArrayList<>();
        List<String> extra = t.rows().get(extraRow);
        List<String> first = t.rows().get(extraRow - 1);
        for (int i = 0; i < t.columnCount(); i++) {
            String a = i < first.size() ? first.get(i) : "";
            String b = i < extra.size() ? extra.get(i) : "";
            combined.add(a + b);
        }
        // Merged header cells leave "" to the right: the parent's words apply to the years below them.
        for (int i = 1; i < combined.size(); i++) {
            String top = i < first.size() ? first.get(i) : "";
            if (top.isEmpty() && i < extra.size() && !extra.get(i).isEmpty()) {
                combined.set(i, extra.get(i));
            }
        }
        return rolesFrom(combined, baseYear, targetYear, t.columnCount());
    }

    private static Roles rolesFrom(List<String> header, int baseYear, int targetYear, int columns) {
        int name = -1;
        int unit = -1;
        int base = -1;
        int target = -1;
        int attribute = -1;
        int growth = -1;
        List<int[]> other = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = TextNormalizer.normalize(header.get(i));
            if (h.isEmpty()) {
                continue;
            }
            Matcher y = YEAR.matcher(h);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            if (h.contains("属性") || h.contains("性质") || h.equals("类型")) {
                attribute = i;
            } else if (h.contains("单位")) {
                unit = i;
            } else if (h.startsWith("年均") && year == null) {
                // 「年均增长」: the growth target of rows whose level columns are empty
                growth = i;
            } else if ((h.contains("指标") || h.contains("名称") || h.equals("项目")) && year == null
                    && !h.contains("值") && name < 0) {
                name = i;
            } else if (year != null && year == baseYear || h.contains("基期") || h.contains("基准") || h.contains("现状")
                    || h.contains("基数")) {
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
        if (name < 0 || (target < 0 && other.isEmpty())) {
            return null;
        }
        int name2 = -1;
        if (name + 1 < header.size() && header.get(name + 1).isBlank() && name + 1 != unit && name + 1 != base
                && name + 1 != target && name + 1 != attribute) {
            name2 = name + 1;
        }
        return new Roles(name, name2, unit, base, target, attribute, other, columns, growth);
    }
}
