package org.plancheck.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.plancheck.layout.Layout;
import org.w3c.dom.Element;

/**
 * Opens a Word file for reading, failing closed: an encrypted document, another kind of Office or zip file, a broken
 * package, a zip bomb (an entry inflating past the size limit, or at a suspicious ratio) and too many parts are each
 * refused with a reason and a fix; an old binary .doc/.wps goes to {@link OldWord}. The package is opened read-only
 * and nothing in it is run: a macro-enabled .docm is read like a .docx, its macros ignored.
 */
final class WordFile {
    /** Smallest compressed/uncompressed ratio of an entry (POI's default): below it the package is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Most parts a package may hold. */
    static final long MAX_PARTS = 1000;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    static final String SAVE_AS = "请另存为 .docx 或 PDF 后重新检查";

    private WordFile() {
    }

    /** The layout of a Word file (.docx, .docm, .dotx, .doc, .wps), or why it cannot be read. */
    static Layout layout(Path file, int maxPages, long maxBytes) throws WordUnreadable {
        byte[] head = head(file);
        if (startsWith(head, OLE2)) {
            return compound(file, maxPages);
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new WordUnreadable("不是Word文档（既不是 .docx 压缩包，也不是旧版 .doc 复合文档）", SAVE_AS);
        }
        entries(file);
        OPCPackage pkg = open(file, maxBytes);
        try {
            PackagePart main = mainPart(pkg);
            String type = main.getContentType();
            if (!isWord(type)) {
                throw new WordUnreadable("不是Word文档（" + kind(type) + "）", "提供规划的 Word（.docx）或 PDF 文件");
            }
            try (XWPFDocument doc = new XWPFDocument(pkg)) {
                Styles styles;
                try {
                    styles = new Styles(stylesRoot(doc));
                } catch (Exception e) {
                    styles = new Styles(null);
                }
                List<String> running = new ArrayList<>();
                for (XWPFHeaderFooter hf : doc.getHeaderList()) {
                    running.addAll(List.of(hf.getText().split("\n")));
                }
                for (XWPFHeaderFooter hf : doc.getFooterList()) {
                    running.addAll(List.of(hf.getText().split("\n")));
                }
                Element body = (Element) doc.getDocument().getBody().getDomNode();
                return WordLayout.of(body, styles, new Numbering(doc.getNumbering()), running, maxPages);
            }
        } catch (IOException | POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw broken(e);
        } finally {
            pkg.revert();
        }
    }

    /** The w:styles element, or null for a document without a styles part. */
    private static Element stylesRoot(XWPFDocument doc) throws Exception {
        org.w3c.dom.Node n = doc.getStyle().getDomNode();
        return n instanceof org.w3c.dom.Document d ? d.getDocumentElement() : n instanceof Element e ? e : null;
    }

    private static byte[] head(Path file) throws WordUnreadable {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new WordUnreadable("无法读取文件 (" + e.getMessage() + ")", "检查文件权限后重新检查");
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * An OLE2 compound file: an encrypted OOXML package (refused), an old .doc/.wps (read by {@link OldWord}), or
     * another Office file (refused).
     */
    private static Layout compound(Path file, int maxPages) throws WordUnreadable {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new WordUnreadable("文档已加密，需要密码 (encrypted)",
                        "请去除打开密码（或提供未加密的版本）后重新检查");
            }
            if (root.hasEntry("WordDocument")) {
                return OldWord.layout(root, maxPages);
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw new WordUnreadable("不是Word文档（Excel 工作簿）", "提供规划的 Word（.docx）或 PDF 文件");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new WordUnreadable("不是Word文档（PowerPoint 演示文稿）", "提供规划的 Word（.docx）或 PDF 文件");
            }
            throw new WordUnreadable("不是Word文档（未知的 OLE2 复合文档）", SAVE_AS);
        } catch (IOException | RuntimeException e) {
            throw new WordUnreadable("文档已损坏，无法打开（OLE2 复合文档结构异常）", SAVE_AS);
        }
    }

    /**
     * What the zip's directory says it is (read without inflating anything): an Office package has
     * [Content_Types].xml; an OpenDocument file a mimetype entry; anything else is not a Word document.
     */
    private static void entries(Path file) throws WordUnreadable {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            java.util.Enumeration<? extends java.util.zip.ZipEntry> e = zip.entries();
            while (e.hasMoreElements() && names.size() <= MAX_PARTS) {
                names.add(e.nextElement().getName());
            }
        } catch (IOException | RuntimeException e) {
            throw new WordUnreadable("Word 文档已损坏或不完整，无法解析（压缩包结构异常）",
                    "在 Word 或 WPS 中打开确认后另存为 .docx 或 PDF");
        }
        if (names.size() > MAX_PARTS) {
            throw new WordUnreadable("压缩包内文件超过 " + MAX_PARTS + " 个，疑似异常文档，未读取", SAVE_AS);
        }
        if (names.contains("[Content_Types].xml")) {
            return;
        }
        if (names.contains("mimetype") || names.contains("content.xml")) {
            throw new WordUnreadable("不是Word文档（OpenDocument 文本 .odt）", SAVE_AS);
        }
        throw new WordUnreadable("不是Word文档（压缩包中没有 Office 文档）", "提供规划的 Word（.docx）或 PDF 文件");
    }

    /** Opens the package read-only with the zip-bomb limits set from the size limit. */
    private static OPCPackage open(Path file, long maxBytes) throws WordUnreadable {
        synchronized (WordFile.class) {
            // POI keeps these limits in static fields; every open sets them for its own document
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(Math.max(1, maxBytes));
            ZipSecureFile.setMaxFileCount(MAX_PARTS);
            try {
                return OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (ODFNotOfficeXmlFileException e) {
                throw new WordUnreadable("不是Word文档（OpenDocument 文本 .odt）", SAVE_AS);
            } catch (NotOfficeXmlFileException e) {
                throw new WordUnreadable("不是Word文档（压缩包中没有 Office 文档）", "提供规划的 Word（.docx）或 PDF 文件");
            } catch (InvalidFormatException | RuntimeException e) {
                throw broken(e);
            }
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws WordUnreadable {
        List<PackagePart> parts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (parts.isEmpty()) {
            if (!pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
                throw new WordUnreadable("Strict Open XML 格式的 Word 文档暂不支持",
                        "在 Word 中另存为「Word 文档（*.docx）」或 PDF 后重新检查");
            }
            throw new WordUnreadable("文档已损坏（压缩包中没有主文档部件）", SAVE_AS);
        }
        return parts.get(0);
    }

    private static boolean isWord(String type) {
        return type.equals(XWPFRelation.DOCUMENT.getContentType())
                || type.equals(XWPFRelation.MACRO_DOCUMENT.getContentType())
                || type.equals(XWPFRelation.TEMPLATE.getContentType())
                || type.equals(XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType());
    }

    private static String kind(String type) {
        if (type.contains("spreadsheetml") || type.contains("ms-excel")) {
            return "Excel 工作簿";
        }
        if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            return "PowerPoint 演示文稿";
        }
        return "主文档类型 " + type;
    }

    /** A broken package or one refused by the zip-bomb limits, in the reviewer's words. */
    static WordUnreadable broken(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null && all.length() < 2000; t = t.getCause()) {
            all.append(' ').append(t.getMessage());
        }
        String m = all.toString();
        if (m.contains("Zip bomb") || m.contains("max size of the expanded") || m.contains("max. ratio")) {
            String what = m.contains("ratio") ? "压缩比异常" : "解压后超过大小上限（--max-mb）";
            return new WordUnreadable("压缩包异常：文档部件" + what + "，疑似 zip 炸弹，未读取",
                    "确认文件来源；如确为正常文档，请另存为 PDF 或用 --max-mb 提高上限");
        }
        if (m.contains("max file count") || m.contains("MaxFileCount")) {
            return new WordUnreadable("压缩包内文件超过 " + MAX_PARTS + " 个，疑似异常文档，未读取", SAVE_AS);
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("encrypt")) {
            return new WordUnreadable("文档已加密，需要密码 (encrypted)", "请去除打开密码（或提供未加密的版本）后重新检查");
        }
        return new WordUnreadable("Word 文档已损坏或不完整，无法解析", "在 Word 或 WPS 中打开确认后另存为 .docx 或 PDF");
    }
}
