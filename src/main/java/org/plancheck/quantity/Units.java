package org.plancheck.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units of plan indicators, their spellings and conversions (docs/domain.md, "Units and their conversions").
 * {@code %} and {@code 百分点} are different dimensions on purpose: a level is not a change.
 */
public final class Units {

    private static final Map<String, Unit> BY_SPELLING = new LinkedHashMap<>();
    private static final List<String> SPELLINGS_LONGEST_FIRST;

    static {
        // dimension, reference factor, canonical symbol, other spellings
        add("percent", 1, "%", "％", "percent");
        add("percentPoint", 1, "百分点", "个百分点");
        add("permille", 1, "‰", "千分比");
        add("power", 1, "万千瓦", "万kW", "万KW");
        add("power", 0.0001, "千瓦", "kW", "KW");
        add("power", 0.1, "兆瓦", "MW", "mw");
        add("power", 100, "吉瓦", "GW", "gw", "百万千瓦");
        add("apparentPower", 1, "万千伏安", "万kVA");
        add("apparentPower", 0.1, "兆伏安", "MVA");
        add("apparentPower", 0.0001, "千伏安", "kVA");
        add("electricity", 1, "亿千瓦时", "亿度");
        add("electricity", 0.0001, "万千瓦时", "万度");
        add("coal", 1, "万吨标准煤", "万吨标煤", "万tce");
        add("coal", 0.0001, "吨标准煤", "吨标煤", "tce");
        add("mass", 1, "万吨");
        add("mass", 0.0001, "吨");
        add("mass", 5, "亿斤");
        add("mass", 0.0005, "万斤");
        add("mass", 100, "亿吨");
        add("mass", 0.0000001, "千克", "公斤", "kg");
        add("mass", 0.00000005, "斤");
        add("money", 1, "亿元");
        add("money", 0.0001, "万元");
        add("money", 0.00000001, "元");
        add("money", 1000, "万亿元");
        add("area", 1, "万亩");
        add("area", 0.0001, "亩");
        add("area", 0.0015, "公顷");
        add("area", 15, "万公顷");
        add("area", 0.15, "平方公里", "平方千米", "km²", "km2");
        add("floorArea", 1, "平方米", "㎡", "m²", "m2");
        add("floorArea", 10000, "万平方米");
        add("volume", 1, "万立方米");
        add("volume", 10000, "亿立方米");
        add("volume", 0.0001, "立方米", "m³", "m3");
        add("concentration", 1, "微克/立方米", "μg/m³", "μg/m3", "ug/m3", "ug/m³", "µg/m³");
        add("accidentRate", 1, "人/亿元");
        add("length", 1, "公里", "km", "千米");
        add("length", 0.001, "米");
        add("people", 1, "人");
        add("people", 10000, "万人");
        add("visits", 1, "人次");
        add("visits", 10000, "万人次");
        add("visits", 100000000, "亿人次");
        add("years", 1, "年");
        add("age", 1, "岁");
        add("patents", 1, "件");
        add("count", 1, "个");
        add("count", 10000, "万个");
        add("firms", 1, "家");
        add("households", 1, "户");
        add("households", 10000, "万户");
        add("beds", 1, "张");
        add("schools", 1, "所");
        add("dwellings", 1, "套", "套（间）");
        add("items", 1, "项");
        add("sites", 1, "处");
        add("heads", 1, "头");
        add("heads", 10000, "万头");
        add("animals", 1, "只");
        add("animals", 10000, "万只");
        add("poultry", 10000, "万羽");
        add("poultry", 1, "羽");
        add("persons", 1, "名");
        add("ratio", 1, "倍");
        add("buildings", 1, "栋", "幢");
        add("minutes", 1, "分钟");
        List<String> all = new ArrayList<>(BY_SPELLING.keySet());
        all.sort(Comparator.comparingInt(String::length).reversed());
        SPELLINGS_LONGEST_FIRST = List.copyOf(all);
    }

    private Units() {
    }

    private static void add(String dimension, double factor, String symbol, String... others) {
        Unit u = new Unit(symbol, dimension, factor);
        BY_SPELLING.put(symbol, u);
        for (String o : others) {
            BY_SPELLING.put(o, u);
        }
    }

    /** The unit for a spelling ("万吨标煤" → 万吨标准煤), after normalisation; empty when unknown. */
    public static Optional<Unit> lookup(String spelling) {
        if (spelling == null) {
            return Optional.empty();
        }
        String raw = TextNormalizer.normalize(spelling);
        Unit exact = BY_SPELLING.get(raw);
        if (exact != null) {
            return Optional.of(exact);
        }
        String s = raw.replace("（", "").replace("）", "").replace("(", "").replace(")", "");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        Unit u = BY_SPELLING.get(s);
        if (u == null && s.startsWith("每")) {
            u = BY_SPELLING.get(s.substring(1));
        }
        return Optional.ofNullable(u);
    }

    /** The canonical symbol of a spelling, or the spelling itself (normalised) when it is not known. */
    public static String canonical(String spelling) {
        return lookup(spelling).map(Unit::symbol)
                .orElse(spelling == null ? null : TextNormalizer.normalize(spelling));
    }

    /** The longest known unit spelling at the start of {@code s}, or null. */
    public static String unitPrefix(String s) {
        for (String sp : SPELLINGS_LONGEST_FIRST) {
            if (s.startsWith(sp)) {
                return sp;
            }
        }
        return null;
    }

    /** value in unit {@code from} expressed in unit {@code to}; empty when either is unknown or they differ in kind. */
    public static Optional<Double> convert(double value, String from, String to) {
        Optional<Unit> f = lookup(from);
        Optional<Unit> t = lookup(to);
        if (f.isEmpty() || t.isEmpty() || !f.get().convertibleTo(t.get())) {
            return Optional.empty();
        }
        return Optional.of(f.get().convert(value, t.get()));
    }

    /** True when both spellings are known units of one dimension (so a figure can be compared). */
    public static boolean compatible(String a, String b) {
        Optional<Unit> ua = lookup(a);
        Optional<Unit> ub = lookup(b);
        return ua.isPresent() && ub.isPresent() && ua.get().convertibleTo(ub.get());
    }

    /**
     * Splits a unit written into an indicator name: "森林覆盖率（%）" → ["森林覆盖率", "%"].
     * Returns the name unchanged and a null unit when the last bracket holds no known unit.
     */
    public static String[] splitNameAndUnit(String rawName) {
        String s = TextNormalizer.normalize(rawName);
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        if (open > 0 && (s.endsWith("）") || s.endsWith(")"))) {
            String inside = s.substring(open + 1, s.length() - 1);
            if (lookup(inside).isPresent()) {
                return new String[] {s.substring(0, open).strip(), lookup(inside).get().symbol()};
            }
        }
        return new String[] {s, null};
    }
}
