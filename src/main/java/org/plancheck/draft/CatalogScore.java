package org.plancheck.draft;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.plancheck.catalog.Catalog;
import org.plancheck.figures.IndicatorMatcher;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.TargetValue;
import org.plancheck.model.UpperTarget;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/**
 * Scores a drafted catalog against a hand-made one (issue 16). A drafted target reproduces a hand target when
 * <ul>
 * <li>the names match: equal, an alias of either, or alike for the matcher that matches lower plans' figures;</li>
 * <li>the target agrees: the same numbers (after unit conversion), or, without a number, the same kind (relative,
 * deferred, qualitative);</li>
 * <li>the attribute (约束性/预期性) is the same;</li>
 * <li>the quotes overlap (one holds the other, or they share most of the shorter one) at the same place of the plan
 * (within two lines; when the draft's plan.txt differs from the hand one's, such as a draft from the PDF, the drafted
 * quote is looked up in the hand text).</li>
 * </ul>
 * Each drafted target reproduces at most one hand target. Precision is the share of drafted targets that reproduce one,
 * recall the share of hand targets reproduced.
 */
public final class CatalogScore {

    /** A hand target and the drafted target that reproduces it. */
    public record Pair(UpperTarget hand, UpperTarget draft) {
    }

    /** A hand target not reproduced, the nearest drafted target (or null) and what differs. */
    public record Miss(UpperTarget hand, UpperTarget nearest, String why) {
    }

    /** The score. */
    public record Result(int drafted, int hand, List<Pair> matched, List<Miss> missed, List<UpperTarget> extra) {
        /** Of the reproduced targets, how many agree on the judgements a draft proposes (待确认 in its notes). */
        public java.util.Map<String, Long> agreement() {
            java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
            out.put("unit", matched.stream().filter(p -> java.util.Objects.equals(unit(p.hand()), unit(p.draft())))
                    .count());
            out.put("direction", matched.stream().filter(p -> p.hand().direction() == p.draft().direction()).count());
            out.put("kind", matched.stream().filter(p -> p.hand().target().kind() == p.draft().target().kind())
                    .count());
            out.put("transmission", matched.stream()
                    .filter(p -> p.hand().transmission() == p.draft().transmission()).count());
            out.put("scope", matched.stream().filter(p -> p.hand().scope().equals(p.draft().scope())).count());
            return out;
        }

        private static String unit(UpperTarget t) {
            return t.unit() == null || t.unit().isEmpty() ? null : t.unit();
        }

        public double precision() {
            return drafted == 0 ? 0 : (double) matched.size() / drafted;
        }

        public double recall() {
            return hand == 0 ? 0 : (double) matched.size() / hand;
        }
    }

    private final Catalog draft;
    private final Catalog hand;
    private final boolean sameText;

    private CatalogScore(Catalog draft, Catalog hand) {
        this.draft = draft;
        this.hand = hand;
        this.sameText = draft.planText().equals(hand.planText());
    }

    public static Result score(Catalog draft, Catalog hand) {
        return new CatalogScore(draft, hand).run();
    }

    private Result run() {
        List<UpperTarget> drafted = draft.targets();
        Set<UpperTarget> used = new HashSet<>();
        List<Pair> matched = new ArrayList<>();
        List<Miss> missed = new ArrayList<>();
        for (UpperTarget h : hand.targets()) {
            IndicatorMatcher matcher = new IndicatorMatcher(new Catalog(hand.folder(), hand.plan(), List.of(h),
                    List.of(), List.of(), List.of()));
            UpperTarget best = null;
            int bestDistance = Integer.MAX_VALUE;
            UpperTarget nearest = null;
            String why = "没有同名的草稿目标 / no drafted target of that name";
            int nearestScore = -1;
            for (UpperTarget d : drafted) {
                if (used.contains(d)) {
                    continue;
                }
                boolean name = names(matcher, d);
                boolean value = value(d, h);
                boolean attribute = d.attribute() == h.attribute();
                int distance = distance(d, h);
                boolean quote = distance < Integer.MAX_VALUE;
                if (name && value && attribute && quote) {
                    if (distance < bestDistance) {
                        best = d;
                        bestDistance = distance;
                    }
                    continue;
                }
                int score = (name ? 4 : 0) + (quote ? 2 : 0) + (value ? 1 : 0);
                if ((name || quote) && score > nearestScore) {
                    nearestScore = score;
                    nearest = d;
                    List<String> off = new ArrayList<>();
                    if (!name) {
                        off.add("名称 name");
                    }
                    if (!value) {
                        off.add("目标值 value");
                    }
                    if (!attribute) {
                        off.add("属性 attribute");
                    }
                    if (!quote) {
                        off.add("引文 quote");
                    }
                    why = "不符 differs: " + String.join("、", off);
                }
            }
            if (best != null) {
                used.add(best);
                matched.add(new Pair(h, best));
            } else {
                missed.add(new Miss(h, nearest, why));
            }
        }
        List<UpperTarget> extra = drafted.stream().filter(d -> !used.contains(d)).toList();
        return new Result(drafted.size(), hand.targets().size(), matched, missed, extra);
    }

    private static boolean names(IndicatorMatcher matcher, UpperTarget d) {
        List<String> names = new ArrayList<>();
        names.add(d.name());
        names.addAll(d.aliases());
        for (String n : names) {
            PlanFigure f = new PlanFigure("draft", n, null, null, d.origin(), null, "", d.target(), d.unit(), null,
                    null, 0, d.quote());
            if (matcher.match(f).matched()) {
                return true;
            }
        }
        return false;
    }

    static boolean value(UpperTarget d, UpperTarget h) {
        TargetValue dv = d.target();
        TargetValue hv = h.target();
        if (!hv.hasNumber() || !dv.hasNumber()) {
            return !hv.hasNumber() && !dv.hasNumber() && hv.kind() == dv.kind();
        }
        String du = d.unit() == null || d.unit().isEmpty() ? dv.unit() : d.unit();
        String hu = h.unit() == null || h.unit().isEmpty() ? hv.unit() : h.unit();
        double k = 1;
        if (du != null && hu != null && !du.equals(hu) && Units.compatible(du, hu)) {
            k = Units.convert(1, du, hu).orElse(1.0);
        }
        return same(dv.min(), hv.min(), k) && same(dv.max(), hv.max(), k);
    }

    private static boolean same(Double a, Double b, double k) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a * k - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    /** How far apart the two quotes stand, in lines; MAX_VALUE when they do not overlap. */
    private int distance(UpperTarget d, UpperTarget h) {
        String dq = norm(d.quote());
        String hq = norm(h.quote());
        if (!overlap(dq, hq)) {
            return Integer.MAX_VALUE;
        }
        int dl = d.line();
        if (!sameText) {
            dl = locate(dq, h.line());
            if (dl == 0) {
                return 1000;
            }
        }
        int gap = Math.abs(dl - h.line());
        int slack = h.origin() == Origin.TABLE ? 0 : 2;
        return gap <= slack ? gap : Integer.MAX_VALUE;
    }

    /** The line of the hand text holding the quote, nearest {@code near}; 0 when none. */
    private int locate(String quote, int near) {
        int best = 0;
        List<String> text = hand.planText();
        for (int i = 0; i < text.size(); i++) {
            if (norm(text.get(i)).contains(quote) && (best == 0 || Math.abs(i + 1 - near) < Math.abs(best - near))) {
                best = i + 1;
            }
        }
        return best;
    }

    static String norm(String s) {
        return TextNormalizer.normalize(s).replaceAll("[\\s“”\"'‘’，,。；;：:、]", "");
    }

    static boolean overlap(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        return commonSubstring(a, b) >= Math.max(4, (int) Math.ceil(shorter * 0.6));
    }

    private static int commonSubstring(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int best = 0;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }
}
