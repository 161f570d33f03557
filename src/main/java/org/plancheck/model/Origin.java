package org.plancheck.model;

/** Where a target or figure was stated: in an indicator table or in running text. */
public enum Origin implements Coded {
    TABLE("table"),
    TEXT("text");

    private final String code;

    Origin(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Origin parse(String code) {
        return Coded.parse(Origin.class, "origin", code);
    }
}
