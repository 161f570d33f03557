#!/usr/bin/python3
"""Builds corpora/doctored/: conforming (and one failing) sample PDFs whose content streams or page tree were edited
so that what a reader SEES differs from what a naive text extractor finds (or, for the rotation and Form XObject
cases, so that the page looks exactly as before although it is stored differently).

Usage: doctor.py SAMPLES_DIR OUT_DIR [NAME...]   (run by make.sh from the repository root; progress on stderr)

Needs pikepdf (Debian: apt-get install python3-pikepdf). Output is byte-stable: qpdf writes the objects in a fixed
order and the /ID is derived from the content (static_id), so a rebuild of unchanged inputs changes nothing.
"""
import re
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pikepdf
from pikepdf import Array, ContentStreamInstruction, Dictionary, Name, Operator

# ---------------------------------------------------------------------------------------------------------------
# facts of the source samples (samples/README.md; table pages from X.figures.tsv)

FACTS = {
    "lengshuitan-15th-draft": ("冷水滩区", "general", None),
    "dongan-15th-draft": ("东安县", "general", None),
    "jianghua-15th-draft": ("江华瑶族自治县", "general", None),
    "lanshan-15th-draft": ("蓝山县", "general", None),
    "ningyuan-15th-draft": ("宁远县", "general", None),
    "ecology-special-plan": ("永州市", "special", "ecology"),
}


def log(msg):
    print(msg, file=sys.stderr)


def ins(operands, op):
    return ContentStreamInstruction([x if isinstance(x, pikepdf.Object) else _obj(x) for x in operands], Operator(op))


def _obj(x):
    if isinstance(x, (int, Decimal)):
        return x
    if isinstance(x, float):
        return Decimal(repr(round(x, 6)))
    return x


def num(x):
    return Decimal(str(x))


def ops_of(page):
    return list(pikepdf.parse_content_stream(page))


def set_ops(pdf, page, ops):
    page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))


FILL_OPS = {"g", "rg", "k", "cs", "sc", "scn"}
STROKE_OPS = {"G", "RG", "K", "CS", "SC", "SCN"}


# ---------------------------------------------------------------------------------------------------------------
# the edits, one page at a time

def render_mode(pdf, page, mode):
    """Every text object on the page drawn with text render mode MODE (3 = invisible, 7 = clip only)."""
    out = []
    for i in ops_of(page):
        op = str(i.operator)
        if op == "Tr":
            out.append(ins([mode], "Tr"))
            continue
        out.append(i)
        if op == "BT":
            out.append(ins([mode], "Tr"))
    set_ops(pdf, page, out)


def white_text(pdf, page):
    """Every text object painted (and stroked) white; the colours in force outside text objects are restored after
    each ET, so rules, borders and fills keep their original colour."""
    fill, stroke, stack = [ins([0], "g")], [ins([0], "G")], []
    in_text = False
    out = []
    for i in ops_of(page):
        op = str(i.operator)
        if op == "q":
            stack.append((fill, stroke))
        elif op == "Q" and stack:
            fill, stroke = stack.pop()
        if op in FILL_OPS:
            fill = ([f for f in fill if str(f.operator) == "cs"] + [i]) if op in ("sc", "scn") else [i]
        elif op in STROKE_OPS:
            stroke = ([f for f in stroke if str(f.operator) == "CS"] + [i]) if op in ("SC", "SCN") else [i]
        if in_text and (op in FILL_OPS or op in STROKE_OPS):
            continue  # the text stays white; the tracker above still follows what the original meant
        out.append(i)
        if op == "BT":
            in_text = True
            out += [ins([1, 1, 1], "rg"), ins([1, 1, 1], "RG")]
        elif op == "ET":
            in_text = False
            out += fill + stroke
    set_ops(pdf, page, out)


def translate_text(pdf, page, dx, dy):
    """Every text object drawn under an extra translation (dx, dy), undone right after its ET."""
    out = []
    for i in ops_of(page):
        op = str(i.operator)
        if op == "BT":
            out.append(ins([1, 0, 0, 1, dx, dy], "cm"))
        out.append(i)
        if op == "ET":
            out.append(ins([1, 0, 0, 1, -dx, -dy], "cm"))
    set_ops(pdf, page, out)


def clip_out(pdf, page):
    """A 1 pt × 1 pt clipping path in the lower-left corner before everything else on the page."""
    set_ops(pdf, page, [ins([0, 0, 1, 1], "re"), ins([], "W"), ins([], "n")] + ops_of(page))


def crop_corner(pdf, page, size=36):
    page.obj.CropBox = Array([0, 0, size, size])


def box(page):
    mb = [num(v) for v in page.obj.MediaBox]
    return mb[2] - mb[0], mb[3] - mb[1], mb[0], mb[1]


def stored_rotated(pdf, page, rotate):
    """/Rotate 90 or 270 with the MediaBox turned and the content counter-rotated, so the page displays as before."""
    w, h, x0, y0 = box(page)
    assert x0 == 0 and y0 == 0 and "/CropBox" not in page.obj
    if rotate == 90:   # display (x, y) of the old page = stored (H - y, x)
        m = [0, 1, -1, 0, h, 0]
    elif rotate == 270:  # display (x, y) = stored (y, W - x)
        m = [0, -1, 1, 0, 0, w]
    else:
        raise ValueError(rotate)
    page.obj.MediaBox = Array([0, 0, h, w])
    page.obj.Rotate = rotate
    set_ops(pdf, page, [ins([], "q"), ins(m, "cm")] + ops_of(page) + [ins([], "Q")])


def sideways(pdf, page):
    """The page's whole content turned 90° anticlockwise and scaled by W/H so it fits the upright portrait page, as a
    landscape table printed on a portrait page (top of the table at the left edge; turn the sheet clockwise to read)."""
    w, h, x0, y0 = box(page)
    s = w / h
    f = (h - w * s) / 2
    m = [0, s.quantize(Decimal("0.000001")), -s.quantize(Decimal("0.000001")), 0, w, f.quantize(Decimal("0.001"))]
    set_ops(pdf, page, [ins([], "q"), ins(m, "cm")] + ops_of(page) + [ins([], "Q")])


def into_form(pdf, page, name="Fx0"):
    """The page's whole content moved into one Form XObject (with the page's resources); the page draws it with Do."""
    data = pikepdf.unparse_content_stream(ops_of(page))
    form = pdf.make_stream(data)
    form.Type = Name.XObject
    form.Subtype = Name.Form
    form.FormType = 1
    form.BBox = Array([num(v) for v in page.obj.MediaBox])
    form.Resources = page.obj.Resources
    page.obj.Resources = Dictionary(XObject=Dictionary({"/" + name: form}))
    page.obj.Contents = pdf.make_stream(("q /%s Do Q\n" % name).encode())


def short_count(pdf, count):
    """/Count of the (flat) root page tree node set to COUNT; every page stays in /Kids."""
    assert len(pdf.Root.Pages.Kids) > count
    pdf.Root.Pages.Count = count


def short_count_nested(pdf, count):
    """The page tree split into two intermediate nodes, the first holding pages 1..COUNT, the second the rest, each
    with its true /Count; the root's /Count says COUNT, as if the second node were not there."""
    root = pdf.Root.Pages
    kids = list(root.Kids)
    a = pdf.make_indirect(Dictionary(Type=Name.Pages, Kids=Array(kids[:count]), Count=count, Parent=root))
    b = pdf.make_indirect(Dictionary(Type=Name.Pages, Kids=Array(kids[count:]), Count=len(kids) - count, Parent=root))
    for k in kids[:count]:
        k.Parent = a
    for k in kids[count:]:
        k.Parent = b
    root.Kids = Array([a, b])
    root.Count = count


# ---------------------------------------------------------------------------------------------------------------
# text in the document's own fonts (for the hidden overlay)

def to_unicode(font):
    """code (bytes) -> str, from the font's /ToUnicode CMap (bfchar and bfrange)."""
    m = {}
    if "/ToUnicode" not in font:
        return m
    t = font.ToUnicode.read_bytes().decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", t, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[bytes.fromhex(src)] = bytes.fromhex(dst).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", t, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            n = len(lo) // 2
            d = int(dst, 16)
            for k, c in enumerate(range(int(lo, 16), int(hi, 16) + 1)):
                m[c.to_bytes(n, "big")] = chr(d + k)
    return m


def code_len(font):
    return 2 if str(font.get("/Subtype")) == "/Type0" else 1


def decode(font, umap, data):
    n = code_len(font)
    return "".join(umap.get(data[k:k + n], "?") for k in range(0, len(data), n))


def text_objects(page):
    """[(x, y, text, size)] per text object, x/y from its first Td/Tm (enough for LibreOffice's one-cell objects)."""
    fonts = {str(k): v for k, v in page.obj.Resources.Font.items()}
    umaps = {k: to_unicode(v) for k, v in fonts.items()}
    res, cur, pos, font, size = [], None, None, None, None
    for i in ops_of(page):
        op = str(i.operator)
        o = list(i.operands)
        if op == "BT":
            cur, pos = "", None
        elif op == "Tf":
            font, size = str(o[0]), float(o[1])
        elif op in ("Td", "TD") and pos is None:
            pos = (float(o[0]), float(o[1]))
        elif op == "Tm" and pos is None:
            pos = (float(o[4]), float(o[5]))
        elif op == "Tj" and cur is not None:
            cur += decode(fonts[font], umaps[font], bytes(o[0]))
        elif op == "TJ" and cur is not None:
            cur += "".join(decode(fonts[font], umaps[font], bytes(e)) for e in o[0] if isinstance(e, pikepdf.String))
        elif op == "ET" and cur is not None:
            res.append((pos[0], pos[1], cur, size))
            cur = None
    return res


def text_ops(page, text, x, y, size):
    """Instructions (no BT/ET) that show TEXT at (x, y) glyph by glyph in the page's own fonts."""
    fonts = {str(k): v for k, v in page.obj.Resources.Font.items()}
    rev = {}
    for name, f in fonts.items():
        for code, u in to_unicode(f).items():
            rev.setdefault(u, (name, code))
    out = []
    for ch in text:
        if ch not in rev:
            raise SystemExit("character %r is not in the page's fonts" % ch)
        name, code = rev[ch]
        f = fonts[name]
        first = int(f.FirstChar)
        width = float(f.Widths[code[0] - first])
        out += [ins([1, 0, 0, 1, num(round(x, 3)), num(round(y, 3))], "Tm"), ins([Name(name), num(size)], "Tf"),
                ins([pikepdf.String(code)], "Tj")]
        x += width * size / 1000
    return out


def overlay(pdf, page, cells, how):
    """Conforming values over the failing cells. CELLS: [(row name, visible value, conforming value)]. HOW: 'hidden'
    appends them after the page in render mode 3; 'white' draws them first, in white, under the black originals."""
    objs = text_objects(page)
    body = []
    for row, visible, fake in cells:
        ys = [y for x, y, t, s in objs if t == row]
        assert len(ys) == 1, (row, ys)
        hits = [(x, y, s) for x, y, t, s in objs if t == visible and abs(y - ys[0]) < 0.5]
        assert len(hits) == 1, (row, visible, hits)
        x, y, s = hits[0]
        body += text_ops(page, fake, x, y, s)
    if how == "hidden":
        layer = [ins([], "q"), ins([], "BT"), ins([3], "Tr")] + body + [ins([], "ET"), ins([], "Q")]
        set_ops(pdf, page, ops_of(page) + layer)
    else:
        layer = [ins([], "q"), ins([1, 1, 1], "rg"), ins([], "BT"), ins([0], "Tr")] + body + [ins([], "ET"), ins([], "Q")]
        set_ops(pdf, page, layer + ops_of(page))


# ---------------------------------------------------------------------------------------------------------------
# the corpus

NINGYUAN_CELLS = [("非化石能源消费比重", "30", "35"), ("劳动年龄人口平均受教育年限", "11", "11.5"),
                  ("城镇调查失业率", "≤6", "≤5.5"), ("森林覆盖率", "60", "62.5")]

# name: (source, pages edited, edit, expectation, copy figures, case, description)
#   expectation: 'unverifiable' (document disagrees with itself or shows nothing), 'notpass' (UNVERIFIABLE,
#   FAIL accepted), 'original' (the source's status and findings), 'original-or-refuse' (same, UNVERIFIABLE accepted)
VARIANTS = [
    ("ecology-all-invisible", "ecology-special-plan", "all", lambda pdf, p: render_mode(pdf, p, 3),
     "unverifiable", False, 1, "every text object in render mode 3 (3 Tr) on every page"),
    ("dongan-all-invisible", "dongan-15th-draft", "all", lambda pdf, p: render_mode(pdf, p, 3),
     "unverifiable", False, 1, "every text object in render mode 3 (3 Tr) on every page"),
    ("jianghua-table-tr7", "jianghua-15th-draft", [4], lambda pdf, p: render_mode(pdf, p, 7),
     "notpass", False, 2, "all text of the table page in render mode 7 (clip only)"),
    ("lanshan-table-tr3", "lanshan-15th-draft", [3], lambda pdf, p: render_mode(pdf, p, 3),
     "notpass", False, 2, "all text of the table page in render mode 3 (invisible)"),
    ("lengshuitan-table-offpage", "lengshuitan-15th-draft", [4, 5], lambda pdf, p: translate_text(pdf, p, 10000, 10000),
     "notpass", False, 3, "all text of both table pages drawn under `1 0 0 1 10000 10000 cm` (undone after each ET)"),
    ("dongan-table-clipped", "dongan-15th-draft", [2, 3], clip_out,
     "notpass", False, 4, "`0 0 1 1 re W n` before the content of both table pages"),
    ("jianghua-table-white", "jianghua-15th-draft", [4], white_text,
     "notpass", False, 5, "all text of the table page painted white (`1 1 1 rg`) on the white page"),
    ("lanshan-table-cropped", "lanshan-15th-draft", [3], crop_corner,
     "notpass", False, 6, "CropBox of the table page set to [0 0 36 36] (lower-left corner)"),
    ("jianghua-count3", "jianghua-15th-draft", "doc", lambda pdf: short_count(pdf, 3),
     "unverifiable", False, 7, "root /Count 3 of 18 pages (flat /Kids keeps all 18); the table (p. 4) is uncounted"),
    ("jianghua-count3-nested", "jianghua-15th-draft", "doc", lambda pdf: short_count_nested(pdf, 3),
     "unverifiable", False, 7, "page tree split in two nodes (3 + 15 pages, each counted right), root /Count 3; "
                               "the table (p. 4) is in the uncounted node"),
    ("lengshuitan-count5", "lengshuitan-15th-draft", "doc", lambda pdf: short_count(pdf, 5),
     "unverifiable", False, 7, "root /Count 5 of 42 pages; the table (pp. 4–5) is counted, pages 6–42 are not"),
    ("ningyuan-hidden-overlay", "ningyuan-15th-draft", [3], lambda pdf, p: overlay(pdf, p, NINGYUAN_CELLS, "hidden"),
     "original", True, 8, "conforming values 35, 11.5, ≤5.5, 62.5 in render mode 3, in the document's own fonts, "
                          "at the same origin as the failing 30, 11, ≤6, 60 (appended after the page)"),
    ("ningyuan-white-underlay", "ningyuan-15th-draft", [3], lambda pdf, p: overlay(pdf, p, NINGYUAN_CELLS, "white"),
     "original", True, 8, "the same conforming values in white, drawn first at the same origins, under the black "
                          "failing values"),
    ("jianghua-rotate90", "jianghua-15th-draft", [4], lambda pdf, p: stored_rotated(pdf, p, 90),
     "original-or-refuse", True, 9, "table page stored as /Rotate 90 with MediaBox [0 0 H W] and the content "
                                    "counter-rotated (`0 1 -1 0 H 0 cm`)"),
    ("ningyuan-rotate270", "ningyuan-15th-draft", [3], lambda pdf, p: stored_rotated(pdf, p, 270),
     "original-or-refuse", True, 9, "table page stored as /Rotate 270 with MediaBox [0 0 H W] and the content "
                                    "counter-rotated (`0 -1 1 0 0 W cm`)"),
    ("lanshan-sideways", "lanshan-15th-draft", [3], sideways,
     "original-or-refuse", True, 9, "table page's content turned 90° anticlockwise (scale W/H) on the upright "
                                    "portrait page, as a landscape table printed sideways"),
    ("lengshuitan-table-xobject", "lengshuitan-15th-draft", [4, 5], into_form,
     "original", True, 10, "the whole content of both table pages moved into a Form XObject drawn with `/Fx0 Do`"),
    ("ecology-table-xobject", "ecology-special-plan", [2, 3], into_form,
     "original", True, 10, "the whole content of both table pages (header at the foot of p. 2, rows on p. 3) moved "
                           "into a Form XObject drawn with `/Fx0 Do`"),
]


def expected(src_dir, source, kind, out):
    lines = (src_dir / (source + ".expected.tsv")).read_text(encoding="utf-8").splitlines()
    status = lines[0].split(":", 1)[1].strip()
    header = next(ln for ln in lines if ln.startswith("ruleId\t"))
    rows = [ln for ln in lines[lines.index(header) + 1:] if ln.strip()]
    jur, k, domain = FACTS[source]
    head = []
    if kind == "unverifiable":
        head.append("# status: UNVERIFIABLE")
        rows = []
    elif kind == "notpass":
        head += ["# status: UNVERIFIABLE", "# accept: FAIL"]
        rows = []
    else:
        head.append("# status: " + status)
        if kind == "original-or-refuse" and status != "UNVERIFIABLE":
            head.append("# accept: UNVERIFIABLE")
    head += ["# jurisdiction: " + jur, "# kind: " + k]
    if domain:
        head.append("# domain: " + domain)
    out.write_text("\n".join(head + [header] + rows) + "\n", encoding="utf-8")


def build(src_dir, out_dir, v):
    name, source, pages, edit, kind, figures, case, _ = v
    pdf = pikepdf.open(src_dir / (source + ".pdf"))
    if pages == "doc":
        edit(pdf)
    else:
        for n in (range(1, len(pdf.pages) + 1) if pages == "all" else pages):
            edit(pdf, pdf.pages[n - 1])
    pdf.save(out_dir / (name + ".pdf"), static_id=True, fix_metadata_version=False, preserve_pdfa=False)
    expected(src_dir, source, kind, out_dir / (name + ".expected.tsv"))
    fig = out_dir / (name + ".figures.tsv")
    if figures:
        shutil.copyfile(src_dir / (source + ".figures.tsv"), fig)
    elif fig.exists():
        fig.unlink()
    log("  %s (case %d) from %s" % (name, case, source))


def main():
    src_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    wanted = set(sys.argv[3:])
    out_dir.mkdir(parents=True, exist_ok=True)
    for v in VARIANTS:
        if not wanted or v[0] in wanted:
            build(src_dir, out_dir, v)
    if not wanted:  # a full build leaves no file of a variant that is no longer in the list
        names = {v[0] for v in VARIANTS}
        for f in sorted(out_dir.iterdir()):
            stem = re.sub(r"\.(pdf|expected\.tsv|figures\.tsv)$", "", f.name)
            if stem != f.name and stem not in names:
                log("  removing stale " + f.name)
                f.unlink()


if __name__ == "__main__":
    main()
