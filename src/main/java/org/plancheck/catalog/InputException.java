package org.plancheck.catalog;

import java.nio.file.Path;

/** A bad input file (catalog, quotas, assignments, rules): names the file, the line and the reason, one line. */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;

    public InputException(Path file, int line, String reason) {
        super(reason);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** "file:line: reason" (line omitted when 0). */
    public String oneLine() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + getMessage();
    }
}
