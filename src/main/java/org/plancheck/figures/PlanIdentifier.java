package org.plancheck.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.catalog.PlanDomain;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.quantity.TextNormalizer;

/**
 * Tells from the title (the opening text of the first pages) which jurisdiction a plan is for and what kind of plan
 * it is: a county general plan, a special plan of the upper jurisdiction (and its domain), or the upper plan itself.
 */
final class PlanIdentifier {
    private PlanIdentifier() {
    }

    static LowerPlan identify(String document, String opening, Catalog catalog) {
        String t = TextNormalizer.normalize(opening);
        String title = title(t);
        Jurisdiction county = null;
        int at = Integer.MAX_VALUE;
        List<Jurisdiction> js = new ArrayList<>(catalog.jurisdictions());
        for (Jurisdiction j : js) {
            List<String> names = new ArrayList<>(j.aliases());
            names.add(j.name());
            names.sort(Comparator.comparingInt(String::length).reversed());
            for (String n : names) {
                int i = title.indexOf(n);
                if (i >= 0 && i < at) {
                    at = i;
                    county = j;
                }
            }
        }
        String upper = catalog.plan().jurisdiction();
        boolean general = title.contains("国民经济和社会发展") || title.contains("规划纲要");
        // "永州市道县……规划纲要" names the city before the county: the county is the more specific, it wins.
        if (county != null) {
            return new LowerPlan(document, title, county.name(), Tier.LOWER, PlanKind.GENERAL, null, "");
        }
        if (title.contains(upper) || title.contains(upper.replace("市", ""))) {
            if (general) {
                return new LowerPlan(document, title, upper, Tier.SAME, PlanKind.GENERAL, null, "");
            }
            for (PlanDomain d : catalog.domains()) {
                for (String k : d.keywords()) {
                    if (title.contains(k)) {
                        return new LowerPlan(document, title, upper, Tier.SAME, PlanKind.SPECIAL, d.code(), "");
                    }
                }
            }
            return new LowerPlan(document, title, upper, Tier.SAME, PlanKind.SPECIAL, null, "");
        }
        return new LowerPlan(document, title, null, Tier.UNKNOWN, PlanKind.UNKNOWN, null, "");
    }

    /** The title: the opening text up to the first 规划/纲要 ending, or its first 80 characters. */
    static String title(String opening) {
        String s = opening.replaceAll("\\s+", "");
        int end = -1;
        for (String w : new String[] {"规划纲要", "规划", "纲要", "方案", "计划"}) {
            int i = s.indexOf(w);
            if (i >= 0 && i < 200) {
                end = Math.max(end, -1);
                end = end < 0 ? i + w.length() : Math.min(end, i + w.length());
            }
        }
        if (end > 0) {
            int close = s.indexOf("）", end);
            if (close >= 0 && close - end <= 6 && s.substring(end, close).contains("草案")) {
                end = close + 1;
            }
            return s.substring(0, end);
        }
        return s.substring(0, Math.min(80, s.length()));
    }
}
