#!/bin/sh
# Word versions of the sample plans, for the Word-versus-PDF test (src/test/java/org/plancheck/docx/WordVersusPdfTest):
# each samples/X.html (the LibreOffice source of samples/X.pdf) is opened by LibreOffice's HTML (StarWriter) import and
# saved as samples/docx/X.docx and as the old binary samples/doc/X.doc, as a drafting office would save it from
# Writer. The expectations stay those of the PDF (samples/X.expected.tsv). The zip entries' timestamps are fixed
# afterwards so that a rebuild of unchanged sources leaves git clean (LibreOffice's own XML, and its .doc, are
# already the same from run to run).
#
# Usage (from anywhere): scripts/samples/make-docx.sh [STEM...]    needs soffice (LibreOffice Writer) and python3
set -eu
cd "$(dirname "$0")/../.."
out=samples/docx
mkdir -p "$out" samples/doc
if [ "$#" -eq 0 ]; then
    set -- $(ls samples/*.html | sed 's#samples/##; s#\.html$##')
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for stem in "$@"; do
    echo "make-docx: $stem" >&2
    soffice -env:UserInstallation="file://$profile" --headless --infilter="HTML (StarWriter)" \
        --convert-to docx --outdir "$out" "samples/$stem.html" >/dev/null
    soffice -env:UserInstallation="file://$profile" --headless --infilter="HTML (StarWriter)" \
        --convert-to doc --outdir samples/doc "samples/$stem.html" >/dev/null
    python3 - "$out/$stem.docx" <<'PY'
import sys, zipfile, shutil, os
src = sys.argv[1]
tmp = src + ".tmp"
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 15, 9, 0, 0))
        fixed.compress_type = zipfile.ZIP_DEFLATED
        fixed.external_attr = 0o644 << 16
        zout.writestr(fixed, zin.read(info.filename))
os.replace(tmp, src)
PY
done
