package org.plancheck.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plancheck.document.Glyph;

class PassagesTest {
    /** A line of 12 pt glyphs, one per character, from {@code x} on baseline {@code y}. */
    private static TextLine line(float x, float y, String text) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            glyphs.add(new Glyph(String.valueOf(text.charAt(i)), x + i * 12, y, 12, 9.6f));
        }
        return TextLine.of(1, glyphs);
    }

    /**
     * Paragraphs without a first-line indent: the numbered heading on its own short line is a passage of its own, so
     * the evidence of a target under it does not begin with the heading.
     */
    @Test
    void numberedHeadingIsNotPartOfTheParagraphUnderIt() {
        List<TextLine> lines = List.of(
                line(72, 100, "第一节 加强生态系统保护修复"),
                line(72, 120, "到2030年，全县森林覆盖率达到62%，草原综合植被盖度稳定在较高水平，湿地保护率达到"),
                line(72, 140, "70%以上。"),
                line(72, 160, "（二）持续深入打好污染防治攻坚战"),
                line(72, 180, "空气质量优良天数比率达到93%。"));
        List<String> texts = Passages.of(1, lines).stream().map(Passage::text).toList();
        assertEquals(List.of("第一节 加强生态系统保护修复",
                "到2030年，全县森林覆盖率达到62%，草原综合植被盖度稳定在较高水平，湿地保护率达到70%以上。",
                "（二）持续深入打好污染防治攻坚战", "空气质量优良天数比率达到93%。"), texts);
    }

    /** A sentence that merely starts with an ordinal word and runs to the margin is not a heading. */
    @Test
    void longLineStartingLikeAHeadingStaysInItsParagraph() {
        List<TextLine> lines = List.of(
                line(72, 100, "第一，到2030年，全县森林覆盖率达到62%，草原综合植被盖度稳定在较高水平，湿地保护率"),
                line(72, 120, "达到70%以上。"));
        assertEquals(1, Passages.of(1, lines).size());
    }
}
