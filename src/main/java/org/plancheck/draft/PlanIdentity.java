package org.plancheck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.quantity.TextNormalizer;

/**
 * What upper plan a text is, read from its opening lines: title, jurisdiction, level, kind and years.
 * <ul>
 * <li>title: the plan named in a notice (关于印发《…》的通知), a report on the plan (关于…计划执行情况与2026年计划草案的报告),
 * the first lines of a title page joined (「永州市国民经济和社会发展 / 第十五个五年规划纲要 / （草案）」), or
 * 政府工作报告;</li>
 * <li>jurisdiction: the place the title begins with, else the 人民代表大会 a report was given to, else the issuer;</li>
 * <li>level: 省/自治区/直辖市 → province, 市/自治州/地区/盟 → city, 县/自治县/旗/区 → county (a 市 may be a county-level
 * city: the reviewer confirms);</li>
 * <li>years: a five-year plan (第十五个五年规划, “十五五”) runs 2026–2030 with base 2025; an annual plan's target year
 * is the plan's year (the later year of 「2025年…执行情况与2026年计划草案」, the year a 政府工作报告 is given) and its
 * base the year before.</li>
 * </ul>
 *
 * @param name         the plan's title
 * @param jurisdiction the area it plans for, null when not found
 * @param level        province, city or county, null when not known
 * @param annual       a plan for one year (else a five-year plan)
 * @param baseYear     base year, 0 when not found
 * @param targetYear   target year, 0 when not found
 * @param periodStart  first year of the period
 * @param periodEnd    last year of the period
 * @param notes        how each was decided, for the comments of plan.properties
 */
public record PlanIdentity(String name, String jurisdiction, String level, boolean annual, int baseYear,
                           int targetYear, int periodStart, int periodEnd, List<String> notes) {

    private static final Pattern NOTICE = Pattern.compile("关于(?:印发|发布|转发|下发)?《(.+?)》");
    private static final Pattern REPORT_ON_PLAN = Pattern.compile("^关于(.+?计划.*?)的报告$");
    private static final Pattern WORK_REPORT = Pattern.compile("^(?:(20\\d\\d)年)?(.{0,20}?)政府工作报告$");
    private static final Pattern FIVE_YEAR = Pattern.compile(
            "第(十[一二三四五六七八九]?|[一二三四五六七八九])个五年规划|“?十([一二三四五六七八九])五”?(?:时期|规划|期间)");
    private static final Pattern ANNUAL = Pattern.compile("(20\\d\\d)年(?:度)?(?:国民经济和社会发展|经济社会发展)?计划");
    private static final Pattern PLACE = Pattern.compile(
            "^(?:关于)?([\\p{IsHan}]{1,12}?(?:自治州|自治区|自治县|特别行政区|省|市|县|区|旗|盟))");
    private static final Pattern CONGRESS = Pattern.compile("在([\\p{IsHan}]{1,12}?)第?[一二三四五六七八九十\\d]+届人民代表大会");
    private static final Pattern ISSUER = Pattern.compile("^([\\p{IsHan}]{2,12}?)(?:人民政府|发展和改革委员会|发展改革委)");
    private static final Pattern DATE = Pattern.compile("(20\\d\\d)年(\\d{1,2})月");
    private static final Pattern TITLE_IN_LINE = Pattern.compile(
            "[\\p{IsHan}]{2,12}?(?:20\\d\\d年(?:度)?国民经济和社会发展计划|国民经济和社会发展第[一二三四五六七八九十]+个五年规划"
            + "(?:和二〇三五年远景目标)?纲要)(?:（(?:草案|征求意见稿|送审稿)）)?");
    private static final Pattern GOAL_YEAR = Pattern.compile("(20\\d\\d)年[^。：:]{0,30}(?:主要预期目标|主要目标|预期目标)");
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    private static final String CN = "一二三四五六七八九";

    /** What the reviewer states on the command line, each null when not stated. */
    public record Stated(String name, String jurisdiction, String level, Integer baseYear, Integer targetYear) {
        public static final Stated NONE = new Stated(null, null, null, null, null);
    }

    /** Reads the identity from the opening lines of {@code lines}; what is stated replaces what is read. */
    public static PlanIdentity of(List<String> lines, Stated stated) {
        List<String> head = new ArrayList<>();
        for (String l : lines) {
            String t = TextNormalizer.normalize(Fold.clean(l));
            if (!t.isEmpty()) {
                head.add(t);
            }
            if (head.size() >= 40) {
                break;
            }
        }
        List<String> notes = new ArrayList<>();
        String title = title(head, notes);
        String place = title == null ? null : place(title);
        boolean report = title != null && WORK_REPORT.matcher(title).matches();
        if (place == null) {
            for (String h : head) {
                Matcher m = CONGRESS.matcher(h);
                if (m.find()) {
                    place = m.group(1);
                    notes.add("辖区取自「" + m.group() + "」");
                    break;
                }
            }
        }
        if (place == null) {
            for (String h : head) {
                Matcher m = ISSUER.matcher(h);
                if (m.find() && place(m.group(1)) != null) {
                    place = place(m.group(1));
                    notes.add("辖区取自发文机关「" + m.group() + "」");
                    break;
                }
            }
        }
        if (place != null && title != null && !notes.stream().anyMatch(n -> n.startsWith("辖区"))) {
            notes.add("辖区取自标题");
        }
        List<String> all = new ArrayList<>();
        for (String l : lines) {
            all.add(TextNormalizer.normalize(Fold.clean(l)));
        }
        int[] years = years(title, head, all, report, notes);
        boolean annual = years[2] == 1;
        if (report && title != null && place != null && !title.contains(place)) {
            title = place + (years[1] > 0 ? years[1] + "年" : "") + "政府工作报告";
        }
        String name = stated.name() != null ? stated.name() : title;
        String jurisdiction = stated.jurisdiction() != null ? stated.jurisdiction() : place;
        String level = stated.level() != null ? stated.level() : level(jurisdiction, notes);
        int base = years[0];
        int target = years[1];
        if (stated.targetYear() != null) {
            // a stated year for a plan of unknown kind: an annual plan (target year = the plan's year)
            boolean fiveYear = years[1] != 0 && !annual;
            target = stated.targetYear();
            base = fiveYear ? target - 5 : target - 1;
        }
        if (stated.baseYear() != null) {
            base = stated.baseYear();
        }
        annual = target - base <= 1 && target > 0;
        int start = annual ? target : base + 1;
        return new PlanIdentity(name, jurisdiction, level, annual, base, target, start, target, List.copyOf(notes));
    }

    private static String title(List<String> head, List<String> notes) {
        // a notice's title may be broken over lines: look in the opening lines joined
        String joined = String.join("", head.subList(0, Math.min(12, head.size())));
        Matcher n = NOTICE.matcher(joined);
        if (n.find() && n.group(1).matches(".*(规划|计划|纲要|报告).*")) {
            notes.add("标题取自印发通知中的《" + n.group(1) + "》");
            return n.group(1);
        }
        for (String h : head) {
            Matcher m = REPORT_ON_PLAN.matcher(h);
            if (m.matches()) {
                notes.add("标题取自计划报告「" + h + "」");
                return h;
            }
        }
        for (int i = 0; i < Math.min(20, head.size()); i++) {
            // a title run together with the text around it on one line (「常德市2025年…计划常德市发展和改革委员会」)
            Matcher t = TITLE_IN_LINE.matcher(head.get(i) + (i + 1 < head.size() ? head.get(i + 1) : "")
                    + (i + 2 < head.size() ? head.get(i + 2) : ""));
            if (t.find() && t.start() < head.get(i).length()) {
                notes.add("标题取自开头的「" + t.group() + "」");
                return t.group();
            }
        }
        for (int i = 0; i < Math.min(20, head.size()); i++) {
            String h = head.get(i);
            if (WORK_REPORT.matcher(h).matches()) {
                notes.add("标题「" + h + "」");
                return h;
            }
            if (h.length() > 40 || h.matches(".*[。，；：:].*")) {
                continue;
            }
            StringBuilder t = new StringBuilder(h);
            int j = i + 1;
            while (j < head.size() && !t.toString().matches(".*(规划|计划|纲要)(（[^）]*）)?$")
                    && head.get(j).length() <= 30 && !head.get(j).matches(".*[\\d。，；：:].*")) {
                t.append(head.get(j));
                j++;
            }
            while (j < head.size() && head.get(j).matches("[（(][^\\d）)]{1,10}[）)]")) {
                t.append(head.get(j));
                j++;
            }
            String s = t.toString();
            if (s.matches(".*(规划|计划|纲要)(（[^）]*）)?") && (FIVE_YEAR.matcher(s).find() || ANNUAL.matcher(s).find()
                    || s.contains("规划纲要"))) {
                notes.add("标题取自开头的标题行");
                return s;
            }
        }
        return null;
    }

    /** The place a title or issuer begins with ("湖南省2025年…" → 湖南省), or null. */
    static String place(String s) {
        Matcher m = PLACE.matcher(s);
        if (!m.find()) {
            return null;
        }
        String p = m.group(1);
        if (p.matches(".*(国民经济|社会发展|政府工作|规划|计划).*")) {
            return null;
        }
        return p;
    }

    /** {base, target, annual ? 1 : 0}; zeros when the years cannot be read. */
    private static int[] years(String title, List<String> head, List<String> all, boolean report,
                               List<String> notes) {
        if (title != null) {
            Matcher f = FIVE_YEAR.matcher(title);
            if (f.find()) {
                int n = f.group(1) != null ? chineseNumber(f.group(1)) : 10 + CN.indexOf(f.group(2)) + 1;
                if (n >= 3) {
                    int start = 1966 + 5 * (n - 3);
                    notes.add("第" + n + "个五年规划：" + start + "—" + (start + 4) + "年，基期" + (start - 1) + "年");
                    return new int[] {start - 1, start + 4, 0};
                }
            }
            Matcher a = ANNUAL.matcher(title);
            int year = 0;
            while (a.find()) {
                year = Math.max(year, Integer.parseInt(a.group(1)));
            }
            if (year > 0) {
                notes.add("年度计划：目标年为计划年份" + year + "，基期为上一年");
                return new int[] {year - 1, year, 1};
            }
        }
        if (report || title == null) {
            for (String l : all) {
                Matcher g = GOAL_YEAR.matcher(l);
                if (g.find()) {
                    int year = Integer.parseInt(g.group(1));
                    notes.add("政府工作报告：目标年取「" + g.group() + "」的年份" + year + "，基期为上一年");
                    return new int[] {year - 1, year, 1};
                }
            }
            for (String h : head) {
                Matcher d = DATE.matcher(h);
                if (d.find()) {
                    int year = Integer.parseInt(d.group(1));
                    // a report given at the end of a year is about the year after
                    if (Integer.parseInt(d.group(2)) >= 10) {
                        year++;
                    }
                    notes.add("政府工作报告：目标年取报告日期（" + d.group() + "）所对应的年份" + year + "，基期为上一年");
                    return new int[] {year - 1, year, 1};
                }
            }
        }
        return new int[] {0, 0, 0};
    }

    private static int chineseNumber(String s) {
        if (s.startsWith("十")) {
            return 10 + (s.length() > 1 ? CN.indexOf(s.charAt(1)) + 1 : 0);
        }
        return CN.indexOf(s.charAt(0)) + 1;
    }

    private static String level(String jurisdiction, List<String> notes) {
        if (jurisdiction == null) {
            return null;
        }
        String level;
        if (MUNICIPALITIES.contains(jurisdiction) || jurisdiction.endsWith("省") || jurisdiction.endsWith("自治区")
                || jurisdiction.endsWith("特别行政区")) {
            level = "province";
        } else if (jurisdiction.endsWith("自治州") || jurisdiction.endsWith("盟") || jurisdiction.endsWith("地区")) {
            level = "city";
        } else if (jurisdiction.endsWith("市")) {
            level = "city";
            notes.add("层级按「市」定为 city（地级市）；县级市请改为 county");
        } else {
            level = "county";
        }
        return level;
    }

    /** The kinds of lower plan this plan governs: annual plans for an annual plan, general and special ones else. */
    public String governs() {
        return annual ? "annual" : "general, special";
    }

    /** A short title for reports. */
    public String shortName() {
        if (jurisdiction == null) {
            return name;
        }
        if (annual) {
            return name != null && name.contains("政府工作报告") ? jurisdiction + targetYear + "年政府工作报告"
                    : jurisdiction + targetYear + "年计划";
        }
        int n = (periodStart - 1966) / 5 + 3;
        String numeral = n > 10 && n < 20 ? "十" + CN.charAt(n - 11) + "五" : String.valueOf(n);
        return jurisdiction + "“" + numeral + "”规划纲要";
    }
}
