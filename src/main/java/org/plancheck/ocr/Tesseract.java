package org.plancheck.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code tesseract} command (Debian's tesseract-ocr 5), one process a page: the grey page goes in on stdin as a
 * PGM, word boxes and confidences come back on stdout as TSV. The page is read with the simplified Chinese model alone
 * ({@code chi_sim}, which reads digits and Latin letters too): adding {@code eng} made tesseract read Chinese names
 * as English words and 「8.6左右」 as 「8.6475」 on this corpus. The English model, limited to digits, reads the
 * numbers a second time ({@link Verifier}). Each process runs single-threaded ({@code OMP_THREAD_LIMIT=1}: OpenMP
 * inside tesseract only slows it down when pages run side by side); its stderr goes to a file in the reading's private
 * temporary folder.
 *
 * <p>Chosen over Tess4J by measurement (see README, "OCR"): the same words and confidences, and a process can be
 * killed when the document's time is up, a crash in the native library cannot take the JVM down, and there is no
 * binding to keep in step with Debian's library (Tess4J's direct-mapped API already fails on Debian's 5.3.0).
 */
final class Tesseract implements AutoCloseable {
    /** Every live process of every reading, killed if the JVM exits while they run. */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();
    private static volatile String languages;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(Process::destroyForcibly),
                "plancheck-ocr-cleanup"));
    }

    private final Path temp;
    private final Set<Process> mine = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private Tesseract(Path temp) {
        this.temp = temp;
    }

    /**
     * A tesseract for one document's reading, with its private temporary folder; or the reason OCR cannot run here
     * (tesseract or its Chinese model not installed).
     */
    static Tesseract open() throws OcrUnavailable {
        String langs = languages();
        try {
            Path dir = Files.createTempDirectory("plancheck-ocr-");
            Tesseract t = new Tesseract(dir);
            t.langs = langs;
            return t;
        } catch (IOException e) {
            throw new OcrUnavailable("无法创建OCR临时目录（" + e.getMessage() + "）");
        }
    }

    private String langs;

    /** Checks once per JVM that tesseract runs and has the models it needs (chi_sim, and eng for digits). */
    static String languages() throws OcrUnavailable {
        String l = languages;
        if (l != null) {
            return l;
        }
        List<String> installed = new ArrayList<>();
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            for (String line : out.split("\\R")) {
                installed.add(line.strip());
            }
        } catch (IOException e) {
            throw new OcrUnavailable("未安装 tesseract（apt-get install tesseract-ocr tesseract-ocr-chi-sim）");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrUnavailable("处理被中断");
        }
        if (!installed.contains("chi_sim")) {
            throw new OcrUnavailable("tesseract 缺少简体中文模型 chi_sim（apt-get install tesseract-ocr-chi-sim）");
        }
        if (!installed.contains("eng")) {
            throw new OcrUnavailable("tesseract 缺少核对数字所用的英文模型 eng（apt-get install tesseract-ocr-eng）");
        }
        languages = "chi_sim";
        return languages;
    }

    /**
     * The words of a grey page image at {@code dpi}, read by the Chinese model, with the boxes of their lines. Blocks
     * while tesseract runs; throws {@link InterruptedException} when the reading is cancelled (the process is killed).
     */
    List<OcrWord> read(BufferedImage grey, int dpi, String name) throws IOException, InterruptedException {
        return run(grey, dpi, name, "-l", langs, "--psm", "3");
    }

    /**
     * The words of each of {@code images} (cut-out segments of a page), each read as one line of text on its own by
     * the Chinese model, in one process (the images go through files in the private temporary folder).
     */
    List<List<OcrWord>> readLines(List<BufferedImage> images, int dpi, String name)
            throws IOException, InterruptedException {
        return readEach(images, dpi, name + "lines-", "-l", langs, "--psm", "7");
    }

    /** The words of each of {@code images} (cut-out numbers), read by the English model limited to digits. */
    List<List<OcrWord>> readDigits(List<BufferedImage> images, int dpi, String name)
            throws IOException, InterruptedException {
        return readEach(images, dpi, name + "digits-", "-l", "eng", "--psm", "7", "-c",
                "tessedit_char_whitelist=" + Verifier.DIGITS);
    }

    private List<List<OcrWord>> readEach(List<BufferedImage> images, int dpi, String name, String... how)
            throws IOException, InterruptedException {
        List<List<OcrWord>> out = new ArrayList<>();
        if (images.isEmpty()) {
            return out;
        }
        Path dir = Files.createTempDirectory(temp, name);
        try {
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < images.size(); i++) {
                Path f = dir.resolve(i + ".pgm");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
                    writePgm(images.get(i), o);
                }
                list.append(f.toAbsolutePath()).append('\n');
                out.add(new ArrayList<>());
            }
            Path listFile = dir.resolve("list.txt");
            Files.writeString(listFile, list.toString(), StandardCharsets.UTF_8);
            String tsv = new String(exec(listFile.toString(), null, dpi, name, how), StandardCharsets.UTF_8);
            List<StringBuilder> pages = new ArrayList<>();
            images.forEach(i -> pages.add(new StringBuilder()));
            for (String row : tsv.split("\n")) {
                String[] c = row.split("\t", -1);
                if (c.length >= 12 && c[1].matches("\\d+")) {
                    int page = Integer.parseInt(c[1]) - 1;
                    if (page >= 0 && page < pages.size()) {
                        pages.get(page).append(row).append('\n');
                    }
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                out.get(i).addAll(parse(pages.get(i).toString()));
            }
            return out;
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private List<OcrWord> run(BufferedImage grey, int dpi, String name, String... how)
            throws IOException, InterruptedException {
        return parse(new String(exec("stdin", grey, dpi, name, how), StandardCharsets.UTF_8));
    }

    /** Runs tesseract on {@code input} ("stdin": {@code grey} is written to it), TSV on stdout. */
    private byte[] exec(String input, BufferedImage grey, int dpi, String name, String... how)
            throws IOException, InterruptedException {
        if (closed) {
            throw new InterruptedException();
        }
        Path err = Files.createTempFile(temp, name, ".err");
        List<String> cmd = new ArrayList<>(List.of("tesseract", input, "stdout"));
        cmd.addAll(List.of(how));
        cmd.addAll(List.of("--dpi", Integer.toString(dpi), "tsv"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(err.toFile());
        if (grey == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        }
        Process p = pb.start();
        LIVE.add(p);
        mine.add(p);
        try {
            if (closed) {
                throw new InterruptedException();
            }
            if (grey != null) {
                try (OutputStream o = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
                    writePgm(grey, o);
                } catch (IOException e) {
                    // tesseract stopped reading (killed, or failed): its exit code and stderr say why
                }
            }
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readAllBytes();
            }
            int code = p.waitFor();
            if (closed || Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            if (code != 0) {
                String msg = Files.readString(err, StandardCharsets.UTF_8).strip();
                String last = msg.isEmpty() ? "" : msg.substring(msg.lastIndexOf('\n') + 1);
                throw new IOException("tesseract 退出码 " + code + (last.isEmpty() ? "" : "：" + last));
            }
            return out;
        } finally {
            if (p.isAlive()) {
                p.destroyForcibly();
            }
            LIVE.remove(p);
            mine.remove(p);
            Files.deleteIfExists(err);
        }
    }

    /** Kills this reading's processes and deletes its temporary folder. */
    @Override
    public void close() {
        closed = true;
        mine.forEach(Process::destroyForcibly);
        for (Process p : mine) {
            try {
                p.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try (var s = Files.walk(temp)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    f.toFile().deleteOnExit();
                }
            });
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }

    /** The private temporary folder (tests check it is removed). */
    Path folder() {
        return temp;
    }

    /** An 8-bit grey image as binary PGM. */
    static void writePgm(BufferedImage img, OutputStream o) throws IOException {
        int w = img.getWidth();
        int h = img.getHeight();
        o.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY
                && img.getRaster().getDataBuffer() instanceof DataBufferByte d
                && d.getData().length == w * h) {
            o.write(d.getData());
            return;
        }
        byte[] row = new byte[w];
        var r = img.getRaster();
        int[] px = new int[w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, px);
            for (int x = 0; x < w; x++) {
                row[x] = (byte) px[x];
            }
            o.write(row);
        }
    }

    /**
     * Tesseract's TSV: level 4 rows are text lines, level 5 rows words (with the block, paragraph and line numbers
     * of their line). Empty words and rows without a confidence are skipped.
     */
    static List<OcrWord> parse(String tsv) {
        Map<String, int[]> lines = new HashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        List<OcrWord> out = new ArrayList<>();
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].matches("\\d+")) {
                continue;
            }
            int level = Integer.parseInt(c[0]);
            String key = c[2] + "/" + c[3] + "/" + c[4];
            int[] box;
            try {
                box = new int[] {Integer.parseInt(c[6]), Integer.parseInt(c[7]), Integer.parseInt(c[8]),
                    Integer.parseInt(c[9])};
            } catch (NumberFormatException e) {
                continue;
            }
            if (level == 4) {
                lines.put(key, box);
            } else if (level == 5) {
                String text = c[11].strip();
                float conf;
                try {
                    conf = Float.parseFloat(c[10]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (text.isEmpty() || conf < 0) {
                    continue;
                }
                int[] line = lines.getOrDefault(key, box);
                int id = ids.computeIfAbsent(key, k -> ids.size());
                out.add(new OcrWord(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC), box[0],
                        box[1], box[2], box[3], conf, line, id));
            }
        }
        return out;
    }

    /** OCR cannot run here; the message says what to install. */
    static final class OcrUnavailable extends Exception {
        private static final long serialVersionUID = 1L;

        OcrUnavailable(String reason) {
            super(reason);
        }
    }
}
