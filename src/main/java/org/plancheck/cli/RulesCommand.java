package org.plancheck.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.RuleInfo;
import org.plancheck.report.Json;
import org.plancheck.run.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck rules}: every rule with its id, severity, title and explanation. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出全部检查规则（编号、级别、标题、说明）。", "Lists the consistency rules with their metadata."})
public class RulesCommand implements Callable<Integer> {
    @Mixin
    RulesOption rulesOption;

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    TargetsCommand.OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RuleEngine engine = rulesOption.load();
        List<RuleInfo> rules = engine.rules();
        PrintWriter out = spec.commandLine().getOut();
        if (format == TargetsCommand.OutputFormat.json) {
            Json.write(rules.stream().map(RulesCommand::json).toList(), out);
        } else {
            for (RuleInfo r : rules) {
                out.printf("%-14s %-8s %s（%s）%n  %s%n  定义于 %s%n", r.id(), severityText(r), r.title(),
                        r.check(),
                        r.explanation(), r.file());
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    private static String severityText(RuleInfo r) {
        return r.byAttribute() ? "按属性" : r.severity().code();
    }

    static Map<String, Object> json(RuleInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("title", r.title());
        m.put("severity", r.severityCode());
        m.put("check", r.check());
        m.put("explanation", r.explanation());
        m.put("file", r.file());
        return m;
    }
}
