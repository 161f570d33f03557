package org.plancheck.engine;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.plancheck.catalog.InputException;

/**
 * The rules as Drools' executable model: the same DRL, translated to Java classes once, after a build (the launcher's
 * training step runs {@link #main}), and put on the class path as {@code rules-model.jar}. A cold check then builds
 * its rule base from these classes, which the class archive holds, instead of deserializing the cached packages and
 * compiling their MVEL constraints at run time (rule base and first judgement about half the CPU time).
 *
 * <p>The jar records the cache key of the rules it was built from ({@link RuleBases#key}: the rule files' names and
 * contents, Drools' version, the fact classes). It is used only for exactly those rules: an edited rule folder, or
 * another one given with {@code --rules}, is compiled from its DRL as before. The DRL stays the one source.
 */
public final class RuleModels {
    /** The jar's index: the key of the rules it was built from and its model classes. */
    static final String INDEX = "plancheck/rules-model.properties";

    private RuleModels() {
    }

    /** {@code RuleModels FOLDER JAR}: builds the rules of FOLDER as an executable model into JAR. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RuleModels RULES_FOLDER OUTPUT_JAR");
            System.exit(2);
        }
        long t0 = System.nanoTime();
        try {
            int classes = build(Path.of(args[0]), Path.of(args[1]));
            System.err.printf("plancheck: executable rule model, %d classes, in %d ms: %s%n", classes,
                    (System.nanoTime() - t0) / 1_000_000, args[1]);
        } catch (InputException e) {
            System.err.println("plancheck: " + e.oneLine());
            System.exit(3);
        } catch (IOException e) {
            System.err.println("plancheck: cannot write " + args[1] + ": " + e.getMessage());
            System.exit(5);
        }
    }

    /** Builds the rules of {@code folder} as an executable model into {@code jar}; the number of classes. */
    static int build(Path folder, Path jar) throws IOException {
        List<Path> files = RuleEngine.ruleFiles(folder);
        Map<Path, String> texts = RuleEngine.read(files);
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (Path f : files) {
            kfs.write("src/main/resources/plancheck/" + f.getFileName(),
                    ks.getResources().newFileSystemResource(f.toFile(), "UTF-8"));
        }
        KieBuilder kb;
        try {
            kb = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the model's constraint parser throws where the DRL compiler reports: the first line says which
            throw new InputException(folder, 0, "rule error (executable model): "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
        for (Message m : kb.getResults().getMessages(Message.Level.ERROR)) {
            Path file = folder;
            for (Path f : files) {
                if (m.getPath() != null && m.getPath().endsWith(f.getFileName().toString())) {
                    file = f;
                }
            }
            throw new InputException(file, Math.max(m.getLine(), 0),
                    "rule error (executable model): " + m.getText().replaceAll("\\s+", " ").strip());
        }
        InternalKieModule module = (InternalKieModule) kb.getKieModule();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            if (name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("Drools-Model-Version")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        if (models.isEmpty()) {
            throw new InputException(folder, 0, "the executable model names no model class");
        }
        Properties index = new Properties();
        index.setProperty("key", RuleBases.key(texts));
        index.setProperty("models", String.join(",", models));
        java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
        index.store(stored, "rules of " + folder.toAbsolutePath().normalize());
        Files.createDirectories(jar.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(jar.toAbsolutePath().getParent(), "rules-model", ".tmp");
        int classes = 0;
        try (JarOutputStream out = new JarOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
            for (String name : module.getFileNames()) {
                if (name.endsWith(".class")) {
                    put(out, name, module.getBytes(name));
                    classes++;
                }
            }
            put(out, INDEX, stored.toByteArray());
        }
        try {
            // readable like the rest of the build (a temporary file is its owner's only)
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its default permissions
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return classes;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    /**
     * The rule base of the executable model that {@code loader} holds, when it was built from the rules of cache key
     * {@code key}; null when there is none, it was built from other rules, or it cannot be loaded.
     */
    static KieBase load(String key, ClassLoader loader) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                return null;
            }
            index.load(in);
        } catch (IOException e) {
            return null;
        }
        if (!key.equals(index.getProperty("key"))) {
            return null;
        }
        try {
            List<Model> models = new ArrayList<>();
            for (String name : index.getProperty("models", "").split(",")) {
                models.add((Model) Class.forName(name.strip(), true, loader).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null;
        }
    }
}
