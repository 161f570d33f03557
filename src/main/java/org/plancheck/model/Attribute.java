package org.plancheck.model;

/** Whether a target binds (约束性) or is expected (预期性). */
public enum Attribute {
    BINDING("约束性"),
    EXPECTED("预期性");

    private final String label;

    Attribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads 约束性/预期性 (and the short forms 约束/预期, or a binding star); null when the text names neither. */
    public static Attribute parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.contains("约束")) {
            return BINDING;
        }
        if (t.contains("预期")) {
            return EXPECTED;
        }
        if (t.equals("★") || t.equals("*") || t.equals("＊") || t.equals("☆")) {
            return BINDING;
        }
        return null;
    }
}
