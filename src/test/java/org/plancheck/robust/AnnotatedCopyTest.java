package org.plancheck.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reviewer's annotated copy runs nothing the uploader put in the PDF: no JavaScript (open action, name tree,
 * bookmarks), no automatic or launch action, no attached file; the text, a link within the document and
 * plancheck's own highlights stay.
 */
class AnnotatedCopyTest {
    static final Path FAILING = Path.of("src", "test", "resources", "extract", "jianghua-star.pdf");
    private static final Set<String> FORBIDDEN_KEYS = Set.of("OpenAction", "AA", "JS", "JavaScript", "EmbeddedFiles",
            "EF", "XFA");
    private static final Set<String> FORBIDDEN_ACTIONS = Set.of("JavaScript", "Launch", "URI", "GoToR", "SubmitForm",
            "ImportData");

    @TempDir
    Path tmp;

    /** Every dictionary reachable from the trailer. */
    private static List<COSDictionary> dictionaries(PDDocument doc) {
        List<COSDictionary> out = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>(List.of(doc.getDocument().getTrailer()));
        while (!todo.isEmpty()) {
            COSBase b = todo.pop();
            if (b instanceof COSObject o) {
                b = o.getObject();
            }
            if (b == null || !seen.add(b)) {
                continue;
            }
            if (b instanceof COSDictionary d) {
                out.add(d);
                d.getValues().forEach(todo::push);
            } else if (b instanceof COSArray a) {
                a.forEach(todo::push);
            }
        }
        return out;
    }

    @Test
    void annotatedCopyHasNoActiveContent() throws IOException {
        Path armed = tmp.resolve("armed.pdf");
        Hostile.armed(FAILING, armed);
        // the armed input really is armed (the check below would otherwise prove nothing)
        try (PDDocument in = Loader.loadPDF(armed.toFile())) {
            assertTrue(dictionaries(in).stream().anyMatch(d -> d.containsKey(COSName.getPDFName("OpenAction"))));
            assertTrue(dictionaries(in).stream().anyMatch(d -> d.containsKey(COSName.getPDFName("EF"))));
        }
        Path out = tmp.resolve("copies");
        Run r = Run.of("check", "--annotate", out.toString(), armed.toString());
        assertEquals(1, r.exit(), r::err);
        r.assertNoStackTrace();
        assertTrue(r.err().contains("已移除"), r::err);
        Path copy = out.resolve("armed.annotated.pdf");
        try (PDDocument doc = Loader.loadPDF(copy.toFile())) {
            int links = 0;
            for (COSDictionary d : dictionaries(doc)) {
                for (COSName k : d.keySet()) {
                    assertFalse(FORBIDDEN_KEYS.contains(k.getName()), () -> "left in the copy: /" + k.getName());
                }
                if (d.getDictionaryObject(COSName.S) instanceof COSName s) {
                    assertFalse(FORBIDDEN_ACTIONS.contains(s.getName()), () -> "action left: " + s.getName());
                }
                if (COSName.getPDFName("FileAttachment").equals(d.getDictionaryObject(COSName.SUBTYPE))) {
                    throw new AssertionError("file attachment annotation left in the copy");
                }
                if (COSName.LINK.equals(d.getDictionaryObject(COSName.SUBTYPE))) {
                    links++;
                }
            }
            assertEquals(2, links, "both links stay, the external one without its action");
            assertTrue(countPlancheckAnnotations(doc) > 0, "plancheck's own annotations are there");
            assertTrue(doc.getPage(0).getContents().readAllBytes().length > 0, "page content kept");
        }
        // the input is untouched
        try (PDDocument in = Loader.loadPDF(armed.toFile())) {
            assertTrue(in.getDocumentCatalog().getOpenAction() != null);
        }
        assertTrue(Files.size(armed) > 0);
    }

    /**
     * Opening at page 1 (a destination, as LibreOffice writes it) runs nothing: it stays in the copy, and the reviewer
     * is not told that a plain document held active content.
     */
    @Test
    void openingAtAPageIsNotActiveContent() throws IOException {
        Path plain = tmp.resolve("plain.pdf");
        try (PDDocument doc = Loader.loadPDF(FAILING.toFile())) {
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination dest =
                    new org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination();
            dest.setPage(doc.getPage(0));
            doc.getDocumentCatalog().setOpenAction(dest);
            doc.save(plain.toFile());
        }
        Path out = tmp.resolve("plain-copies");
        Run r = Run.of("check", "--annotate", out.toString(), plain.toString());
        assertEquals(1, r.exit(), r::err);
        assertFalse(r.err().contains("已移除"), r::err);
        try (PDDocument doc = Loader.loadPDF(out.resolve("plain.annotated.pdf").toFile())) {
            assertTrue(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("OpenAction")));
        }
    }

    private static long countPlancheckAnnotations(PDDocument doc) throws IOException {
        long n = 0;
        for (PDPage p : doc.getPages()) {
            for (PDAnnotation a : p.getAnnotations()) {
                if ("plancheck".equals(a.getCOSObject().getString(COSName.T))) {
                    n++;
                }
            }
        }
        return n;
    }
}
