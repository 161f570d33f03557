#!/usr/bin/env bash
# Regenerates the extraction fixtures (LibreOffice exports of the HTML sources beside this script).
set -euo pipefail
cd "$(dirname "$0")"
profile=$(mktemp -d)
for f in *.html; do
  soffice --headless -env:UserInstallation=file://"$profile" --convert-to pdf --outdir . "$f" >&2
done
rm -rf "$profile"
