package org.plancheck.model;

/** Where a target or figure was stated: in an indicator table or in running text. */
public enum Origin {
    TABLE("table"),
    TEXT("text");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Origin parse(String code) {
        for (Origin o : values()) {
            if (o.code.equalsIgnoreCase(code.strip())) {
                return o;
            }
        }
        throw new IllegalArgumentException("origin must be table or text, not '" + code + "'");
    }
}
