#!/bin/sh
# Old binary Word (.doc) versions of the independent corpus's Word drafts, for the Word-versus-PDF test: each
# corpora/independent/X.docx (python-docx, the source of X.pdf) saved by LibreOffice as corpora/independent/doc/X.doc,
# as an office still on Word 97-2003 or WPS would exchange it. Scored against X.pdf's truth (corpus.properties
# docx=true). LibreOffice writes the same bytes from run to run.
#
# Usage (from anywhere): scripts/corpora/independent/make-doc.sh        needs soffice (LibreOffice Writer)
set -eu
cd "$(dirname "$0")/../../.."
out=corpora/independent/doc
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for f in corpora/independent/*.docx; do
    echo "make-doc: $f" >&2
    soffice -env:UserInstallation="file://$profile" --headless --convert-to doc --outdir "$out" "$f" >/dev/null
done
