package org.plancheck.model;

/** The verdict on one lower plan. */
public enum Status {
    PASS("通过"),
    FAIL("不通过"),
    UNVERIFIABLE("无法核验");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
