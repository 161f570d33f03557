package org.plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.plancheck.engine.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.Finding;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.TargetValue;
import org.plancheck.model.Tier;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TargetGrammar;

/**
 * A qualitative upper target (进出口保稳提质) is carried and listed for coverage, never compared: whatever number, unit
 * or base a lower plan states for it, no rule sets it against the upper target.
 */
class QualitativeTargetsTest {
    private static final String DOC = "changsha-2025.pdf";
    private static final LowerPlan CITY = new LowerPlan(DOC, "长沙市2025年国民经济和社会发展计划", "长沙市", Tier.LOWER,
            PlanKind.ANNUAL, null, "");

    /** 进出口 保稳提质, as a reviewer might write it: with a unit and a base, even binding. */
    private static UpperTarget trade(Attribute a) {
        TargetValue v = new TargetValue("保稳提质", null, null, org.plancheck.model.Qualifier.NONE,
                ValueKind.QUALITATIVE, "%", null, null);
        return new UpperTarget("H-07", "进出口", List.of("进出口总额增长"), "2025年主要预期目标", List.of(), "%", 3.0, "3", v,
                Direction.HIGHER, a, Transmission.UNIFORM, "all", Origin.TEXT, "2025年经济社会发展主要预期目标",
                "进出口保稳提质", 10, "");
    }

    private static PlanFigure figure(UpperTarget t, String base, String target, String unit) {
        return new PlanFigure(DOC, "进出口总额增长", t.id(), t.name(), Origin.TABLE, TargetGrammar.number(base), base,
                TargetGrammar.parse(target), unit, 2025, t.attribute(), 2, "进出口总额增长 " + target);
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(f -> f.ruleId() + ":" + f.indicatorId()).sorted().toList();
    }

    private static List<Finding> run(UpperTarget t, PlanFigure f) {
        return engine().run(new RuleEngine.Input(2025, List.of(t), List.of(CITY), f == null ? List.of() : List.of(f),
                new java.util.ArrayList<>()), false);
    }

    @Test
    void aNumberBelowIsNeverComparedWithTheWords() {
        assertEquals(List.of(), ids(run(trade(Attribute.EXPECTED), figure(trade(Attribute.EXPECTED), "5", "-3", "%"))));
        assertEquals(List.of(), ids(run(trade(Attribute.BINDING), figure(trade(Attribute.BINDING), "5", "2", "%"))));
    }

    @Test
    void aUnitBelowThatTheUpperUnitCannotTakeIsNoFindingEither() {
        // 进出口总额 600亿元 against a target in words: nothing to convert, nothing to compare
        assertEquals(List.of(), ids(run(trade(Attribute.BINDING), figure(trade(Attribute.BINDING), "", "600亿元", "亿元"))));
    }

    @Test
    void aSpecialPlanOfTheSameJurisdictionIsNotAskedForTheSameBase() {
        LowerPlan special = new LowerPlan("trade.pdf", "湖南省商务发展专项规划", "湖南省", Tier.SAME, PlanKind.SPECIAL,
                "commerce", "");
        UpperTarget t = trade(Attribute.EXPECTED);
        UpperTarget withDomain = new UpperTarget(t.id(), t.name(), t.aliases(), t.category(), List.of("commerce"),
                t.unit(), t.base(), t.baseText(), t.target(), t.direction(), t.attribute(), t.transmission(), t.scope(),
                t.origin(), t.section(), t.quote(), t.line(), t.note());
        PlanFigure f = new PlanFigure("trade.pdf", "进出口总额增长", t.id(), t.name(), Origin.TABLE, 7.0, "7",
                TargetGrammar.parse("8"), "%", 2025, Attribute.EXPECTED, 2, "进出口总额增长 7 8");
        assertEquals(List.of(), ids(engine().run(new RuleEngine.Input(2025, List.of(withDomain), List.of(special),
                List.of(f), new java.util.ArrayList<>()), false)));
    }

    @Test
    void aBindingQualitativeTargetIsStillListedForCoverage() {
        assertEquals(List.of("PC-COVERAGE:H-07"), ids(run(trade(Attribute.BINDING), null)));
        assertEquals(List.of(), ids(run(trade(Attribute.EXPECTED), null)));
    }
}
