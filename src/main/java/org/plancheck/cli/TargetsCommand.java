package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plancheck.catalog.Catalog;
import org.plancheck.model.Attribute;
import org.plancheck.model.UpperTarget;
import org.plancheck.report.Json;
import org.plancheck.report.JsonModel;
import org.plancheck.run.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck targets}: the upper plan's targets as the catalog holds them. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = {"列出上位规划的目标清单（指标、属性、传导方式、原文引用）。",
            "Lists the upper plan's targets: indicator, attribute, transmission, verbatim quote."})
public class TargetsCommand implements Callable<Integer> {
    @Mixin
    UpperOption upper;

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    enum OutputFormat { text, json }

    /** How the level of plan.properties is named for a reader. */
    static final Map<String, String> LEVEL_LABELS = Map.of("province", "省级", "city", "市级", "county", "县级");

    @Override
    public Integer call() {
        Catalog c = upper.load();
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            Map<String, Object> root = new LinkedHashMap<>();
            Map<String, Object> plan = new LinkedHashMap<>();
            plan.put("id", c.plan().id());
            plan.put("name", c.plan().name());
            plan.put("jurisdiction", c.plan().jurisdiction());
            plan.put("level", c.plan().level());
            plan.put("baseYear", c.plan().baseYear());
            plan.put("targetYear", c.plan().targetYear());
            root.put("upperPlan", plan);
            root.put("targets", c.targets().stream().map(JsonModel::upperTarget).toList());
            Json.write(root, out);
        } else {
            out.println(c.plan().name() + "（" + c.plan().jurisdiction() + "，" + LEVEL_LABELS.getOrDefault(
                    c.plan().level(), c.plan().level()) + "，" + c.plan().baseYear() + "→" + c.plan().targetYear()
                    + "；下级单位 " + c.jurisdictions().size() + " 个）");
            List<UpperTarget> ts = c.targets();
            long binding = ts.stream().filter(t -> t.attribute() == Attribute.BINDING).count();
            out.printf("共 %d 项目标，其中约束性 %d 项%n", ts.size(), binding);
            for (UpperTarget t : ts) {
                out.printf("%-7s %s %s：%s（基期 %s）%s %s [%s]%n      %s 第%d行 「%s」%n", t.id(),
                        t.attribute().label(), t.name(), t.target().text(),
                        t.baseText().isEmpty() ? "—" : t.baseText(), t.unit() == null ? "" : t.unit(),
                        t.direction().label(), t.transmission().label(), t.section(), t.line(), t.quote());
            }
        }
        out.flush();
        return ExitCode.OK;
    }
}
