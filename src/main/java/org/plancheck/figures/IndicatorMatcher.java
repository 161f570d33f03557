package org.plancheck.figures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plancheck.catalog.Catalog;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Matches a figure's name to a catalog target, tolerant of how plans vary names (docs/domain.md): units in brackets,
 * 全县/全市 prefixes, stars, 占…比重 wordings, aliases; character-bigram similarity with a threshold, unit
 * compatibility to break ties, table targets (专栏) before text targets of the same name.
 */
public final class IndicatorMatcher {
    static final double THRESHOLD = 0.7;
    private final List<Entry> entries = new ArrayList<>();

    private final java.util.Map<String, UpperTarget> memo = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Catalog, IndicatorMatcher> BY_CATALOG =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** A catalog name or alias, with what similarity needs computed once. */
    private record Entry(UpperTarget target, String name, Set<String> bigrams, String sorted, String written) {
        static Entry of(UpperTarget t, String name) {
            String n = normalize(name);
            return new Entry(t, n, IndicatorMatcher.bigrams(n), IndicatorMatcher.sorted(n), name);
        }
    }

    public IndicatorMatcher(Catalog catalog) {
        for (UpperTarget t : catalog.targets()) {
            entries.add(Entry.of(t, t.name()));
            for (String a : t.aliases()) {
                entries.add(Entry.of(t, a));
            }
        }
    }

    /** The matcher of a catalog, made once. */
    public static IndicatorMatcher of(Catalog catalog) {
        return BY_CATALOG.computeIfAbsent(catalog, IndicatorMatcher::new);
    }

    /** The row issue with the catalog target its name matches, or unchanged. */
    public org.plancheck.model.RowIssue match(org.plancheck.model.RowIssue i) {
        UpperTarget t = i.name().isEmpty() ? null : best(i.name(), null);
        return t == null ? i : i.withMatch(t.id(), t.name());
    }

    /** The figure with its matched catalog target, or unchanged (indicatorId null) when none is close enough. */
    public PlanFigure match(PlanFigure f) {
        UpperTarget t = best(f.rawName(), unitOf(f));
        return t == null ? f : f.withMatch(t.id(), t.name(), why(f.rawName(), t));
    }

    /** Why {@code rawName} is {@code t}: which of its names it is like, and how (for extract and --explain). */
    public String why(String rawName, UpperTarget t) {
        String n = normalize(rawName);
        Set<String> nb = bigrams(n);
        String ns = sorted(n);
        Entry best = null;
        double score = -1;
        for (Entry e : entries) {
            if (e.target() == t) {
                double s = similarity(n, nb, ns, e);
                if (s > score) {
                    score = s;
                    best = e;
                }
            }
        }
        if (best == null) {
            return null;
        }
        boolean alias = !best.written().equals(t.name());
        String what = (alias ? "别名" : "名称") + "「" + best.written() + "」";
        if (score >= 1.0) {
            return "与" + what + "相同";
        }
        if (score >= 0.9) {
            return "与" + what + "互相包含";
        }
        if (score >= 0.85) {
            return "与" + what + "用字相同、词序不同";
        }
        if (score >= 0.75 && subsequence(best.name(), n)) {
            return "包含" + what + "的全部用字";
        }
        return String.format(java.util.Locale.ROOT, "与%s相似（字对相似度 %.2f，阈值 %.2f）", what, score, THRESHOLD);
    }

    private static String unitOf(PlanFigure f) {
        if (f.target().unit() != null) {
            return f.target().unit();
        }
        return f.unit();
    }

    UpperTarget best(String rawName, String unit) {
        String n = normalize(rawName);
        if (n.length() < 2) {
            return null;
        }
        String key = n + "\u0000" + (unit == null ? "" : unit);
        UpperTarget known = memo.get(key);
        if (known != null) {
            return known == NO_MATCH ? null : known;
        }
        UpperTarget found = bestUncached(n, unit);
        if (memo.size() < 100_000) {
            memo.put(key, found == null ? NO_MATCH : found);
        }
        return found;
    }

    /** Stands for "no target" in the memo (which holds no nulls). */
    private static final UpperTarget NO_MATCH = new UpperTarget("", "", List.of(), "", List.of(), "", null, "",
            new org.plancheck.model.TargetValue("", null, null, org.plancheck.model.Qualifier.NONE,
                    org.plancheck.model.ValueKind.LEVEL, null, null, null), org.plancheck.model.Direction.HIGHER,
            org.plancheck.model.Attribute.EXPECTED, org.plancheck.model.Transmission.INFORMATIONAL, "all",
            org.plancheck.model.Origin.TEXT, "", "", 0, "");

    private UpperTarget bestUncached(String n, String unit) {
        Set<String> nb = bigrams(n);
        String ns = sorted(n);
        UpperTarget best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Entry e : entries) {
            double s = similarity(n, nb, ns, e);
            if (s < THRESHOLD || s < 1.0 && differentMeasure(n, e.name())) {
                continue;
            }
            if (unit != null && e.target().unit() != null && !e.target().unit().isEmpty()
                    && Units.lookup(unit).isPresent()) {
                s += Units.compatible(unit, e.target().unit()) ? 0.05 : -0.25;
            }
            if (e.target().origin() == org.plancheck.model.Origin.TABLE) {
                s += 0.01;
            }
            if (s > bestScore) {
                bestScore = s;
                best = e.target();
            }
        }
        // The name alone passed the threshold; the unit only ranks candidates, so a well-named figure in a wrong
        // unit still matches (and the unit rule can say so).
        return best;
    }

    /** Drops what does not name the indicator: brackets, stars, spaces, punctuation, 全县/全市-style prefixes. */
    static String normalize(String s) {
        String n = TextNormalizer.normalize(s);
        n = n.replaceAll("[（(][^（）()]*[）)]", "");
        n = n.replaceAll("[★☆*※\\s、，,。．.:：“”\"'‘’]", "");
        n = n.replaceAll("^(全县|全市|全区|我县|我市|我区|本县|本市|县域|市域|全域|其中|力争|确保)+", "");
        n = n.replace("地区生产总值", "GDP").replace("国内生产总值", "GDP");
        return n;
    }

    /** Words that narrow what a name counts: a name with one of them is another indicator than a name without. */
    private static final String[] NARROWING = {"新增", "中心城区", "每千人口", "每万人口", "农村", "城区", "规划区", "乡镇",
        "单位GDP", "累计", "年末"};
    /** A growth rate and a share or intensity measure different things (研发投入增长 is not 研发投入强度). */
    private static final java.util.regex.Pattern GROWTH = java.util.regex.Pattern.compile("增长|增速|增幅");
    private static final java.util.regex.Pattern SHARE = java.util.regex.Pattern.compile("强度|比重|占比|占GDP|率$");

    /**
     * Whether two names that are merely alike (not equal to a name or alias) measure different things: one narrows
     * the count where the other does not (新增劳动力平均受教育年限 vs 劳动年龄人口平均受教育年限, 中心城区医疗床位数 vs 每千人口医疗卫生机构床位数),
     * or one is a growth rate and the other a share.
     */
    static boolean differentMeasure(String a, String b) {
        for (String w : NARROWING) {
            if (a.contains(w) != b.contains(w)) {
                return true;
            }
        }
        boolean growthA = GROWTH.matcher(a).find();
        boolean growthB = GROWTH.matcher(b).find();
        boolean shareA = SHARE.matcher(a).find() && !growthA;
        boolean shareB = SHARE.matcher(b).find() && !growthB;
        // a growth rate is another measure than a level or a share (地区生产总值 is not 地区生产总值增长)
        return growthA != growthB || growthA && shareB || growthB && shareA;
    }

    /**
     * How alike name {@code a} (its bigrams and sorted characters given, computed once per name) is to an entry's:
     * 1 equal, 0.9 one containing most of the other, 0.85 the same words in another order (新增城镇就业 / 城镇新增就业),
     * 0.75 the entry's words apart in a longer phrase, else the Dice coefficient of bigrams.
     */
    private static double similarity(String a, Set<String> ba, String sortedA, Entry e) {
        String b = e.name();
        if (a.equals(b)) {
            return 1.0;
        }
        int shorter = Math.min(a.length(), b.length());
        int longer = Math.max(a.length(), b.length());
        if ((a.contains(b) || b.contains(a)) && shorter >= 3 && (double) shorter / longer >= 0.6) {
            return 0.9;
        }
        if (a.length() == b.length() && a.length() >= 4 && sortedA.equals(e.sorted())) {
            return 0.85;
        }
        if (b.length() >= 4 && a.length() <= b.length() * 2.5 && subsequence(b, a)) {
            // the name's words apart in a longer phrase: 粮食产量 in 粮食播种面积和产量
            return 0.75;
        }
        Set<String> bb = e.bigrams();
        if (ba.isEmpty() || bb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : ba) {
            if (bb.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (ba.size() + bb.size());
    }

    /** Whether every character of {@code name} occurs in {@code text}, in order. */
    static boolean subsequence(String name, String text) {
        int at = 0;
        for (int i = 0; i < name.length(); i++) {
            at = text.indexOf(name.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
