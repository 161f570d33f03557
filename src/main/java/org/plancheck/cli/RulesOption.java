package org.plancheck.cli;

import java.nio.file.Path;
import org.plancheck.engine.RuleEngine;
import org.plancheck.run.Home;
import picocli.CommandLine.Option;

/** The shared {@code --rules DIR} option: the folder of DRL consistency rules (default: rules/checks). */
public class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则目录（默认 rules/checks）/ folder of .drl rules (default: rules/checks)")
    Path rules;

    public RuleEngine load() {
        return RuleEngine.load(rules != null ? rules : Home.rulesDir());
    }

    /** The folder given, or the default. */
    public Path folder() {
        return rules != null ? rules : Home.rulesDir();
    }
}
