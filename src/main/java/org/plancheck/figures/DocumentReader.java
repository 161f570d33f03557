package org.plancheck.figures;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.model.Extraction;

/** Turns a document into an {@link Extraction}. Never throws for a bad document: it returns it unreadable. */
public interface DocumentReader {
    /** Reads a document; what the reviewer states of its identity replaces what the tool would decide. */
    Extraction read(Path document, Catalog catalog, org.plancheck.model.StatedIdentity stated);

    default Extraction read(Path document, Catalog catalog) {
        return read(document, catalog, org.plancheck.model.StatedIdentity.NONE);
    }
}
