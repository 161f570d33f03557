package org.plancheck.ocr;

import java.util.function.Consumer;

/**
 * How documents are read by OCR.
 *
 * @param mode          which pages are read by OCR
 * @param minConfidence a character OCR reads with less confidence than this (percent, 0–100) is unreadable:
 *                      U+FFFD, never a guess; default {@value #DEFAULT_MIN_CONFIDENCE}
 * @param threads       pages read at once (each by its own single-threaded tesseract process), at least 1
 * @param progress      receives one line per page read ("OCR 3/12 x.pdf 第3页 …"); the CLI prints it on stderr
 */
public record OcrSettings(OcrMode mode, int minConfidence, int threads, Consumer<String> progress) {
    /** The documented default threshold (percent). */
    public static final int DEFAULT_MIN_CONFIDENCE = 80;
    /** OCR of scanned pages, default threshold, as many pages at once as there are cores, no progress. */
    public static final OcrSettings DEFAULT = new OcrSettings(OcrMode.AUTO, DEFAULT_MIN_CONFIDENCE, cores(),
            s -> { });
    /** No OCR at all. */
    public static final OcrSettings NEVER = new OcrSettings(OcrMode.NEVER, DEFAULT_MIN_CONFIDENCE, 1, s -> { });

    public OcrSettings {
        if (minConfidence < 0 || minConfidence > 100) {
            throw new IllegalArgumentException("--ocr-min-confidence must be 0–100, not " + minConfidence);
        }
        threads = Math.max(1, threads);
        progress = progress == null ? s -> { } : progress;
    }

    public OcrSettings(OcrMode mode, int minConfidence) {
        this(mode, minConfidence, cores(), s -> { });
    }

    public OcrSettings withProgress(Consumer<String> p) {
        return new OcrSettings(mode, minConfidence, threads, p);
    }

    /** The cores this JVM may use. */
    public static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
