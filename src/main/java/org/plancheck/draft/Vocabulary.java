package org.plancheck.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.plancheck.model.Qualifier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;

/**
 * The defaults a draft proposes for what the plan does not state, each documented and marked 「待确认」 for the reviewer
 * (README, "catalog draft"): which way an indicator is better, what its number measures, how it binds lower plans,
 * whether it binds only the upper jurisdiction itself, and the special-plan domains it belongs to.
 */
final class Vocabulary {
    /** Names of indicators that are better lower (docs/domain.md, "Direction"). */
    static final Pattern LOWER = Pattern.compile("失业率|PM2\\.5|细颗粒物|可吸入颗粒物|浓度|死亡率|亡人|事故|物价|价格涨幅|消费价格|CPI"
            + "|能耗|能源消费总量|煤炭消费|排放强度|排放量|排放总量|物流总费用|物流费用|物流成本|负债率|发病率|发生率|超标|劣[ⅤV]类|用水量|耗水|漏损率"
            + "|不良贷款率|空置率|贫困|返贫");
    /** A cut: the number is the size of a reduction, better higher (单位GDP能耗降低, 下降率). */
    static final Pattern REDUCTION = Pattern.compile("降低|下降|减少|压减|削减|节约");
    /** Names that only the upper jurisdiction itself carries (its central city). */
    static final Pattern CITY_ONLY = Pattern.compile("地级及以上城市|中心城区|市本级|主城区|市辖区|省会城市");
    /** Sentences of things done over a multi-year period (cumulative counts). */
    static final Pattern GROWTH_NAME = Pattern.compile("(增长|增速|增幅)$");
    /** Units of rates and levels that hold everywhere alike (not amounts a jurisdiction adds up). */
    static final Pattern INTENSIVE = Pattern.compile("%|‰|百分点|岁|年|微克/立方米|人/亿元|分钟|倍");
    static final Pattern PER = Pattern.compile("每|人均|率|比重|占比|比例|强度|指数|密度|均");
    /** Units of physical quantities and works a plan splits between its lower units (land, output, works, jobs). */
    static final Pattern PHYSICAL = Pattern.compile("万亩|亩|公顷|万公顷|万吨|吨|亿斤|万斤|万头|万只|万羽|公里|千米|米|套|栋|万千瓦"
            + "|千瓦|兆瓦|万立方米|亿立方米|万个|所|张|万人|万人次|万吨标准煤");
    /** Rates of service or governance that hold everywhere (普及率, 覆盖率, 利用率 …). */
    static final Pattern STANDARD = Pattern.compile("率$|比例$|达标率|覆盖率|普及率|利用率|完好率|合格率|占比$");
    /** Shares that describe a structure or a market, which differ by place. */
    static final Pattern STRUCTURE = Pattern.compile("占.*(?:比重|GDP)|强度|渗透率|城镇化率|增长率|保障性租赁住房|人才公寓|共有产权");

    /** Special-plan domains a five-year general plan governs: code, label, title keywords. */
    static final List<String[]> DOMAINS = List.of(
            new String[] {"energy", "能源", "能源|电力|新能源|电网|碳达峰|装机"},
            new String[] {"ecology", "生态环境", "生态环境|环境保护|生态保护|污染防治|林业|生态文明|森林|水体|空气|细颗粒物|排放"},
            new String[] {"education", "教育", "教育|学校|学位|教师|受教育"},
            new String[] {"health", "卫生健康", "卫生|健康|医疗|医药|医师|护士|床位|预期寿命|中医"},
            new String[] {"agriculture", "农业农村", "农业|农村|乡村振兴|粮食|农田|畜禽|生猪|农民"},
            new String[] {"transport", "交通运输", "交通|公路|铁路|运输|机场|航线"},
            new String[] {"water", "水利", "水利|水资源|水安全|水务|供水|自来水"},
            new String[] {"culture", "文化旅游", "文化|旅游|文旅|文物|景区|文保"},
            new String[] {"science", "科技创新", "科技|创新|知识产权|研发|专利|高新技术"},
            new String[] {"emergency", "应急管理", "应急|安全生产|防灾减灾|事故"},
            new String[] {"economy", "经济产业", "产业|工业|制造业|数字经济|服务业|开放|营商|生产总值|产值|企业"},
            new String[] {"employment", "就业与社会保障", "就业|人力资源|社会保障|收入|失业|技能"},
            new String[] {"civil", "民政养老", "养老|民政|托育|人口|婴幼儿|社会工作"},
            new String[] {"housing", "住房城乡建设", "住房|城乡建设|城镇化|城市更新|城市|社区|管网"},
            new String[] {"commerce", "商贸物流", "商务|商贸|物流|消费|商圈|零售"});

    private Vocabulary() {
    }

    static String direction(String name, TargetValue t, String quote) {
        if (REDUCTION.matcher(name).find()) {
            return "higher";
        }
        if (t.qualifier() == Qualifier.AT_MOST || LOWER.matcher(name).find() || quote.contains("控制在")) {
            return "lower";
        }
        return "higher";
    }

    /** The kind of number: as the grammar reads it, growth rates of a multi-year table, counts done over a period. */
    static ValueKind kind(Found f, TargetValue t, boolean annual) {
        if (!t.hasNumber()) {
            if (t.kind() == ValueKind.DEFERRED || t.kind() == ValueKind.RELATIVE) {
                return t.kind();
            }
            return ValueKind.QUALITATIVE;
        }
        if (t.kind() != ValueKind.LEVEL) {
            return t.kind();
        }
        if (f.name().contains("年均")) {
            return ValueKind.ANNUAL_GROWTH;
        }
        if (!annual && f.table() && f.growthRow() && "%".equals(f.unit())) {
            return ValueKind.ANNUAL_GROWTH;
        }
        if (!annual && f.counted() && (f.unit() == null || !INTENSIVE.matcher(f.unit()).matches())
                && !PER.matcher(f.name()).find()) {
            return ValueKind.CUMULATIVE;
        }
        return ValueKind.LEVEL;
    }

    /** A default transmission and the reason, for the note. */
    static String[] transmission(Found f, ValueKind kind, String attribute, String direction, boolean annual) {
        switch (kind) {
            case DEFERRED:
                return new String[] {"deferred", "数值由上级下达或以外部为准：由审核人员用 --assigned 提供数值后比较"};
            case RELATIVE:
                return new String[] {"relative", "相对目标：在下位规划内部与其对应指标比较"};
            case QUALITATIVE:
                return new String[] {"informational", "定性目标：列入覆盖清单，不作数值比较"};
            default:
                break;
        }
        boolean amount = f.unit() != null && !INTENSIVE.matcher(f.unit()).matches() && !PER.matcher(f.name()).find();
        boolean growth = GROWTH_NAME.matcher(f.name()).find() || kind == ValueKind.ANNUAL_GROWTH;
        if ("约束性".equals(attribute)) {
            return amount ? new String[] {"quota", "约束性总量指标：默认按指标分解到下级（有分解表时按分解数核对）"}
                    : new String[] {"uniform", "约束性比率或标准：默认各下级不得弱于上位目标"};
        }
        if (annual && growth) {
            return new String[] {"uniform", "年度增速目标：默认各下级不应低于上位目标"};
        }
        if ("lower".equals(direction) && !amount) {
            return new String[] {"uniform", "越低越好的比率或标准：默认各下级不得高于上位目标"};
        }
        if (amount && PHYSICAL.matcher(f.unit()).matches()) {
            return new String[] {"quota", "实物量或工程量：默认按下级分解（有分解表时按分解数核对，无则批量时查合计）"};
        }
        if (amount) {
            return new String[] {"informational", "经济总量或数量为本级合计：默认只作参考，需分解时改为 quota"};
        }
        if (!growth && STANDARD.matcher(f.name()).find() && !STRUCTURE.matcher(f.name()).find()) {
            return new String[] {"uniform", "服务或治理标准（…率）：默认各下级均应达到"};
        }
        return new String[] {"informational", "结构或水平指标：各地可以不同，默认差异只作提示"};
    }

    static String scope(String name) {
        return CITY_ONLY.matcher(name).find() ? "city" : "all";
    }

    /** The domains whose keywords the name, section or category names. */
    static List<String> domains(Found f) {
        String text = f.name() + " " + f.section() + " " + f.category();
        List<String> out = new ArrayList<>();
        for (String[] d : DOMAINS) {
            if (Pattern.compile(d[2]).matcher(text).find()) {
                out.add(d[0]);
            }
        }
        return out;
    }

    /** Pairs of interchangeable words in indicator names (official and common forms). */
    private static final String[][] SYNONYMS = {{"农民", "农村居民"}, {"地区生产总值", "GDP"}, {"规模以上工业", "规模工业"},
        {"规上工业", "规模工业"}, {"规模工业", "规模以上工业"}, {"进出口总额", "进出口总值"}, {"外贸进出口", "进出口"},
        {"居民消费价格", "CPI"}, {"研发经费", "R&D经费"}, {"城镇新增就业", "新增城镇就业"}, {"一般公共预算收入", "财政收入"}};

    /** Other names of an indicator, by the synonyms above. */
    static List<String> synonyms(String name) {
        List<String> out = new ArrayList<>();
        for (String[] p : SYNONYMS) {
            if (name.contains(p[0]) && !name.contains(p[1])) {
                out.add(name.replace(p[0], p[1]));
            }
        }
        return out;
    }

    static TargetValue parse(String target) {
        return TargetGrammar.parse(target);
    }
}
