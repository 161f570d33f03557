#!/usr/bin/env bash
# Regenerates the man pages and the shell completion from the command definitions:
#   docs/man/*.adoc            AsciiDoc man pages, by picocli-codegen's ManPageGenerator (one per command)
#   docs/man/*.1               roff, by asciidoctor (apt-get install asciidoctor); skipped, with a note, without it
#   docs/completion/plancheck.bash   bash/zsh completion, by picocli's AutoComplete
# CliDocsTest (in mvn verify) fails when the commands changed and this was not run.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/docs.classpath
rm -rf docs/man
java -Dfile.encoding=UTF-8 -cp "target/classes:target/test-classes:$(cat target/docs.classpath)" \
  org.plancheck.cli.CliDocs docs/man docs/completion/plancheck.bash
if command -v asciidoctor >/dev/null 2>&1; then
  asciidoctor -b manpage -D docs/man docs/man/*.adoc
  echo "make-docs: docs/man/*.adoc and *.1, docs/completion/plancheck.bash" >&2
else
  echo "make-docs: asciidoctor not installed: AsciiDoc written, roff pages (docs/man/*.1) not rebuilt" >&2
fi
