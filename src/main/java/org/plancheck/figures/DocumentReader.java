package org.plancheck.figures;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.model.Extraction;

/** Turns a document into an {@link Extraction}. Never throws for a bad document: it returns it unreadable. */
@FunctionalInterface
public interface DocumentReader {
    Extraction read(Path document, Catalog catalog);

    /**
     * Reads {@code document}, stopping once {@code cancel} is cancelled (the guard's time limit). Readers that can
     * stop in the middle override this; the default ignores it.
     */
    default Extraction read(Path document, Catalog catalog, Cancellation cancel) {
        return read(document, catalog);
    }
}
