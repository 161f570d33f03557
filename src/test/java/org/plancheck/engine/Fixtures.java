package org.plancheck.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.Tier;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;

/** Small builders for facts-level rule tests: targets and figures written the way plans write them. */
final class Fixtures {
    static final Path RULES = Path.of("rules", "checks");
    private static RuleEngine engine;

    private Fixtures() {
    }

    static synchronized RuleEngine engine() {
        if (engine == null) {
            engine = RuleEngine.load(RULES);
        }
        return engine;
    }

    static UpperTarget target(String id, String name, String unit, String base, String target, Direction d,
                              Attribute a, Transmission tr, String scope, String... domains) {
        TargetValue parsed = TargetGrammar.parse(target);
        ValueKind kind = parsed.kind();
        TargetValue v = new TargetValue(parsed.text(), parsed.min(), parsed.max(), parsed.qualifier(), kind, unit,
                parsed.relation(), parsed.relationOp());
        return new UpperTarget(id, name, List.of(), "test", List.of(domains), unit, TargetGrammar.number(base), base,
                v, d, a, tr, scope, Origin.TABLE, "专栏2 第" + id + "项", name + "（" + unit + "）", 1, "");
    }

    static UpperTarget forest() {
        return target("K2-19", "森林覆盖率", "%", "55", "56", Direction.HIGHER, Attribute.BINDING, Transmission.QUOTA,
                "all", "ecology");
    }

    static UpperTarget nonFossil() {
        return target("K2-16", "非化石能源占能源消费总量比重", "%", "27.7", "35", Direction.HIGHER, Attribute.BINDING,
                Transmission.UNIFORM, "all", "energy");
    }

    static UpperTarget accidents() {
        return target("K2-22", "亿元GDP生产安全事故死亡率", "人/亿元", "0.0334", "0.0217", Direction.LOWER,
                Attribute.BINDING, Transmission.UNIFORM, "all", "emergency");
    }

    static UpperTarget pm25() {
        return target("K2-17", "地级及以上城市细颗粒物（PM2.5）浓度", "微克/立方米", "35", "以省下达任务为准",
                Direction.LOWER, Attribute.BINDING, Transmission.DEFERRED, "city", "ecology");
    }

    static UpperTarget urbanisation() {
        return target("K2-03", "常住人口城镇化率", "%", "51.7", "57", Direction.HIGHER, Attribute.EXPECTED,
                Transmission.INFORMATIONAL, "all");
    }

    static LowerPlan county(String doc, String name) {
        return new LowerPlan(doc, name + "规划纲要", name, Tier.LOWER, PlanKind.GENERAL, null, "");
    }

    static LowerPlan special(String doc, String domain) {
        return new LowerPlan(doc, "永州市专项规划", "永州市", Tier.SAME, PlanKind.SPECIAL, domain, "");
    }

    /** A table row: name, base, target as written, attribute, unit, page. */
    static PlanFigure row(String doc, UpperTarget t, String base, String target, Attribute a, String unit, int page) {
        return new PlanFigure(doc, t.name(), t.id(), t.name(), Origin.TABLE, TargetGrammar.number(base), base,
                TargetGrammar.parse(target), unit, 2030, a, page, t.name() + " " + base + " " + target);
    }

    static PlanFigure text(String doc, UpperTarget t, String target, int year, int page) {
        return new PlanFigure(doc, t.name(), t.id(), t.name(), Origin.TEXT, null, null, TargetGrammar.parse(target),
                null, year, null, page, "到" + year + "年，" + t.name() + target + "。");
    }

    static List<org.plancheck.model.Finding> run(List<UpperTarget> targets, List<LowerPlan> plans,
                                                  List<PlanFigure> figures, Object... extra) {
        return engine().run(new RuleEngine.Input(2030, targets, plans, figures, new ArrayList<>(List.of(extra))),
                false);
    }
}
