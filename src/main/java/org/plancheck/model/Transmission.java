package org.plancheck.model;

/** How an upper target binds a lower plan (docs/domain.md, "transmission"). */
public enum Transmission implements Coded {
    /** Every lower plan in scope must be no weaker. */
    UNIFORM("uniform", "统一约束"),
    /** The upper plan splits the amount between lower units; checked against an allocation table. */
    QUOTA("quota", "指标分解"),
    /** The number comes from above (以省下达任务为准). */
    DEFERRED("deferred", "上级下达"),
    /** Compared with another indicator inside the lower plan. */
    RELATIVE("relative", "相对目标"),
    /** Levels legitimately differ by unit; a difference is information only. */
    INFORMATIONAL("informational", "参考信息");

    private final String code;
    private final String label;

    Transmission(String code, String label) {
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

    public static Transmission parse(String code) {
        return Coded.parse(Transmission.class, "transmission", code);
    }
}
