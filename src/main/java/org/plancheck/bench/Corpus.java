package org.plancheck.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.plancheck.catalog.InputException;

/**
 * A folder of documents with hand-written expectations beside them, judged against one upper plan. Its optional
 * {@code corpus.properties} names the upper folder ({@code upper=}, relative to the working directory), the quota
 * and assignment files and the batch expectations (relative to the corpus), and whether informational findings
 * are listed in the expectations ({@code info=unlisted}: they are neither expected nor counted as surprises).
 *
 * @param name        the corpus's name, for reports
 * @param folder      where its documents are
 * @param upper       the upper plan folder
 * @param quotas      allocation table, null when none
 * @param assigned    numbers handed down, null when none
 * @param batch       batch expectations, null when none
 * @param infoListed  whether PC-INFO findings are written in the expectations
 * @param textAll     whether the text truth lists every target sentence ({@code text=all}, the default) or only
 *                    those of the upper plan's indicators ({@code text=catalog}: unmatched text figures are not
 *                    counted against precision)
 * @param docx        whether the corpus also holds Word drafts of its PDFs ({@code docx=true}): X.docx or X.doc
 *                    beside X.pdf or in a {@code docx/} or {@code doc/} subfolder, scored against X.pdf's truth,
 *                    pages ignored where the Word document states none
 * @param word        this is the Word view of such a corpus: its documents are the Word drafts
 */
public record Corpus(String name, Path folder, Path upper, Path quotas, Path assigned, Path batch,
                     boolean infoListed, boolean textAll, boolean docx, boolean word) {
    /** The upper plan used when a corpus names none. */
    public static final Path DEFAULT_UPPER = Path.of("rules", "yongzhou-15th");

    public static Corpus read(Path folder) {
        Properties p = new Properties();
        Path file = folder.resolve("corpus.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new InputException(file, 0, "cannot read: " + e.getMessage());
            }
        }
        String name = p.getProperty("name", folder.getFileName() == null ? folder.toString()
                : folder.getFileName().toString()).strip();
        Path upper = p.containsKey("upper") ? Path.of(p.getProperty("upper").strip()) : DEFAULT_UPPER;
        return new Corpus(name, folder, upper, file(folder, p, "quotas", "quotas.tsv"),
                file(folder, p, "assigned", "assigned.tsv"), file(folder, p, "batch", "batch.expected.tsv"),
                !"unlisted".equalsIgnoreCase(p.getProperty("info", "listed").strip()),
                !"catalog".equalsIgnoreCase(p.getProperty("text", "all").strip()),
                "true".equalsIgnoreCase(p.getProperty("docx", "false").strip()), false);
    }

    /**
     * The Word drafts of this corpus as a corpus of their own (same upper plan, quotas and truth; no batch
     * expectations, which are about the whole batch of PDFs), or null when the corpus has none.
     */
    public Corpus words() {
        return docx && !word ? new Corpus(name + " (Word)", folder, upper, quotas, assigned, null, infoListed, textAll,
                true, true) : null;
    }

    /** The PDF whose truth files (X.expected.tsv, X.figures.tsv) a document is scored against: itself for a PDF. */
    public Path truth(Path document) {
        String n = document.getFileName().toString();
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf") || !(lower.endsWith(".docx") || lower.endsWith(".doc"))) {
            return document;
        }
        return folder.resolve(n.substring(0, n.lastIndexOf('.')) + ".pdf");
    }

    private static Path file(Path folder, Properties p, String key, String fallback) {
        String v = p.getProperty(key);
        Path f = folder.resolve(v == null ? fallback : v.strip()).normalize();
        return Files.isRegularFile(f) ? f : null;
    }

    /**
     * The documents of the corpus (the PDFs directly in its folder), sorted by name; for the Word view, the Word
     * drafts of each PDF that has some (X.docx beside it or in docx/, then X.doc beside it or in doc/).
     */
    public List<Path> documents() throws IOException {
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(folder)) {
            pdfs = s.filter(Corpus::isDocument).sorted().toList();
        }
        if (!word) {
            return pdfs;
        }
        List<Path> out = new java.util.ArrayList<>();
        for (Path pdf : pdfs) {
            String stem = pdf.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
            for (String ext : List.of("docx", "doc")) {
                for (Path d : List.of(folder.resolve(stem + "." + ext), folder.resolve(ext).resolve(stem + "." + ext))) {
                    if (Files.isRegularFile(d)) {
                        out.add(d);
                        break;
                    }
                }
            }
        }
        return out;
    }

    static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && n.endsWith(".pdf");
    }

    /** Every corpus under the default roots: samples/ and each folder of corpora/. */
    public static List<Path> defaults() throws IOException {
        java.util.ArrayList<Path> out = new java.util.ArrayList<>();
        if (Files.isDirectory(Path.of("samples"))) {
            out.add(Path.of("samples"));
        }
        Path more = Path.of("corpora");
        if (Files.isDirectory(more)) {
            try (Stream<Path> s = Files.list(more)) {
                s.filter(Files::isDirectory).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
