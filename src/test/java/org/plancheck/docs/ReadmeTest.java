package org.plancheck.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.plancheck.cli.Cli;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.RuleInfo;
import org.plancheck.report.Reporters;

/** The README cannot drift from the tool: every rule, subcommand and format it has is documented. */
class ReadmeTest {
    private static String readme() throws Exception {
        return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    }

    @Test
    void everyRuleIsListedWithItsTitle() throws Exception {
        String r = readme();
        for (RuleInfo rule : RuleEngine.load(Path.of("rules", "checks")).rules()) {
            assertTrue(r.contains("| " + rule.id() + " | " + rule.title() + " |"), rule.id() + " " + rule.title());
        }
    }

    @Test
    void everySubcommandAndFormatIsDocumented() throws Exception {
        String r = readme();
        for (String sub : Cli.create().getSubcommands().keySet()) {
            assertTrue(r.contains("plancheck " + sub), sub);
        }
        for (String f : Reporters.FORMATS) {
            assertTrue(r.contains("| `" + f + "` |"), f);
        }
        for (int code = 0; code <= 6; code++) {
            assertTrue(r.contains("| " + code + " |"), "exit code " + code);
        }
    }

    @Test
    void theMainCommandNamesAFileThatExists() throws Exception {
        String r = readme();
        int i = r.indexOf("./plancheck check ");
        String file = r.substring(i + "./plancheck check ".length()).split("\\s")[0];
        assertTrue(Files.exists(Path.of(file)), file);
    }
}
