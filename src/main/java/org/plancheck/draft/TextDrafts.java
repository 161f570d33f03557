package org.plancheck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.draft.PlanLines.Para;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Finds the targets a plan states in its text: clauses in the scope of the target year (「到2030年，……达到……」,
 * 「“十五五”期间，……」, an annual plan's 「全年……」 and the sections about its year), the year's list of 主要预期目标
 * (「……主要预期目标是：地区生产总值增长5.5%左右，……」, items separated by ，/；/、, or list items on the following
 * lines), and the same inside 专栏 boxes. Review statements (a past year, 过去一年, 已…) are skipped.
 *
 * <p>In a clause, each number that is not part of a name (years, dates, 5G, PM2.5, 3岁以下, numbers in quotes, a
 * number followed by 的) is a value; several values separated by 、/和 are several targets. The name is the text before
 * the value without the verb that introduces it (达到, 稳定在, 突破 …; a change verb such as 增长 or 提高 stays in the
 * name), or, when the value comes first, the words after its measure word (「新增培育2个国家级…集聚区」). A clause
 * without a name of its own takes it from the target before it in the sentence (「……年均增长5%—5.5%，到2030年突破3600亿元」,
 * 「污水管网300公里、雨水管网200公里」, 「生猪出栏量…，肉牛33万头」). Without a number, a clause in scope is a target when
 * it defers (完成省下达任务, 以国家下达任务为准, 与全国一致) or relates (与经济增长同步, 高于经济增速) or, in a list of the
 * year's goals, states a qualitative goal (保稳提质, 稳中有增, 持续下降).
 */
final class TextDrafts {
    private static final int NONE = 0;
    private static final int TARGET = 1;
    private static final int PAST = 2;
    private static final int OTHER = 3;

    private static final Pattern YEAR_MARK = Pattern.compile(
            "(?:到|至|截至|截止到|截止|在|预计到|力争到|力争在|争取到|于)?(?<![\\d#])((?:19|20)\\d{2})"
            + "(?:\\s*[—–\\-~～至到]\\s*((?:19|20)?\\d{2}))?\\s*年(?![\\d均])(?:底|末|前|初|以前|年底)?");
    private static final Pattern CN_YEAR = Pattern.compile("二[〇零○][一二三四五六七八九〇零○]{2}年");
    private static final Pattern PERIOD = Pattern.compile(
            "(?:在|到)?[“\"]?十([一二三四五六七八九])五[”\"]?(?:期间|时期末|时期|期末|末)|规划期末|规划期内|规划期间|今后五年|未来五年");
    private static final Pattern THIS_YEAR = Pattern.compile("^(?:全年|今年|年内|本年度|当年)");
    private static final Pattern GOALS = Pattern.compile(
            "(主要预期目标|主要目标|预期目标|发展目标|主要指标|目标任务)(?:安排)?(?:是|为|如下)?\\s*[:：]");
    private static final Pattern PAST_WORDS = Pattern.compile("过去一年|过去五年|去年|上一年|已经|已达|已完成|完成了|实现了|取得了");
    private static final Pattern LIST_ITEM = Pattern.compile(
            "^\\s*(?:[—－-]{1,2}|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|[一二三四五六七八九十]+是|[①②③④⑤⑥⑦⑧⑨⑩])");
    private static final Pattern TOP_HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百零]+[篇章部分])");
    private static final Pattern PAST_HEADING = Pattern.compile("回顾|执行情况|完成情况|过去|去年");
    private static final Pattern BOX = Pattern.compile("^专栏\\s*(\\d+)\\s*(.*)");
    /** A box item: a short title sentence first (「就业扩容计划。」, 「“技能照亮前程”专项计划。」). */
    private static final Pattern BOX_ITEM = Pattern.compile("^[^。，,；;：:]{2,24}[。：:]");

    /** A number with its range end (「5%—5.5%」, 「10—15」). */
    private static final Pattern VALUE = Pattern.compile(
            "(?<![\\d.#])(\\d+(?:\\.\\d+)?)(\\s*[%‰])?(?:\\s*(?:—|–|-|~|～|至|－)+\\s*(\\d+(?:\\.\\d+)?))?");
    private static final Pattern QUALIFIER = Pattern.compile("^\\s*(?:以上|以下|以内|左右|之内|上下|多|余)");
    private static final String MEASURE = "条座台辆场次篇批支部轮件户栋套所张处家个项名位亩类款";
    /** A clause opening with a preposition states what an action applies to, not a target. */
    private static final Pattern PREPOSITION = Pattern.compile("^(?:对|依托|围绕|与|按照|根据|依据|通过|结合|利用|借助|针对|聚焦|落实|对标)");
    /** The wording of a target (used where the year is only implied by the paragraph). */
    private static final Pattern CUE = Pattern.compile("确保|力争|争取|实现|达到|达|突破|超过|稳定在|保持在|控制在|巩固在|提高到"
            + "|提高至|提升至|提升到|降至|降到|不低于|不少于|不超过|不高于|每年|新增|累计|年均|以上|以内|以下|左右");

    /** Verbs that introduce a number and say how it binds: kept in the target, not in the name. */
    private static final List<String> BOUND = sortedLongestFirst(List.of("稳定在", "保持在", "巩固在", "维持在", "控制在",
            "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至",
            "增长到", "增长至", "扩大到", "扩大至", "降至", "降到", "增至", "突破", "超过", "不低于", "不少于", "不高于", "不超过",
            "低于", "高于", "小于", "大于", "至少", "超", "站上", "迈上", "跨上", "迈过", "冲刺", "达到", "达", "为", "是", "在", "至",
            "到", "实现"));
    /** Verbs that only introduce a number: neither in the name nor in the target. */
    private static final List<String> NEUTRAL = List.of("达到", "达", "为", "是", "在", "至", "到", "实现", "站上", "迈上",
            "跨上", "迈过", "冲刺");
    /** Change verbs: part of the indicator's name (地区生产总值增长, 城镇化率提高). */
    private static final List<String> CHANGE = sortedLongestFirst(List.of("年均增长", "年均提高", "年均下降", "年均降低",
            "增长", "增速", "增幅", "提高", "提升", "下降", "降低", "减少", "增加", "上涨", "涨幅", "压减", "缩小", "扩大"));
    /** Verbs of things done over the period: they may open a name and carry over an enumeration. */
    private static final List<String> ACTION = sortedLongestFirst(List.of("新增培育", "新增", "新建", "新聘用", "改造建设",
            "提质改造", "改造", "建设", "建成", "引进", "培育", "培养", "入选认定", "入选", "开展", "打造", "发放", "开发", "创建",
            "完成", "实施", "集聚", "评价", "改善", "更换", "遴选并支持建设", "遴选", "建有", "累计培育", "推广", "开工", "投产",
            "改扩建", "新改扩建", "改建", "新建或改建", "提供", "举办", "吸引", "招引", "培训", "转移", "认定", "争创", "争取"));
    private static final Pattern LEAD = Pattern.compile(
            "^(?:全市|全县|全省|全区|全州|全域|我市|我省|我县|我区|本市|本县|其中|力争|确保|争取|努力|奋力|基本|全面|实现|推动|推进|累计|或|和|及|"
            + "总计|合计|使|让|将|再|共|并|同时|届时|年底前|年内|全年|今年|当年|预计|计划|要|到|至|在|当|可)+");
    private static final List<String> MEASURE_NOUNS = sortedLongestFirst(List.of("播种面积", "面积", "总产量", "产量",
            "出栏量", "装机容量", "装机", "覆盖率", "普及率", "利用率", "占比", "比重", "总量", "规模", "产值", "营收", "人数", "数量"));

    private static final Pattern DEFER = Pattern.compile(
            "(?:完成|落实|达到|按|以)(?:国家|省|市|州|县|上级|省市|国家和省|[\\p{IsHan}]{1,4}?[省市州])(?:和省|和市)?(?:下达|分解|确定|核定)的?(?:目标)?(?:任务)?(?:要求)?(?:为准)?"
            + "|完成(?:省|市)?定目标|与全国(?:平均水平)?(?:一致|同步|持平)|与全省(?:一致|同步|持平)|以国家(?:和省)?(?:下达|确定)(?:的)?(?:任务|目标)?为准");
    private static final Pattern RELATE = Pattern.compile(
            "(?:与|同)(?:经济|GDP|地区生产总值)(?:增长|发展)?(?:基本)?(?:同步|一致|持平)"
            + "|(?:高于|快于|略高于|不低于|跑赢)(?:经济|GDP|地区生产总值|城镇居民)(?:增长|增速)?");
    private static final Pattern QUALITATIVE = Pattern.compile(
            "保稳提质|稳中提质|稳中有[增升进]|持续改善|持续提升|稳步提升|稳步提高|明显提升|持续下降|持续减少|只增不减|总体稳定|保持稳定"
            + "|基本稳定|稳定增长|合理增长|稳步增长|不断提高|有效控制|逐步提高|进一步(?:提升|提高|改善|优化|下降)|全面完成|显著提升|稳定在合理区间"
            + "|(?:保持)?稳定$|稳中向好|持续向好|明显改善|持续优化");
    /** 「全面完成节能减排降碳约束性指标」: the verb first, the indicator after it. */
    private static final Pattern COMPLETE = Pattern.compile("^(?:确保|全面|圆满)?(?:完成|落实|实现)(.{2,30}(?:指标|任务|目标))$");

    private final PlanIdentity plan;
    private final List<Found> out = new ArrayList<>();
    private String chapter = "";
    private String section = "";
    private String box = "";
    private boolean boxOpen;
    private boolean lastEnded = true;
    private int sectionYear = NONE;
    private boolean listOpen;
    private boolean listGoal;

    private TextDrafts(PlanIdentity plan) {
        this.plan = plan;
    }

    static List<Found> read(List<Para> paras, PlanIdentity plan) {
        TextDrafts t = new TextDrafts(plan);
        for (Para p : paras) {
            t.para(p);
        }
        return t.out;
    }

    private static List<String> sortedLongestFirst(List<String> words) {
        List<String> s = new ArrayList<>(words);
        s.sort((a, b) -> b.length() - a.length());
        return List.copyOf(s);
    }

    private void para(Para p) {
        String text = p.text();
        String norm = TextNormalizer.normalize(text.replaceAll("\\t\\d+$", ""));
        boolean continues = !lastEnded;
        lastEnded = norm.matches("(?s).*[。！？!?；;：:”」）)]$");
        if (!p.inBox() && !(boxOpen && (BOX_ITEM.matcher(norm).lookingAt() || continues))) {
            // a 专栏 box read from a PDF has no tabs: it goes on while its paragraphs open with an item's title
            box = "";
            boxOpen = false;
        }
        Matcher b = BOX.matcher(norm);
        if (b.lookingAt() && norm.length() <= 40) {
            box = "专栏" + b.group(1) + " " + b.group(2).strip();
            boxOpen = true;
            listOpen = false;
            return;
        }
        if (heading(norm)) {
            heading(norm, text);
            listOpen = false;
            return;
        }
        boolean item = LIST_ITEM.matcher(text).lookingAt();
        boolean inList = listOpen && (item || !norm.isEmpty());
        boolean strong = !box.isEmpty();
        boolean weak = !strong && marksTarget(Fold.fold(text));
        int paraState = NONE;
        int at = 0;
        for (String s : text.split("(?<=[。！？!?])")) {
            int start = text.indexOf(s, at);
            at = start + s.length();
            if (s.isBlank()) {
                continue;
            }
            paraState = sentence(s, p.line(), inList, strong, weak, paraState);
        }
        String end = norm.strip();
        boolean intro = GOALS.matcher(norm).find() && (end.endsWith("：") || end.endsWith(":"));
        if (intro) {
            listOpen = true;
            listGoal = true;
        } else if (!(listOpen && (item || end.endsWith("；") || end.endsWith(";")))) {
            listOpen = false;
        }
    }

    /** Whether the paragraph dates something to the target year (「到2030年」, 「“十五五”期间」). */
    private boolean marksTarget(String f) {
        Matcher y = YEAR_MARK.matcher(f);
        while (y.find()) {
            if (classify(Integer.parseInt(y.group(1))) == TARGET) {
                return true;
            }
        }
        Matcher pm = PERIOD.matcher(f);
        while (pm.find()) {
            if (periodState(pm) == TARGET) {
                return true;
            }
        }
        return false;
    }

    private static boolean heading(String t) {
        return t.length() <= 40 && Fold.han(t) >= 2 && !t.matches(".*[。！？；;，,：:].*")
                && !t.matches(".*\\d+(?:\\.\\d+)?\\s*(?:%|万|亿|个|家|人|公里).*");
    }

    private void heading(String norm, String text) {
        String h = norm.length() > 40 ? norm.substring(0, 40) : norm;
        if (h.matches("^第[一二三四五六七八九十]+节.*") || h.matches("^[（(][一二三四五六七八九十]+[)）].*")) {
            section = chapter.isEmpty() ? h : chapter + " " + h;
        } else {
            chapter = h;
            section = h;
        }
        Matcher y = Pattern.compile("(20\\d\\d)年").matcher(norm);
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        if (PAST_HEADING.matcher(norm).find()) {
            sectionYear = PAST;
        } else if (year != null) {
            sectionYear = classify(year);
        } else if (TOP_HEADING.matcher(norm).find()) {
            sectionYear = NONE;
        }
    }

    private int classify(int year) {
        if (year == plan.targetYear()) {
            return TARGET;
        }
        return year <= plan.baseYear() ? PAST : OTHER;
    }

    /** The year meant by 全年/今年 in an annual plan: the paragraph's or section's year, else the target year. */
    private int thisYear(int paraState) {
        if (!plan.annual()) {
            return NONE;
        }
        if (paraState == PAST || sectionYear == PAST) {
            return PAST;
        }
        return paraState != NONE ? paraState : TARGET;
    }

    /**
     * One sentence; returns the year state the paragraph is in after it. In scope: clauses after a mark of the target
     * year, the items of a goal list, a 专栏 box's sentences (strong: a box of the plan states the period's work), an
     * annual plan's section about its year; and, weakly, the other sentences of a paragraph that dates something to
     * the target year: there only values with a target's wording count (确保, 力争, 达到, 以上, 新增 …).
     */
    private int sentence(String s, int line, boolean inList, boolean strong, boolean weakPara, int paraState) {
        String f = Fold.fold(s);
        int scope = NONE;
        boolean goal = false;
        boolean weak = false;
        if (inList) {
            scope = TARGET;
            goal = listGoal;
        } else if (strong) {
            scope = TARGET;
        } else if (plan.annual() && sectionYear == TARGET) {
            scope = TARGET;
        } else if (weakPara) {
            scope = TARGET;
            weak = true;
        }
        String lead = f.replaceFirst("^[\\s（(一二三四五六七八九十)）、.．\\d]*", "");
        if (THIS_YEAR.matcher(lead).find()) {
            scope = thisYear(paraState);
        }
        Matcher g = GOALS.matcher(f);
        int goalAt = g.find() ? g.end() : -1;
        boolean past = PAST_WORDS.matcher(f).find();
        boolean targetMark = false;
        List<int[]> pending = new ArrayList<>();
        Carry carry = new Carry();
        int at = 0;
        for (String c : s.split("[，；,;：:]")) {
            int start = s.indexOf(c, at);
            at = start + c.length();
            String fc = f.substring(start, start + c.length());
            if (goalAt >= 0 && start >= goalAt && !goal) {
                goal = true;
                scope = introYear(f.substring(0, goalAt), paraState);
            }
            int marks = NONE;
            Matcher y = YEAR_MARK.matcher(fc);
            while (y.find()) {
                int year = Integer.parseInt(y.group(2) != null && y.group(2).length() == 4 ? y.group(2)
                        : y.group(1));
                if (y.group(2) != null && y.group(2).length() == 2) {
                    year = Integer.parseInt(y.group(1).substring(0, 2) + y.group(2));
                }
                marks = classify(year);
            }
            Matcher pm = PERIOD.matcher(fc);
            if (pm.find()) {
                marks = periodState(pm);
            }
            if (marks != NONE) {
                scope = marks;
                weak = false;
                if (marks == PAST) {
                    paraState = PAST;
                } else if (paraState == NONE) {
                    paraState = marks;
                }
                if (marks == TARGET && !targetMark) {
                    targetMark = true;
                    for (int[] pc : pending) {
                        clause(s, pc[0], pc[1], line, goal, false, carry);
                    }
                    pending.clear();
                }
            } else if (THIS_YEAR.matcher(fc.strip()).find() && scope == NONE) {
                scope = thisYear(paraState);
            }
            if (scope == TARGET && (!past || targetMark || goal)) {
                clause(s, start, start + c.length(), line, goal, weak, carry);
            } else if (scope == NONE && (fc.contains("年均"))) {
                pending.add(new int[] {start, start + c.length()});
            }
        }
        return paraState;
    }

    private int periodState(Matcher pm) {
        if (pm.group(1) == null) {
            return plan.annual() ? OTHER : TARGET;
        }
        int n = 10 + "一二三四五六七八九".indexOf(pm.group(1)) + 1;
        int end = 1966 + 5 * (n - 3) + 4;
        if (end == plan.targetYear() && !plan.annual()) {
            return TARGET;
        }
        return end <= plan.baseYear() ? PAST : OTHER;
    }

    private int introYear(String intro, int paraState) {
        Matcher y = YEAR_MARK.matcher(intro);
        int state = NONE;
        while (y.find()) {
            state = classify(Integer.parseInt(y.group(1)));
        }
        if (state != NONE) {
            return state;
        }
        if (PERIOD.matcher(intro).find()) {
            Matcher pm = PERIOD.matcher(intro);
            pm.find();
            return periodState(pm);
        }
        if (plan.annual() && sectionYear == PAST) {
            return PAST;
        }
        return TARGET;
    }

    /** What the targets found so far in a sentence leave for the next clause. */
    private static final class Carry {
        String name;
        String unit;
        /** The words of the last clause without a value (「培育“双师型”教师队伍，占比达60%以上」). */
        String object;
    }

    private record Value(int start, int end, int numberStart, String unit, String text) {
    }

    /** The targets of one clause {@code s[from, to)}. */
    private void clause(String s, int from, int to, int line, boolean goal, boolean weak, Carry carry) {
        String raw = s.substring(from, to);
        char[] m = mask(Fold.fold(raw));
        String ms = new String(m);
        List<Value> values = values(raw, ms);
        if (values.isEmpty()) {
            if (!words(raw, line, goal, carry)) {
                carry.object = clean(raw);
            }
            return;
        }
        if (ms.contains("分别") && values.size() >= 2 && ms.indexOf("分别") < values.get(0).start()) {
            respectively(raw, ms, values, line, carry);
            return;
        }
        // cut the clause between values at 、 (or 和, 及): one target each; values with no cut between stay together
        List<int[]> segments = new ArrayList<>();
        List<List<Value>> groups = new ArrayList<>();
        int segStart = 0;
        List<Value> group = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            if (!group.isEmpty()) {
                Value p = group.get(group.size() - 1);
                String gap = ms.substring(p.end(), v.start());
                int cut = Math.max(gap.lastIndexOf('、'), Math.max(gap.lastIndexOf('和'), gap.lastIndexOf('及')));
                if (gap.lastIndexOf('、') >= 0) {
                    cut = gap.lastIndexOf('、');
                }
                if (cut >= 0) {
                    segments.add(new int[] {segStart, p.end() + cut});
                    groups.add(group);
                    group = new ArrayList<>();
                    segStart = p.end() + cut + 1;
                }
            }
            group.add(v);
        }
        segments.add(new int[] {segStart, raw.length()});
        groups.add(group);
        for (int i = 0; i < segments.size(); i++) {
            int[] seg = segments.get(i);
            segment(raw, ms, seg[0], seg[1], groups.get(i), line, weak, carry, i > 0);
        }
    }

    private void segment(String raw, String ms, int a, int b, List<Value> group, int line, boolean weak, Carry carry,
                         boolean enumerated) {
        Value v = group.get(group.size() - 1);
        Value first = group.get(0);
        String base = "";
        int nameEnd = first.start();
        if (group.size() > 1) {
            // 「从51.7%提高到57%」, 「由1.25件增至3件」: the first number is the base
            int from1 = Math.max(ms.lastIndexOf('从', first.start()), ms.lastIndexOf('由', first.start()));
            if (from1 >= a) {
                base = first.text().strip();
                nameEnd = from1;
            }
        }
        String before = ms.substring(a, nameEnd);
        String trimmed = before.replaceAll("[\\s约近]+$", "");
        String verb = base.isEmpty() ? endsWith(trimmed, CHANGE) : null;
        boolean change = verb != null;
        if (!change && base.isEmpty()) {
            verb = endsWith(trimmed, BOUND);
        }
        int targetStart = v.numberStart();
        if (base.isEmpty() && group.size() == 1 && before.stripTrailing().endsWith("约")) {
            targetStart = a + before.stripTrailing().length() - 1;
        }
        String name;
        String after = raw.substring(v.end(), b);
        int quoteEnd = v.end();
        boolean patternB = false;
        if (change) {
            name = raw.substring(a, a + trimmed.length());
        } else if (verb != null) {
            int verbStart = a + trimmed.length() - verb.length();
            name = raw.substring(a, verbStart);
            // 「控制在2%左右」 is about 2 %: the verb only tells the direction (the quote keeps it)
            if (!NEUTRAL.contains(verb) && !(verb.equals("控制在") && v.text().strip().endsWith("左右"))) {
                targetStart = verbStart;
            }
        } else if (base.isEmpty() && Fold.han(after.replaceAll("^\\s*(?:以上|以下|以内|左右)", "")) >= 2
                && !after.strip().matches("^[的地得].*")) {
            // 「新增培育2个国家级夜间文化和旅游消费集聚区」: the name follows the number
            patternB = true;
            String head = TextNormalizer.normalize(raw.substring(a, nameEnd));
            int cut = -1;
            for (String w : ACTION) {
                int i = head.lastIndexOf(w);
                if (i >= 0) {
                    cut = Math.max(cut, i + w.length());
                }
            }
            head = stripLead(cut >= 0 ? head.substring(cut) : head, true);
            if (head.endsWith("等") || head.endsWith("等地")) {
                head = "";
            }
            name = head + after.strip().replaceAll("[。；;，,]+$", "");
            quoteEnd = b;
        } else {
            name = raw.substring(a, a + trimmed.length());
        }
        if (!patternB && verb != null && !change) {
            // 「每年举办不低于6场“青年交友联谊会”」: the name is the verb's object after the number
            String n = stripLead(TextNormalizer.normalize(name), false);
            String tail = after.strip().replaceAll("^(?:以上|以下|以内|左右)", "").replaceAll("[。；;，,]+$", "");
            if (endsWith(n, ACTION) != null && Fold.han(tail) >= 2) {
                name = name + tail;
                quoteEnd = b;
            }
        }
        if (PREPOSITION.matcher(TextNormalizer.normalize(raw.substring(a, b)).replaceAll("^[\\s、，,]+", "")).lookingAt()) {
            // 「对全市34处全国重点文保单位开展本体修缮」: the number counts what the action is done to
            return;
        }
        String written = raw.substring(targetStart, v.end()).strip();
        if (weak && !CUE.matcher(TextNormalizer.normalize(raw.substring(a, v.end()))).find()) {
            return;
        }
        String own = clean(name);
        String full = own;
        List<String> aliases = new ArrayList<>();
        String segment = TextNormalizer.normalize(raw.substring(a, b));
        boolean counted = startsWith(clean(segment), ACTION) != null || segment.contains("累计")
                || segment.contains("新增");
        if (!patternB) {
            full = carried(own, v.unit(), carry, enumerated);
            if (!full.equals(own) && Fold.han(own) >= 2) {
                aliases.add(own);
            }
        }
        if (Fold.han(full) < 2 || full.length() > 40) {
            return;
        }
        String q = raw.substring(a, quoteEnd);
        int lead = leadingNoise(q);
        String quote = q.substring(lead).strip();
        if (quote.isEmpty()) {
            return;
        }
        add(full, aliases, v.unit(), base, written, quote, line, counted);
        carry.name = full;
        carry.unit = v.unit();
    }

    /** Where a quote's text starts after list marks, punctuation and the years that date it. */
    private static int leadingNoise(String q) {
        String f = Fold.fold(q);
        int i = 0;
        while (true) {
            int j = i;
            while (j < f.length() && (Character.isWhitespace(f.charAt(j)) || "—－-、（）()，,。；;：:".indexOf(f.charAt(j)) >= 0
                    && !(j + 1 < f.length() && Character.isDigit(f.charAt(j + 1)) && f.charAt(j) == '-'))) {
                j++;
            }
            Matcher y = YEAR_MARK.matcher(f);
            y.region(j, f.length());
            if (y.lookingAt()) {
                j = y.end();
            }
            Matcher pm = PERIOD.matcher(f);
            pm.region(j, f.length());
            if (pm.lookingAt()) {
                j = pm.end();
            }
            if (j == i) {
                return i;
            }
            i = j;
        }
    }

    private void add(String name, List<String> aliases, String unit, String base, String target, String quote, int line,
                     boolean counted) {
        String sec = box.isEmpty() ? section : box;
        out.add(new Found(name, List.copyOf(aliases), "", unit, base, target, null, false, sec, quote, line, counted,
                false));
    }

    /** The name as found, or, when it has none of its own, completed from the target before it. */
    private static String carried(String own, String unit, Carry carry, boolean enumerated) {
        String prev = carry.name;
        if (prev == null) {
            if (MEASURE_NOUNS.contains(own) && carry.object != null && Fold.han(carry.object) >= 2) {
                return withoutAction(carry.object) + own;
            }
            return own;
        }
        if (own.isEmpty()) {
            return withoutChange(prev);
        }
        String ownVerb = startsWith(own, ACTION);
        if (ownVerb != null && own.substring(ownVerb.length()).matches("(?:年度|全年)?(?:投资|任务|产值|目标)")) {
            // 「实施重点建设项目500个以上，完成投资1000亿元以上」
            return withoutAction(prev) + own;
        }
        if (ownVerb != null && own.length() - ownVerb.length() <= 0) {
            // 「提质改造69万亩」 after 「新建高标准农田41万亩」
            String pv = startsWith(prev, ACTION);
            return (pv == null ? prev : prev.substring(pv.length())) + own;
        }
        String measure = MEASURE_NOUNS.contains(own) ? own : null;
        if (measure != null) {
            String item = withoutTail(withoutAction(prev));
            return item.equals(withoutAction(prev)) ? own : item + own;
        }
        if (ownVerb == null && sameDimension(unit, carry.unit) && !"%".equals(unit)) {
            String pv = startsWith(prev, ACTION);
            if (pv != null && !pv.startsWith("完成")) {
                // 「改造建设污水管网300公里、雨水管网200公里」: the verb goes over the items of one kind
                return pv + own;
            }
        }
        if (Fold.han(own) <= 3 && own.length() <= 3) {
            if (unit != null && Units.lookup(unit).map(u -> u.dimension().equals("mass")).orElse(false)) {
                return own + "产量";
            }
            String tail = tail(prev);
            if (tail != null) {
                return own + tail;
            }
            if (unit != null && unit.matches("户|万户|家|个|万个")) {
                return own + "数";
            }
        }
        return own;
    }

    private static boolean sameDimension(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return Units.lookup(a).flatMap(x -> Units.lookup(b).map(y -> x.dimension().equals(y.dimension())))
                .orElse(false);
    }

    private static String withoutChange(String name) {
        String c = endsWith(name, CHANGE);
        String n = c == null ? name : name.substring(0, name.length() - c.length());
        return n.endsWith("年均") ? n.substring(0, n.length() - 2) : n;
    }

    private static String withoutAction(String name) {
        String v = startsWith(name, ACTION);
        return v == null ? name : name.substring(v.length());
    }

    private static String tail(String name) {
        for (String t : MEASURE_NOUNS) {
            if (name.endsWith(t) && name.length() > t.length()) {
                return t;
            }
        }
        return null;
    }

    private static String withoutTail(String name) {
        String t = tail(name);
        return t == null ? name : name.substring(0, name.length() - t.length());
    }

    /** 「城乡居民人均可支配收入分别增长5.5%和7%」: one target per value, each with its own name. */
    private void respectively(String raw, String ms, List<Value> values, int line, Carry carry) {
        int at = ms.indexOf("分别");
        String subject = clean(raw.substring(0, at));
        String verb = ms.substring(at + 2, values.get(0).start()).replaceAll("[\\s约]+$", "");
        boolean change = endsWith(verb, CHANGE) != null && verb.equals(endsWith(verb, CHANGE));
        List<String> names = new ArrayList<>();
        if (subject.contains("城乡") && values.size() == 2) {
            names.add(subject.replace("城乡", "城镇"));
            names.add(subject.replace("城乡", "农村"));
        } else {
            for (String part : subject.split("[、和及与]")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        if (names.size() != values.size()) {
            return;
        }
        int lead = leadingNoise(raw);
        for (int i = 0; i < values.size(); i++) {
            Value v = values.get(i);
            String name = names.get(i) + (change ? verb : "");
            String written = raw.substring(v.numberStart(), v.end()).strip();
            String quote = raw.substring(lead, v.end()).strip();
            add(name, List.of(), v.unit(), "", written, quote, line, false);
            carry.name = name;
            carry.unit = v.unit();
        }
    }

    /** A clause without a value: a deferred, relative or (in a goal list) qualitative target; false when none. */
    private boolean words(String raw, int line, boolean goal, Carry carry) {
        String f = TextNormalizer.normalize(raw).replaceAll("[。；;，,！!？?]+$", "");
        Matcher c = COMPLETE.matcher(clean(f).replaceAll("[。；;，,]+$", ""));
        if (goal && c.matches() && !DEFER.matcher(f).find()) {
            String name = c.group(1);
            int lead = leadingNoise(raw);
            String quote = raw.substring(lead).strip().replaceAll("[。；;，,]+$", "");
            String verb = clean(f).substring(0, clean(f).indexOf(name));
            add(name, List.of(), null, "", verb, quote, line, false);
            carry.name = name;
            carry.unit = null;
            return true;
        }
        Matcher m = DEFER.matcher(f);
        boolean found = m.find();
        if (!found) {
            m = RELATE.matcher(f);
            found = m.find();
        }
        boolean qualitative = false;
        if (!found && goal) {
            m = QUALITATIVE.matcher(f);
            found = m.find();
            qualitative = found;
        }
        if (!found) {
            return false;
        }
        if (qualitative && m.end() < f.length()) {
            // 「生态环境质量持续改善确保粮食播种面积和产量稳定」: two goals run together
            String rest = f.substring(m.end());
            int at = raw.indexOf(rest);
            if (rest.matches("^(?:确保|力争|保持|实现|推动).{4,}") && at > 0) {
                boolean first = words(raw.substring(0, at), line, goal, carry);
                boolean second = words(raw.substring(at), line, goal, carry);
                return first || second;
            }
        }
        String name = clean(f.substring(0, m.start()));
        String bare = name.replaceAll("(?:持续|始终|保持|继续|稳定|均)+$", "");
        if (carry.name != null && CHANGE.contains(bare)) {
            // 「农民人均可支配收入达3万元以上，增速持续高于城镇居民」
            name = withoutChange(carry.name) + bare;
        }
        if (Fold.han(name) < 2 || name.length() > 30) {
            return false;
        }
        String target = f.substring(m.start()).replaceAll("[。；;，,]+$", "").strip();
        int lead = leadingNoise(raw);
        String quote = raw.substring(lead).strip().replaceAll("[。；;，,]+$", "");
        if (!quote.contains(target.substring(0, Math.min(2, target.length())))) {
            return false;
        }
        // the target as written in the plan (the normalised text may differ by spaces)
        String written = target;
        int at = raw.indexOf(target);
        if (at < 0) {
            written = quote.substring(Math.max(0, quote.length() - target.length()));
        }
        add(name, List.of(), null, "", written, quote, line, false);
        carry.name = name;
        carry.unit = null;
        return true;
    }

    /** The values of a clause (masked text), each with its unit and how it is written. */
    private static List<Value> values(String raw, String ms) {
        List<Value> out = new ArrayList<>();
        Matcher v = VALUE.matcher(ms);
        while (v.find()) {
            int end = v.end();
            String rest = ms.substring(end);
            String lead = rest.replaceFirst("^\\s+", "");
            end += rest.length() - lead.length();
            String unit = null;
            String sp = Units.unitPrefix(lead);
            if (v.group(2) != null && v.group(3) == null) {
                unit = "%";
                end = v.end();
                lead = ms.substring(end);
                sp = null;
            }
            if (sp != null) {
                unit = Units.canonical(sp);
                end += sp.length();
            } else if (unit == null && !lead.isEmpty()) {
                if (MEASURE.indexOf(lead.charAt(0)) >= 0) {
                    end += 1;
                } else if (lead.length() >= 2 && "万亿千百".indexOf(lead.charAt(0)) >= 0
                        && MEASURE.indexOf(lead.charAt(1)) >= 0) {
                    end += 2;
                } else if ("万亿".indexOf(lead.charAt(0)) >= 0) {
                    end += 1;
                }
            }
            if (unit == null && v.group(2) != null) {
                unit = "%";
            }
            Matcher q = QUALIFIER.matcher(ms.substring(end));
            if (q.lookingAt()) {
                end += q.end();
            }
            if (end < ms.length() && ms.charAt(end) == '的') {
                continue;
            }
            out.add(new Value(v.start(), end, v.start(), unit, raw.substring(v.start(), end)));
        }
        return out;
    }

    /** The folded clause with every digit that is not a value replaced by '#'. */
    static char[] mask(String f) {
        char[] m = f.toCharArray();
        maskAll(m, f, YEAR_MARK);
        maskAll(m, f, Pattern.compile("(?<![\\d.])(?:19|20)\\d{2}(?=\\s*[）)年])"));
        maskAll(m, f, Pattern.compile("(?<![\\d.])\\d{1,2}(?=\\s*[月日号])"));
        maskAll(m, f, Pattern.compile("第\\s*\\d+"));
        maskAll(m, f, Pattern.compile("\\d+(?=大[\\p{IsHan}])"));
        maskAll(m, f, Pattern.compile("\\d+(?=\\s*岁(?:以下|以上|及以下|及以上)?+[\\p{IsHan}]{2})"));
        maskAll(m, f, Pattern.compile("\\d+(?:\\.\\d+)?(?=\\s*(?:小时|分钟)[\\p{IsHan}]{0,4}圈)"));
        maskAll(m, f, Pattern.compile("\\d+\\s*[×+＋]\\s*\\d*"));
        maskAll(m, f, Pattern.compile("^\\s*[（(]?\\d+[)）.、．](?!\\d)"));
        maskAll(m, f, Pattern.compile("^\\s*\\d{1,2}[.．、](?=(?:19|20)\\d{2}\\s*年)"));
        // technical specifications and road numbers name things: 500千伏, 35蒸吨, 国道207
        maskAll(m, f, Pattern.compile("\\d+(?:\\.\\d+)?(?:\\s*[—–\\-~～至]\\s*\\d+(?:\\.\\d+)?)?(?=\\s*(?:千伏|万伏|伏|蒸吨|kV|KV|kv))"));
        maskAll(m, f, Pattern.compile("(?<=国道|省道|县道|高速)\\s*\\d+"));
        maskAll(m, f, Pattern.compile("(?<=[A-Za-z][—\\-－])\\d+"));
        // numbers inside quotation marks and book titles name things
        for (String[] q : new String[][] {{"“", "”"}, {"「", "」"}, {"《", "》"}, {"\"", "\""}}) {
            int i = f.indexOf(q[0]);
            while (i >= 0) {
                int j = f.indexOf(q[1], i + 1);
                if (j < 0) {
                    break;
                }
                for (int k = i; k < j; k++) {
                    if (Character.isDigit(m[k])) {
                        m[k] = '#';
                    }
                }
                i = f.indexOf(q[0], j + 1);
            }
        }
        // digits next to Latin letters (5G, PM2.5, 3A级, CO2) unless the letters are a unit (1200MW)
        Matcher d = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(f);
        while (d.find()) {
            boolean before = d.start() > 0 && Character.isLetter(f.charAt(d.start() - 1))
                    && f.charAt(d.start() - 1) < 128;
            boolean after = d.end() < f.length() && Character.isLetter(f.charAt(d.end())) && f.charAt(d.end()) < 128
                    && Units.unitPrefix(f.substring(d.end())) == null;
            if (before || after) {
                for (int k = d.start(); k < d.end(); k++) {
                    m[k] = '#';
                }
            }
        }
        return m;
    }

    private static void maskAll(char[] m, String f, Pattern p) {
        Matcher x = p.matcher(f);
        while (x.find()) {
            for (int k = x.start(); k < x.end(); k++) {
                if (Character.isDigit(m[k])) {
                    m[k] = '#';
                }
            }
        }
    }

    /** The name without the years that date it, list marks, scope words and stray punctuation. */
    static String clean(String name) {
        String n = TextNormalizer.normalize(name);
        n = YEAR_MARK.matcher(n).replaceAll("");
        n = CN_YEAR.matcher(n).replaceAll("");
        n = PERIOD.matcher(n).replaceAll("");
        n = n.replaceAll("^[\\s—－\\-、，,。；;：:（）()]+", "");
        n = n.replaceAll("^(?:[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、)", "");
        n = n.replaceAll("[（(][^（）()]*[）)]", "");
        int close = Math.max(n.lastIndexOf('）'), n.lastIndexOf(')'));
        if (close >= 0) {
            n = n.substring(close + 1);
        }
        int open = Math.max(n.indexOf('（'), n.indexOf('('));
        if (open >= 0) {
            n = n.substring(0, open);
        }
        n = stripLead(n, false);
        n = n.replaceAll("(?:逐步|持续|进一步|稳步|力争|基本|全面|均|总体)+$", "");
        n = n.replaceAll("[的等，,、；;：:\\s]+$", "");
        return n.strip();
    }

    /** Strips scope words (全市, 力争 …) and, for a name after its value, the action verbs too. */
    private static String stripLead(String n, boolean verbs) {
        String prev;
        do {
            prev = n;
            n = LEAD.matcher(n).replaceFirst("");
            if (verbs) {
                String v = startsWith(n, ACTION);
                if (v != null) {
                    n = n.substring(v.length());
                }
                n = n.replaceFirst("^约", "");
            }
        } while (!n.equals(prev));
        return n;
    }

    static String endsWith(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    static String startsWith(String s, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return w;
            }
        }
        return null;
    }
}
