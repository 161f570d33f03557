package org.plancheck.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word package written by hand, part by part, so a test states exactly the WordprocessingML it reads (merged
 * cells, rendered page breaks, text boxes, hidden text …) or the broken package it must refuse.
 */
final class Docx {
    static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    static final String NS = W + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    static final String DOCM_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml";

    private String body = "";
    private String styles;
    private String mainType = DOCX_TYPE;
    private final Map<String, byte[]> extra = new LinkedHashMap<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final StringBuilder documentRels = new StringBuilder();

    static Docx body(String xml) {
        Docx d = new Docx();
        d.body = xml;
        return d;
    }

    Docx styles(String xml) {
        styles = xml;
        return this;
    }

    Docx macroEnabled() {
        mainType = DOCM_TYPE;
        extra.put("word/vbaProject.bin", "Attribute VB_Name = \"Module1\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub"
                .getBytes(StandardCharsets.US_ASCII));
        overrides.put("/word/vbaProject.bin", "application/vnd.ms-office.vbaProject");
        documentRels.append("<Relationship Id=\"rIdVba\" Type=\"http://schemas.microsoft.com/office/2006/relationships/"
                + "vbaProject\" Target=\"vbaProject.bin\"/>");
        return this;
    }

    Docx header(String xml) {
        extra.put("word/header1.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr " + W + ">"
                + xml + "</w:hdr>").getBytes(StandardCharsets.UTF_8));
        overrides.put("/word/header1.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        documentRels.append("<Relationship Id=\"rIdH1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/header\" Target=\"header1.xml\"/>");
        return this;
    }

    /** A numbering part (w:abstractNum and w:num elements). */
    Docx numbering(String xml) {
        extra.put("word/numbering.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering "
                + W + ">" + xml + "</w:numbering>").getBytes(StandardCharsets.UTF_8));
        overrides.put("/word/numbering.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
        documentRels.append("<Relationship Id=\"rIdN\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/numbering\" Target=\"numbering.xml\"/>");
        return this;
    }

    /** Another entry of the zip, as is. */
    Docx entry(String name, byte[] content) {
        extra.put(name, content);
        return this;
    }

    void write(Path file) throws IOException {
        Files.write(file, bytes());
    }

    byte[] bytes() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"" + mainType + "\"/>");
            if (styles != null) {
                types.append("<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.styles+xml\"/>");
            }
            overrides.forEach((k, v) -> types.append("<Override PartName=\"").append(k).append("\" ContentType=\"")
                    .append(v).append("\"/>"));
            types.append("</Types>");
            put(z, "[Content_Types].xml", types.toString());
            put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            if (styles != null) {
                rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/styles\" Target=\"styles.xml\"/>");
            }
            rels.append(documentRels).append("</Relationships>");
            put(z, "word/_rels/document.xml.rels", rels.toString());
            String sect = extra.containsKey("word/header1.xml")
                    ? "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdH1\"/></w:sectPr>" : "";
            put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                    + NS + "><w:body>" + body + sect + "</w:body></w:document>");
            if (styles != null) {
                put(z, "word/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles "
                        + W + ">" + styles + "</w:styles>");
            }
            for (Map.Entry<String, byte[]> e : extra.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    // ---- WordprocessingML snippets

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
    }

    static String p(String pPr, String runs) {
        return "<w:p>" + (pPr.isEmpty() ? "" : "<w:pPr>" + pPr + "</w:pPr>") + runs + "</w:p>";
    }

    static String r(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    static String r(String rPr, String text) {
        return "<w:r><w:rPr>" + rPr + "</w:rPr><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r>";
    }

    static String heading(int level, String text) {
        return p("<w:pStyle w:val=\"Heading" + level + "\"/>", r(text));
    }

    /** Styles with Heading1–3 (outline levels 0–2) and a Normal default of 12 pt. */
    static String headingStyles() {
        StringBuilder b = new StringBuilder("<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr>"
                + "</w:rPrDefault></w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                + "<w:name w:val=\"Normal\"/></w:style>");
        for (int i = 1; i <= 3; i++) {
            b.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(i).append("\"><w:name w:val=\"heading ")
                    .append(i).append("\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"")
                    .append(i - 1).append("\"/></w:pPr><w:rPr><w:sz w:val=\"32\"/></w:rPr></w:style>");
        }
        return b.toString();
    }

    /** A table from rows of cell XML (each cell's tcPr and text given by {@link #tc}). */
    static String table(String tblPr, int columns, String... rows) {
        StringBuilder b = new StringBuilder("<w:tbl><w:tblPr>" + tblPr + "</w:tblPr><w:tblGrid>");
        for (int i = 0; i < columns; i++) {
            b.append("<w:gridCol w:w=\"1200\"/>");
        }
        b.append("</w:tblGrid>");
        for (String r : rows) {
            b.append(r);
        }
        return b.append("</w:tbl>").toString();
    }

    static String tr(String trPr, String... cells) {
        StringBuilder b = new StringBuilder("<w:tr>" + (trPr.isEmpty() ? "" : "<w:trPr>" + trPr + "</w:trPr>"));
        for (String c : cells) {
            b.append(c);
        }
        return b.append("</w:tr>").toString();
    }

    /** A plain row of texts. */
    static String row(String... texts) {
        String[] cells = new String[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = tc("", texts[i]);
        }
        return tr("", cells);
    }

    static String tc(String tcPr, String text) {
        return "<w:tc>" + (tcPr.isEmpty() ? "" : "<w:tcPr>" + tcPr + "</w:tcPr>") + p(text) + "</w:tc>";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void copy(Path from, OutputStream to) throws IOException {
        Files.copy(from, to);
    }
}
