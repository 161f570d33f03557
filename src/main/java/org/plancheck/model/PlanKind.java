package org.plancheck.model;

/** What kind of document a plan is (docs/domain.md, "Which document is it?"). */
public enum PlanKind implements Coded {
    /** 国民经济和社会发展规划纲要: judged on every binding indicator in its scope. */
    GENERAL("general", "总体规划（规划纲要）"),
    /** 专项规划 of one domain (能源, 教育 …): judged on the binding indicators of its domain only. */
    SPECIAL("special", "专项规划"),
    /** 年度计划, or the year's 主要预期目标 of a 政府工作报告: judged on the targets of that year. */
    ANNUAL("annual", "年度计划"),
    /** Something else (a notice, an article, an implementation scheme): not judged. */
    OTHER("other", "其他文件"),
    /** Could not tell: the document stays unverified until the reviewer states it (--kind). */
    UNKNOWN("unknown", "未识别");

    private final String code;
    private final String label;

    PlanKind(String code, String label) {
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

    public static PlanKind parse(String code) {
        return Coded.parse(PlanKind.class, "kind", code);
    }
}
