package org.plancheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import io.javalin.http.UploadedFile;

/**
 * Takes uploaded files into a job folder. The uploaded name is kept for display only: the file is stored as
 * {@code <n>.<type>} where the type (pdf, docx) comes from an allow-list, so no part of the name ever reaches the
 * file system. Counts bytes while copying, so the size limit holds whatever the request claimed.
 */
final class Uploads {
    static final Set<String> TYPES = Set.of("pdf", "docx");

    private Uploads() {
    }

    /** Stores {@code files} in {@code folder}; {@link WebServer.Reject} names the file and the limit it broke. */
    static List<Jobs.Upload> store(List<UploadedFile> files, Path folder, ServeOptions o) throws IOException {
        if (files.isEmpty()) {
            throw new WebServer.Reject(400, "没有收到文件：请选择一份或多份规划文件（PDF 或 DOCX）。");
        }
        if (files.size() > o.maxFiles()) {
            throw new WebServer.Reject(413, "一次最多上传 " + o.maxFiles() + " 份文件，收到 " + files.size() + " 份。");
        }
        List<Jobs.Upload> out = new ArrayList<>();
        int n = 0;
        for (UploadedFile f : files) {
            n++;
            String name = displayName(f.filename(), n);
            String type = type(name);
            if (type == null) {
                throw new WebServer.Reject(415, "「" + name + "」不是 PDF 或 DOCX 文件：只接受 .pdf 和 .docx。");
            }
            if (f.size() > o.maxFileBytes()) {
                throw new WebServer.Reject(413, tooLarge(name, o));
            }
            Path stored = folder.resolve(n + "." + type);
            MessageDigest sha = sha256();
            long size = 0;
            try (InputStream in = f.content(); OutputStream os = Files.newOutputStream(stored)) {
                byte[] buf = new byte[64 * 1024];
                int k;
                while ((k = in.read(buf)) > 0) {
                    size += k;
                    if (size > o.maxFileBytes()) {
                        throw new WebServer.Reject(413, tooLarge(name, o));
                    }
                    sha.update(buf, 0, k);
                    os.write(buf, 0, k);
                }
            }
            out.add(new Jobs.Upload(name, stored, HexFormat.of().formatHex(sha.digest()), size));
        }
        return out;
    }

    private static String tooLarge(String name, ServeOptions o) {
        return "「" + name + "」超过单个文件大小上限 " + (o.maxFileBytes() / (1024 * 1024)) + " MB。";
    }

    /**
     * The name to show: the last path segment of what the browser sent, without control characters, at most 200
     * characters; "文件N" when nothing is left.
     */
    static String displayName(String sent, int n) {
        String s = sent == null ? "" : sent;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        s = s.codePoints().filter(c -> c >= 0x20 && c != 0x7f && !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (s.length() > 200) {
            s = s.substring(s.length() - 200);
        }
        return s.isEmpty() || s.equals(".") || s.equals("..") ? "文件" + n : s;
    }

    /** "pdf" or "docx" from the name's extension, null for anything else. */
    static String type(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.contains(ext) ? ext : null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
