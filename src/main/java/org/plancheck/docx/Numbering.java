package org.plancheck.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.w3c.dom.Element;

/**
 * Automatic list numbers (numbering.xml): the label Word prints before a numbered paragraph (「（一）」, 「1.」,
 * 「第一章」) is not in the paragraph's text, yet a reader sees it and list-style goals are recognised by it. Counts
 * per list and level the way Word does for the common formats; an unknown format gives its decimal number.
 */
final class Numbering {
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    private static final String HEAVENLY = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFNumbering numbering;
    private final Map<String, int[]> counters = new HashMap<>();

    Numbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of a paragraph with numbering properties ({@code numPr} direct or by style), or null. */
    String label(Element pPr, String styleId, Styles styles) {
        if (numbering == null) {
            return null;
        }
        Element numPr = styles.paragraphProperty(pPr, styleId, "numPr");
        String numId = Xml.val(Xml.child(numPr, "numId"));
        if (numId == null || numId.equals("0")) {
            return null;
        }
        int ilvl = Math.max(0, Math.min(8, Xml.intVal(Xml.child(numPr, "ilvl"), 0)));
        try {
            XWPFNum num = numbering.getNum(new BigInteger(numId.strip()));
            if (num == null || num.getCTNum() == null || num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abs == null || abs.getCTAbstractNum() == null) {
                return null;
            }
            Element absEl = (Element) abs.getCTAbstractNum().getDomNode();
            Element numEl = (Element) num.getCTNum().getDomNode();
            Element[] lvls = new Element[9];
            int[] starts = new int[9];
            for (Element l : Xml.children(absEl)) {
                if (Xml.is(l, "lvl")) {
                    int i = intAttr(l, "ilvl");
                    if (i >= 0 && i < 9) {
                        lvls[i] = l;
                        starts[i] = Xml.intVal(Xml.child(l, "start"), 1);
                    }
                }
            }
            for (Element o : Xml.children(numEl)) {
                if (Xml.is(o, "lvlOverride")) {
                    int i = intAttr(o, "ilvl");
                    Element so = Xml.child(o, "startOverride");
                    if (i >= 0 && i < 9 && so != null) {
                        starts[i] = Xml.intVal(so, starts[i]);
                    }
                    Element l = Xml.child(o, "lvl");
                    if (i >= 0 && i < 9 && l != null) {
                        lvls[i] = l;
                    }
                }
            }
            Element lvl = lvls[ilvl];
            if (lvl == null) {
                return null;
            }
            int[] c = counters.computeIfAbsent(numId, k -> {
                int[] init = new int[9];
                for (int i = 0; i < 9; i++) {
                    init[i] = starts[i] - 1;
                }
                return init;
            });
            c[ilvl]++;
            for (int i = ilvl + 1; i < 9; i++) {
                c[i] = starts[i] - 1;
            }
            String text = Xml.val(Xml.child(lvl, "lvlText"));
            String fmt = Xml.val(Xml.child(lvl, "numFmt"));
            if (text == null) {
                return null;
            }
            if ("bullet".equals(fmt)) {
                return text.isEmpty() || text.charAt(0) >= 0xE000 && text.charAt(0) < 0xF900 ? "•" : text;
            }
            if ("none".equals(fmt)) {
                return text.replaceAll("%\\d", "");
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                    int l = text.charAt(i + 1) - '1';
                    i++;
                    if (l >= 0 && l < 9) {
                        String f = l == ilvl ? fmt : lvls[l] == null ? "decimal" : Xml.val(Xml.child(lvls[l], "numFmt"));
                        b.append(format(Math.max(c[l], starts[l]), f));
                    }
                } else {
                    b.append(ch);
                }
            }
            return b.toString();
        } catch (RuntimeException e) {
            // a broken numbering part: the paragraph keeps its own text
            return null;
        }
    }

    private static int intAttr(Element e, String name) {
        try {
            return Integer.parseInt(String.valueOf(Xml.attr(e, name)).strip());
        } catch (NumberFormatException ex) {
            return -1;
        }
    }

    /** A list number in the given numFmt. */
    static String format(int n, String fmt) {
        if (fmt == null) {
            return Integer.toString(n);
        }
        switch (fmt) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "japaneseCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand", "ideographLegalTraditional" -> {
                return chinese(n);
            }
            case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> {
                StringBuilder b = new StringBuilder();
                for (char ch : Integer.toString(n).toCharArray()) {
                    b.append(DIGITS.charAt(ch - '0'));
                }
                return b.toString();
            }
            case "ideographTraditional" -> {
                return n >= 1 && n <= 10 ? String.valueOf(HEAVENLY.charAt(n - 1)) : Integer.toString(n);
            }
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> {
                return n >= 1 && n <= 20 ? String.valueOf(CIRCLED.charAt(n - 1)) : Integer.toString(n);
            }
            case "decimalFullWidth", "decimalFullWidth2" -> {
                StringBuilder b = new StringBuilder();
                for (char ch : Integer.toString(n).toCharArray()) {
                    b.append((char) ('０' + (ch - '0')));
                }
                return b.toString();
            }
            case "decimalZero" -> {
                return n < 10 ? "0" + n : Integer.toString(n);
            }
            case "lowerLetter", "upperLetter" -> {
                if (n < 1) {
                    return Integer.toString(n);
                }
                char base = fmt.startsWith("lower") ? 'a' : 'A';
                return String.valueOf((char) (base + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
            }
            case "lowerRoman", "upperRoman" -> {
                String r = roman(n);
                return fmt.startsWith("lower") ? r.toLowerCase(java.util.Locale.ROOT) : r;
            }
            default -> {
                return Integer.toString(n);
            }
        }
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
    static String chinese(int n) {
        if (n <= 0 || n >= 1000) {
            return Integer.toString(n);
        }
        int h = n / 100;
        int t = n / 10 % 10;
        int u = n % 10;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(DIGITS.charAt(h)).append('百');
            if (t == 0 && u > 0) {
                b.append('零');
            }
        }
        if (t > 0) {
            if (t > 1 || h > 0) {
                b.append(DIGITS.charAt(t));
            }
            b.append('十');
        }
        if (u > 0) {
            b.append(DIGITS.charAt(u));
        }
        return b.toString();
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            while (n >= v[i]) {
                b.append(s[i]);
                n -= v[i];
            }
        }
        return b.toString();
    }
}
