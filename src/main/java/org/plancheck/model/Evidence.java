package org.plancheck.model;

/** Where a finding stands in the lower plan: page (1-based, 0 when the whole document) and verbatim text. */
public record Evidence(int page, String text) {
    public static Evidence none() {
        return new Evidence(0, "");
    }
}
