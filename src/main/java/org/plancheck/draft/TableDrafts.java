package org.plancheck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.draft.PlanLines.Cell;
import org.plancheck.draft.PlanLines.Grid;
import org.plancheck.layout.HeaderWords;
import org.plancheck.model.Attribute;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Reads the rows of indicator tables (主要指标): the role of each column from the header (指标名称, 单位, the base
 * year or 基期, the target year or 目标, 属性, 类别, 序号, 年均增长), then one target per row that states a target. A row
 * with more cells than the header carries a merged parent name (「每千人口拥有医护人员数」 over 「执业医师数（人）」): the
 * last name cell is the name, the parent is kept as an alias. The quote is the name cell as written; its numbers stand
 * on the lines right after it.
 */
final class TableDrafts {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)");
    private static final Pattern STAR = Pattern.compile("[★☆＊*※]");
    private static final Pattern DASH = Pattern.compile("[—\\-－/、\\s–]*");
    private static final Pattern BOX = Pattern.compile("专栏\\s*(\\d+)");
    private static final Pattern PROJECT = Pattern.compile("建设内容|建设规模|总投资|投资额|建设年限|建设地点|项目名称|实施主体|起止年限");

    /** Column roles; {@code span}: the name column and the unheaded columns after it (a name over two columns). */
    private record Roles(int name, int span, int unit, int base, int target, int attribute, int category, int seq,
                         int growth) {
    }

    private TableDrafts() {
    }

    static List<Found> read(Grid grid, int baseYear, int targetYear) {
        List<Found> out = new ArrayList<>();
        Roles r = roles(grid, baseYear, targetYear);
        if (r == null) {
            return out;
        }
        int columns = grid.columns();
        String category = "";
        String parent = "";
        String seq = "";
        Matcher box = BOX.matcher(TextNormalizer.normalize(grid.caption()));
        String boxLabel = box.find() ? "专栏" + box.group(1) : "";
        String caption = TextNormalizer.normalize(grid.caption()).replaceAll("^专栏\\d+", "").strip();
        boolean starred = false;
        for (List<Cell> row : grid.rows()) {
            starred |= row.stream().anyMatch(c -> STAR.matcher(c.text()).find() && c.text().length() <= 40);
        }
        for (List<Cell> row : grid.rows()) {
            int extra = Math.max(0, row.size() - columns);
            String cat = cell(row, r.category(), r.name(), extra);
            if (!cat.isEmpty()) {
                category = cat;
            }
            String s = cell(row, r.seq(), r.name(), extra);
            boolean newItem = !s.isEmpty();
            if (newItem) {
                seq = s;
            }
            // the name: the name column and, in a row wider than the header, the cells merged into it
            List<Cell> names = new ArrayList<>();
            for (int k = r.name(); k < r.name() + r.span() + extra && k < row.size(); k++) {
                if (!row.get(k).empty()) {
                    names.add(row.get(k));
                }
            }
            if (extra == 0 && r.span() == 1) {
                parent = "";
            } else if (names.size() > 1) {
                parent = names.get(0).text();
            } else if (r.name() < row.size() && !row.get(r.name()).empty()) {
                parent = "";
            }
            if (names.isEmpty()) {
                continue;
            }
            Cell nameCell = names.get(names.size() - 1);
            String target = cell(row, r.target(), r.name(), extra);
            String growth = cell(row, r.growth(), r.name(), extra);
            String base = cell(row, r.base(), r.name(), extra);
            boolean noTarget = target.isEmpty() || DASH.matcher(target).matches();
            boolean noGrowth = growth.isEmpty() || DASH.matcher(growth).matches();
            if (noTarget && noGrowth) {
                continue;
            }
            String written = nameCell.text();
            boolean star = STAR.matcher(written).find() || starOutside(row, r, extra);
            written = STAR.matcher(written).replaceAll("").strip();
            String[] nu = Units.splitNameAndUnit(written);
            String unitCell = cell(row, r.unit(), r.name(), extra);
            String unit = unit(unitCell.isEmpty() ? nu[1] : unitCell);
            String name = nu[0].replaceAll("[（(][^（）()]*[）)]", "").strip();
            List<String> aliases = new ArrayList<>();
            if (!nu[0].equals(name)) {
                aliases.add(nu[0]);
            }
            if (!parent.isEmpty()) {
                aliases.add(TextNormalizer.normalize(parent).replaceAll("[（(][^（）()]*[）)]", "") + name);
            }
            Attribute a = Attribute.parse(cell(row, r.attribute(), r.name(), extra));
            if (a == null && star) {
                a = Attribute.BINDING;
            } else if (a == null && starred) {
                a = Attribute.EXPECTED;
            }
            String attribute = a == null ? null : a.label();
            String section = (boxLabel.isEmpty() ? caption : boxLabel) + (seq.isEmpty() ? "" : " 第" + seq + "项");
            String quote = nameCell.first().strip();
            if (!noTarget) {
                out.add(new Found(name, aliases, category, unit, base, target,
                        attribute, true, section.strip(), quote, nameCell.line(), false, growthName(name)));
            }
            if (!noGrowth) {
                String gname = growthName(name) ? name : name + "年均增长";
                out.add(new Found(gname, List.of(), category, "%", "", growth.startsWith("年均") ? growth : "年均" + growth,
                        attribute, true, section.strip(), quote, nameCell.line(), false, true));
            }
        }
        return out;
    }

    private static boolean growthName(String name) {
        return name.endsWith("增长") || name.endsWith("增速") || name.endsWith("增幅");
    }

    /** The unit written, canonical when known; null when none or unknown (a reviewer adds it). */
    private static String unit(String written) {
        if (written == null || written.isBlank() || DASH.matcher(written).matches()) {
            return null;
        }
        return Units.lookup(written).map(u -> u.symbol()).orElse(null);
    }

    /** A row's cell for a header column: columns after the name shift right by the cells merged into the name. */
    private static String cell(List<Cell> row, int column, int name, int extra) {
        if (column < 0) {
            return "";
        }
        int k = column > name ? column + extra : column;
        return k < row.size() ? row.get(k).text().strip() : "";
    }

    private static boolean starOutside(List<Cell> row, Roles r, int extra) {
        for (int k = 0; k < row.size(); k++) {
            boolean value = k == shifted(r.base(), r, extra) || k == shifted(r.target(), r, extra)
                    || k == shifted(r.growth(), r, extra);
            if (!value && (k < r.name() || k > r.name() + extra) && STAR.matcher(row.get(k).text()).find()
                    && row.get(k).text().length() <= 4) {
                return true;
            }
        }
        return false;
    }

    private static int shifted(int column, Roles r, int extra) {
        return column < 0 ? -1 : column > r.name() ? column + extra : column;
    }

    /** The roles of the columns, from the header rows read column by column; null for a table of another kind. */
    private static Roles roles(Grid grid, int baseYear, int targetYear) {
        int n = grid.columns();
        List<String> combined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            for (List<Cell> h : grid.header()) {
                if (i < h.size()) {
                    b.append(h.get(i).text());
                }
            }
            combined.add(HeaderWords.norm(b.toString()));
        }
        if (PROJECT.matcher(String.join("|", combined)).find()) {
            return null;
        }
        int name = -1;
        int unit = -1;
        int base = -1;
        int target = -1;
        int attribute = -1;
        int category = -1;
        int seq = -1;
        int growth = -1;
        int wordTarget = -1;
        for (int i = 0; i < n; i++) {
            String h = combined.get(i);
            Matcher y = YEAR.matcher(h);
            Integer year = null;
            while (y.find()) {
                year = Integer.valueOf(y.group(1));
            }
            if (h.isEmpty()) {
                continue;
            }
            if (h.contains("属性") || h.contains("性质")) {
                attribute = i;
            } else if (h.contains("序号") || h.contains("编号")) {
                seq = i;
            } else if (h.contains("类别") || h.contains("领域") || h.contains("分类")) {
                category = i;
            } else if (h.contains("单位") && year == null) {
                unit = i;
            } else if ((h.startsWith("年均") || h.contains("年均增")) && year == null) {
                growth = i;
            } else if ((h.contains("指标") || h.contains("名称") || h.equals("项目") || h.equals("内容")) && year == null
                    && !h.contains("值") && name < 0) {
                name = i;
            } else if (year != null && year == baseYear || year == null && h.matches(".*(基期|基准|现状|基数).*")) {
                base = i;
            } else if (year != null && year == targetYear) {
                target = target < 0 ? i : target;
            } else if (year == null && h.matches(".*(目标|规划值|预期值|计划).*")) {
                wordTarget = wordTarget < 0 ? i : wordTarget;
            }
        }
        if (target < 0) {
            // a column of the target year, or one headed 目标/规划值 without a year; a column of another year
            // (the previous plan's 2025 goal in a review table) is not this plan's target
            target = wordTarget;
        }
        boolean period = String.join("", combined).matches(".*(" + targetYear + "|十[一二三四五六七八九]五|规划期).*");
        if (name < 0 || target < 0 && (growth < 0 || !period)) {
            // a review of the previous plan (2020, 2025 and 年均增速 only) is not this plan's indicator table
            return null;
        }
        int span = 1;
        while (name + span < n && combined.get(name + span).isEmpty() && span < 3) {
            span++;
        }
        return new Roles(name, span, unit, base, target, attribute, category, seq, growth);
    }
}
