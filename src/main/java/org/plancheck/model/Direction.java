package org.plancheck.model;

/** Which way an indicator is better: most are better higher; unemployment, PM2.5, accident rates better lower. */
public enum Direction implements Coded {
    HIGHER("higher", "越高越好"),
    LOWER("lower", "越低越好");

    private final String code;
    private final String label;

    Direction(String code, String label) {
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

    public static Direction parse(String code) {
        return Coded.parse(Direction.class, "direction", code);
    }
}
