package org.plancheck.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plancheck.model.Names;

/**
 * Where a check writes (report files, annotated copies), checked before any document is read: a path that cannot
 * be written is a one-line error at once, not an internal error after the whole run, and no output may be one of
 * the inputs (a report written over the PDF it checks).
 */
public final class OutputTargets {

    /** A report or copy that cannot be written (exit {@link ExitCode#OUTPUT} when it happens while writing). */
    public static final class Unwritable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unwritable(String message) {
            super(message);
        }
    }

    private OutputTargets() {
    }

    /**
     * Checks that {@code target} can be written without touching an input: an existing file is opened for writing
     * (not truncated), a new one is created and removed again, missing folders are created as writing would.
     *
     * @throws Unwritable with the reason
     */
    public static void checkFile(Path target, List<Path> inputs) {
        String name = Names.printable(target);
        for (Path in : inputs) {
            if (same(target, in)) {
                throw new Unwritable(name + ": is also an input (" + Names.printable(in)
                        + "); refusing to overwrite it, choose another --output");
            }
        }
        try {
            if (Files.isDirectory(target)) {
                throw new Unwritable(name + ": is a folder, not a file");
            }
            if (Files.exists(target)) {
                if (!Files.isWritable(target)) {
                    throw new Unwritable(name + ": not writable");
                }
                if (Files.isRegularFile(target)) {
                    try (OutputStream o = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
                        // opened without truncating: the old report stays until the new one is written
                    }
                }
                return;
            }
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            Files.delete(target);
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new Unwritable(name + ": cannot be written (" + reason(e) + ")");
        }
    }

    /** Checks that {@code dir} is, or can be made, a writable folder (created now). */
    public static void checkFolder(Path dir) {
        String name = Names.printable(dir);
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new Unwritable(name + ": is not a folder");
            }
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".plancheck-", ".tmp");
            Files.delete(probe);
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new Unwritable(name + ": cannot write into this folder (" + reason(e) + ")");
        }
    }

    /**
     * The annotated copy of each input in {@code dir}: {@code <name>.annotated.pdf}, then {@code <name>-2…} when two
     * inputs share a file name or the name is one of the inputs. Names are given in input order, to every input,
     * so a document's copy keeps its name whatever the other documents' verdicts.
     */
    public static Map<Path, Path> annotated(List<Path> inputs, Path dir) {
        Map<Path, Path> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Path in : inputs) {
            if (out.containsKey(in)) {
                continue;
            }
            String stem = in.getFileName() == null ? "document" : in.getFileName().toString()
                    .replaceAll("(?i)\\.pdf$", "");
            Path target = dir.resolve(stem + ".annotated.pdf");
            for (int n = 2; !taken.add(key(target)) || isInput(target, inputs); n++) {
                target = dir.resolve(stem + "-" + n + ".annotated.pdf");
            }
            out.put(in, target);
        }
        return out;
    }

    private static boolean isInput(Path p, List<Path> inputs) {
        return inputs.stream().anyMatch(in -> same(p, in));
    }

    private static String key(Path p) {
        return p.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
    }

    /** Same file: by the file system when both exist (links, "./x"), else by normalised absolute path. */
    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException | InvalidPathException | SecurityException e) {
            return false;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "exists and is not a file";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getReason() != null ? f.getReason() : "file system error";
        }
        return e.getMessage() == null ? "I/O error" : Names.printable(e.getMessage());
    }
}
