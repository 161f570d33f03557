package org.plancheck.model;

/** Severity of a finding: breaking a binding target is an error, an expected one a warning. */
public enum Severity {
    INFO("info", "提示"),
    WARNING("warning", "警告"),
    ERROR("error", "错误");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

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
        for (Severity s : values()) {
            if (s.code.equalsIgnoreCase(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("severity must be error, warning or info, not '" + code + "'");
    }
}
