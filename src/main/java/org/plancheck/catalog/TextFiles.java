package org.plancheck.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Every configuration file (catalog, plan text, quotas, assignments, suppressions, baseline, rules) is read through
 * here: it must be a regular file (not a folder, a device such as /dev/zero, a FIFO or a socket, which are refused
 * without being opened, so nothing hangs) of at most {@link #MAX_BYTES}, in UTF-8. Anything else is an
 * {@link InputException} naming the file: exit 4, one line, never an OutOfMemoryError.
 */
public final class TextFiles {
    /** The largest configuration file read: 16 MB (the shipped catalog and plan text are about 0.3 MB). */
    public static final long MAX_BYTES = 16L << 20;

    private TextFiles() {
    }

    /** Refuses what is not a readable regular file of at most {@link #MAX_BYTES}, without opening it. */
    public static void check(Path file) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "file not found");
        } catch (AccessDeniedException e) {
            throw new InputException(file, 0, "permission denied");
        } catch (IOException | InvalidPathException | SecurityException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        if (a.isDirectory()) {
            throw new InputException(file, 0, "is a folder, not a file");
        }
        if (!a.isRegularFile()) {
            throw new InputException(file, 0, "not a regular file (a device, FIFO or socket is not read)");
        }
        if (a.size() > MAX_BYTES) {
            throw new InputException(file, 0, "file is " + mb(a.size()) + ", more than the " + mb(MAX_BYTES)
                    + " a configuration file may have");
        }
    }

    /** The whole file as UTF-8 text (a leading byte-order mark is kept: callers that care strip it). */
    public static String read(Path file) {
        check(file);
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // read one byte more than allowed: a file that grew after the check is refused, not read without end
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new InputException(file, 0, "file not found");
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputException(file, 0, "file is more than the " + mb(MAX_BYTES)
                    + " a configuration file may have");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(file, 0, "not UTF-8 text");
        }
    }

    /** The file's lines, split as {@link Files#readAllLines} splits them. */
    public static List<String> lines(Path file) {
        try (BufferedReader r = new BufferedReader(new StringReader(read(file)))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
    }

    private static String mb(long bytes) {
        return bytes >= 1L << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }
}
