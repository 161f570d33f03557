package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.layout.Passage;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;
import org.plancheck.quantity.TextNormalizer;

/**
 * Finds targets stated in running text: 「到2030年，全县森林覆盖率达到58%以上，……」, several in one sentence,
 * list-style annual targets, and figures for other years (kept with their year). Base-year statements
 * (「2025年……达到……」) are not targets and are skipped.
 */
final class TextTargets {
    private static final Pattern YEAR_MARK = Pattern.compile(
            "(?:到|至|截至|截止到|在|预计到|力争到|力争在|争取到)?(20\\d\\d)年(?!\\d{1,2}月)(?:底|末|前)?(?:时)?");
    private static final Pattern PERIOD_END = Pattern.compile("(“?十五五”?(?:期)?末|规划期末|“?十五五”?时期末|“?十五五”?期间|“?十五五”?时期|规划期内)");
    private static final Pattern VERB = Pattern.compile(
            "(提高到|提高至|提升到|提升至|增长到|增加到|增至|降低到|降低至|下降到|下降至|降至|降到|减少到|控制在|稳定在|保持在|"
            + "巩固在|维持在|保持|不低于|不少于|不超过|不高于|突破|超过|达到|高于|低于|达|为|在|下降|降低|减少|提高|增长|提升|新增|"
            + "新建|建成|改造|累计)");
    private static final Pattern NUMBER = Pattern.compile("\\d");
    /** A list item: 「——」, 「（一）」, 「1.」, 「一是」. */
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*(?:[—－-]{1,2}|[（(][一二三四五六七八九十\\d]+[)）]|\\d+[.、．]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、)");
    /** The introduction of a list of goals. */
    private static final Pattern GOALS = Pattern.compile("(主要目标|预期目标|发展目标|目标任务|主要指标)");
    /** 「今后五年经济社会发展主要目标是：地区生产总值……」: goals listed in the same sentence. */
    private static final Pattern INLINE_GOALS = Pattern.compile("[^。：:]{0,40}(主要目标|预期目标|发展目标)[^。：:]{0,8}[：:]");
    /** Statements about the past: achievements, not targets. */
    private static final Pattern PAST = Pattern.compile("(十四五”?(?:期间|时期|以来)|过去五年|已经|已达|完成了|实现了|比上年|同比)");
    private static final Pattern CHANGE_VERB = Pattern.compile("下降|降低|减少|提高|增长|提升|新增|新建|建成|改造|累计");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:其中|力争|确保|争取|全面|基本|实现|累计|全县|全市|全区|我县|我市|我区|本县|本市|县域|市域|全域|全年|“十五五”期间|十五五期间|期间|年(?![均平]))+");

    /** Digits that belong to a name: 4A级, 5G, 3D, 1类. */
    private static final Pattern NAME_NUMBER = Pattern.compile("\\d+(?:[A-Z](?![A-Za-z])级?|类|级|星级)");
    /** 「全面完成节能减排降碳约束性指标」, 「完成省下达的节能减排任务」: the verb before what is to be done. */
    private static final Pattern DONE_FIRST = Pattern.compile(
            "^((?:全面|确保|坚决)?完成)(?:省|市|国家|上级)?(?:下达的?)?(.{2,24}?)(?:约束性)?(?:指标|任务|目标)(?:任务)?$");
    /** A second target of the same subject, joined by 、 (「……6%左右、奋力站上3000亿元」). */
    private static final Pattern COORDINATED = Pattern.compile(
            "、(?=(?:奋力|力争|确保|努力)?(?:站上|迈上|跨上|突破|达到|超过|冲刺)\\d)");
    /** Years written in Chinese numerals. */
    private static final Pattern CHINESE_YEAR = Pattern.compile("([二][〇零][一二三四五六七八九〇零]{2})年");
    /** 「见表1」, 「附表2」, 「专栏3」: a reference, not a value. */
    private static final Pattern REFERENCE = Pattern.compile("(?:见|详见|如)?(?:附表|表|图|专栏|附件|第)\\s*\\d+");
    /** The words of a target stated without a number: handed down or relative to another indicator. */
    private static final Pattern WORDS_TARGET = Pattern.compile(
            "(?:完成|落实|实现)?(?:以)?(?:国家|省|市|省市|上级|州|县)(?:下达|分解|确定)(?:的)?(?:目标)?(?:任务)?(?:为准)?"
            + "|完成省定目标|(?:与|同)(?:经济|GDP|地区生产总值|全省|全国|全市)(?:增长)?(?:基本)?(?:同步|一致|持平)"
            + "|(?:持续)?(?:高于|快于|略高于|不低于)(?:经济|GDP|地区生产总值|城镇居民|全市|全省|全国)(?:平均水平)?(?:收入)?(?:增长|增速)?");
    /** Qualitative goals in a list of the year's targets. */
    private static final Pattern QUALITATIVE = Pattern.compile(
            "保稳提质|稳中有[增升进]|稳中提质|持续改善|持续提升|稳步提升|明显提升|只增不减|总体稳定|保持稳定|稳定(?:增长)?$|全面完成|基本稳定");

    /** A character OCR could not read with confidence. */
    private static final char UNREADABLE = '\uFFFD';

    private TextTargets() {
    }

    static List<PlanFigure> find(List<Passage> passages, String document, int baseYear, int targetYear) {
        List<PlanFigure> out = new ArrayList<>();
        Integer listYear = null;
        for (Passage p : passages) {
            String text = chineseYears(p.text());
            int lead = text.length() - text.stripLeading().length();
            text = text.strip();
            boolean listItem = LIST_ITEM.matcher(text).lookingAt();
            if (!listItem) {
                listYear = null;
            }
            int at = 0;
            int before = out.size();
            Integer carried = null;
            for (String sentence : text.split("(?<=[。！？!?])")) {
                int start = text.indexOf(sentence, at);
                at = start + sentence.length();
                int offset = lead + start + (sentence.length() - sentence.stripLeading().length());
                // the year a sentence sets goes on in the next sentences of the paragraph (「到2030年，……。城镇调查
                // 失业率控制在5.5%以内。」) until another year or a statement about the past
                carried = sentence(sentence.strip(), p, offset, document, baseYear, targetYear,
                        listYear != null ? listYear : carried, listYear != null, out);
            }
            if (p.where() != null) {
                // a Word document: say where the sentence stands (heading path and paragraph)
                for (int i = before; i < out.size(); i++) {
                    PlanFigure f = out.get(i);
                    out.set(i, new PlanFigure(f.document(), f.rawName(), f.indicatorId(), f.indicatorName(),
                            f.source(), f.base(), f.baseText(), f.target(), f.unit(), f.year(), f.attribute(),
                            f.page(), f.text(), p.where(), f.boxes(), f.matchedBy(), f.confidence()));
                }
            }
            Integer intro = goalIntroduction(text, baseYear, targetYear);
            if (intro != null) {
                listYear = intro;
            }
        }
        return out;
    }

    /** 「二〇三五年」, 「二〇三〇年」: years in Chinese numerals read as digits (same length, so offsets hold). */
    static String chineseYears(String s) {
        if (s.indexOf('〇') < 0 && s.indexOf('零') < 0) {
            return s;
        }
        Matcher m = CHINESE_YEAR.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            StringBuilder y = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                y.append("〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c));
            }
            m.appendReplacement(b, y + "年");
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * A passage that announces a list of goals (「今后五年经济社会发展主要目标是：」, 「2026年主要预期目标是：」):
     * the year its list items are for, else null.
     */
    static Integer goalIntroduction(String text, int baseYear, int targetYear) {
        if (text.indexOf(UNREADABLE) >= 0) {
            // part of it could not be read (OCR): which goals, and for which year, is not known
            return null;
        }
        String t = TextNormalizer.normalize(text);
        if (!GOALS.matcher(t).find() || !(t.endsWith("：") || t.endsWith(":"))) {
            return null;
        }
        if (t.matches(".*(今后五年|十五五|规划期|五年规划).*")) {
            return targetYear;
        }
        // the year the goals are for, not a vision year named for context (「锚定2035年远景目标，……主要目标是：」)
        Matcher y = Pattern.compile("(20\\d\\d)年(?!远景)").matcher(t);
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        if (year == null || year <= baseYear) {
            return targetYear;
        }
        return year;
    }

    /** Reads one sentence's targets; returns the target year in effect at its end (null when none or past). */
    private static Integer sentence(String sentence, Passage passage, int offset, String document, int baseYear,
                                    int targetYear, Integer listYear, boolean inList, List<PlanFigure> out) {
        String normalized = TextNormalizer.normalize(sentence);
        if (sentence.isEmpty() || !NUMBER.matcher(normalized).find()) {
            return listYear;
        }
        if (PAST.matcher(normalized).find()) {
            return null;
        }
        Integer year = listYear;
        Matcher intro = INLINE_GOALS.matcher(normalized);
        boolean goals = inList;
        if (!inList && intro.lookingAt()) {
            Integer introduced = goalIntroduction(intro.group(), baseYear, targetYear);
            if (introduced != null) {
                year = introduced;
                goals = true;
            }
        }
        String lastSubject = null;
        int at = 0;
        for (String rawClause : sentence.split("[，,；;。：:]")) {
            int clauseStart = sentence.indexOf(rawClause, at);
            at = clauseStart + rawClause.length();
            if (rawClause.indexOf(UNREADABLE) >= 0) {
                // a character OCR could not read: this clause states nothing for certain, and the year or subject
                // the clauses after it would inherit may be the unread one (docs/domain.md, "What counts as read");
                // nor does a year carry on to the next sentence
                return null;
            }
            float confidence = passage.confidence(offset + clauseStart, offset + clauseStart + rawClause.length());
            Matcher digit = NUMBER.matcher(rawClause);
            int page = passage.pageAt(offset + clauseStart + (digit.find() ? digit.start() : 0));
            String clause = TextNormalizer.normalize(rawClause);
            Matcher ym = YEAR_MARK.matcher(clause);
            boolean marked = false;
            while (ym.find()) {
                int y = Integer.parseInt(ym.group(1));
                if (!clause.substring(ym.end()).startsWith("-") && !clause.substring(ym.end()).startsWith("—")) {
                    year = y;
                    marked = true;
                    clause = clause.substring(0, ym.start()) + clause.substring(ym.end());
                    ym = YEAR_MARK.matcher(clause);
                }
            }
            if (PERIOD_END.matcher(clause).find()) {
                year = targetYear;
                marked = true;
                clause = PERIOD_END.matcher(clause).replaceAll("");
            }
            if (year == null || year <= baseYear) {
                if (marked) {
                    lastSubject = null;
                }
                continue;
            }
            if (!NUMBER.matcher(clause).find() || REFERENCE.matcher(clause).find()
                    && !NUMBER.matcher(REFERENCE.matcher(clause).replaceAll("")).find()) {
                PlanFigure f = wordsOnly(clause, goals, lastSubject, sentence, page, document, year);
                if (f != null) {
                    out.add(passage.ocr() ? f.withConfidence((double) confidence) : f);
                    lastSubject = f.rawName();
                }
                continue;
            }
            // 「地区生产总值增长6%左右、奋力站上3000亿元大台阶」: a second target of the same subject after 、
            String second = null;
            Matcher co = COORDINATED.matcher(clause);
            if (co.find()) {
                second = clause.substring(co.start() + 1);
                clause = clause.substring(0, co.start());
            }
            PlanFigure f = clause(clause, rawClause, lastSubject, sentence, page, document, year);
            if (f != null) {
                out.add(passage.ocr() ? f.withConfidence((double) confidence) : f);
                lastSubject = f.rawName();
                if (second != null) {
                    String base = f.rawName().replaceAll("(年均)?(增长|增速|增幅)$", "");
                    TargetValue t = TargetGrammar.parse(second);
                    if (t.hasNumber() && base.length() >= 2) {
                        out.add(new PlanFigure(document, base, null, null, Origin.TEXT, null, null, t, t.unit(), year,
                                null, page, sentence));
                    }
                }
            }
        }
        return year != null && year > baseYear ? year : null;
    }

    private static PlanFigure clause(String clause, String raw, String lastSubject, String sentence, int page,
                                     String document, int year) {
        Matcher v = VERB.matcher(clause);
        String subject = null;
        String value = null;
        while (v.find()) {
            String rest = clause.substring(v.end());
            Matcher d = NUMBER.matcher(rest);
            boolean found = d.find();
            // a number that is part of a name (「4A级旅游景区」, 「5G基站」): the value is the next number
            while (found && NAME_NUMBER.matcher(rest.substring(d.start())).lookingAt()) {
                found = d.find();
            }
            String verb = v.group(1);
            if (found && verb.equals("累计") && d.start() > 0 && d.start() <= 18) {
                // 「累计改造提升高标准农田70万亩」, 「累计开展补贴性职业技能培训0.8万人次」: all up to the number is the name
                subject = clause.substring(0, v.start()) + rest.substring(0, d.start()).replaceFirst("^(开展|实施|完成)", "");
                value = rest.substring(d.start());
                break;
            }
            if (found && d.start() <= 10) {
                subject = clause.substring(0, v.start());
                boolean opensName = CHANGE_VERB.matcher(verb).matches() && d.start() > 0
                        && LEADING.matcher(subject.strip()).replaceAll("").strip().length() < 2;
                if (opensName && VERB.matcher(rest.substring(0, d.start())).find()) {
                    continue;
                }
                if (!opensName && CHANGE_VERB.matcher(verb).matches() && d.start() > 0) {
                    // 「美丽河湖建成率达到70%」: a change word inside the name, the real verb comes later
                    continue;
                }
                if (opensName) {
                    // 「新增光伏装机300MW」: the verb opens the name, the number follows it
                    subject = subject + verb + rest.substring(0, d.start());
                    value = rest.substring(d.start());
                } else if (CHANGE_VERB.matcher(verb).matches() && d.start() == 0) {
                    subject = subject + verb;
                    value = rest;
                } else {
                    value = verb + rest;
                }
                break;
            }
        }
        if (value == null) {
            // "肉牛33万头": a list item after a clause with a verb
            Matcher d = NUMBER.matcher(clause);
            if (lastSubject == null || !d.find() || d.start() < 2 || d.start() > 16) {
                return null;
            }
            subject = clause.substring(0, d.start());
            value = clause.substring(d.start());
        }
        subject = inherit(LEADING.matcher(subject.strip()).replaceAll("").strip(), lastSubject);
        if (subject.length() < 2 || subject.length() > 40 || !hasCjk(subject)) {
            return null;
        }
        TargetValue t = TargetGrammar.parse(value);
        if (!t.hasNumber()) {
            return null;
        }
        return new PlanFigure(document, subject, null, null, Origin.TEXT, null, null, t, t.unit(), year, null, page,
                sentence);
    }

    /**
     * A clause that names no indicator continues the one before: 「地区生产总值年均增长6%，到2030年达到820亿元」 (the
     * level of 地区生产总值), 「地区生产总值达到250亿元，年均增长6.2%」 (its growth).
     */
    static String inherit(String subject, String last) {
        if (last == null || last.isEmpty()) {
            return subject;
        }
        String base = last.replaceAll("(年均)?(增长|增速|增幅)$", "");
        if (subject.isEmpty() && base.length() >= 2) {
            return base;
        }
        if (subject.matches("(年均|年平均)?(增长|增速|增幅)")) {
            return base + subject;
        }
        return subject;
    }

    /**
     * A target without a number: handed down (「单位GDP二氧化碳排放降低完成市下达任务」, 「以省下达任务为准」), relative
     * (「居民收入增长与经济增长同步」), or, in a list of the year's goals, qualitative (「进出口稳中有增」).
     */
    private static PlanFigure wordsOnly(String clause, boolean goals, String lastSubject, String sentence, int page,
                                        String document, int year) {
        Matcher m = WORDS_TARGET.matcher(clause);
        if (!m.find()) {
            if (!goals) {
                return null;
            }
            m = QUALITATIVE.matcher(clause);
            if (!m.find()) {
                return null;
            }
        }
        String subject = LEADING.matcher(clause.substring(0, m.start()).strip()).replaceAll("").strip();
        String value = clause.substring(m.start()).strip();
        Matcher done = DONE_FIRST.matcher(clause);
        if (subject.isEmpty() && done.matches()) {
            // 「全面完成节能减排降碳约束性指标」: the verb first, the indicator after it
            subject = done.group(2);
            value = done.group(1);
        }
        subject = inherit(subject, lastSubject);
        if (subject.length() < 2 || subject.length() > 30 || !hasCjk(subject)) {
            return null;
        }
        TargetValue t = TargetGrammar.parse(value);
        if (t.kind() != ValueKind.DEFERRED && t.kind() != ValueKind.RELATIVE) {
            t = new TargetValue(t.text(), null, null, org.plancheck.model.Qualifier.NONE, ValueKind.QUALITATIVE, null,
                    null, null);
        }
        return new PlanFigure(document, subject, null, null, Origin.TEXT, null, null, t, null, year, null, page,
                sentence);
    }

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
