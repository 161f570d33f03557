package org.plancheck.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: only global options; every job is a subcommand. */
@Command(name = "plancheck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"检查下位规划（县市区规划纲要、市级专项规划）是否服从上位规划。",
            "Checks that county and special plans obey the upper five-year plan."},
        subcommands = {CheckCommand.class, ExtractCommand.class, TargetsCommand.class, RulesCommand.class, BenchCommand.class,
            CatalogCommand.class, ServeCommand.class})
public class PlancheckCommand implements Runnable {

    @Option(names = "--debug", description = "出错时打印堆栈 / print stack traces on errors", scope =
            picocli.CommandLine.ScopeType.INHERIT)
    boolean debug;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
}
