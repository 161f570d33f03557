package org.plancheck.document;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The pages a reader would see, found by walking the page tree's {@code /Kids} (not by trusting its {@code /Count}):
 * a tree that declares another number of pages than it holds disagrees with itself, and a document whose pages
 * cannot be counted for sure cannot be checked (pages could go unread).
 */
final class PageTree {
    private PageTree() {
    }

    static List<PDPage> pages(PDDocument doc, int declared, int maxPages) throws UnreadableException {
        COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
        if (root == null) {
            throw new UnreadableException("没有页面树 (no page tree)");
        }
        List<COSDictionary> leaves = new ArrayList<>();
        walk(root, leaves, new IdentityHashMap<>(), 0, maxPages);
        if (leaves.size() != declared) {
            throw new UnreadableException("页面树自相矛盾：声明 " + declared + " 页，实际有 " + leaves.size()
                    + " 页（部分页面可能无法读到）");
        }
        // The document's own iterator gives pages that share its resource cache (fonts parsed once, not per page).
        List<PDPage> out = new ArrayList<>(leaves.size());
        for (PDPage page : doc.getPages()) {
            out.add(page);
        }
        if (out.size() != leaves.size()) {
            throw new UnreadableException("页面树自相矛盾：声明 " + declared + " 页，可遍历 " + out.size() + " 页");
        }
        return out;
    }

    private static void walk(COSDictionary node, List<COSDictionary> leaves, Map<COSDictionary, Boolean> seen,
                             int depth, int maxPages) throws UnreadableException {
        if (seen.put(node, Boolean.TRUE) != null) {
            throw new UnreadableException("页面树存在循环引用 (page tree loop)");
        }
        if (depth > 64) {
            throw new UnreadableException("页面树嵌套过深 (page tree too deep)");
        }
        COSBase kids = node.getDictionaryObject(COSName.KIDS);
        boolean isPages = COSName.PAGES.equals(node.getCOSName(COSName.TYPE)) || kids instanceof COSArray;
        if (!isPages) {
            leaves.add(node);
            if (leaves.size() > maxPages) {
                throw new UnreadableException("页数超过上限 " + maxPages + " 页（--max-pages）");
            }
            return;
        }
        if (!(kids instanceof COSArray array)) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            COSBase k = array.get(i);
            if (k instanceof COSObject o) {
                k = o.getObject();
            }
            if (k instanceof COSDictionary d) {
                walk(d, leaves, seen, depth + 1, maxPages);
            }
        }
    }
}
