package org.plancheck.docx;

/** Old binary Word and WPS documents (.doc, .wps: OLE2 compound files with a WordDocument stream). */
final class OldWord {
    private OldWord() {
    }

    static WordUnreadable refusal() {
        return new WordUnreadable("旧版二进制 Word/WPS 文档（.doc/.wps）暂不读取", WordFile.SAVE_AS);
    }
}
