package org.plancheck.figures;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.document.Cancellation;
import org.plancheck.model.Extraction;
import org.plancheck.model.StatedIdentity;

/** Turns a document into an {@link Extraction}. Never throws for a bad document: it returns it unreadable. */
public interface DocumentReader {
    /**
     * Reads a document; what the reviewer states of its identity replaces what the tool would decide. Reading stops
     * once {@code cancel} is cancelled (the guard's time limit); readers that cannot stop midway may ignore it.
     */
    Extraction read(Path document, Catalog catalog, StatedIdentity stated, Cancellation cancel);

    default Extraction read(Path document, Catalog catalog, StatedIdentity stated) {
        return read(document, catalog, stated, Cancellation.none());
    }

    default Extraction read(Path document, Catalog catalog) {
        return read(document, catalog, StatedIdentity.NONE);
    }
}
