package org.plancheck.layout;

/**
 * A line of the opening pages, with what tells a title from body text: its size and whether it is centred.
 *
 * @param page     page number
 * @param text     the line's text
 * @param em       font size in points
 * @param centred  centred on the page
 * @param running  a running header or footer repeated on many pages
 */
public record TitleLine(int page, String text, float em, boolean centred, boolean running) {
}
