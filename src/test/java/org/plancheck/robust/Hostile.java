package org.plancheck.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Hostile PDFs, written byte by byte (PDFBox would refuse to write most of them): decompression bombs and a
 * content stream that runs for ever. Used by the robustness tests and by {@code scripts/hostile/probe.sh}
 * ({@code java -cp … org.plancheck.robust.Hostile DIR} writes them all into DIR).
 */
public final class Hostile {
    private Hostile() {
    }

    /** Writes every hostile PDF into {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        objectStreamBomb(dir.resolve("bomb-objstm.pdf"), 6L << 30);
        contentBomb(dir.resolve("bomb-content.pdf"), 6L << 30);
        formBomb(dir.resolve("slow-forms.pdf"), 9, 10);
        glyphFlood(dir.resolve("glyph-flood.pdf"), 8_000_000);
        manyPages(BadInputTest.GOOD, dir.resolve("pages-2000.pdf"), 2000);
        armed(Path.of("src", "test", "resources", "extract", "jianghua-star.pdf"), dir.resolve("armed.pdf"));
    }

    /**
     * {@code pages} pages, each the source's first page (content and fonts shared, so the file stays small: the
     * cost is in the page count, not the bytes).
     */
    public static void manyPages(Path source, Path out, int pages) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument src = org.apache.pdfbox.Loader.loadPDF(source.toFile());
             org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage first = src.getPage(0);
            for (int i = 0; i < pages; i++) {
                org.apache.pdfbox.pdmodel.PDPage p = new org.apache.pdfbox.pdmodel.PDPage(first.getMediaBox());
                p.setResources(first.getResources());
                p.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.CONTENTS,
                        first.getCOSObject().getItem(org.apache.pdfbox.cos.COSName.CONTENTS));
                doc.addPage(p);
            }
            doc.save(out.toFile());
        }
    }

    /**
     * One page showing {@code glyphs} characters in a standard font (1 glyph = 1 byte of content, deflated to
     * almost nothing, under the per-stream limit when below 64 M): every glyph becomes an object while the page is
     * read, so the heap, not the file, is what runs out.
     */
    public static void glyphFlood(Path file, int glyphs) throws IOException {
        Body b = new Body("1.4");
        b.object("<< /Type /Catalog /Pages 2 0 R >>");
        b.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
                + " /Contents 4 0 R >>");
        byte[] head = "BT /F1 1 Tf 10 400 Td (".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = ") Tj ET".getBytes(StandardCharsets.ISO_8859_1);
        byte[] content = new byte[head.length + glyphs + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        java.util.Arrays.fill(content, head.length, head.length + glyphs, (byte) 'x');
        System.arraycopy(tail, 0, content, head.length + glyphs, tail.length);
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(content);
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        b.stream("/Filter /FlateDecode", z.toByteArray());
        b.object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        b.xrefTable(1);
        b.write(file);
    }

    /** A deflate (zlib) stream of {@code size} zero bytes, built from repeated 1 MB blocks in milliseconds. */
    static byte[] zeros(long size) {
        int mb = 1 << 20;
        byte[] block = new byte[mb];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(block);
        byte[] buf = new byte[64 << 10];
        int n = d.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH);
        d.end();
        // each chunk starts without history, ends byte-aligned (sync flush): chunks can be concatenated
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xDA);
        long full = size / mb;
        for (long i = 0; i < full; i++) {
            out.write(buf, 0, n);
        }
        Adler32 adler = new Adler32();
        for (long i = 0; i < full; i++) {
            adler.update(block);
        }
        int rest = (int) (size % mb);
        Deflater last = new Deflater(Deflater.BEST_COMPRESSION, true);
        last.setInput(new byte[rest]);
        last.finish();
        while (!last.finished()) {
            int k = last.deflate(buf);
            out.write(buf, 0, k);
        }
        last.end();
        adler.update(new byte[rest]);
        long a = adler.getValue();
        out.write((int) (a >>> 24));
        out.write((int) (a >>> 16));
        out.write((int) (a >>> 8));
        out.write((int) a);
        return out.toByteArray();
    }

    /** A PDF body: numbered objects, their offsets, then a trailer. */
    static final class Body {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final List<Long> offsets = new ArrayList<>();

        Body(String version) {
            ascii("%PDF-" + version + "\n%\u00e2\u00e3\u00cf\u00d3\n");
        }

        void ascii(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
        }

        /** Object number {@code offsets.size() + 1}. */
        int object(String dict) {
            offsets.add((long) out.size());
            int n = offsets.size();
            ascii(n + " 0 obj\n" + dict + "\nendobj\n");
            return n;
        }

        int stream(String dict, byte[] data) {
            offsets.add((long) out.size());
            int n = offsets.size();
            ascii(n + " 0 obj\n<< " + dict + " /Length " + data.length + " >>\nstream\n");
            out.writeBytes(data);
            ascii("\nendstream\nendobj\n");
            return n;
        }

        /** A classic cross-reference table and trailer. */
        void xrefTable(int root) {
            long at = out.size();
            StringBuilder b = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (long o : offsets) {
                b.append(String.format("%010d 00000 n \n", o));
            }
            b.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root ").append(root)
                    .append(" 0 R >>\nstartxref\n").append(at).append("\n%%EOF\n");
            ascii(b.toString());
        }

        void write(Path file) throws IOException {
            try (OutputStream o = Files.newOutputStream(file)) {
                out.writeTo(o);
            }
        }
    }

    /**
     * The page tree lives in a compressed object stream that inflates to {@code decoded} bytes (6 GB from 6 MB):
     * PDFBox inflates the whole stream into memory to find the pages.
     */
    public static void objectStreamBomb(Path file, long decoded) throws IOException {
        Body b = new Body("1.5");
        int catalog = b.object("<< /Type /Catalog /Pages 2 0 R >>");
        // object 2 (Pages) is only in the object stream; reserve its number
        b.offsets.add(-1L);
        int page = b.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        String pages = "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>";
        String head = "2 0 ";
        byte[] prefix = (head + pages + "\n").getBytes(StandardCharsets.ISO_8859_1);
        // the stream: the real object first, then zeros; inflating it yields the object and gigabytes of padding
        byte[] padding = zeros(decoded);
        byte[] data = concatZlib(prefix, padding);
        int objstm = b.stream("/Type /ObjStm /N 1 /First " + head.length() + " /Filter /FlateDecode", data);
        // cross-reference stream: type 1 = offset, type 2 = (object stream, index)
        int xref = b.offsets.size() + 1;
        long xrefAt = b.out.size();
        b.offsets.add(xrefAt);
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        row(rows, 0, 0, 0xFFFF);
        row(rows, 1, b.offsets.get(catalog - 1), 0);
        row(rows, 2, objstm, 0);
        row(rows, 1, b.offsets.get(page - 1), 0);
        row(rows, 1, b.offsets.get(objstm - 1), 0);
        row(rows, 1, xrefAt, 0);
        byte[] r = rows.toByteArray();
        b.ascii(xref + " 0 obj\n<< /Type /XRef /Size " + (xref + 1) + " /W [1 4 2] /Root " + catalog
                + " 0 R /Length " + r.length + " >>\nstream\n");
        b.out.writeBytes(r);
        b.ascii("\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n");
        b.write(file);
    }

    private static void row(ByteArrayOutputStream out, int type, long field2, int field3) {
        out.write(type);
        out.write((int) (field2 >>> 24));
        out.write((int) (field2 >>> 16));
        out.write((int) (field2 >>> 8));
        out.write((int) field2);
        out.write(field3 >>> 8);
        out.write(field3);
    }

    /** A zlib stream of {@code prefix} followed by the (raw deflate body of the) zero stream {@code zeros}. */
    private static byte[] concatZlib(byte[] prefix, byte[] zeros) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(prefix);
        byte[] buf = new byte[prefix.length + 256];
        int n = d.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
        d.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0xDA);
        out.write(buf, 0, n);
        // the zero body without its zlib header and checksum; the checksum over prefix+zeros is recomputed
        out.write(zeros, 2, zeros.length - 6);
        Adler32 a = new Adler32();
        a.update(prefix);
        // the checksum is only checked after everything was inflated: an approximate one is as hostile
        long v = a.getValue();
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
        return out.toByteArray();
    }

    /** A one-page PDF whose content stream inflates to {@code decoded} bytes of zeros. */
    public static void contentBomb(Path file, long decoded) throws IOException {
        Body b = new Body("1.4");
        b.object("<< /Type /Catalog /Pages 2 0 R >>");
        b.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        b.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>");
        b.stream("/Filter /FlateDecode", zeros(decoded));
        b.xrefTable(1);
        b.write(file);
    }

    /**
     * Forms that draw forms: form k draws form k−1 {@code fanout} times, the page draws form {@code depth}, so the
     * page costs fanout^depth form draws (10^9: hours) in a few hundred bytes. No glyph, no allocation: pure work.
     */
    public static void formBomb(Path file, int depth, int fanout) throws IOException {
        Body b = new Body("1.4");
        b.object("<< /Type /Catalog /Pages 2 0 R >>");
        b.object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        int top = 5 + depth;
        b.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /F " + top
                + " 0 R >> >> /Contents 4 0 R >>");
        b.stream("", "q /F Do Q".getBytes(StandardCharsets.ISO_8859_1));
        b.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10]",
                "q 1 0 0 1 0 0 cm Q".getBytes(StandardCharsets.ISO_8859_1));
        for (int k = 1; k <= depth; k++) {
            int below = 4 + k;
            b.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /F " + below
                    + " 0 R >> >>", "/F Do ".repeat(fanout).getBytes(StandardCharsets.ISO_8859_1));
        }
        b.xrefTable(1);
        b.write(file);
    }

    private static PDActionJavaScript js() {
        return new PDActionJavaScript("app.alert('pwned');");
    }

    /**
     * {@code source} with every kind of active content added: JavaScript (open action, name tree, bookmark), an XFA
     * form, a page action launching a program, a link out, an attached file and its annotation; and one link within
     * the document, which must stay.
     */
    public static void armed(Path source, Path out) throws IOException {
        try (PDDocument doc = Loader.loadPDF(source.toFile())) {
            doc.getDocumentCatalog().setOpenAction(js());
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("init", js()));
            names.setJavascript(scripts);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("payload.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(
                    "MZ payload".getBytes(StandardCharsets.US_ASCII))));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", spec));
            names.setEmbeddedFiles(files);
            doc.getDocumentCatalog().setNames(names);
            // XFA form with a script
            COSDictionary acro = new COSDictionary();
            acro.setItem(COSName.FIELDS, new COSArray());
            acro.setString(COSName.getPDFName("XFA"), "<xdp><script>evil()</script></xdp>");
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, acro);

            PDPage page = doc.getPage(0);
            PDPageAdditionalActions aa = new PDPageAdditionalActions();
            PDActionLaunch launch = new PDActionLaunch();
            launch.setFile(new PDComplexFileSpecification());
            launch.getCOSObject().setString(COSName.F, "cmd.exe");
            aa.setO(launch);
            page.getCOSObject().setItem(COSName.AA, aa.getCOSObject());

            List<PDAnnotation> annots = new ArrayList<>(page.getAnnotations());
            PDAnnotationLink external = new PDAnnotationLink();
            external.setRectangle(new PDRectangle(10, 10, 50, 20));
            PDActionURI uri = new PDActionURI();
            uri.setURI("http://attacker.example/");
            external.setAction(uri);
            annots.add(external);
            PDAnnotationLink internal = new PDAnnotationLink();
            internal.setRectangle(new PDRectangle(10, 40, 50, 20));
            PDActionGoTo goTo = new PDActionGoTo();
            PDPageFitDestination dest = new PDPageFitDestination();
            dest.setPage(page);
            goTo.setDestination(dest);
            internal.setAction(goTo);
            annots.add(internal);
            PDAnnotationFileAttachment attachment = new PDAnnotationFileAttachment();
            attachment.setRectangle(new PDRectangle(10, 70, 20, 20));
            attachment.setFile(spec);
            annots.add(attachment);
            page.setAnnotations(annots);

            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("目录");
            item.setAction(js());
            outline.addLast(item);
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.save(out.toFile());
        }
    }
}
