#!/usr/bin/python3
"""Builds corpora/hunan-annual/: the documents (PDF with their .docx or .html source) and both truth files.

Usage: make_corpus.py OUTDIR [stem ...]   (run through make.sh)
Truth comes from specs.py only; pages are looked up in the rendered PDF with pdftotext, page by page.
"""
import datetime
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import prose
import specs

HERE = os.path.dirname(os.path.abspath(__file__))
CN = "一二三四五六七八九十"
WS = re.compile(r"[\s\u3000\u00a0]+")


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def nodigits(s):
    if re.search(r"[0-9０-９]", s):
        raise SystemExit("prose carries a number: " + s)
    return s


# ------------------------------------------------------------------------------------------------ document content
def review_paras(doc, n_themes=4):
    ctx = doc["ctx"]
    keys = list(prose.REVIEW)
    start = sum(map(ord, doc["stem"])) % len(keys)
    out = []
    for k in (keys[start:] + keys[:start])[:n_themes]:
        out.append(("p", nodigits(prose.fill("".join(prose.REVIEW[k]), ctx))))
    return out


def themed(doc, themes, per_theme, level="h2"):
    out = []
    for i, (head, paras) in enumerate(prose.section_paragraphs(doc["stem"], themes, doc["ctx"], per_theme), 1):
        out.append((level, "（%s）%s" % (cn(i), nodigits(head))))
        out += [("p", nodigits(p)) for p in paras]
    return out


def blocks_for(doc):
    ctx, st = doc["ctx"], doc["stem"]
    f = lambda s: nodigits(prose.fill(s, ctx))
    b = []
    if st == "chenzhou-2025-plan":
        b += [("redhead", "郴州市人民政府文件"), ("docno", "郴政发〔2025〕2号"), ("rule", ""),
              ("title", "郴州市人民政府关于印发《郴州市2025年国民经济和社会发展计划》的通知"),
              ("addr", "各县市区人民政府，市政府各工作部门，中省驻郴各单位："),
              ("p", "《郴州市2025年国民经济和社会发展计划》已经市六届人大四次会议审议通过，现印发给你们，请认真组织实施。"),
              ("sign", "郴州市人民政府"), ("sign", "2025年3月22日"), ("left", "（此件主动公开）"), ("pb", ""),
              ("title", doc["title"]),
              ("h1", "一、2024年计划执行情况"), ("p", doc["review"])]
        b += review_paras(doc, 5)
        b += [("p", f(prose.REVIEW_TAIL[1])),
              ("h1", "二、2025年经济社会发展的主要预期目标"), ("p", doc["targets_paragraph"]),
              ("p", f(prose.GENERAL_REQUIREMENTS[1])),
              ("h1", "三、2025年重点工作")]
        b += themed(doc, ["investment", "industry", "innovation", "consumption", "reform", "opening",
                          "agriculture", "urban", "ecology", "livelihood", "safety"], 6)
        b += [("h1", "四、保障措施")] + [("p", f(s)) for s in prose.PLAN_CLOSING]
    elif st in ("xiangxi-2025-plan", "hengyang-2025-plan", "changde-2025-plan"):
        b += [("title", doc["title"])]
        if st == "xiangxi-2025-plan":
            b += [("subtitle", "湘西土家族苗族自治州人民政府")]
        elif st == "hengyang-2025-plan":
            b += [("subtitle", "（经市人民代表大会审议批准）")]
        else:
            b += [("subtitle", "常德市发展和改革委员会")]
        b += [("h1", "一、2024年国民经济和社会发展计划执行情况"), ("p", doc["review"])]
        b += review_paras(doc, 4 if st != "changde-2025-plan" else 3)
        b += [("p", f(prose.REVIEW_TAIL[1])),
              ("h1", "二、2025年经济社会发展的总体要求和主要目标"),
              ("p", f(prose.GENERAL_REQUIREMENTS[0])), ("p", doc["targets_paragraph"])]
        if "table" in doc:
            b += [("table", "")]
        b += [("p", f(prose.GENERAL_REQUIREMENTS[1])), ("h1", "三、2025年重点任务")]
        themes = {"xiangxi-2025-plan": ["industry", "agriculture", "ecology", "investment", "consumption",
                                        "reform", "livelihood", "safety"],
                  "hengyang-2025-plan": ["industry", "innovation", "investment", "consumption", "opening",
                                         "agriculture", "urban", "ecology", "livelihood", "safety"],
                  "changde-2025-plan": ["industry", "investment", "consumption", "reform", "agriculture",
                                        "ecology", "livelihood"]}[st]
        b += themed(doc, themes, 5 if st != "changde-2025-plan" else 4)
        b += [("h1", "四、保障措施")] + [("p", f(s)) for s in prose.PLAN_CLOSING]
    elif st in ("zhuzhou-2025-report", "yueyang-2025-report"):
        sub = {"zhuzhou-2025-report": "——2025年1月在株洲市人民代表大会会议上",
               "yueyang-2025-report": "——2025年1月在岳阳市人民代表大会会议上"}[st]
        b += [("title", "政府工作报告"), ("subtitle", sub), ("subtitle", doc["jurisdiction"] + "人民政府"),
              ("left", "各位代表："), ("p", f(prose.OPENING_REPORT[0])),
              ("h1", "一、2024年工作回顾"), ("p", f(prose.REVIEW_INTRO[0]) + doc["review"])]
        b += review_paras(doc, 6)
        b += [("p", f(s)) for s in prose.REVIEW_TAIL]
        b += [("h1", "二、2025年工作总体要求和主要目标"), ("p", f(prose.GENERAL_REQUIREMENTS[0])),
              ("p", doc["targets_paragraph"]), ("p", f(prose.GENERAL_REQUIREMENTS[1])),
              ("h1", "三、2025年重点工作")]
        b += themed(doc, ["industry", "innovation", "investment", "consumption", "reform", "opening",
                          "agriculture", "urban", "ecology", "livelihood", "safety"], 7)
        b += [("h1", "四、全面加强政府自身建设")]
        b += [("p", nodigits(p)) for _, ps in prose.section_paragraphs(st, ["government"], ctx, 6) for p in ps]
        b += [("p", f(prose.CLOSING[0]))]
    elif st == "xiangtan-2025-report":
        b += [("title", "政府工作报告"),
              ("subtitle", "——2024年12月23日在湘潭市第十六届人民代表大会第四次会议上"),
              ("subtitle", "湘潭市人民政府代理市长　李永亮"),
              ("left", "各位代表："), ("p", f(prose.OPENING_REPORT[0])),
              ("h1", "一、2024年工作回顾"), ("p", f(prose.REVIEW_INTRO[0]))]
        b += review_paras(doc, 6)
        b += [("p", f(s)) for s in prose.REVIEW_TAIL]
        b += [("h1", "二、2025年工作安排"), ("p", specs.XIANGTAN_REQ), ("p", doc["targets_paragraph"]),
              ("p", "重点做好九个方面工作：")]
        b += themed(doc, ["industry", "innovation", "investment", "consumption", "reform", "opening",
                          "agriculture", "ecology", "livelihood"], 7)
        b += [("h1", "三、全面加强政府自身建设")]
        b += [("p", nodigits(p)) for _, ps in prose.section_paragraphs(st, ["government"], ctx, 6) for p in ps]
        b += [("p", f(prose.CLOSING[0]))]
    elif st == "yiyang-2025-report-news":
        b += [("title", doc["title"]), ("byline", "本报记者　综合报道"),
              ("p", "连日来，益阳市人民代表大会会议期间，政府工作报告成为代表们热议的话题。报告回顾了过去一年的工作，"
                    "对今年的经济社会发展作出全面部署，释放出稳中求进、以进促稳的鲜明信号。"),
              ("h2", "目标：稳中有进　进中提质"), ("p", doc["targets_paragraph"]),
              ("p", "记者注意到，与往年相比，今年的目标设定更加注重质量和效益，既考虑了需要，也考虑了可能，"
                    "为结构调整和风险化解留出了空间。有代表表示，目标定得实、定得准，关键在于抓落实。"),
              ("h2", "关键词：项目　产业　民生"),
              ("p", "“报告把扩大有效投资放在突出位置，释放了大抓项目、抓大项目的强烈信号。”一位来自园区的代表说，"
                    "园区将紧盯主导产业链，加快推进在建项目建设，全力以赴招大引强。"),
              ("p", "来自农村基层的代表则更关注乡村振兴。她说，报告提出守牢粮食安全底线、做强特色农业产业，"
                    "让种粮农民吃下了定心丸，也为发展特色产业指明了方向。"),
              ("p", "教育、医疗、养老、托育……报告中的一项项民生举措，同样引发代表们共鸣。大家认为，这些举措件件关乎群众切身利益，"
                    "体现了以人民为中心的发展思想。"),
              ("h2", "声音：把蓝图变为现实"),
              ("p", "“报告既有宏观部署，又有具体举措，读来倍感振奋。”一位来自企业的代表说，企业将加大研发投入，"
                    "加快技术改造，努力在稳增长中多作贡献。"),
              ("p", "一位来自社区的代表表示，报告对城市更新、老旧小区改造、一老一小服务等作出部署，"
                    "回应了群众的急难愁盼，社区将主动对接，让好政策尽快惠及居民。"),
              ("p", "一位来自教育系统的代表认为，报告提出推动义务教育优质均衡发展，为基层学校发展注入了信心，"
                    "希望进一步加大对农村学校的支持力度。"),
              ("h2", "落实：一张蓝图干到底"),
              ("p", "多位代表建议，要把报告确定的目标任务细化为可操作、可考核的具体举措，压实各方责任，"
                    "以钉钉子精神抓好落实，确保各项目标任务如期完成。"),
              ("p", "（本报记者综合报道，内容仅为新闻报道，不是计划文件。具体目标以正式印发的文件为准。）")]
    else:
        raise SystemExit("no layout for " + st)
    return b


def table_rows(doc):
    rows = []
    for fg in doc["figures"]:
        if fg["source"] != "table":
            continue
        r = [fg["rawName"], fg["unit"], fg["base"], fg["target"]]
        if len(doc["table"]["header"]) == 5:
            r.append(fg["attribute"])
        rows.append(r)
    return rows


# ------------------------------------------------------------------------------------------------ python-docx
def build_docx(doc, blocks, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT  # noqa: F401
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    d = Document()
    cp = d.core_properties
    cp.author = "plancheck corpus"
    cp.last_modified_by = "plancheck corpus"
    cp.title = doc["title"]
    cp.created = cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_printed = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1
    sec = d.sections[0]
    w, h = {"A4": (210, 297), "B5": (176, 250)}[doc["paper"]]
    sec.page_width, sec.page_height = Mm(w), Mm(h)
    if doc["paper"] == "A4":
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    else:
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(25), Mm(25), Mm(22), Mm(20)
    size = doc["size"]

    def font(run, name, pt, bold=False, color=None):
        run.font.name = name
        run.font.size = Pt(pt)
        run.font.bold = bold
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), name)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)

    def para(text, name=None, pt=None, bold=False, align=None, indent=True, color=None, before=0, after=0):
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.space_before, pf.space_after = Pt(before), Pt(after)
        if size >= 15:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(28 if size == 16 else 26)
        else:
            pf.line_spacing = 1.5
        if indent:
            pf.first_line_indent = Pt(2 * (pt or size))
        if align:
            pf.alignment = align
        else:
            pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if text:
            font(p.add_run(text), name or doc["font"], pt or size, bold, color)
        return p

    # footer: — N —
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER if doc["paper"] == "B5" else WD_ALIGN_PARAGRAPH.RIGHT
    font(fp.add_run("— "), doc["font"], 12)
    r = fp.add_run()
    font(r, doc["font"], 12)
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = txt
        elif kind == "text":
            e = OxmlElement("w:t")
            e.text = txt
        else:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        r._element.append(e)
    font(fp.add_run(" —"), doc["font"], 12)

    C = WD_ALIGN_PARAGRAPH.CENTER
    for kind, txt in blocks:
        if kind == "redhead":
            para(txt, doc["head_font"], 30, True, C, False, "E00000", before=24, after=12)
        elif kind == "docno":
            para(txt, doc["font"], size, False, C, False)
        elif kind == "rule":
            p = para("", indent=False)
            ppr = p._element.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bot = OxmlElement("w:bottom")
            for k, v in (("w:val", "single"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "E00000")):
                bot.set(qn(k), v)
            bdr.append(bot)
            ppr.append(bdr)
        elif kind == "title":
            para(txt, doc["head_font"], size + 6, True, C, False, before=18, after=12)
        elif kind == "subtitle":
            para(txt, doc["font"], size, False, C, False)
        elif kind in ("addr", "left"):
            para(txt, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "sign":
            p = para(txt, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(size * 3)
        elif kind == "h1":
            para(txt, doc["head_font"], size, True, None, True, before=6)
        elif kind == "h2":
            para(txt, doc["font"], size, True)
        elif kind == "p":
            para(txt)
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            t = doc["table"]
            para(t["caption"], doc["head_font"], size, True, C, False, before=6, after=6)
            rows = table_rows(doc)
            tb = d.add_table(rows=1 + len(rows), cols=len(t["header"]))
            tb.style = "Table Grid"
            tb.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = [Mm(w) for w in ((52, 16, 26, 34, 20) if len(t["header"]) == 5 else (60, 18, 30, 40))]
            tfont, tsize = doc.get("table_font", doc["font"]), doc.get("table_size", 10.5)
            tb.autofit = False
            for ci, col in enumerate(tb.columns):
                col.width = widths[ci]
            for ri, vals in enumerate([t["header"]] + rows):
                row = tb.rows[ri]
                trpr = row._tr.get_or_add_trPr()
                cs = OxmlElement("w:cantSplit")
                cs.set(qn("w:val"), "true")
                trpr.append(cs)
                if ri == 0:
                    th = OxmlElement("w:tblHeader")
                    th.set(qn("w:val"), "true")
                    trpr.append(th)
                for ci, v in enumerate(vals):
                    cell = row.cells[ci]
                    cell.width = widths[ci]
                    p = cell.paragraphs[0]
                    p.alignment = WD_ALIGN_PARAGRAPH.LEFT if ci == 0 and ri else C
                    font(p.add_run(v), tfont, tsize, ri == 0)
            if t.get("note"):
                para(t["note"], doc["font"], tsize, False, WD_ALIGN_PARAGRAPH.LEFT, False, before=4)
        else:
            raise SystemExit("unknown block " + kind)
    d.save(path)
    restamp_zip(path)


def restamp_zip(path):
    """python-docx stamps zip entries with the current time: fix them so a rebuild is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


# ------------------------------------------------------------------------------------------------ HTML
def build_html(doc, blocks, path, for_lo):
    e = html.escape
    size = doc["size"]
    paper = {"A4": "210mm 297mm", "A5": "148mm 210mm"}[doc["paper"]]
    margin = "30mm 26mm 28mm 26mm" if doc["paper"] == "A4" else "16mm 14mm 18mm 14mm"
    footer = "" if for_lo else (
        "@page { @bottom-center { content: \"— \" counter(page) \" —\"; font-family: '%s'; font-size: 10pt; } }"
        % doc["font"])
    css = f"""
@page {{ size: {paper}; margin: {margin}; }}
{footer}
body {{ font-family: '{doc['font']}'; font-size: {size}pt; line-height: 1.75; color: #000; }}
p {{ margin: 0 0 0.2em 0; text-indent: 2em; text-align: justify; }}
p.noindent {{ text-indent: 0; }}
h1.title {{ font-family: '{doc['head_font']}'; font-size: {size + 7}pt; text-align: center; font-weight: bold; margin: 0.6em 0 0.4em 0; }}
p.subtitle {{ text-align: center; text-indent: 0; }}
p.byline {{ text-align: center; text-indent: 0; color: #555; font-size: {size - 2}pt; }}
h2 {{ font-family: '{doc['head_font']}'; font-size: {size}pt; font-weight: bold; margin: 0.5em 0 0.2em 0; text-indent: 2em; }}
h3 {{ font-family: '{doc['font']}'; font-size: {size}pt; font-weight: bold; margin: 0.3em 0 0.1em 0; text-indent: 2em; }}
table {{ border-collapse: collapse; margin: 0.4em auto; width: 100%; }}
th, td {{ border: 1px solid #000; padding: 3pt 5pt; font-size: {size - 3}pt; line-height: 1.4; text-align: center; }}
td.name {{ text-align: left; }}
th {{ font-family: '{doc['head_font']}'; background: #e8e8e8; }}
p.caption {{ text-align: center; text-indent: 0; font-family: '{doc['head_font']}'; font-weight: bold; }}
p.note {{ text-indent: 0; font-size: {size - 3}pt; }}
"""
    out = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
           "<title>%s</title>" % e(doc["title"]), "<style>%s</style></head><body>" % css]
    for kind, txt in blocks:
        if kind == "title":
            out.append('<h1 class="title">%s</h1>' % e(txt))
        elif kind == "subtitle":
            out.append('<p class="subtitle">%s</p>' % e(txt))
        elif kind == "byline":
            out.append('<p class="byline">%s</p>' % e(txt))
        elif kind in ("left", "addr"):
            out.append('<p class="noindent">%s</p>' % e(txt))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(txt))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(txt))
        elif kind == "p":
            out.append("<p>%s</p>" % e(txt))
        elif kind == "table":
            t = doc["table"]
            out.append('<p class="caption">%s</p>' % e(t["caption"]))
            out.append('<table border="1" cellspacing="0" cellpadding="4"><thead><tr>%s</tr></thead><tbody>'
                       % "".join("<th>%s</th>" % e(h) for h in t["header"]))
            for r in table_rows(doc):
                out.append("<tr>%s</tr>" % "".join(
                    '<td%s>%s</td>' % (' class="name"' if i == 0 else "", e(v)) for i, v in enumerate(r)))
            out.append("</tbody></table>")
            if t.get("note"):
                out.append('<p class="note">%s</p>' % e(t["note"]))
        else:
            raise SystemExit("unknown block for html " + kind)
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")


# ------------------------------------------------------------------------------------------------ rendering
def soffice(src, outdir, html_in=False):
    prof = "file:///tmp/lo-hunan"
    cmd = ["soffice", "--headless", "-env:UserInstallation=" + prof]
    if html_in:
        cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        cmd += ["--convert-to", "pdf"]
    cmd += ["--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def chromium(src, pdf):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--no-first-run", "--user-data-dir=" + prof, "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf, "file://" + os.path.abspath(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def stabilise_pdf(path, stem):
    """Fix dates and file identifier in place (same lengths, offsets unchanged) so a rebuild is byte-identical."""
    data = open(path, "rb").read()

    def date(m):
        v = m.group(2)
        fixed = (b"D:20250301090000" + v[16:])[:len(v)]
        return m.group(1) + fixed + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:[^)]*)(\))", date, data)
    dig = hashlib.sha256(stem.encode()).hexdigest().upper().encode()

    def ident(m):
        a, b = m.group(2), m.group(4)
        return m.group(1) + dig[:len(a)] + m.group(3) + dig[:len(b)] + m.group(5)

    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + dig[-len(m.group(2)):], data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)", ident, data)
    open(path, "wb").write(data)


def page_texts(pdf, layout=False):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True,
                                                        check=True).stdout).group(1))
    pages = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8"] + (["-layout"] if layout else [])
                           + [pdf, "-"], capture_output=True, text=True, check=True).stdout
        pages.append([WS.sub("", ln) for ln in t.splitlines()] if layout else WS.sub("", t))
    return pages


SPLITS = []
FOOTER = re.compile(r"[—－-]*\d+[—－-]*$")


def find_page(pages, fg, lines=None, quiet=False):
    """Page where the figure's number is printed. Text needles may run over a page break (the page footer is
    dropped before joining); the page is the one where the target itself starts."""
    needle = WS.sub("", fg["needle"])
    target = WS.sub("", fg["target"])
    if fg["source"] == "table":
        # the row's page: a -layout line holding the name cell followed by the 2025 cell
        # (a wrapped 2025 cell runs onto the next line: then the page text must still hold it)
        hits = [i for i, page in enumerate(lines, 1) for ln in page
                if ln.startswith(needle) and (target in ln or target in pages[i - 1])]
        if len(hits) != 1:
            raise SystemExit("%s: table row found on %s: %s" % (fg["key"], hits, fg["needle"]))
        return hits[0]
    body = [FOOTER.sub("", t) for t in pages]
    joined, starts = "", []
    for t in body:
        starts.append(len(joined))
        joined += t
    first = joined.find(needle)
    if first < 0 or joined.find(needle, first + 1) >= 0:
        raise SystemExit("%s: needle found %s: %s" % (fg["key"], "nowhere" if first < 0 else "twice", fg["needle"]))
    at = first + needle.rfind(target)
    page = max(i for i, s0 in enumerate(starts, 1) if s0 <= at)
    if page != max(i for i, s0 in enumerate(starts, 1) if s0 <= first):
        SPLITS.append((fg, page))
        quiet or log("  %s: 「%s」 runs over a page break; number on page %d" % (fg["key"], fg["needle"], page))
    return page


# ------------------------------------------------------------------------------------------------ truth
def judge(doc):
    """The findings the stated semantics give; must equal the hand-written ones in specs.py."""
    if doc["kind"] != "annual":
        return set()
    got = set()
    gdp = None
    for fg in doc["figures"]:
        if fg["indicator"] == "地区生产总值增长" and fg["min"]:
            gdp = float(fg["min"]) if gdp is None else min(gdp, float(fg["min"]))
    for fg in doc["figures"]:
        ind = fg["indicator"]
        lo = float(fg["min"]) if fg["min"] else None
        if ind in specs.UPPER and fg["rawName"] and lo is not None and lo < specs.UPPER[ind]:
            got.add(("PC-STRICT", ind, fg["key"]))
        if ind == "居民人均可支配收入增长" and lo is not None and gdp is not None and lo < gdp:
            got.add(("PC-RELATIVE", ind, fg["key"]))
    return got


def check_spec(doc, blocks):
    text = "".join(t for _, t in blocks)
    for fg in doc["figures"]:
        assert fg["indicator"] in specs.INDICATORS or fg["indicator"] == "", fg
        if fg["source"] == "text":
            c = text.count(fg["needle"])
            if c != 1:
                raise SystemExit("%s/%s: needle occurs %d times: %s" % (doc["stem"], fg["key"], c, fg["needle"]))
    want = {(w["ruleId"], w["indicator"], w["figure"]) for w in doc["expected"]}
    got = judge(doc)
    if want != got:
        raise SystemExit("%s: expected findings %s differ from the semantics %s" % (doc["stem"], want, got))


def write_truth(doc, pages, lines, outdir):
    pos = {fg["key"]: find_page(pages, fg, lines) for fg in doc["figures"]}
    st = doc["stem"]
    with open(os.path.join(outdir, st + ".expected.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# status: %s\n# jurisdiction: %s\n# kind: %s\n" % (doc["status"], doc["jurisdiction"], doc["kind"]))
        fh.write("ruleId\tindicator\tseverity\tpage\tnote\n")
        for w in doc["expected"]:
            fh.write("\t".join([w["ruleId"], w["indicator"], w["severity"], str(pos[w["figure"]]), w["note"]]) + "\n")
    with open(os.path.join(outdir, st + ".figures.tsv"), "w", encoding="utf-8") as fh:
        fh.write("source\tindicator\trawName\ttarget\tmin\tmax\tattribute\tyear\tpage\n")
        for fg in doc["figures"]:
            fh.write("\t".join([fg["source"], fg["indicator"], fg["rawName"], fg["target"], fg["min"], fg["max"],
                                fg["attribute"], "2025", str(pos[fg["key"]])]) + "\n")
    return pos


def build(doc, outdir):
    st = doc["stem"]
    blocks = blocks_for(doc)
    check_spec(doc, blocks)
    pdf = os.path.join(outdir, st + ".pdf")
    with tempfile.TemporaryDirectory() as tmp:
        if doc["producer"] == "docx":
            src = os.path.join(outdir, st + ".docx")
            build_docx(doc, blocks, src)
            soffice(src, tmp)
        elif doc["producer"] == "html-lo":
            src = os.path.join(outdir, st + ".html")
            build_html(doc, blocks, src, True)
            soffice(src, tmp, html_in=True)
        else:
            src = os.path.join(outdir, st + ".html")
            build_html(doc, blocks, src, False)
            chromium(src, os.path.join(tmp, st + ".pdf"))
        shutil.move(os.path.join(tmp, st + ".pdf"), pdf)
    stabilise_pdf(pdf, st)
    pages = page_texts(pdf)
    pos = write_truth(doc, pages, page_texts(pdf, True), outdir)
    log("%-28s %2d pages, %2d figures, %d warnings" % (st, len(pages), len(doc["figures"]), len(doc["expected"])))
    return len(pages), pos


PRODUCERS = {"docx": "python-docx → LibreOffice", "html-lo": "HTML → LibreOffice", "html-chromium": "HTML → Chromium"}


def write_readme(outdir):
    rows, nfig, ntext, ntable, nwarn, rules, splits = [], 0, 0, 0, 0, {}, []
    for doc in specs.DOCS:
        pdf = os.path.join(outdir, doc["stem"] + ".pdf")
        if not os.path.exists(pdf):
            continue
        n = re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1)
        src = ".docx" if doc["producer"] == "docx" else ".html"
        seeded = "; ".join("%s %s (p. %s)" % (w["ruleId"], w["indicator"], page_of(outdir, doc, w)) for w in doc["expected"])
        rows.append("| %s | %s | %s | %s (%s beside) | %s, %s | %s | %s | %s | %s |" % (
            doc["stem"] + ".pdf", doc["jurisdiction"], doc["kind"], PRODUCERS[doc["producer"]], src, n, doc["paper"],
            doc["features"], seeded or "none", doc["status"], doc["real"] or "none (illustrative)"))
        del SPLITS[:]
        pages, lines = page_texts(pdf), page_texts(pdf, True)
        for fg in doc["figures"]:
            find_page(pages, fg, lines, quiet=True)
        splits += ["%s 「%s」 p. %d" % (doc["jurisdiction"], fg["needle"], p) for fg, p in SPLITS]
        nfig += len(doc["figures"])
        ntext += sum(1 for f in doc["figures"] if f["source"] == "text")
        ntable += sum(1 for f in doc["figures"] if f["source"] == "table")
        nwarn += len(doc["expected"])
        for w in doc["expected"]:
            rules[w["ruleId"]] = rules.get(w["ruleId"], 0) + 1
    tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    text = (tmpl.replace("@TABLE@", "\n".join(rows)).replace("@SPLITS@", "; ".join(splits) or "none")
            .replace("@TOTALS@", "%d documents; %d figures (%d text, %d table); %d expected warnings (%s); no errors."
                     % (len(rows), nfig, ntext, ntable, nwarn,
                        ", ".join("%s %d" % kv for kv in sorted(rules.items())))))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(os.path.join(outdir, "corpus.properties"), "w", encoding="utf-8") as fh:
        fh.write("name=hunan-annual\nupper=rules/hunan-2025\ninfo=unlisted\n")


def page_of(outdir, doc, w):
    with open(os.path.join(outdir, doc["stem"] + ".expected.tsv"), encoding="utf-8") as fh:
        for ln in fh:
            c = ln.rstrip("\n").split("\t")
            if c[0] == w["ruleId"] and c[1] == w["indicator"]:
                return c[3]
    return "?"


def main():
    outdir = os.path.abspath(sys.argv[1])
    only = set(sys.argv[2:])
    unknown = only - {d["stem"] for d in specs.DOCS}
    if unknown:
        raise SystemExit("unknown document(s): " + " ".join(sorted(unknown)))
    os.makedirs(outdir, exist_ok=True)
    for doc in specs.DOCS:
        if only and doc["stem"] not in only:
            continue
        build(doc, outdir)
    write_readme(outdir)


if __name__ == "__main__":
    main()
