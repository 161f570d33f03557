package org.plancheck.document;

/** The document cannot be read fully; the message is the one-line reason, in Chinese, for the reviewer. */
public class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableException(String reason) {
        super(reason);
    }
}
