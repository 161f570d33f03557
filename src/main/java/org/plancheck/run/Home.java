package org.plancheck.run;

import java.nio.file.Path;

/** Where plancheck is installed: the folder holding {@code rules/}. Set by the launcher as -Dplancheck.home. */
public final class Home {
    private Home() {
    }

    public static Path dir() {
        String p = System.getProperty("plancheck.home");
        if (p != null && !p.isBlank()) {
            return Path.of(p);
        }
        return Path.of("").toAbsolutePath();
    }

    /** The embedded default upper plan. */
    public static Path defaultUpper() {
        return dir().resolve("rules").resolve("yongzhou-15th");
    }

    /** The folder of the consistency rules (DRL). */
    public static Path rulesDir() {
        return dir().resolve("rules").resolve("checks");
    }
}
