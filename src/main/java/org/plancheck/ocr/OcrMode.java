package org.plancheck.ocr;

import java.util.Locale;

/** When pages are read by OCR ({@code --ocr}). */
public enum OcrMode {
    /** Pages that look scanned (images cover them, visible text is scarce) are read by OCR; the others by text. */
    AUTO,
    /** No OCR: a scanned document is UNVERIFIABLE, as before OCR existed. */
    NEVER,
    /** Every page is read by OCR, its text layer ignored (a garbled or untrusted text layer). */
    ALWAYS;

    /** "auto", "never", "always" (any case). */
    public static OcrMode parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("expected auto, never or always, not '" + s + "'");
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
