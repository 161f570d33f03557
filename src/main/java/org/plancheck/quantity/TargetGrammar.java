package org.plancheck.quantity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;

/**
 * The grammar of plan targets (docs/domain.md, "How a target reads"): turns "5%—5.5%", "3.5左右", "≤5.5", "以上",
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
            "(以省下达|省下达|市下达|上级下达|下达任务|下达的?目标|省定目标|完成省定|为准|按省|按市|省里下达|国家下达|"
            + "与全国(?:平均水平)?(?:一致|同步|持平)|与全省(?:一致|同步|持平))");
    private static final Pattern REL_SAME = Pattern.compile("与(.+?)(?:增长)?(?:基本)?同步");
    private static final Pattern REL_ABOVE = Pattern.compile("(?:增速)?(?:高于|快于|略高于|超过|不低于)(.+?)(?:增长|增速)?$");
    private static final Pattern AT_MOST = Pattern.compile("(≤|<|＜|≦|以下|以内|不超过|不高于|控制在|小于|低于|之内)");
    private static final Pattern AT_LEAST = Pattern.compile("(≥|>|＞|≧|以上|不低于|不少于|突破|超过|至少|大于|高于|超|多于|站上|迈上|跨上|迈过)");
    private static final Pattern ABOUT = Pattern.compile("(左右|上下|约|大约|前后)");
    /** Years and year spans that date a target ("到2030年", "2030年前", "2025—2030年"): not values. */
    private static final Pattern YEARS = Pattern.compile(
            "(?:到|至|在|于)?(?<![\\d.])(?:(?:19|20)\\d{2}\\s*(?:—|–|-|~|至|到)+\\s*)?(?:19|20)\\d{2}\\s*年(?:底|末|前|以前|年底)?");
    /** A verb that introduces the target number ("入托率达20%", "提升至70%", "稳定在730万亩"). */
    private static final Pattern CUE = Pattern.compile(
            "(达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增至|稳定在|巩固在|保持在|维持在|控制在|降至|降到|降低到|下降到"
            + "|突破|超过|不低于|不少于|不高于|不超过|低于|高于|至少|超|为)(?=约?-?\\d)");
    /** "从51.7%提高到57%": a base and a target, not a range. */
    private static final Pattern FROM_TO = Pattern.compile(
            "从(" + NUM + ")\\s*([^\\d]{0,4}?)(?:提高|提升|增加|增长|下降|降低|降|升|上升)?(?:到|至)约?(" + NUM + ")");

    private TargetGrammar() {
    }

    /** Parses one target as written. Never throws; text without a number gives qualifier NONE. */
    public static TargetValue parse(String written) {
        String original = written == null ? "" : written.strip();
        String t = withoutYears(TextNormalizer.normalize(original)).replaceAll("(?<=\\d),(?=\\d{3}(?!\\d))", "");
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
                        relationName(same.group(1), true), "same");
            }
            Matcher above = REL_ABOVE.matcher(t);
            if (above.find()) {
                boolean growth = t.startsWith("增速") || t.startsWith("增长") || t.contains("增速高于")
                        || t.contains("增长高于") || t.substring(above.start()).matches(".*(增长|增速)$");
                return new TargetValue(original, null, null, Qualifier.NONE, ValueKind.RELATIVE, null,
                        relationName(above.group(1), growth), "above");
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

    /** "GDP增长" stays, "城镇居民" of "增速高于城镇居民" becomes "城镇居民增长", "全省平均水平" stays a level. */
    private static String relationName(String s, boolean growth) {
        String r = s.strip();
        boolean hadGrowth = r.endsWith("增长") || r.endsWith("增速");
        if (hadGrowth) {
            r = r.substring(0, r.length() - 2);
        }
        if (r.isEmpty()) {
            return s.strip();
        }
        return growth || hadGrowth ? r + "增长" : r;
    }

    /** The text with the years that date it removed ("到2030年，…" → "，…"). */
    static String withoutYears(String t) {
        return YEARS.matcher(t).replaceAll("");
    }

    /**
     * Where the target's number starts: after a cue verb when one introduces a number that is not the first
     * ("3岁以下婴幼儿入托率达20%"), else at the first number that is not part of a name ("4A级", "PM2.5", "CO2").
     */
    private static String targetPart(String body) {
        Matcher cue = CUE.matcher(body);
        Matcher first = NUMBER.matcher(body);
        if (!first.find()) {
            return body;
        }
        if (cue.find() && cue.start() > first.start()) {
            return body.substring(cue.start());
        }
        Matcher m = NUMBER.matcher(body);
        while (m.find()) {
            boolean afterLetter = m.start() > 0 && isLatin(body.charAt(m.start() - 1));
            boolean grade = body.substring(m.end()).matches("^[A-Za-z]级.*");
            boolean ageBand = body.substring(m.end()).matches("^岁(以下|以上|及以下|及以上).*");
            if (!afterLetter && !grade && !ageBand) {
                return m.start() == 0 ? body : body.substring(precedingQualifierStart(body, m.start()));
            }
        }
        return body;
    }

    /** Keeps a bound word written right before the number ("不低于", "≤", "约") with it. */
    private static int precedingQualifierStart(String body, int numberStart) {
        int i = numberStart;
        while (i > 0 && !Character.isDigit(body.charAt(i - 1)) && !isLatin(body.charAt(i - 1))
                && body.charAt(i - 1) != ',' && body.charAt(i - 1) != '，' && numberStart - i < 6) {
            i--;
        }
        return i;
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static TargetValue parseNumeric(String original, String whole, ValueKind kind) {
        Double min;
        Double max;
        Qualifier q;
        String unitText;
        Matcher fromTo = FROM_TO.matcher(whole);
        if (fromTo.find()) {
            int start = fromTo.start(3);
            if (start > 0 && whole.charAt(start - 1) == '约') {
                start--;
            }
            TargetValue to = parseNumeric(original, whole.substring(start), kind);
            return to.unit() != null ? to : to.withUnit(unitOf(fromTo.group(2)));
        }
        String body = targetPart(whole);
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
            boolean about = ABOUT.matcher(after).find() && !after.contains("以下") && !after.contains("以内")
                    && !after.contains("以上");
            if (about && (before.endsWith("控制在") || before.endsWith("稳定在") || before.endsWith("保持在"))) {
                // 「控制在5.5%左右」: about 5.5, a tolerance, not a ceiling
                q = Qualifier.ABOUT;
            } else if (AT_MOST.matcher(before).find() && !before.contains("不低于") || after.contains("以下")
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
        String between = range.group(2).strip();
        boolean unitBetween = between.isEmpty() || Units.lookup(between).isPresent();
        return !years && unitBetween;
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
