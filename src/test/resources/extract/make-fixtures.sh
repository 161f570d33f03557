#!/usr/bin/env bash
# Regenerates the extraction fixtures: LibreOffice exports of the HTML and FODT sources beside this script, made the
# way real drafts are (Writer → PDF). HTML is imported into Writer proper ("HTML (StarWriter)"): the Writer/Web
# import drops the first paragraph and adds a blank first page.
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for f in *.html; do
  soffice --headless -env:UserInstallation=file://"$profile" --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export --outdir . "$f" >&2
done
for f in *.fodt; do
  [ -e "$f" ] || continue
  soffice --headless -env:UserInstallation=file://"$profile" --convert-to pdf --outdir . "$f" >&2
done
