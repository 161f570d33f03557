package org.plancheck.document;

import java.util.List;

/** What a page holds for extraction: its glyphs in reading order and its ruling lines. */
public record PageContent(int number, float width, float height, List<Glyph> glyphs, List<Ruling> rulings) {
}
