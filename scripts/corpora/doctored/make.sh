#!/usr/bin/env bash
# Regenerates corpora/doctored/ (doctored copies of sample PDFs and their expectations) from samples/, then checks
# every output with qpdf --check, pdftoppm and a pixel comparison with its source page (verify.py).
# Idempotent and byte-stable: an unchanged samples/ gives unchanged files. README.md and corpus.properties in
# corpora/doctored/ are written by hand and not touched.
# Needs: python3 with pikepdf (Debian: apt-get install python3-pikepdf), qpdf, poppler-utils.
# Usage: scripts/corpora/doctored/make.sh [NAME...]     (NAME: a variant, e.g. jianghua-rotate90; default all)
#        NO_VERIFY=1 scripts/corpora/doctored/make.sh  (skip the checks)
set -euo pipefail
cd "$(dirname "$0")/../../.."
here=scripts/corpora/doctored
py=""
for c in "${PYTHON:-}" /usr/bin/python3 python3; do
  if [ -n "$c" ] && "$c" -c 'import pikepdf' 2>/dev/null; then py="$c"; break; fi
done
if [ -z "$py" ]; then
  echo "make.sh: no python3 with pikepdf (Debian: apt-get install python3-pikepdf; or set PYTHON)" >&2
  exit 3
fi
for t in qpdf pdftoppm pdftotext pdfinfo; do
  command -v "$t" >/dev/null || { echo "make.sh: $t not found (apt-get install qpdf poppler-utils)" >&2; exit 3; }
done
echo "doctoring samples/ into corpora/doctored/ ..." >&2
"$py" "$here/doctor.py" samples corpora/doctored "$@"
if [ -z "${NO_VERIFY:-}" ]; then
  echo "checking ..." >&2
  "$py" "$here/verify.py" samples corpora/doctored "$@"
fi
