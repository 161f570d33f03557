package org.plancheck.engine;

import java.util.List;
import java.util.StringJoiner;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.UpperTarget;

/** Describes a rule firing in words a reviewer can follow: which rule, on which facts. */
final class Explain {
    private Explain() {
    }

    static String describe(String ruleName, List<? extends Object> objects) {
        StringJoiner j = new StringJoiner("；", "规则「" + ruleName + "」命中：", "");
        for (Object o : objects) {
            j.add(fact(o));
        }
        return j.toString();
    }

    static String fact(Object o) {
        if (o instanceof UpperTarget t) {
            return "上位目标 " + t.id() + " " + t.name() + "（" + t.attribute().label() + "，" + t.transmission().label()
                    + "，" + t.target().text() + "）";
        }
        if (o instanceof PlanFigure f) {
            return "下位数据 第" + f.page() + "页 " + FindingSink.describe(f);
        }
        if (o instanceof LowerPlan p) {
            return "文档 " + (p.jurisdiction() == null ? "" : p.jurisdiction()) + " " + p.kind().label()
                    + (p.domain() == null ? "" : "（" + p.domain() + "）");
        }
        if (o instanceof Facts.Quota q) {
            return "分解指标 " + q.jurisdiction() + " " + q.indicatorId() + " = " + Judge.show(q.value());
        }
        if (o instanceof Facts.Assigned a) {
            return "下达指标 " + a.jurisdiction() + " " + a.indicatorId() + " = " + Judge.show(a.value());
        }
        if (o instanceof Facts.Aggregate a) {
            return "汇总 " + a.indicatorId() + " = " + Judge.show(a.value()) + "（" + a.method() + "，" + a.counties()
                    + " 个县市区）";
        }
        if (o instanceof Facts.TargetYear y) {
            return "目标年 " + y.year();
        }
        return String.valueOf(o);
    }
}
