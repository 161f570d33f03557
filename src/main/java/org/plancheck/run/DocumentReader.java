package org.plancheck.run;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;

/** Turns a document into an {@link Extraction}. Never throws for a bad document: it returns it unreadable. */
@FunctionalInterface
public interface DocumentReader {
    Extraction read(Path document, Catalog catalog);
}
