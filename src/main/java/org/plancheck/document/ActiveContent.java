package org.plancheck.document;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Makes a document inert before plancheck writes a copy of it: whatever an uploader put in the PDF must not run
 * when a reviewer opens the annotated copy. Every object reachable from the trailer is visited once, and removed:
 * <ul>
 * <li>entries that run or hold something: {@code /OpenAction} (unless it only opens at a place in the document),
 * {@code /AA} (automatic actions of the document,
 * pages, fields and annotations), {@code /JS} and the {@code /JavaScript} name tree, {@code /EmbeddedFiles} and
 * {@code /EF} (attached files), {@code /XFA} forms, {@code /RichMediaContent};</li>
 * <li>every action other than going to a place in the document ({@code GoTo}) or a viewer command
 * ({@code Named}): JavaScript, Launch, URI, GoToR/GoToE (other files), SubmitForm, ImportData, Rendition, Sound,
 * Movie …, wherever they hang (links, bookmarks, fields, {@code /Next} chains);</li>
 * <li>annotations that carry files or media: FileAttachment, Sound, Movie, Screen, RichMedia, 3D.</li>
 * </ul>
 * Text, pages, fonts, the original's own comments and links within the document stay.
 */
final class ActiveContent {
    private static final Set<String> KEYS = Set.of("OpenAction", "AA", "JS", "JavaScript", "EmbeddedFiles", "EF",
            "XFA", "RichMediaContent", "RichMediaSettings");
    private static final Set<String> INERT_ACTIONS = Set.of("GoTo", "Named");
    private static final Set<String> ACTIVE_ANNOTATIONS = Set.of("FileAttachment", "Sound", "Movie", "Screen",
            "RichMedia", "3D");

    private ActiveContent() {
    }

    /** Removes the active content of {@code doc}; returns how many entries were removed. */
    static int remove(PDDocument doc) {
        int removed = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(doc.getDocument().getTrailer());
        while (!todo.isEmpty()) {
            COSBase b = resolve(todo.pop());
            if (b == null || !seen.add(b)) {
                continue;
            }
            if (b instanceof COSDictionary d) {
                for (COSName key : List.copyOf(d.keySet())) {
                    COSBase v = resolve(d.getItem(key));
                    if (key.getName().equals("OpenAction") && isPlace(v)) {
                        // a destination (LibreOffice writes one: open at page 1) or a GoTo/Named action runs
                        // nothing; removing it would tell the reviewer a plain document held active content
                        todo.push(v);
                    } else if (KEYS.contains(key.getName()) || isActiveAction(v) || isActiveAnnotation(v)) {
                        d.removeItem(key);
                        removed++;
                    } else if (v instanceof COSDictionary || v instanceof COSArray) {
                        todo.push(v);
                    }
                }
            } else if (b instanceof COSArray a) {
                for (int i = a.size() - 1; i >= 0; i--) {
                    COSBase v = resolve(a.get(i));
                    if (isActiveAction(v) || isActiveAnnotation(v)) {
                        a.remove(i);
                        removed++;
                    } else if (v instanceof COSDictionary || v instanceof COSArray) {
                        todo.push(v);
                    }
                }
            }
        }
        return removed;
    }

    /** An explicit destination (an array: page, fit) or an action that only goes to a place in the document. */
    private static boolean isPlace(COSBase v) {
        if (v instanceof COSArray) {
            return true;
        }
        return v instanceof COSDictionary d && d.getDictionaryObject(COSName.S) instanceof COSName s
                && INERT_ACTIONS.contains(s.getName()) && d.getDictionaryObject(COSName.getPDFName("Next")) == null;
    }

    private static COSBase resolve(COSBase b) {
        return b instanceof COSObject o ? o.getObject() : b;
    }

    /** An action dictionary (it has /S) of any kind but GoTo and Named. */
    private static boolean isActiveAction(COSBase v) {
        if (!(v instanceof COSDictionary d) || !(d.getDictionaryObject(COSName.S) instanceof COSName s)) {
            return false;
        }
        COSBase type = d.getDictionaryObject(COSName.TYPE);
        if (type != null && !COSName.getPDFName("Action").equals(type)) {
            return false; // /S means something else outside actions (e.g. a transparency group's /S /Transparency)
        }
        return !INERT_ACTIONS.contains(s.getName()) && isActionName(s.getName());
    }

    private static final Set<String> ACTION_NAMES = Set.of("GoTo", "GoToR", "GoToE", "GoToDp", "Launch", "Thread",
            "URI", "Sound", "Movie", "Hide", "Named", "SubmitForm", "ResetForm", "ImportData", "JavaScript",
            "SetOCGState", "Rendition", "Trans", "GoTo3DView", "RichMediaExecute");

    private static boolean isActionName(String s) {
        return ACTION_NAMES.contains(s);
    }

    private static boolean isActiveAnnotation(COSBase v) {
        if (!(v instanceof COSDictionary d) || !(d.getDictionaryObject(COSName.SUBTYPE) instanceof COSName s)) {
            return false;
        }
        COSBase type = d.getDictionaryObject(COSName.TYPE);
        return ACTIVE_ANNOTATIONS.contains(s.getName()) && (type == null || COSName.ANNOT.equals(type));
    }
}
