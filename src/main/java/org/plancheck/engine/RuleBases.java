package org.plancheck.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.plancheck.catalog.InputException;

/** Where a rule base comes from: compiled from the DRL files of a folder (read as UTF-8). */
final class RuleBases {
    private RuleBases() {
    }

    static RuleEngine load(Path folder) {
        long t0 = System.nanoTime();
        List<Path> files = RuleEngine.ruleFiles(folder);
        Map<Path, String> texts = RuleEngine.read(files);
        KieBase base = compile(folder, files);
        RuleEngine engine = new RuleEngine(base, RuleEngine.describe(base.getKiePackages(), texts),
                (System.nanoTime() - t0) / 1_000_000, "compiled");
        return engine;
    }

    /** Compiles the DRL files; the first error is an InputException with its file and line. */
    static KieBase compile(Path folder, List<Path> files) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, Path> byResource = new LinkedHashMap<>();
        for (Path f : files) {
            String res = "src/main/resources/plancheck/" + f.getFileName();
            byResource.put(res, f);
            kfs.write(res, ks.getResources().newFileSystemResource(f.toFile(), "UTF-8"));
        }
        KieBuilder kb = ks.newKieBuilder(kfs).buildAll();
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            Path file = byResource.getOrDefault(m.getPath(), folder);
            if (m.getPath() != null) {
                for (Map.Entry<String, Path> e : byResource.entrySet()) {
                    if (m.getPath().endsWith(e.getValue().getFileName().toString())) {
                        file = e.getValue();
                    }
                }
            }
            throw new InputException(file, Math.max(m.getLine(), 0),
                    "rule error: " + m.getText().replaceAll("\\s+", " ").strip());
        }
        return ks.newKieContainer(ks.getRepository().getDefaultReleaseId()).getKieBase();
    }
}
