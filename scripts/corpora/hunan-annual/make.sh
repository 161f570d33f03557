#!/bin/sh
# Regenerates corpora/hunan-annual/ from specs.py: documents (PDF + .docx/.html source), truth files, README.md and
# corpus.properties. Idempotent and byte-stable (dates, file ids and zip stamps are fixed after rendering).
#   scripts/corpora/hunan-annual/make.sh                       # all documents
#   scripts/corpora/hunan-annual/make.sh changde-2025-plan     # one (README.md is rewritten from the PDFs present)
# Needs Debian: python3-docx, libreoffice-writer (soffice), chromium, poppler-utils,
#               fonts-wqy-zenhei, fonts-arphic-gbsn00lp, fonts-arphic-uming, fonts-noto-cjk.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out="$root/corpora/hunan-annual"
for t in soffice chromium pdftotext pdfinfo fc-list; do
  command -v "$t" >/dev/null 2>&1 || { echo "make.sh: $t not found (see the header of this script)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import docx' 2>/dev/null || { echo "make.sh: python3-docx missing (apt-get install -y python3-docx)" >&2; exit 1; }
for f in "WenQuanYi Zen Hei" "AR PL SungtiL GB" "AR PL UMing CN" "Noto Serif CJK SC" "Noto Sans CJK SC"; do
  fc-list | grep -q "$f" || { echo "make.sh: font $f missing" >&2; exit 1; }
done
export TZ=UTC LC_ALL=C.UTF-8 PYTHONDONTWRITEBYTECODE=1
cd "$here"
exec /usr/bin/python3 make_corpus.py "$out" "$@"
