package org.plancheck.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.docx.WordReader;
import org.plancheck.figures.DocumentReader;
import org.plancheck.figures.FigureExtractor;
import org.plancheck.model.Extraction;
import org.plancheck.model.StatedIdentity;
import org.plancheck.ocr.OcrSettings;

/** The document readers the commands use. */
public final class Readers {
    private Readers() {
    }

    /** What a file is, by its first bytes (never by its name). */
    public enum Kind {
        /** {@code %PDF-} within the first KB (PDF readers accept leading junk). */
        PDF,
        /** A zip package ({@code PK}) or an OLE2 compound file (an encrypted .docx, an old .doc/.wps). */
        WORD,
        /** Anything else. */
        OTHER
    }

    /**
     * PDFs and Word documents in one batch, each read by the reader its content calls for (scanned PDF pages by OCR),
     * guarded by the limits.
     */
    public static DocumentReader documents(Limits limits) {
        return documents(limits, OcrSettings.DEFAULT);
    }

    /** As {@link #documents(Limits)}, scanned PDF pages read as {@code ocr} says (time limit covering OCR too). */
    public static DocumentReader documents(Limits limits, OcrSettings ocr) {
        return new GuardedReader(byContent(new FigureExtractor(limits.maxPages(), limits.maxBytes(), ocr),
                new WordReader(limits.maxPages(), limits.maxBytes())), limits);
    }

    /** PDFs only, read by {@link FigureExtractor} (scanned pages by OCR), guarded by the limits (size, pages, time). */
    public static DocumentReader pdf(Limits limits) {
        return pdf(limits, OcrSettings.DEFAULT);
    }

    /** PDFs only, scanned pages read as {@code ocr} says, guarded by the limits (size, pages, time, OCR included). */
    public static DocumentReader pdf(Limits limits, OcrSettings ocr) {
        // both limits reach the reader: with only the page limit it fell back to the default 200 MB, so a raised
        // --max-mb was checked by the guard and then refused again by the PDF reader
        return new GuardedReader(new FigureExtractor(limits.maxPages(), limits.maxBytes(), ocr), limits);
    }

    /** The layout of a PDF or Word document, as read (what {@code extract --tables} shows). */
    public static org.plancheck.layout.Layout layout(Path file, Limits limits)
            throws org.plancheck.document.UnreadableException {
        return layout(file, limits, OcrSettings.DEFAULT);
    }

    /** As {@link #layout(Path, Limits)}, scanned PDF pages read as {@code ocr} says. */
    public static org.plancheck.layout.Layout layout(Path file, Limits limits, OcrSettings ocr)
            throws org.plancheck.document.UnreadableException {
        if (kind(file) == Kind.WORD) {
            try {
                return new WordReader(limits.maxPages(), limits.maxBytes()).layout(file);
            } catch (org.plancheck.docx.WordUnreadable e) {
                throw new org.plancheck.document.UnreadableException(e.getMessage());
            }
        }
        return new FigureExtractor(limits.maxPages(), limits.maxBytes(), ocr).layout(file);
    }

    /** A reader that hands each file to {@code pdf} or {@code word} by its content. */
    static DocumentReader byContent(DocumentReader pdf, DocumentReader word) {
        return new DocumentReader() {
            @Override
            public Extraction read(Path document, Catalog catalog, StatedIdentity stated,
                                   org.plancheck.document.Cancellation cancel) {
                return switch (kind(document)) {
                    case PDF -> pdf.read(document, catalog, stated, cancel);
                    case WORD -> word.read(document, catalog, stated, cancel);
                    case OTHER -> GuardedReader.unreadable(document,
                            "不是PDF或Word文档（文件内容既不是 PDF，也不是 .docx/.doc）");
                };
            }
        };
    }

    /** The kind of a file by its first bytes; a file that cannot be read is OTHER (the reader says why). */
    public static Kind kind(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            return Kind.PDF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5 || head[2] == 7)) {
            return Kind.WORD;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Kind.WORD;
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-") ? Kind.PDF : Kind.OTHER;
    }
}
