package org.plancheck.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Walking WordprocessingML as DOM: children and attributes of the {@code w:} namespace by local name. */
final class Xml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private Xml() {
    }

    /** The element's children that are elements, in order. */
    static List<Element> children(Node n) {
        List<Element> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of a node and its descendants (xmlbeans' DOM is level 2: no getTextContent). */
    static String text(Node n) {
        StringBuilder b = new StringBuilder();
        text(n, b);
        return b.toString();
    }

    private static void text(Node n, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            short t = c.getNodeType();
            if (t == Node.TEXT_NODE || t == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            } else if (t == Node.ELEMENT_NODE) {
                text(c, b);
            }
        }
    }

    /** The first child {@code w:name}, or null. */
    static Element child(Node n, String name) {
        if (n == null) {
            return null;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && is(e, name)) {
                return e;
            }
        }
        return null;
    }

    /** {@code w:name} under {@code w:a} under {@code n}: a path of local names in the w namespace. */
    static Element path(Node n, String... names) {
        Node cur = n;
        for (String name : names) {
            cur = child(cur, name);
            if (cur == null) {
                return null;
            }
        }
        return (Element) cur;
    }

    static boolean is(Element e, String name) {
        return name.equals(e.getLocalName()) && W.equals(e.getNamespaceURI());
    }

    /** The {@code w:val} attribute, or null when absent. */
    static String val(Element e) {
        return attr(e, "val");
    }

    /** A {@code w:}-namespaced attribute, or null when absent. */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, name);
        if (v == null || v.isEmpty()) {
            v = e.hasAttributeNS(W, name) ? "" : null;
        }
        return v;
    }

    /** A toggle property ({@code <w:vanish/>}, {@code <w:tblHeader w:val="true"/>}): on unless val says off. */
    static boolean on(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** An integer attribute value, or {@code fallback}. */
    static int intVal(Element e, int fallback) {
        String v = val(e);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
