package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.figures.FigureExtractor;

/** The document readers the commands use. */
public final class Readers {
    private Readers() {
    }

    /** PDFs, read by {@link FigureExtractor}, guarded by the limits (size, pages, time). */
    public static DocumentReader pdf(Limits limits) {
        // both limits reach the reader: with only the page limit it fell back to the default 200 MB, so a raised
        // --max-mb was checked by the guard and then refused again by the PDF reader
        return new GuardedReader(new FigureExtractor(limits.maxPages(), limits.maxBytes()), limits);
    }
}
