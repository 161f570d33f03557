package org.plancheck.layout;

/** A stretch of running text (a paragraph) with the page it starts on. */
public record Passage(int page, String text) {
}
