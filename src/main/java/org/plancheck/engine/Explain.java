package org.plancheck.engine;

import java.util.List;
import java.util.StringJoiner;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.UpperTarget;

/** Describes a rule firing in words a reviewer can follow: which rule, on which facts (--explain). */
final class Explain {
    private Explain() {
    }

    static String describe(String ruleName, List<? extends Object> objects) {
        StringJoiner j = new StringJoiner("；", "规则「" + ruleName + "」命中：", "");
        for (Object o : objects) {
            if (o != null) {
                j.add(fact(o));
            }
        }
        return j.toString();
    }

    static String fact(Object o) {
        // an accumulate's result: the facts it collected (its counts and sums say nothing beside them)
        if (o instanceof Object[] a) {
            return facts(java.util.Arrays.asList(a));
        }
        if (o instanceof java.util.Collection<?> c) {
            return facts(c);
        }
        if (o instanceof UpperTarget t) {
            return "上位目标 " + t.id() + " " + t.name() + "（" + t.attribute().label() + "，" + t.transmission().label()
                    + "，" + t.target().text() + "）";
        }
        if (o instanceof Comparison c) {
            return "下位数据 " + c.place() + " " + Findings.describe(c.figure(), c.year()) + " 对照 " + c.indicatorId()
                    + "（" + comparison(c) + (c.figure().matchedBy() == null ? "" : "；名称" + c.figure().matchedBy())
                    + "）";
        }
        if (o instanceof PlanFigure f) {
            return "下位数据 " + Comparison.place(f) + " " + Findings.describe(f, f.year());
        }
        if (o instanceof LowerPlan p) {
            return "文档 " + (p.jurisdiction() == null ? "" : p.jurisdiction()) + " " + p.kindLabel();
        }
        if (o instanceof Facts.InScope s) {
            return "适用范围 " + s.indicatorId();
        }
        if (o instanceof Facts.Quota q) {
            return "分解指标 " + q.jurisdiction() + " " + q.indicatorId() + " = " + Numbers.show(q.value());
        }
        if (o instanceof Facts.Assigned a) {
            return "下达指标 " + a.jurisdiction() + " " + a.indicatorId() + " = " + Numbers.show(a.value());
        }
        if (o instanceof Facts.Relation r) {
            return "相对目标 " + r.targetId() + " " + r.op() + " " + r.otherId();
        }
        if (o instanceof Facts.BatchTotal a) {
            return "汇总 " + a.indicatorId() + " = " + Numbers.show(a.value()) + "（" + a.method() + "，" + a.counties()
                    + " 个县市区）";
        }
        if (o instanceof Facts.Contested c) {
            return "辖区 " + c.jurisdiction() + " 有 " + c.documents().size() + " 份文档";
        }
        if (o instanceof Facts.Stated st) {
            return "规划表述 " + Findings.planName(st.plan()) + " 第" + st.comparison().page() + "页 "
                    + Findings.describe(st.comparison().figure(), st.comparison().year()) + "（水平 "
                    + Numbers.show(st.level()) + "）";
        }
        if (o instanceof Facts.StatedBase b) {
            return "基期表述 " + Findings.planName(b.plan()) + " 第" + b.comparison().page() + "页 "
                    + b.comparison().figure().rawName() + " 基期 " + b.comparison().figure().baseText();
        }
        if (o instanceof Facts.Chained c) {
            return "规划链 " + c.indicatorId() + "：专项规划 " + Numbers.show(c.level()) + " 对照总体规划 "
                    + Numbers.show(c.required()) + "（" + (c.comparable() ? "差距 " + Numbers.show(c.shortfall())
                    : "数值类型不同") + "）";
        }
        if (o instanceof org.plancheck.model.Project r) {
            return "上位项目 " + r.id() + " " + r.name() + "（安排给 " + String.join("、", r.jurisdictions()) + "）";
        }
        if (o instanceof Facts.Tolerance t) {
            return "左右浮动 " + Numbers.show(t.about());
        }
        if (o instanceof Facts.TargetYear y) {
            return "目标年 " + y.year();
        }
        return String.valueOf(o);
    }

    private static String facts(java.util.Collection<?> objects) {
        StringJoiner j = new StringJoiner("；");
        for (Object o : objects) {
            if (o != null && !(o instanceof Number)) {
                j.add(fact(o));
            }
        }
        return j.toString();
    }

    private static String comparison(Comparison c) {
        return switch (c.comparability()) {
            case COMPARABLE -> "可比，下位 " + Numbers.show(c.lowerLevel()) + "，上位要求 " + Numbers.show(c.required())
                    + "，差距 " + Numbers.show(c.shortfall());
            case NO_NUMBER -> "下位无数值";
            case UNIT -> "单位无法换算";
            case UPPER_NO_NUMBER -> "上位无数值";
            case KIND -> "数值类型不同";
        };
    }
}
