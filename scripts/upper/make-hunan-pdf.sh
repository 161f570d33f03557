#!/usr/bin/env bash
# Rebuilds samples/upper/hunan-2025-annual-plan.pdf from rules/hunan-2025/plan.txt: the notice (title, 文号,
# addressee, body, issuer, date) and the plan (title, paragraphs) as HTML, then LibreOffice's HTML import to PDF.
# Needs LibreOffice (soffice) and a CJK font (fonts-wqy-zenhei). The text is the catalog's, verbatim.
set -euo pipefail
cd "$(dirname "$0")/../.."
src=rules/hunan-2025/plan.txt
out=samples/upper/hunan-2025-annual-plan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$src" "$tmp/$(basename "$out").html" <<'PY'
import html, sys
lines = [l.rstrip("\n") for l in open(sys.argv[1], encoding="utf-8")]
css = ("body{font-family:'WenQuanYi Zen Hei';font-size:15pt;line-height:1.6}"
       "p{text-indent:2em;margin:0 0 .4em 0;text-align:justify}"
       ".t{text-align:center;text-indent:0;font-size:20pt;font-weight:bold;margin:1em 0}"
       ".c{text-align:center;text-indent:0}.r{text-align:right}.n{text-indent:0}")
out = ["<html><head><meta charset='utf-8'><style>%s</style></head><body>" % css]
for i, l in enumerate(lines):
    e = html.escape(l)
    if i == 0 or l == "湖南省2025年国民经济和社会发展计划":
        brk = "style='page-break-before:always'" if i > 0 else ""
        out.append("<p class='t' %s>%s</p>" % (brk, e))
    elif l.startswith("湘政发"):
        out.append("<p class='c'>%s</p>" % e)
    elif l.endswith(":") or l.endswith("："):
        out.append("<p class='n'>%s</p>" % e)
    elif l in ("湖南省人民政府",) or l.startswith("2025年2月"):
        out.append("<p class='r'>%s</p>" % e)
    else:
        out.append("<p>%s</p>" % e)
out.append("</body></html>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
soffice --headless -env:UserInstallation=file://"$tmp/profile" --convert-to pdf:writer_web_pdf_Export \
  --outdir "$tmp" "$tmp/$(basename "$out").html" >/dev/null
cp "$tmp/$(basename "$out").pdf" "$out.pdf"
pdfinfo "$out.pdf" | grep Pages
