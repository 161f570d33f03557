package org.plancheck.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A document's styles (styles.xml), resolved the way Word resolves them: a property set on the paragraph or run
 * itself, else on its style and the styles that one is based on, else in the document defaults.
 */
final class Styles {
    /** Half-points of Word's own default size when a document states none (10 pt). */
    private static final int DEFAULT_HALF_POINTS = 20;
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题)\\s*([1-9])");

    private final Map<String, Element> byId = new HashMap<>();
    private final String defaultParagraph;
    private final Element defaultRunProps;
    private final Element defaultParagraphProps;

    /** From the root of styles.xml ({@code w:styles}); null for a document without styles. */
    Styles(Node root) {
        String def = null;
        for (Element s : Xml.children(root)) {
            if (Xml.is(s, "style")) {
                String id = Xml.attr(s, "styleId");
                if (id != null) {
                    byId.putIfAbsent(id, s);
                }
                if ("paragraph".equals(Xml.attr(s, "type")) && truthy(Xml.attr(s, "default")) && def == null) {
                    def = id;
                }
            }
        }
        defaultParagraph = def;
        Element defaults = Xml.child(root, "docDefaults");
        defaultRunProps = Xml.path(defaults, "rPrDefault", "rPr");
        defaultParagraphProps = Xml.path(defaults, "pPrDefault", "pPr");
    }

    private static boolean truthy(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    /** The paragraph's style id: its pStyle, else the default paragraph style (null when none). */
    String paragraphStyle(Element pPr) {
        String id = Xml.val(Xml.child(pPr, "pStyle"));
        return id != null && byId.containsKey(id) ? id : defaultParagraph;
    }

    /** A paragraph property (pPr/{@code name}): on the paragraph, its style chain, then the defaults. */
    Element paragraphProperty(Element pPr, String styleId, String name) {
        Element direct = Xml.child(pPr, name);
        if (direct != null) {
            return direct;
        }
        Element inStyle = inChain(styleId, "pPr", name);
        return inStyle != null ? inStyle : Xml.child(defaultParagraphProps, name);
    }

    /**
     * A run property (rPr/{@code name}): on the run, its character style chain, the paragraph style chain, then the
     * defaults.
     */
    Element runProperty(Element rPr, String paragraphStyle, String name) {
        Element direct = Xml.child(rPr, name);
        if (direct != null) {
            return direct;
        }
        String rStyle = Xml.val(Xml.child(rPr, "rStyle"));
        Element e = inChain(rStyle, "rPr", name);
        if (e == null) {
            e = inChain(paragraphStyle, "rPr", name);
        }
        return e != null ? e : Xml.child(defaultRunProps, name);
    }

    /** The run's font size in points. */
    float runSize(Element rPr, String paragraphStyle) {
        return Xml.intVal(runProperty(rPr, paragraphStyle, "sz"), DEFAULT_HALF_POINTS) / 2f;
    }

    /** Hidden text (w:vanish): not what a reader sees. */
    boolean hidden(Element rPr, String paragraphStyle) {
        return Xml.on(runProperty(rPr, paragraphStyle, "vanish"));
    }

    /** Centred (jc center). */
    boolean centred(Element pPr, String styleId) {
        String jc = Xml.val(paragraphProperty(pPr, styleId, "jc"));
        return "center".equals(jc);
    }

    /**
     * The heading level 0–8 of a paragraph: its outline level (direct or by style), else a style named
     * 「heading N」/「标题 N」; -1 for body text.
     */
    int outlineLevel(Element pPr, String styleId) {
        Element o = paragraphProperty(pPr, styleId, "outlineLvl");
        if (o != null) {
            int v = Xml.intVal(o, 9);
            return v >= 0 && v < 9 ? v : -1;
        }
        String name = name(styleId);
        if (name != null) {
            Matcher m = HEADING_NAME.matcher(name.toLowerCase(Locale.ROOT));
            if (m.matches()) {
                return Integer.parseInt(m.group(1)) - 1;
            }
        }
        return -1;
    }

    /** The style's name (「heading 1」), or null. */
    String name(String styleId) {
        Element s = styleId == null ? null : byId.get(styleId);
        return s == null ? null : Xml.val(Xml.child(s, "name"));
    }

    /** A table property (tblPr/{@code name}) on the table's style chain. */
    Element tableStyleProperty(String styleId, String name) {
        return inChain(styleId, "tblPr", name);
    }

    /** {@code props}/{@code name} on the style and the styles it is based on (loops and deep chains stop). */
    private Element inChain(String styleId, String props, String name) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 16; depth++) {
            Element s = byId.get(id);
            if (s == null) {
                return null;
            }
            Element e = Xml.path(s, props, name);
            if (e != null) {
                return e;
            }
            id = Xml.val(Xml.child(s, "basedOn"));
        }
        return null;
    }
}
