package org.plancheck.model;

/** What kind of plan a document is. */
public enum PlanType {
    /** A county-level general plan (县市区“十五五”规划纲要). */
    COUNTY_GENERAL("countyGeneral", "县级总体规划"),
    /** A special plan at the upper plan's own level (市级专项规划). */
    SPECIAL("special", "专项规划"),
    /** A general plan at the upper plan's own level: the upper plan itself, checked against itself. */
    UPPER_GENERAL("upperGeneral", "上位总体规划"),
    /** Could not tell. */
    UNKNOWN("unknown", "未识别");

    private final String code;
    private final String label;

    PlanType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
