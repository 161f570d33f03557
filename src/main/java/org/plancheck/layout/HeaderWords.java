package org.plancheck.layout;

import java.util.regex.Pattern;
import org.plancheck.quantity.TextNormalizer;

/**
 * The words of an indicator table's header (主要指标表): what makes a line a header, which column names the
 * indicator, and which text is data. Role assignment (unit, base, target …) is the figures stage's job; layout
 * only needs to find headers and the name column.
 */
public final class HeaderWords {
    /** A word that names a column of an indicator table. */
    private static final Pattern WORD = Pattern.compile(
            "指标|名称|单位|基期|基数|基准|现状|目标|规划|预期值|属性|性质|类别|类型|领域|序号|年均|增速|备注|说明|责任|牵头|"
                    + "项目|内容|值|年份|年度");
    /** A column that names the indicator. */
    private static final Pattern NAME = Pattern.compile("指标|名称|^项目$|^主要指标|^内容$");
    /** A year standing for a column ("2030年", "（2030）", "2030年目标"). */
    private static final Pattern YEAR_CELL = Pattern.compile("[（(]?20\\d\\d\\s*年?[）)]?.{0,6}");
    /** Data: a number that is not a year, or an attribute value. */
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    /** Columns that hold no indicator, value or attribute: a sequence number, a category, a remark. */
    private static final Pattern NO_VALUE = Pattern.compile("^(序号|编号|类别|分类|领域|备注|说明)$");

    private HeaderWords() {
    }

    /** A heading of a column that holds neither an indicator nor a value (序号, 类别, 备注). */
    public static boolean isNoValueHeading(String cell) {
        return NO_VALUE.matcher(norm(cell)).matches();
    }

    public static String norm(String s) {
        return TextNormalizer.normalize(s).replaceAll("\\s+", "");
    }

    /** A cell that reads like a column heading. */
    public static boolean isHeading(String cell) {
        String t = norm(cell);
        if (t.isEmpty()) {
            return false;
        }
        if (YEAR_CELL.matcher(t).matches() && !t.matches(".*\\d{5,}.*")) {
            return true;
        }
        return WORD.matcher(t.replaceAll("\\d", "")).find() && !isData(t) && t.length() <= 16;
    }

    /** The heading of the indicator-name column. */
    public static boolean isNameHeading(String cell) {
        String t = norm(cell);
        return NAME.matcher(t).find() && !t.matches(".*20\\d\\d.*");
    }

    /** Data, not a heading: a number other than a year, or 约束性/预期性 as a value. */
    public static boolean isData(String cell) {
        String t = norm(cell);
        if (t.equals("约束性") || t.equals("预期性") || t.equals("约束") || t.equals("预期")) {
            return true;
        }
        java.util.regex.Matcher m = NUMBER.matcher(t);
        while (m.find()) {
            String n = m.group();
            boolean year = n.length() == 4 && (n.startsWith("20") || n.startsWith("19"))
                    && t.substring(m.end()).matches("^(年|[）)]|$|[—\\-－~～至]).*");
            if (!year) {
                return true;
            }
        }
        return false;
    }

    /** Cells that together read as an indicator table's header: a name column and a value column, three or more. */
    public static boolean isHeader(java.util.List<String> cells) {
        int headings = 0;
        boolean name = false;
        boolean value = false;
        for (String c : cells) {
            String t = norm(c);
            if (t.isEmpty()) {
                continue;
            }
            if (isData(t)) {
                return false;
            }
            if (isHeading(t)) {
                headings++;
            }
            name |= isNameHeading(t);
            value |= t.matches(".*20\\d\\d.*") || t.matches(".*(目标|基期|现状|规划值|预期值|基数|指标值).*");
        }
        return headings >= 3 && name && value;
    }

    /** A row of headings (a second header row of years under 「指标值」), no data. */
    public static boolean isHeaderLike(java.util.List<String> row) {
        int words = 0;
        for (String c : row) {
            String t = norm(c);
            if (t.isEmpty()) {
                continue;
            }
            if (isData(t)) {
                return false;
            }
            if (isHeading(t)) {
                words++;
            }
        }
        return words >= 2;
    }
}
