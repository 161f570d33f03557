package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.figures.FigureExtractor;

/** The document readers the commands use. */
public final class Readers {
    private Readers() {
    }

    /** PDFs, read by {@link FigureExtractor}, guarded by the limits (size, pages, time). */
    public static DocumentReader pdf(Limits limits) {
        return new GuardedReader(new FigureExtractor(limits.maxPages()), limits);
    }
}
