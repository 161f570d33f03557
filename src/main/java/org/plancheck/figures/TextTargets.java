package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.layout.Passage;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
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
            "^(?:其中|力争|确保|争取|全面|基本|实现|累计|全县|全市|全区|我县|我市|我区|本县|本市|县域|市域|全域|全年|“十五五”期间|十五五期间|期间|年)+");

    private TextTargets() {
    }

    static List<PlanFigure> find(List<Passage> passages, String document, int baseYear, int targetYear) {
        List<PlanFigure> out = new ArrayList<>();
        Integer listYear = null;
        for (Passage p : passages) {
            String text = p.text().strip();
            boolean listItem = LIST_ITEM.matcher(text).lookingAt();
            if (!listItem) {
                listYear = null;
            }
            for (String sentence : text.split("(?<=[。！？!?])")) {
                sentence(sentence.strip(), p.page(), document, baseYear, targetYear, listYear, out);
            }
            Integer intro = goalIntroduction(text, baseYear, targetYear);
            if (intro != null) {
                listYear = intro;
            }
        }
        return out;
    }

    /**
     * A passage that announces a list of goals (「今后五年经济社会发展主要目标是：」, 「2026年主要预期目标是：」):
     * the year its list items are for, else null.
     */
    static Integer goalIntroduction(String text, int baseYear, int targetYear) {
        String t = TextNormalizer.normalize(text);
        if (!GOALS.matcher(t).find() || !(t.endsWith("：") || t.endsWith(":"))) {
            return null;
        }
        Matcher y = Pattern.compile("(20\\d\\d)年").matcher(t);
        Integer year = null;
        while (y.find()) {
            year = Integer.valueOf(y.group(1));
        }
        if (year == null || year <= baseYear) {
            return targetYear;
        }
        return year;
    }

    private static void sentence(String sentence, int page, String document, int baseYear, int targetYear,
                                 Integer listYear, List<PlanFigure> out) {
        String normalized = TextNormalizer.normalize(sentence);
        if (sentence.isEmpty() || !NUMBER.matcher(normalized).find()) {
            return;
        }
        Integer year = PAST.matcher(normalized).find() ? null : listYear;
        Matcher intro = INLINE_GOALS.matcher(normalized);
        if (year == null && intro.lookingAt()) {
            year = goalIntroduction(intro.group(), baseYear, targetYear);
        }
        String lastSubject = null;
        for (String rawClause : sentence.split("[，,；;。：:]")) {
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
            if (!NUMBER.matcher(clause).find()) {
                continue;
            }
            PlanFigure f = clause(clause, rawClause, lastSubject, sentence, page, document, year);
            if (f != null) {
                out.add(f);
                lastSubject = f.rawName();
            }
        }
    }

    private static PlanFigure clause(String clause, String raw, String lastSubject, String sentence, int page,
                                     String document, int year) {
        Matcher v = VERB.matcher(clause);
        String subject = null;
        String value = null;
        while (v.find()) {
            String rest = clause.substring(v.end());
            Matcher d = NUMBER.matcher(rest);
            if (d.find() && d.start() <= 8) {
                String verb = v.group(1);
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
        subject = LEADING.matcher(subject.strip()).replaceAll("").strip();
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

    private static boolean hasCjk(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
