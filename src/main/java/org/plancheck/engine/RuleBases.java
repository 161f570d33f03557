package org.plancheck.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.definition.KiePackage;
import org.plancheck.catalog.InputException;

/**
 * Where a rule base comes from. The DRL files stay the source a reviewer edits; compiling them takes a second or
 * more, so the compiled packages are kept in a cache keyed by the content of the rule files, the Drools version and
 * the fact classes they use: {@code -Dplancheck.cache=DIR}, else {@code $XDG_CACHE_HOME/plancheck}, else
 * {@code ~/.cache/plancheck}. An unchanged rule folder loads from the cache (the launcher fills it for the default
 * rules right after a build); an edited one is compiled, then cached. A cache that cannot be read or written is
 * ignored: the rules are compiled as if there were none.
 */
public final class RuleBases {
    /** The classes the compiled rules refer to: a change to any of them invalidates the cache. */
    private static final List<Class<?>> FACT_CLASSES = List.of(Comparison.class, Comparability.class, Facts.class,
            Facts.TargetYear.class, Facts.Quota.class, Facts.Assigned.class, Facts.Relation.class, Facts.InScope.class,
            Facts.LowerUnit.class, Facts.Claim.class, Facts.Contribution.class, Facts.Part.class, Facts.Contested.class,
            Facts.BatchTotal.class, Issue.class, Issue.Reported.class, Findings.class, Numbers.class,
            org.plancheck.model.LowerPlan.class, org.plancheck.model.UpperTarget.class,
            org.plancheck.model.PlanFigure.class, org.plancheck.model.TargetValue.class,
            org.plancheck.model.Finding.class, org.plancheck.model.Tier.class, org.plancheck.model.PlanKind.class,
            org.plancheck.model.Attribute.class, org.plancheck.model.Direction.class,
            org.plancheck.model.Transmission.class, org.plancheck.model.Origin.class,
            org.plancheck.model.ValueKind.class, org.plancheck.model.Severity.class);

    private RuleBases() {
    }

    static RuleEngine load(Path folder) {
        return load(folder, RuleBases.class.getClassLoader());
    }

    /** The rule engine of {@code folder}: from the executable model {@code loader} holds, else cache, else DRL. */
    static RuleEngine load(Path folder, ClassLoader loader) {
        long t0 = System.nanoTime();
        List<Path> files = RuleEngine.ruleFiles(folder);
        Map<Path, String> texts = RuleEngine.read(files);
        String key = key(texts);
        KieBase model = RuleModels.load(key, loader);
        if (model != null) {
            return new RuleEngine(model, RuleEngine.describe(model.getKiePackages(), texts),
                    (System.nanoTime() - t0) / 1_000_000, "model");
        }
        Path cached = cacheDir() == null ? null : cacheDir().resolve(key + ".kbase");
        KieBase base = cached == null ? null : readCache(cached);
        String origin = "cache";
        if (base == null) {
            base = compile(folder, files);
            origin = "compiled";
            if (cached != null) {
                writeCache(cached, base.getKiePackages());
            }
        }
        return new RuleEngine(base, RuleEngine.describe(base.getKiePackages(), texts),
                (System.nanoTime() - t0) / 1_000_000, origin);
    }

    /** Compiles the rules of {@code folder} and stores them in the cache (the launcher does this after a build). */
    public static void main(String[] args) {
        RuleEngine e = load(Path.of(args.length > 0 ? args[0] : "rules/checks"));
        System.err.println("plancheck: rule base (" + e.origin() + ") in " + e.buildMillis() + " ms; cache "
                + cacheDir());
    }

    /** The cache folder; null when no home is known. */
    static Path cacheDir() {
        String p = System.getProperty("plancheck.cache");
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "plancheck");
        }
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() ? null : Path.of(home, ".cache", "plancheck");
    }

    /**
     * The cache key: CRC-32 and Adler-32 (both computed natively, so a cold start does not run a digest in the
     * interpreter: SHA-256 of the same bytes took 40 ms there) over the rule files' names and contents, the Drools and
     * Java versions and the fact classes' bytes, with the total length. It tells an edited rule folder or a rebuilt
     * fact class from the cached one; it is not a defence against someone who can write to the cache folder.
     */
    static String key(Map<Path, String> texts) {
        Checksum crc = new CRC32();
        Checksum adler = new Adler32();
        long[] length = {0};
        java.util.function.Consumer<byte[]> add = b -> {
            crc.update(b, 0, b.length);
            adler.update(b, 0, b.length);
            length[0] += b.length;
            crc.update(0);
            adler.update(0);
        };
        for (Map.Entry<Path, String> e : texts.entrySet()) {
            add.accept(e.getKey().getFileName().toString().getBytes(StandardCharsets.UTF_8));
            add.accept(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        add.accept(String.valueOf(KieServices.class.getPackage().getImplementationVersion())
                .getBytes(StandardCharsets.UTF_8));
        add.accept(System.getProperty("java.specification.version", "").getBytes(StandardCharsets.UTF_8));
        for (Class<?> c : FACT_CLASSES) {
            String res = c.getName().replace('.', '/') + ".class";
            try (InputStream in = c.getClassLoader().getResourceAsStream(res)) {
                add.accept(in == null ? c.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
            } catch (IOException e) {
                add.accept(c.getName().getBytes(StandardCharsets.UTF_8));
            }
        }
        return String.format(java.util.Locale.ROOT, "%08x%08x%016x", crc.getValue(), adler.getValue(), length[0]);
    }

    /** The rule base of a cache file, or null when there is none or it cannot be read. */
    private static KieBase readCache(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(Files.newInputStream(file)),
                RuleBases.class.getClassLoader())) {
            Object o = in.readObject();
            if (!(o instanceof List<?> list)) {
                return null;
            }
            List<KiePackage> packages = new ArrayList<>();
            for (Object p : list) {
                packages.add((KiePackage) p);
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Stores the compiled packages (written aside, then moved, so a reader never sees half a file). */
    private static void writeCache(Path file, Collection<KiePackage> packages) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "kbase", ".tmp");
            try (ObjectOutputStream out = new DroolsObjectOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(tmp)))) {
                out.writeObject(new ArrayList<>(packages));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // no cache: the next run compiles again
        }
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
