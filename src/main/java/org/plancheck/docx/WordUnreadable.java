package org.plancheck.docx;

/**
 * A Word document that cannot be read fully: the reason for the reviewer, in one line, and what would fix it.
 * The document is UNVERIFIABLE, never half-read.
 */
public final class WordUnreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final String fix;

    public WordUnreadable(String reason, String fix) {
        super(reason);
        this.fix = fix;
    }

    /** What the reviewer can do about it (「请另存为 .docx 或 PDF」), never null. */
    public String fix() {
        return fix;
    }
}
