package org.plancheck.model;

/** Severity of a finding: breaking a binding target is an error, an expected one a warning. */
public enum Severity implements Coded {
    INFO("info", "提示"),
    WARNING("warning", "警告"),
    ERROR("error", "错误");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public static Severity parse(String code) {
        return Coded.parse(Severity.class, "severity", code);
    }
}
