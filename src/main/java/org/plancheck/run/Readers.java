package org.plancheck.run;

import org.plancheck.figures.DocumentReader;
import org.plancheck.figures.FigureExtractor;
import org.plancheck.ocr.OcrSettings;

/** The document readers the commands use. */
public final class Readers {
    private Readers() {
    }

    /** PDFs, read by {@link FigureExtractor} (scanned pages by OCR), guarded by the limits (size, pages, time). */
    public static DocumentReader pdf(Limits limits) {
        return pdf(limits, OcrSettings.DEFAULT);
    }

    /** PDFs, scanned pages read as {@code ocr} says, guarded by the limits (size, pages, time, OCR included). */
    public static DocumentReader pdf(Limits limits, OcrSettings ocr) {
        return new GuardedReader(new FigureExtractor(limits.maxPages(), limits.maxBytes(), ocr), limits);
    }
}
