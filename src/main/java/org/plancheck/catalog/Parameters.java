package org.plancheck.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The numbers a reviewer may change without touching rules or code, from {@code parameters.properties} in the upper
 * plan's folder ({@code key = value}, '#' comments; every key optional, the defaults below apply). A bad value or an
 * unknown key is a configuration error naming the file and line (exit 4).
 *
 * @param aboutTolerance         slack around an upper target written 「左右」, as a share of its value (default 0.05:
 *                               「3.5左右」 accepts 3.325)
 * @param maxFiguresPerIndicator most figures one document may state for one indicator; more makes the document
 *                               UNVERIFIABLE before the rules run (default 50)
 * @param maxFiguresPerDocument  most figures (table rows and text targets) one document may have (default 5000)
 */
public record Parameters(double aboutTolerance, int maxFiguresPerIndicator, int maxFiguresPerDocument) {

    public static final String FILE = "parameters.properties";
    public static final Parameters DEFAULT = new Parameters(0.05, 50, 5000);

    /** Reads {@code file}; the defaults when it does not exist. */
    public static Parameters read(Path file) {
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        List<String> lines = Tsv.readLines(file);
        double about = DEFAULT.aboutTolerance;
        int perIndicator = DEFAULT.maxFiguresPerIndicator;
        int perDocument = DEFAULT.maxFiguresPerDocument;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                eq = line.indexOf(':');
            }
            if (eq <= 0) {
                throw new InputException(file, i + 1, "expected 'key = value', not '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (!seen.add(key)) {
                throw new InputException(file, i + 1, "parameter '" + key + "' given twice");
            }
            switch (key) {
                case "aboutTolerance" -> about = number(file, i + 1, key, value, 0, 0.5);
                case "maxFiguresPerIndicator" -> perIndicator = (int) integer(file, i + 1, key, value, 1, 100_000);
                case "maxFiguresPerDocument" -> perDocument = (int) integer(file, i + 1, key, value, 1, 1_000_000);
                default -> throw new InputException(file, i + 1, "unknown parameter '" + key
                        + "' (known: aboutTolerance, maxFiguresPerIndicator, maxFiguresPerDocument)");
            }
        }
        return new Parameters(about, perIndicator, perDocument);
    }

    private static double number(Path file, int line, String key, String value, double min, double max) {
        double v;
        try {
            v = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new InputException(file, line, key + " must be a number, not '" + value + "'");
        }
        if (!(v >= min && v <= max)) {
            throw new InputException(file, line, key + " must be between " + fmt(min) + " and " + fmt(max)
                    + ", not " + value);
        }
        return v;
    }

    private static long integer(Path file, int line, String key, String value, long min, long max) {
        long v;
        try {
            v = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InputException(file, line, key + " must be a whole number, not '" + value + "'");
        }
        if (v < min || v > max) {
            throw new InputException(file, line, key + " must be between " + min + " and " + max + ", not " + value);
        }
        return v;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%s", d);
    }
}
