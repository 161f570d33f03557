#!/usr/bin/env bash
# Regenerates the bad-input corpus (and the one good plan beside it) in this folder.
# Needs: python3 (stdlib only), qpdf, poppler-utils (pdftoppm, pdftotext), LibreOffice (soffice) and
# fonts-wqy-zenhei. Output is deterministic except for LibreOffice's timestamps and ids.
# The 2,000-page PDF is not committed: BadInputTest builds it in a temp folder at test time.
set -euo pipefail
cd "$(dirname "$0")"
for tool in python3 qpdf pdftoppm soffice; do
  command -v "$tool" >/dev/null || { echo "make-bad: $tool is missing" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The good plan: a small county plan with an indicator table, as real drafts are made (an office suite).
soffice --headless -env:UserInstallation="file://$tmp/lo" --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export --outdir "$tmp" good-county-plan.html >/dev/null
cp "$tmp/good-county-plan.pdf" good-county-plan.pdf

# 1. Empty file.
: > empty.pdf

# 2. Not a PDF: a text file and a PNG, both named .pdf.
printf '东安县“十五五”规划纲要（征求意见稿）\n这是一个文本文件，不是PDF。\n' > text-named.pdf
pdftoppm -r 20 -f 1 -l 1 -png good-county-plan.pdf "$tmp/page"
cp "$tmp"/page*.png png-named.pdf

# 3. Truncated: the good plan cut in half (no xref, no trailer, streams cut).
size=$(stat -c %s good-county-plan.pdf)
head -c $((size / 2)) good-county-plan.pdf > truncated.pdf

# 4. A PDF header followed by garbage.
python3 - <<'EOF'
import random
r = random.Random(20260101)
with open("garbage-after-header.pdf", "wb") as f:
    f.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    f.write(bytes(r.getrandbits(8) for _ in range(8000)))
EOF

# 5. Password-protected (AES-256, user password "user").
qpdf --encrypt user owner 256 -- good-county-plan.pdf encrypted.pdf

# 6. Image only: the pages rendered to pictures, no text layer (a scan).
pdftoppm -r 60 -gray good-county-plan.pdf "$tmp/scan"
python3 - "$tmp" <<'EOF'
import glob, sys, zlib
tmp = sys.argv[1]
pages = []
for path in sorted(glob.glob(tmp + "/scan*.pgm")):
    data = open(path, "rb").read()
    # binary PGM: P5 <w> <h> <max> <pixels>
    parts = data.split(maxsplit=4)
    w, h = int(parts[1]), int(parts[2])
    pages.append((w, h, zlib.compress(parts[4][: w * h], 9)))
objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>"}
kids = []
n = 3
for w, h, pix in pages:
    page, img, content = n, n + 1, n + 2
    n += 3
    kids.append(page)
    pw, ph = w * 72 / 60, h * 72 / 60
    draw = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
    objs[page] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> >>"
                  b" /Contents %d 0 R >>" % (pw, ph, img, content))
    objs[img] = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
                 b" /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(pix)) + pix + b"\nendstream")
    objs[content] = b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream"
objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
offsets = {}
for i in sorted(objs):
    offsets[i] = len(out)
    out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(objs) + 1)
for i in range(1, max(objs) + 1):
    out += b"%010d 00000 n \n" % offsets[i]
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(objs) + 1, xref)
open("image-only.pdf", "wb").write(out)
EOF

# 7. Fonts without a Unicode mapping: the ToUnicode CMaps are removed and the embedded fonts' own cmap tables
#    are blanked, so text extraction yields glyph ids, U+FFFD or nothing instead of Chinese.
qpdf --qdf --object-streams=disable good-county-plan.pdf "$tmp/qdf.pdf"
python3 - "$tmp/qdf.pdf" "$tmp/garbled-qdf.pdf" <<'EOF'
import re, sys
data = open(sys.argv[1], "rb").read()
data = re.sub(rb"/ToUnicode \d+ 0 R", b"", data)
# Make every embedded TrueType 'cmap' table unusable: rename the table tag (the font stays renderable by
# glyph id, as Identity-H fonts are, but no character can be recovered from it).
data = data.replace(b"cmap", b"xmap")
open(sys.argv[2], "wb").write(data)
EOF
fix-qdf < "$tmp/garbled-qdf.pdf" > "$tmp/garbled-fixed.pdf" 2>/dev/null || cp "$tmp/garbled-qdf.pdf" "$tmp/garbled-fixed.pdf"
qpdf --object-streams=generate "$tmp/garbled-fixed.pdf" no-unicode-fonts.pdf || [ $? -eq 3 ]

# 8. Structural traps, written by hand.
python3 - <<'EOF'
def pdf(objs, trailer_extra=b"", xref_override=None):
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        out += (b"%010d 00000 n \n" % offsets[i]) if i in offsets else b"0000000000 65535 f \n"
    extra = trailer_extra.replace(b"XREF", b"%d" % xref)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (size, extra, xref)
    return bytes(out)

def stream(body, extra=b""):
    return b"<< /Length %d %s>>\nstream\n" % (len(body), extra) + body + b"\nendstream"

text = b"BT /F1 12 Tf 72 720 Td (Forest coverage 57%) Tj ET"
font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
res = b"/Resources << /Font << /F1 5 0 R >> >>"

# A page tree whose /Kids point back to the root of the tree (and to the node itself).
open("kids-loop.pdf", "wb").write(pdf({
    1: b"<< /Type /Catalog /Pages 2 0 R >>",
    2: b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 3 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + res + b" /Contents 4 0 R >>",
    4: stream(text),
    5: font,
    6: b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 6 0 R] /Count 2 >>",
}))

# Indirect references that only point at each other: the content stream's /Length and the page's
# /Contents and /Resources chase a cycle.
open("reference-cycle.pdf", "wb").write(pdf({
    1: b"<< /Type /Catalog /Pages 2 0 R >>",
    2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources 7 0 R /Contents 4 0 R >>",
    4: b"<< /Length 8 0 R >>\nstream\n" + text + b"\nendstream",
    5: font,
    7: b"<< /Font << /F1 5 0 R >> /XObject << /X1 9 0 R >> /Parent 7 0 R >>",
    8: b"10 0 R",
    9: stream(b"/X1 Do", b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 7 0 R "),
    10: b"8 0 R",
}))

# Arrays nested 100,000 deep inside the page's /MediaBox, and a form XObject drawing itself.
deep = b"[" * 100000 + b"0 0 612 792" + b"]" * 100000
open("deep-nesting.pdf", "wb").write(pdf({
    1: b"<< /Type /Catalog /Pages 2 0 R >>",
    2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Dummy " + deep + b" " + res + b" /Contents 4 0 R >>",
    4: stream(text),
    5: font,
}))

# An xref section whose /Prev points at itself (an endless chain of updates).
open("xref-loop.pdf", "wb").write(pdf({
    1: b"<< /Type /Catalog /Pages 2 0 R >>",
    2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + res + b" /Contents 4 0 R >>",
    4: stream(text),
    5: font,
}, trailer_extra=b"/Prev XREF "))

# An object stream that /Extends itself, holding the page tree, with a cross-reference stream.
def objstm_cycle():
    inner = [(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
             (3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + res + b" /Contents 4 0 R >>")]
    header = b""
    body = b""
    for num, o in inner:
        header += b"%d %d " % (num, len(body))
        body += o + b"\n"
    objstm = header + body
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    off = {}
    def add(num, content):
        off[num] = len(out)
        out.extend(b"%d 0 obj\n" % num + content + b"\nendobj\n")
    add(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    add(4, stream(text))
    add(5, font)
    add(6, stream(objstm, b"/Type /ObjStm /N 2 /First %d /Extends 6 0 R " % len(header)))
    xref_off = len(out)
    rows = [(0, 0, 255), (1, off[1], 0), (2, 6, 0), (2, 6, 1), (1, off[4], 0), (1, off[5], 0), (1, off[6], 0),
            (1, xref_off, 0)]
    data = b"".join(bytes([t]) + o.to_bytes(4, "big") + bytes([g]) for t, o, g in rows)
    add(7, stream(data, b"/Type /XRef /Size 8 /W [1 4 1] /Root 1 0 R "))
    out.extend(b"startxref\n%d\n%%%%EOF\n" % xref_off)
    return bytes(out)
open("objstm-extends-cycle.pdf", "wb").write(objstm_cycle())
EOF

ls -l "$PWD"
du -ch ./*.pdf | tail -1
