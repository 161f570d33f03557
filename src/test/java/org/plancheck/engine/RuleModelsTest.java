package org.plancheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.bench.Corpus;
import org.plancheck.catalog.Allocations;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.InputException;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.ocr.OcrMode;
import org.plancheck.ocr.OcrSettings;
import org.plancheck.run.CheckRun;
import org.plancheck.run.Limits;
import org.plancheck.run.Readers;

/**
 * The executable model of the default rules (what the launcher builds after each build): used only for the rules it
 * was built from, and judging every document of samples/, corpora/independent (quotas and assignments: the batch
 * rules) and corpora/links (chains, peers, projects) exactly as the DRL does, --explain text included.
 */
class RuleModelsTest {
    @TempDir
    static Path tmp;
    private static URLClassLoader loader;

    @BeforeAll
    static void buildTheModel() throws IOException {
        Path jar = tmp.resolve("rules-model.jar");
        assertTrue(RuleModels.build(Fixtures.RULES, jar) > 100, "the model's classes");
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, RuleModelsTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    @Test
    void theModelServesOnlyTheRulesItWasBuiltFrom() throws IOException {
        String key = RuleBases.key(RuleEngine.read(RuleEngine.ruleFiles(Fixtures.RULES)));
        assertNotNull(RuleModels.load(key, loader));
        assertEquals("model", RuleBases.load(Fixtures.RULES, loader).origin());
        // an edited rule folder: compiled from its DRL, not the model
        Path edited = tmp.resolve("edited");
        Files.createDirectories(edited);
        for (Path f : RuleEngine.ruleFiles(Fixtures.RULES)) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Files.writeString(edited.resolve(f.getFileName()), f.getFileName().toString().equals("scope.drl")
                    ? text + "\n// edited\n" : text, StandardCharsets.UTF_8);
        }
        String editedKey = RuleBases.key(RuleEngine.read(RuleEngine.ruleFiles(edited)));
        assertTrue(!editedKey.equals(key), "an edit changes the key");
        assertNull(RuleModels.load(editedKey, loader));
        // no model on the class path
        assertNull(RuleModels.load(key, RuleModelsTest.class.getClassLoader()));
    }

    @Test
    void sameVerdictsAsTheDrl() throws IOException {
        RuleEngine model = RuleBases.load(Fixtures.RULES, loader);
        RuleEngine drl = Fixtures.engine();
        assertEquals("model", model.origin());
        assertTrue(!"model".equals(drl.origin()), drl.origin());
        assertEquals(drl.rules(), model.rules(), "the rules' metadata");
        int findings = 0;
        List<String> batchRules = new ArrayList<>();
        for (String folder : List.of("samples", "corpora/independent", "corpora/links")) {
            Corpus c = Corpus.read(Path.of(folder));
            Catalog catalog = CatalogLoader.load(c.upper());
            List<Path> files = c.documents();
            List<CheckRun.Read> reads = run(catalog, drl, c).read(files, x -> { });
            CheckReport byDrl = run(catalog, drl, c).judgeRead(reads);
            CheckReport byModel = run(catalog, model, c).judgeRead(reads);
            for (int i = 0; i < files.size(); i++) {
                DocumentResult d = byDrl.documents().get(i);
                DocumentResult m = byModel.documents().get(i);
                assertEquals(d.status(), m.status(), files.get(i) + " status");
                assertEquals(d.findings(), m.findings(), files.get(i) + " findings");
            }
            assertEquals(byDrl.batchFindings(), byModel.batchFindings(), folder + " batch findings");
            findings += byDrl.allFindings().size();
            byDrl.batchFindings().forEach(f -> batchRules.add(f.ruleId()));
        }
        assertTrue(findings > 300, findings + " findings compared");
        assertTrue(batchRules.contains("PC-AGGREGATE"), "the batch rules fired: " + batchRules);
    }

    private static CheckRun run(Catalog catalog, RuleEngine engine, Corpus c) {
        // scans are not read (OCR is slow, and reading is not what differs here): both engines see them unreadable
        return new CheckRun(catalog, engine, Readers.documents(Limits.DEFAULT, new OcrSettings(OcrMode.NEVER,
                OcrSettings.DEFAULT.minConfidence(), 1, x -> { })),
                c.quotas() == null ? List.of() : Allocations.readQuotas(c.quotas(), catalog),
                c.assigned() == null ? List.of() : Allocations.readAssigned(c.assigned(), catalog), true);
    }

    @Test
    void rulesTheModelCannotTranslateAreAnInputErrorAndNoJar() throws IOException {
        Path rules = tmp.resolve("untranslatable");
        Files.createDirectories(rules);
        // "unit" is a keyword of the model's constraint parser (the reason for UpperTarget.inPercent())
        Files.writeString(rules.resolve("unit.drl"), """
                package plancheck.checks;
                import org.plancheck.model.UpperTarget;
                rule "unit keyword"
                when
                    UpperTarget(unit != "%")
                then
                end
                """, StandardCharsets.UTF_8);
        Path jar = tmp.resolve("none.jar");
        assertThrows(InputException.class, () -> RuleModels.build(rules, jar));
        assertTrue(!Files.exists(jar));
    }
}
