package org.plancheck.figures;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.model.Extraction;

/** Turns a document into an {@link Extraction}. Never throws for a bad document: it returns it unreadable. */
@FunctionalInterface
public interface DocumentReader {
    Extraction read(Path document, Catalog catalog);
}
