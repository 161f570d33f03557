package org.plancheck.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.catalog.PlanDomain;
import org.plancheck.layout.TitleLine;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.quantity.TextNormalizer;

/**
 * Tells what document a plan is (docs/domain.md, "Which document is it?"): its real title (for 关于印发《…》的通知,
 * the quoted title, not the addressee line; else the largest text of the first page), its jurisdiction (from the
 * title, the issuing body, the 人民代表大会 a report was given to, or the running headers), and its kind (规划纲要,
 * 专项规划 of a domain, 年度计划 or 政府工作报告, other). The basis says how each was decided.
 */
final class PlanIdentifier {
    private static final Pattern NOTICE = Pattern.compile("关于(?:印发|发布|转发|下发)?《(.+?)》");
    private static final Pattern ISSUER = Pattern.compile("([\\p{IsHan}]{2,20}?)(人民政府|发展和改革委员会|发展改革委|发改委)");
    private static final Pattern CONGRESS = Pattern.compile("在([\\p{IsHan}]{2,20}?)第?[一二三四五六七八九十\\d]*届?人民代表大会");
    private static final Pattern ANNUAL = Pattern.compile("(20\\d\\d)年(?:度)?国民经济和社会发展计划|国民经济和社会发展计划(?:执行情况|草案)");
    private static final Pattern GENERAL = Pattern.compile(
            "国民经济和社会发展第.{1,3}个五年规划|规划纲要|远景目标纲要|五年规划和|“?十[一二三四五六七八九]五”?规划$");
    private static final Pattern REPORT_TITLE = Pattern.compile("^(20\\d\\d年)?([\\p{IsHan}]{0,20})?政府工作报告$");
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");

    private PlanIdentifier() {
    }

    /** From opening text alone (tests; one line per title line). */
    static LowerPlan identify(String document, String opening, Catalog catalog) {
        List<TitleLine> lines = new ArrayList<>();
        for (String l : opening.split("\n")) {
            if (!l.isBlank()) {
                lines.add(new TitleLine(1, l.strip(), 12f, false, false));
            }
        }
        return identify(document, lines, catalog);
    }

    static LowerPlan identify(String document, List<TitleLine> opening, Catalog catalog) {
        List<String> basis = new ArrayList<>();
        StringBuilder firstPages = new StringBuilder();
        for (TitleLine l : opening) {
            if (l.page() <= 2) {
                firstPages.append(norm(l.text()));
            }
        }
        String head = firstPages.toString();
        String title = null;
        String issuer = null;
        Matcher notice = NOTICE.matcher(head);
        if (notice.find() && notice.start() < 400) {
            title = notice.group(1);
            basis.add("标题取自印发通知中的《" + title + "》");
            Matcher who = ISSUER.matcher(head.substring(Math.max(0, notice.start() - 30), notice.start()));
            String found = null;
            while (who.find()) {
                found = who.group(1);
            }
            issuer = found;
        }
        if (title == null) {
            title = largestText(opening);
            if (title != null) {
                basis.add("标题「" + title + "」（首页最大字号）");
            }
        }
        if (title == null || !looksLikeTitle(title)) {
            String t = leadingTitle(head);
            if (t != null) {
                title = t;
                basis.add("标题「" + title + "」（开头文字）");
            }
        }
        if (title == null) {
            title = head.substring(0, Math.min(40, head.length()));
        }

        // kind
        PlanKind kind;
        String domain = null;
        String why;
        Matcher annual = ANNUAL.matcher(title);
        boolean report = REPORT_TITLE.matcher(title).matches() || title.endsWith("政府工作报告") && !title.contains("聚焦")
                && !title.contains("解读") && head.contains("各位代表");
        if (annual.find()) {
            kind = PlanKind.ANNUAL;
            why = "标题为年度国民经济和社会发展计划";
        } else if (report && head.contains("各位代表")) {
            kind = PlanKind.ANNUAL;
            why = "政府工作报告（其主要预期目标按年度计划审查）";
        } else if (GENERAL.matcher(title).find()) {
            kind = PlanKind.GENERAL;
            why = "标题为国民经济和社会发展规划纲要";
        } else if (!looksLikeTitle(title)) {
            kind = PlanKind.UNKNOWN;
            why = "未找到文件标题";
        } else if (title.contains("规划")) {
            kind = PlanKind.SPECIAL;
            domain = domainOf(title, catalog);
            why = "标题为专项规划" + (domain == null ? "，未能确定领域" : "，领域「" + catalog.domain(domain)
                    .map(PlanDomain::label).orElse(domain) + "」");
        } else {
            kind = PlanKind.OTHER;
            why = "标题既不是规划纲要、专项规划，也不是年度计划";
        }
        basis.add("类型：" + kind.label() + "（" + why + "）");

        // jurisdiction: title, then issuer, then the congress a report was given to, then running headers
        Named named = named(title, catalog);
        String source = "标题";
        if (named == null && issuer != null) {
            named = named(issuer, catalog);
            source = "发文机关「" + issuer + "」";
        }
        if (named == null) {
            Matcher c = CONGRESS.matcher(head);
            if (c.find()) {
                named = named(c.group(1), catalog);
                source = "报告会议「" + c.group(1) + "人民代表大会」";
            }
        }
        if (named == null) {
            for (TitleLine l : opening) {
                if (l.running()) {
                    named = named(norm(l.text()), catalog);
                    if (named != null) {
                        source = "页眉「" + l.text().strip() + "」";
                        break;
                    }
                }
            }
        }
        if (named == null) {
            Matcher who = ISSUER.matcher(head);
            while (named == null && who.find()) {
                named = named(who.group(1), catalog);
                source = "落款「" + who.group() + "」";
            }
        }
        String jurisdiction = named == null ? null : named.name;
        Tier tier = named == null ? Tier.UNKNOWN : named.tier;
        basis.add(named == null ? "辖区：未能识别（标题、发文机关和页眉中都没有上位规划所列的辖区）"
                : "辖区：" + jurisdiction + "（" + source + "，" + tier.label() + "）");
        Matcher y = YEAR.matcher(title);
        if (kind == PlanKind.ANNUAL && y.find()) {
            basis.add("计划年度：" + y.group(1));
        }
        return new LowerPlan(document, title, jurisdiction, tier, kind, domain, String.join("；", basis));
    }

    /** A unit named in a text: the catalog's lower units first (the more specific), then the upper jurisdiction. */
    private record Named(String name, Tier tier, int at) {
    }

    private static Named named(String text, Catalog catalog) {
        Named best = null;
        for (Jurisdiction j : catalog.jurisdictions()) {
            List<String> names = new ArrayList<>(j.aliases());
            names.add(j.name());
            names.sort(Comparator.comparingInt(String::length).reversed());
            for (String n : names) {
                int i = n.length() >= 2 ? text.indexOf(n) : -1;
                if (i >= 0 && (best == null || i < best.at)) {
                    best = new Named(j.name(), Tier.LOWER, i);
                }
            }
        }
        if (best != null) {
            return best;
        }
        String upper = catalog.plan().jurisdiction();
        String shortUpper = upper.replaceAll("(省|市|自治区|自治州|州|县|区)$", "");
        int i = text.indexOf(upper);
        if (i < 0 && shortUpper.length() >= 2) {
            i = text.indexOf(shortUpper);
        }
        return i >= 0 ? new Named(upper, Tier.SAME, i) : null;
    }

    private static String domainOf(String title, Catalog catalog) {
        String t = title.replaceAll("“?十[一二三四五六七八九]五”?", "");
        PlanDomain best = null;
        int at = Integer.MAX_VALUE;
        for (PlanDomain d : catalog.domains()) {
            for (String k : d.keywords()) {
                int i = t.indexOf(k);
                if (i >= 0 && i < at) {
                    at = i;
                    best = d;
                }
            }
        }
        return best == null ? null : best.code();
    }

    /** The largest-font lines of the first page with text, joined: a cover's title. */
    private static String largestText(List<TitleLine> opening) {
        int page = opening.stream().filter(l -> !l.text().isBlank()).mapToInt(TitleLine::page).min().orElse(0);
        List<TitleLine> first = opening.stream().filter(l -> l.page() == page).toList();
        float max = 0;
        for (TitleLine l : first) {
            if (hasHan(l.text()) && !l.text().endsWith("文件")) {
                max = Math.max(max, l.em());
            }
        }
        if (max <= 0) {
            return null;
        }
        float bodyEm = median(first);
        if (max < bodyEm * 1.15f) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        boolean started = false;
        for (TitleLine l : first) {
            boolean big = l.em() >= max * 0.85f && hasHan(l.text()) && !l.text().endsWith("文件");
            if (big) {
                b.append(norm(l.text()));
                started = true;
            } else if (started) {
                break;
            }
        }
        String t = b.toString();
        // a draft mark in brackets after the title is part of it; a date or an office is not
        return t.isEmpty() ? null : t;
    }

    private static float median(List<TitleLine> lines) {
        List<Float> ems = new ArrayList<>();
        lines.forEach(l -> ems.add(l.em()));
        ems.sort(Float::compare);
        return ems.isEmpty() ? 0 : ems.get(ems.size() / 2);
    }

    private static boolean looksLikeTitle(String t) {
        return t.length() >= 4 && (t.contains("规划") || t.contains("计划") || t.contains("纲要") || t.contains("报告")
                || t.contains("方案") || t.contains("意见") || t.contains("通知"));
    }

    /** The opening text up to the first 规划/纲要/计划 ending (a title without a larger font). */
    static String leadingTitle(String opening) {
        String s = opening.replaceAll("\\s+", "");
        int end = -1;
        for (String w : new String[] {"规划纲要", "规划", "纲要", "计划", "政府工作报告", "方案"}) {
            int i = s.indexOf(w);
            if (i >= 0 && i < 200) {
                end = end < 0 ? i + w.length() : Math.min(end, i + w.length());
            }
        }
        if (end <= 0) {
            return null;
        }
        int close = s.indexOf("）", end);
        if (close >= 0 && close - end <= 8 && s.substring(end, close).matches("[（(]?.*(稿|草案).*")) {
            end = close + 1;
        }
        return s.substring(0, end);
    }

    private static boolean hasHan(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (TextNormalizer.isCjk(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        return TextNormalizer.normalize(s).replaceAll("\\s+", "");
    }
}
