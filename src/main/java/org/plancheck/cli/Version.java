package org.plancheck.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.IVersionProvider;

/**
 * The version printed by --version: the release and the git revision the build was made from. The revision comes
 * from {@code git-revision.txt}, written at build time by {@code git describe} (see pom.xml); a build outside a git
 * checkout (a source tarball) or without git says "unknown".
 */
public final class Version implements IVersionProvider {
    public static final String VERSION = "0.1.0";

    /** The abbreviated commit id of the build (with "-dirty" for uncommitted changes), or "unknown". */
    public static String revision() {
        try (InputStream in = Version.class.getResourceAsStream("/org/plancheck/git-revision.txt")) {
            if (in == null) {
                return "unknown";
            }
            String id = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return id.matches("[0-9a-f]{4,40}(-dirty)?") ? id : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** "0.1.0 (git 1a2b3c4)". */
    public static String full() {
        return VERSION + " (git " + revision() + ")";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"plancheck " + full()};
    }
}
