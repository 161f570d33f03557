package org.plancheck.report;

import java.io.IOException;
import org.plancheck.model.CheckReport;

/**
 * Writes a {@link CheckReport} in one format. Every format shows every finding; suppressed and baselined ones are
 * marked with their {@link Waiver}. Implementations keep no state between calls.
 */
public interface Reporter {

    /** The format name used on the command line (text, json, html, md, sarif, junit, opinion). */
    String format();

    /** The usual file extension, without the dot. */
    String extension();

    void write(CheckReport report, Waivers waivers, Appendable out) throws IOException;

    default void write(CheckReport report, Appendable out) throws IOException {
        write(report, Waivers.none(), out);
    }
}
