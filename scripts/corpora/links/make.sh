#!/bin/sh
# Regenerates corpora/links/: a batch for chains, peers and projects (issue 17). Documents, truth and README all come
# from the spec in make_corpus.py, never from plancheck's output.
# Debian packages: libreoffice-writer (or libreoffice-writer-nogui), fonts-wqy-zenhei
# Usage: scripts/corpora/links/make.sh [stem ...]   (run from anywhere; truth files are always rewritten)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
command -v soffice >/dev/null 2>&1 || { echo "missing soffice (see the package list in $0)" >&2; exit 2; }
fc-list | grep -q 'WenQuanYi Zen Hei' || { echo "missing font WenQuanYi Zen Hei (fonts-wqy-zenhei)" >&2; exit 2; }
PYTHONDONTWRITEBYTECODE=1 exec python3 "$here/make_corpus.py" "$@"
