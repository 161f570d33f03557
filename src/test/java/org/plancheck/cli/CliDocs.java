package org.plancheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages (AsciiDoc, one per command, by picocli-codegen) and the bash/zsh completion script (picocli's
 * AutoComplete) from the command line the tool runs ({@link Cli#create}, footers included). The version is the
 * release without the git revision, so the pages change only when the commands do. scripts/make-docs.sh runs this
 * and turns the AsciiDoc into roff; CliDocsTest compares a fresh run with docs/.
 */
public final class CliDocs {
    private CliDocs() {
    }

    public static void write(Path man, Path completion) throws IOException {
        CommandLine cl = Cli.create();
        cl.getCommandSpec().versionProvider(() -> new String[] {"plancheck " + Version.VERSION});
        Files.createDirectories(man);
        ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, cl.getCommandSpec());
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("plancheck", cl), StandardCharsets.UTF_8);
    }

    /** java … CliDocs docs/man docs/completion/plancheck.bash */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]));
    }
}
