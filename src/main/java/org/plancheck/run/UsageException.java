package org.plancheck.run;

/** An option's value that cannot be used (a jurisdiction the upper plan does not list …): exit code 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
