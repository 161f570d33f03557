package org.plancheck.report;

import java.io.IOException;
import org.plancheck.model.CheckReport;

/**
 * Writes a {@link CheckReport} in one format. Every format shows every finding; suppressed and baselined ones are
 * marked with their {@link Waiver}. Implementations keep no state between calls.
 */
public interface Reporter {

    /** The format name used on the command line (text, json, html, md, sarif, junit, opinion, docx). */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    void write(CheckReport report, Waivers waivers, Appendable out) throws IOException;

    default void write(CheckReport report, Appendable out) throws IOException {
        write(report, Waivers.none(), out);
    }

    /** A binary format (a Word file): written to a file, never to a terminal. */
    default boolean binary() {
        return false;
    }

    /** Writes the report as bytes: UTF-8 text for the text formats, the file itself for a binary one. */
    default void write(CheckReport report, Waivers waivers, java.io.OutputStream out) throws IOException {
        java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        write(report, waivers, w);
        w.flush();
    }
}
