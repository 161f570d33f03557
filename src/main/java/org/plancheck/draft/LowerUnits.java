package org.plancheck.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.quantity.TextNormalizer;

/**
 * The lower units a plan names, for the {@code jurisdictions.tsv} skeleton: full names of a province's cities
 * (X市, X自治州) or a city's counties, districts, county-level cities and functional areas (X县, X区, X市, X管理区,
 * X经开区), standing as a word of their own (after a separator, before a separator or 等). Names of kinds of place
 * (城区, 园区, 示范区, 各县市区 …) are not units. Conservative: a reviewer completes the list.
 */
final class LowerUnits {
    private static final String BEFORE = "(?<=^|[、，,。；;：:“”\"（(\\s和及与在对到从由])";
    private static final String AFTER = "(?=[、，,。；;：:“”\"）)\\s和及与等为的是]|$)";
    private static final Pattern PROVINCE_UNITS = Pattern.compile(
            BEFORE + "([\\p{IsHan}]{2,3}市|[\\p{IsHan}]{2,10}?自治州)" + AFTER);
    private static final Pattern CITY_UNITS = Pattern.compile(
            BEFORE + "([\\p{IsHan}]{2,6}?自治县|[\\p{IsHan}]{2,5}?管理区|[\\p{IsHan}]{2,4}?经开区|[\\p{IsHan}]{1,3}县|[\\p{IsHan}]{2,3}区|[\\p{IsHan}]{2,3}市)"
            + AFTER);
    /** Words for kinds of place or for the upper level itself, not names of a unit. */
    private static final Pattern GENERIC = Pattern.compile(
            "城区|社区|园区|景区|片区|街区|新区|湾区|山区|库区|矿区|林区|牧区|老区|市区|辖区|示范区|保护区|功能区|试验区|集聚区|先行区"
            + "|引领区|核心区|开发区|高新区|自贸区|综试区|度假区|产区|物流区|商务区|服务区|赛区|地区|城市|都市|全市|本市|我市|各市|市州|县市"
            + "|省市|全县|本县|我县|各县|每个|全区|本区|我区|各区|县区|市县|乡镇|城乡|县城|县域|区域|小区|校区|展区|营区|军区|分区|专区|湘南"
            + "|湘西|粤港澳|长株潭|城镇|中心|大型|重点|农村|边界|省际|有条件|口岸|港区|开放|跨境|综合|特色|保税|直辖");

    private LowerUnits() {
    }

    /** The kinds a level's lower units have (CatalogLoader checks the same). */
    static String kindsFor(String level) {
        return "province".equals(level) ? "prefecture-city, autonomous-prefecture"
                : "district, county, county-city, functional";
    }

    /** Rows of jurisdictions.tsv: name, kind, aliases, landArea, source. */
    static List<String[]> find(List<String> lines, PlanIdentity plan) {
        if (plan.level() == null || plan.level().equals("county")) {
            return List.of();
        }
        boolean province = plan.level().equals("province");
        Pattern p = province ? PROVINCE_UNITS : CITY_UNITS;
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String l : lines) {
            String t = TextNormalizer.normalize(Fold.clean(l));
            Matcher m = p.matcher(t);
            while (m.find()) {
                String name = m.group(1);
                if (GENERIC.matcher(name).find() || name.equals(plan.jurisdiction())
                        || plan.jurisdiction() != null && plan.jurisdiction().startsWith(name)) {
                    continue;
                }
                seen.merge(name, 1, Integer::sum);
            }
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            String name = e.getKey();
            String kind = kind(name, province);
            String alias = alias(name);
            out.add(new String[] {name, kind, alias, "", "待确认：正文出现" + e.getValue() + "次"});
        }
        return out;
    }

    private static String kind(String name, boolean province) {
        if (province) {
            return name.endsWith("自治州") ? "autonomous-prefecture" : "prefecture-city";
        }
        if (name.endsWith("管理区") || name.endsWith("经开区")) {
            return "functional";
        }
        if (name.endsWith("区")) {
            return "district";
        }
        return name.endsWith("市") ? "county-city" : "county";
    }

    private static String alias(String name) {
        if (name.endsWith("自治州") || name.endsWith("自治县")) {
            return "";
        }
        String a = name.endsWith("管理区") ? name.substring(0, name.length() - 3)
                : name.substring(0, name.length() - 1);
        return a.length() >= 2 ? a : "";
    }
}
