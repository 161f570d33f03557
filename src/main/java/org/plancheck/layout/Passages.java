package org.plancheck.layout;

import java.util.ArrayList;
import java.util.List;

/** Running text cut into paragraphs. */
final class Passages {
    private Passages() {
    }

    /**
     * Lines joined into paragraphs: a paragraph ends where a line ends short of the right margin after a sentence or
     * heading, where the next line is indented (a first-line indent), or at a wider gap between lines. A line ragged
     * only because a number did not fit («达到 / 1500 MW») does not end it. A numbered heading alone on a short line
     * is a paragraph of its own.
     */
    private static Passage passage(int page, StringBuilder text, List<Float> conf) {
        if (conf == null) {
            return new Passage(page, text.toString());
        }
        float[] c = new float[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = i < conf.size() ? conf.get(i) : 1f;
        }
        return new Passage(page, text.toString(), List.of(), null, c);
    }

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile(
            "(第[一二三四五六七八九十百〇零\\d]+[篇章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[^。！？；，,;]{1,30}");

    static List<Passage> of(int page, List<TextLine> lines) {
        List<Passage> out = new ArrayList<>();
        List<TextLine> body = new ArrayList<>();
        float right = 0;
        float left = Float.MAX_VALUE;
        for (TextLine l : lines) {
            String s = l.text().strip();
            if (s.isEmpty() || s.replace('\u00A0', ' ').matches("[-—–－·\\s\\dIVXivx第页/]*")) {
                continue;
            }
            body.add(l);
            right = Math.max(right, l.right());
            left = Math.min(left, l.x());
        }
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < body.size(); i++) {
            steps.add(body.get(i).y() - body.get(i - 1).y());
        }
        steps.sort(Float::compare);
        float step = steps.isEmpty() ? Float.MAX_VALUE : steps.get(steps.size() / 2);
        StringBuilder cur = new StringBuilder();
        boolean ocr = body.stream().anyMatch(TextLine::uncertain);
        List<Float> conf = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            TextLine l = body.get(i);
            String s = l.text().strip();
            cur.append(s);
            if (ocr) {
                float[] c = l.confidences();
                int lead = l.text().length() - l.text().stripLeading().length();
                for (int k = 0; k < s.length(); k++) {
                    conf.add(lead + k < c.length ? c[lead + k] : 1f);
                }
            }
            TextLine next = i + 1 < body.size() ? body.get(i + 1) : null;
            float h = l.height();
            boolean endsShort = l.right() < right - 2.5f * h;
            boolean closes = s.matches(".*[。！？：:；;”」]$");
            boolean nextIndented = next != null && next.x() > left + 1.2f * h && next.x() < left + 4f * h;
            boolean gap = next != null && next.y() - l.y() > 1.6f * step;
            boolean centred = l.x() > left + 4f * h;
            // a numbered heading on a line of its own (「第一节 加强生态系统保护修复」) is not the start of the paragraph
            // under it, even where paragraphs have no first-line indent
            boolean heading = endsShort && cur.length() == s.length() && HEADING.matcher(s).matches();
            if (next == null || nextIndented || gap || centred || heading || (endsShort && closes)) {
                out.add(passage(page, cur, ocr ? conf : null));
                cur.setLength(0);
                conf.clear();
            }
        }
        if (cur.length() > 0) {
            out.add(passage(page, cur, ocr ? conf : null));
        }
        return out;
    }
}
