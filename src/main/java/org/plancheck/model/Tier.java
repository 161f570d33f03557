package org.plancheck.model;

/** Where a plan's jurisdiction stands relative to the upper plan's. */
public enum Tier implements Coded {
    /** The upper plan's own jurisdiction (永州市's special plans, or the upper plan itself). */
    SAME("same", "上位规划同一辖区"),
    /** One of its lower units (a county, a district, a prefecture-level city of a province). */
    LOWER("lower", "下级辖区"),
    /** Jurisdiction not recognised. */
    UNKNOWN("unknown", "未识别");

    private final String code;
    private final String label;

    Tier(String code, String label) {
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

    public static Tier parse(String code) {
        return Coded.parse(Tier.class, "tier", code);
    }
}
