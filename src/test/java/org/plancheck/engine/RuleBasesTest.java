package org.plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.model.Attribute;
import org.plancheck.model.Finding;

/** The compiled-rules cache: an unchanged folder loads from it with the same verdicts; an edit or a bad file compiles. */
class RuleBasesTest {
    @TempDir
    Path tmp;
    private String saved;

    @BeforeEach
    void ownCache() {
        saved = System.getProperty("plancheck.cache");
        System.setProperty("plancheck.cache", tmp.resolve("cache").toString());
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty("plancheck.cache");
        } else {
            System.setProperty("plancheck.cache", saved);
        }
    }

    private Path copyRules() throws IOException {
        Path rules = tmp.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> s = Files.list(Fixtures.RULES)) {
            for (Path f : s.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }

    private static List<String> verdict(RuleEngine e) {
        List<Finding> fs = e.run(new RuleEngine.Input(2030, List.of(Fixtures.nonFossil(), Fixtures.forest()),
                List.of(Fixtures.county("d.pdf", "道县")), List.of(Fixtures.row("d.pdf", Fixtures.nonFossil(), "25",
                        "30", Attribute.EXPECTED, "%", 5)), List.of()), false);
        return fs.stream().map(f -> f.ruleId() + ":" + f.indicatorId() + ":" + f.severity().code() + ":"
                + f.evidence().page()).sorted().toList();
    }

    @Test
    void unchangedRulesLoadFromTheCacheWithTheSameVerdicts() throws IOException {
        Path rules = copyRules();
        RuleEngine first = RuleEngine.load(rules);
        assertEquals("compiled", first.origin());
        RuleEngine second = RuleEngine.load(rules);
        assertEquals("cache", second.origin());
        assertEquals(verdict(first), verdict(second));
        assertEquals(List.of("PC-ATTR:K2-16:error:5", "PC-COVERAGE:K2-19:error:0", "PC-STRICT:K2-16:error:5"),
                verdict(second));
        assertEquals(first.rules(), second.rules());
    }

    @Test
    void anEditedRuleIsCompiledAgain() throws IOException {
        Path rules = copyRules();
        RuleEngine.load(rules);
        Path strict = rules.resolve("strictness.drl");
        Files.writeString(strict, Files.readString(strict, StandardCharsets.UTF_8).replace("@title(\"目标弱于上位规划\")",
                "@title(\"目标弱于上位规划（改）\")"), StandardCharsets.UTF_8);
        RuleEngine edited = RuleEngine.load(rules);
        assertEquals("compiled", edited.origin());
        assertEquals("目标弱于上位规划（改）", edited.rules().stream().filter(r -> r.id().equals("PC-STRICT")).findFirst()
                .orElseThrow().title());
    }

    @Test
    void aBrokenCacheFileIsIgnored() throws IOException {
        Path rules = copyRules();
        RuleEngine.load(rules);
        try (Stream<Path> s = Files.list(tmp.resolve("cache"))) {
            for (Path f : s.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        RuleEngine again = RuleEngine.load(rules);
        assertEquals("compiled", again.origin());
        assertNotEquals(List.of(), verdict(again));
    }
}
