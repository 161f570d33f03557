package org.plancheck.docx;

import java.nio.file.Path;
import java.util.List;
import org.plancheck.catalog.Catalog;
import org.plancheck.figures.DocumentReader;
import org.plancheck.figures.FigureExtractor;
import org.plancheck.layout.Layout;
import org.plancheck.model.Extraction;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.StatedIdentity;

/**
 * Reads a Word document (.docx, .docm, .dotx; old .doc/.wps through {@link OldWord}) into the same figures as a PDF:
 * its layout from the document's own structure ({@link WordLayout}), then the identity, tables and in-text targets of {@link FigureExtractor}. Never
 * throws for a bad document: it comes back unreadable with the reason and what would fix it.
 */
public final class WordReader implements DocumentReader {
    private final int maxPages;
    private final long maxBytes;

    public WordReader(int maxPages, long maxBytes) {
        this.maxPages = maxPages;
        this.maxBytes = maxBytes;
    }

    @Override
    public Extraction read(Path document, Catalog catalog, StatedIdentity stated,
                           org.plancheck.document.Cancellation cancel) {
        try {
            Layout layout = layout(document);
            cancel.check(); // POI reads a package in one call: the time limit is looked at after it
            return FigureExtractor.extract(document.toString(), layout, catalog, stated);
        } catch (WordUnreadable e) {
            return unreadable(document, e.getMessage(), e.fix());
        } catch (org.plancheck.document.Cancellation.Cancelled e) {
            return unreadable(document, e.getMessage(), null);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return unreadable(document, "Word 文档结构异常，无法解析（" + e.getClass().getSimpleName() + "）",
                    "在 Word 或 WPS 中打开确认后另存为 .docx 或 PDF");
        }
    }

    /** The document's layout (what {@code extract --tables} shows), or why it cannot be read. */
    public Layout layout(Path document) throws WordUnreadable {
        return WordFile.layout(document, maxPages, maxBytes);
    }

    private static Extraction unreadable(Path doc, String reason, String fix) {
        return new Extraction(LowerPlan.unknown(doc.toString()), 0, false, reason, List.of(), List.of(), fix);
    }
}
