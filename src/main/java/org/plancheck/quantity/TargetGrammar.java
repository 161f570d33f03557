package org.plancheck.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;

/**
 * The grammar of plan targets (DOMAIN.md, "How a target reads"): turns "5%—5.5%", "3.5左右", "≤5.5", "以上",
 * "[6]", "年均10", "高于GDP增长", "以省下达任务为准", full-width digits and stray spaces into a {@link TargetValue}.
 * Used for the catalog and for every figure read from a lower plan.
 */
public final class TargetGrammar {

    static final String NUM = "-?\\d+(?:\\.\\d+)?";
    private static final String RANGE_SEP = "(?:—|–|-|~|～|至|－|―|‒|−|到)+";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])" + NUM);
    /** Two numbers joined by a dash, each maybe followed by a unit or %: "5%—5.5%", "10—15人". */
    private static final Pattern RANGE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*([^\\d\\s—–\\-~～至－―‒−到]{0,6}?)\\s*" + RANGE_SEP + "\\s*(\\d+(?:\\.\\d+)?)");
    private static final Pattern DEFERRED = Pattern.compile(
            "(以省下达|省下达|市下达|上级下达|下达任务|下达的?目标|省定目标|完成省定|为准|按省|按市|省里下达)");
    private static final Pattern REL_SAME = Pattern.compile("与(.+?)(?:增长)?(?:基本)?同步");
    private static final Pattern REL_ABOVE = Pattern.compile("(?:增速)?(?:高于|快于|略高于|超过|不低于)(.+?)(?:增长|增速)?$");
    private static final Pattern AT_MOST = Pattern.compile("(≤|<|＜|≦|以下|以内|不超过|不高于|控制在|小于|低于|之内)");
    private static final Pattern AT_LEAST = Pattern.compile("(≥|>|＞|≧|以上|不低于|不少于|突破|超过|至少|大于|高于|超|多于)");
    private static final Pattern ABOUT = Pattern.compile("(左右|上下|约|大约|前后)");

    private TargetGrammar() {
    }

    /** Parses one target as written. Never throws; text without a number gives qualifier NONE. */
    public static TargetValue parse(String written) {
        String original = written == null ? "" : written.strip();
        String t = TextNormalizer.normalize(original);
        if (t.isEmpty() || t.matches("[—\\-－/、\\s]*")) {
            return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.LEVEL, null, null, null);
        }
        boolean hasDigit = NUMBER.matcher(t).find();
        if (DEFERRED.matcher(t).find() && !hasDigit) {
            return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.DEFERRED, null, null, null);
        }
        if (!hasDigit) {
            Matcher same = REL_SAME.matcher(t);
            if (same.find()) {
                return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.RELATIVE, null,
                        relationName(same.group(1)), "same");
            }
            Matcher above = REL_ABOVE.matcher(t);
            if (above.find()) {
                return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.RELATIVE, null,
                        relationName(above.group(1)), "above");
            }
            return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.LEVEL, null, null, null);
        }
        ValueKind kind = ValueKind.LEVEL;
        String body = t;
        Matcher bracket = Pattern.compile("\\[([^\\]]*)\\]").matcher(t);
        // A bracket is a cumulative target only when a number is in it or after it ("[6]"); "6[]" is a level.
        String cumulative = bracket.find() ? bracket.group(1) + t.substring(bracket.end()) : null;
        if (cumulative != null && NUMBER.matcher(cumulative).find()) {
            kind = ValueKind.CUMULATIVE;
            body = cumulative;
        } else if (t.contains("年均") || t.contains("年平均")) {
            kind = ValueKind.ANNUAL_GROWTH;
        } else if (DEFERRED.matcher(t).find()) {
            kind = ValueKind.DEFERRED;
        }
        return parseNumeric(original, body, kind);
    }

    private static String relationName(String s) {
        String r = s.strip();
        if (r.endsWith("增长") || r.endsWith("增速")) {
            r = r.substring(0, r.length() - 2);
        }
        return r.isEmpty() ? s.strip() : r + "增长";
    }

    private static TargetValue parseNumeric(String original, String body, ValueKind kind) {
        Double min;
        Double max;
        Qualifier q;
        String unitText;
        Matcher range = RANGE.matcher(body);
        if (range.find() && rangeIsReal(body, range)) {
            double a = Double.parseDouble(range.group(1));
            double b = Double.parseDouble(range.group(3));
            min = Math.min(a, b);
            max = Math.max(a, b);
            q = Qualifier.RANGE;
            unitText = body.substring(range.end());
            if (unitPrefix(unitText) == null && !range.group(2).isEmpty()) {
                unitText = range.group(2);
            }
        } else {
            Matcher m = NUMBER.matcher(body);
            m.find();
            double v = Double.parseDouble(m.group());
            String before = body.substring(0, m.start());
            String after = body.substring(m.end());
            unitText = after;
            min = v;
            max = v;
            q = Qualifier.POINT;
            if (AT_MOST.matcher(before).find() && !before.contains("不低于") || after.contains("以下")
                    || after.contains("以内") || after.contains("之内")) {
                q = Qualifier.AT_MOST;
                min = null;
            } else if (AT_LEAST.matcher(before).find() || after.contains("以上") || after.startsWith("+")) {
                q = Qualifier.AT_LEAST;
                max = null;
            } else if (ABOUT.matcher(after).find() || before.endsWith("约") || before.contains("大约")) {
                q = Qualifier.ABOUT;
            }
        }
        String unit = unitOf(unitText);
        return new TargetValue(original, min, max, q, kind, unit, null, null);
    }

    /** "2025—2030年" style year spans and "1-2" list numbering are not ranges of a target; plain "5—5.5" is. */
    private static boolean rangeIsReal(String body, Matcher range) {
        String a = range.group(1);
        String b = range.group(3);
        boolean years = a.length() == 4 && b.length() == 4 && a.startsWith("20") && b.startsWith("20");
        return !years;
    }

    private static String unitPrefix(String s) {
        return Units.unitPrefix(s.strip());
    }

    /** The canonical unit written right after the number ("1200万千瓦" → 万千瓦), or null. */
    static String unitOf(String after) {
        String s = after.strip();
        if (s.startsWith("(") || s.startsWith("（")) {
            s = s.substring(1);
        }
        String sp = Units.unitPrefix(s);
        return sp == null ? null : Units.canonical(sp);
    }

    /** Parses a bare number as written in a table cell ("55", "５５", "10.68", "—" → null). */
    public static Double number(String cell) {
        if (cell == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(TextNormalizer.normalize(cell));
        return m.find() ? Double.parseDouble(m.group()) : null;
    }
}
