#!/usr/bin/env bash
# Regenerates reports/ from samples/: one check run writing every format, then a PNG of the HTML report.
# Expects `check` to take --format as a comma list (or repeated) and --output as a file stem when several
# formats are asked for: --output reports/samples writes reports/samples.txt, .json, .html, .md, .sarif,
# .xml (junit) and -opinion.md. The exit code of check (1 findings, 3 unverifiable) is not an error here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shopt -s nullglob
samples=(samples/*.pdf)
[ ${#samples[@]} -gt 0 ] || { echo "make-reports: no PDFs in samples/" >&2; exit 2; }
mkdir -p reports
set +e
./plancheck check "${samples[@]}" --quotas samples/quotas.tsv --assigned samples/assigned.tsv --format text,json,html,md,sarif,junit,opinion --output reports/samples
rc=$?
set -e
case $rc in
  0|1|3) ;;
  *) echo "make-reports: plancheck check failed with exit code $rc" >&2; exit "$rc" ;;
esac
if [ -f reports/samples.html ] && command -v chromium >/dev/null 2>&1; then
  scripts/render-html.sh reports/samples.html reports/samples.png 1280,2400 >/dev/null
fi
echo "make-reports: reports/ regenerated (check exit code $rc)"
# One annotated copy as an example of --annotate (highlights on the broken rows, notes for missing indicators).
set +e
./plancheck check samples/ningyuan-15th-draft.pdf --quotas samples/quotas.tsv --annotate reports/annotated >/dev/null
set -e
# The review opinion as a Word document (--format docx), for a PDF and a Word draft side by side (a page for one,
# heading path and table row for the other), and PNGs of its first page and of the problem table (附件), rendered
# by LibreOffice to check that it opens and how it looks.
set +e
./plancheck check samples/ningyuan-15th-draft.pdf samples/docx/lanshan-15th-draft.docx --quotas samples/quotas.tsv \
  --assigned samples/assigned.tsv --format docx --output reports/opinion.docx
set -e
if command -v soffice >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
  tmp="$(mktemp -d)"
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" reports/opinion.docx \
    >/dev/null 2>&1
  pdftoppm -r 60 -png -f 1 -l 1 "$tmp/opinion.pdf" "$tmp/p"
  cp "$tmp"/p-*1.png reports/opinion.png
  pdftoppm -r 60 -png -f 4 -l 4 "$tmp/opinion.pdf" "$tmp/t"
  cp "$tmp"/t-*4.png reports/opinion-table.png
  rm -rf "$tmp"
fi
