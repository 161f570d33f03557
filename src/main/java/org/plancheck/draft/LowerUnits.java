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
 * X经开区) where the text enumerates three or more of them (「长沙市、株洲市、湘潭市」). Names of kinds of place
 * (城区, 园区, 示范区, 各县市区 …) are not units. Conservative: a plan that names its units by short names (祁阳, 道县)
 * gets an empty list, which the reviewer fills.
 */
final class LowerUnits {
    private static final String UNIT = "[\\p{IsHan}]{1,8}?(?:自治州|自治县|管理区|经开区|市|县|区)";
    /** An enumeration of three or more names of places: 「长沙市、株洲市、湘潭市」. */
    private static final Pattern ENUMERATION = Pattern.compile(UNIT + "(?:[、和及与]" + UNIT + "){2,}");
    /** Words before the first name of an enumeration that are not part of it. */
    private static final Pattern LEADING = Pattern.compile(
            "^(?:推动|推进|支持|加快|鼓励|引导|带动|依托|围绕|以|在|对|将|把|指|包括|涵盖|覆盖|其中|重点|实施|建设|打造|争创|创建)+");
    /** Words for kinds of place or for the upper level itself, not names of a unit. */
    private static final Pattern GENERIC = Pattern.compile(
            "城区|社区|园区|景区|片区|街区|新区|湾区|山区|库区|矿区|林区|牧区|老区|市区|辖区|示范区|保护区|功能区|试验区|集聚区|先行区"
            + "|引领区|核心区|开发区|高新区|自贸区|综试区|度假区|产区|物流区|商务区|服务区|赛区|地区|城市|都市|全市|本市|我市|各市|市州|县市"
            + "|省市|全县|本县|我县|各县|每个|全区|本区|我区|各区|县区|市县|乡镇|城乡|县城|县域|区域|小区|校区|展区|营区|军区|分区|专区"
            + "|粤港澳|长株潭|城镇|中心|大型|重点|农村|边界|省际|有条件|口岸|港区|开放|跨境|综合|特色|保税|直辖|强市|强县|强省|强区");

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
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String l : lines) {
            String t = TextNormalizer.normalize(Fold.clean(l));
            Matcher m = ENUMERATION.matcher(t);
            while (m.find()) {
                String[] items = m.group().split("[、和及与]");
                items[0] = LEADING.matcher(items[0]).replaceFirst("");
                for (String name : items) {
                    boolean fits = province ? name.matches(".{2,3}市|.{2,10}自治州")
                            : name.matches(".{1,3}[县区市]|.{2,6}(?:自治县|管理区|经开区)");
                    if (!fits || GENERIC.matcher(name).find() || name.equals(plan.jurisdiction())
                            || plan.jurisdiction() != null && plan.jurisdiction().startsWith(name)) {
                        continue;
                    }
                    seen.merge(name, 1, Integer::sum);
                }
            }
        }
        List<String[]> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : seen.entrySet()) {
            String name = e.getKey();
            String kind = kind(name, province);
            String alias = alias(name);
            out.add(new String[] {name, kind, alias, "", "待确认：正文列举" + e.getValue() + "次"});
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
