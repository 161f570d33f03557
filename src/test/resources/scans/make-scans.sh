#!/bin/sh
# The small scans the OCR tests read (org.plancheck.ocr.OcrScansTest), made the way scans are made: the first two
# pages of corpora/independent/qiyang-15th-lohtml.pdf (title and in-text targets; the indicator table) as a text PDF,
# as an image-only PDF (pages rendered to grey JPEGs at 200 dpi, put into a PDF by img2pdf), and as a text PDF whose
# table page is the scanned image (an image page inside a text PDF). Two pages only: tesseract takes several seconds
# a page, and the tests must stay fast; skewed and low-resolution scans are measured by corpora/scans/ instead.
# Debian packages: poppler-utils img2pdf qpdf
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
src="$root/corpora/independent/qiyang-15th-lohtml.pdf"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$here"
qpdf --empty --deterministic-id --pages "$src" 1-2 -- qiyang-head.pdf
pdftoppm -r 200 -gray -jpeg -jpegopt quality=75 qiyang-head.pdf "$tmp/p"
img2pdf --creationdate 2026-01-01T00:00:00 --moddate 2026-01-01T00:00:00 -o qiyang-head-scan200.pdf "$tmp"/p-*.jpg
qpdf --empty --deterministic-id --pages qiyang-head.pdf 1 qiyang-head-scan200.pdf 2 -- qiyang-head-mixed.pdf
ls -l "$here"/*.pdf >&2
