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
./plancheck check "${samples[@]}" --format text,json,html,md,sarif,junit,opinion --output reports/samples
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
