package org.plancheck.document;

/**
 * PDFBox builds two large tables the first time a document's fonts are read: every one- and two-byte string a
 * ToUnicode map can name (fontbox's {@code CMapStrings}, 65,792 strings) and the Adobe glyph list (4,500 names). In a
 * fresh JVM that is about 0.2 s of the first document's reading. {@link #prepare} builds them on a thread of their
 * own while the command line is still being parsed, when the second core has nothing else to do; a reader that
 * needs them first simply waits for the class initialisation to finish (the JVM never runs it twice).
 */
public final class FontTables {
    private static final String[] CLASSES = {"org.apache.fontbox.cmap.CMapStrings",
        "org.apache.pdfbox.pdmodel.font.encoding.GlyphList"};

    private FontTables() {
    }

    /** Starts building the tables on a daemon thread; returns at once. */
    public static void prepare() {
        Thread t = new Thread(() -> {
            for (String c : CLASSES) {
                try {
                    Class.forName(c, true, FontTables.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    // a PDFBox without this table: nothing to prepare, the reader works as before
                }
            }
        }, "plancheck-font-tables");
        t.setDaemon(true);
        t.start();
    }
}
