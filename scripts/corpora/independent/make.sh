#!/bin/sh
# Regenerates corpora/independent/ (documents, sources, truth files, quotas, assignments, README).
# Idempotent: sources and PDFs are written with fixed dates and identifiers.
# Debian packages: python3-docx libreoffice-writer (or libreoffice-writer-nogui) chromium poppler-utils
#                  fonts-wqy-zenhei fonts-arphic-gbsn00lp fonts-arphic-uming fonts-arphic-ukai fonts-noto-cjk
# Usage: scripts/corpora/independent/make.sh [stem ...]    (run from anywhere; converters run one at a time)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
for tool in soffice chromium pdftotext; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool (see the package list in $0)" >&2; exit 2; }
done
/usr/bin/python3 -c 'import docx' 2>/dev/null || { echo "missing python3-docx for /usr/bin/python3" >&2; exit 2; }
for font in 'AR PL UMing CN' 'AR PL UKai CN' 'AR PL SungtiL GB' 'WenQuanYi Zen Hei' 'Noto Serif CJK SC' 'Noto Sans CJK SC'; do
  fc-list | grep -q "$font" || { echo "missing font $font (see the package list in $0)" >&2; exit 2; }
done
PYTHONDONTWRITEBYTECODE=1 exec /usr/bin/python3 "$here/make_corpus.py" "$@"
