package org.plancheck.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Checks on the input file arguments, kept out of the command classes. */
final class Inputs {
    private Inputs() {
    }

    /**
     * The first argument that looks like an option but names an existing file ("-x.pdf"), or null: picocli reads it
     * as an unknown option, so the usage error gets a hint to put it after "--".
     */
    static String dashFile(String[] args) {
        for (String a : args) {
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-") && a.length() > 1 && exists(a)) {
                return a;
            }
        }
        return null;
    }

    private static boolean exists(String name) {
        try {
            return Files.exists(Path.of(name));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
