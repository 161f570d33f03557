#!/usr/bin/env python3
"""Builds the sample corpus from one spec per document (specs.py).

For each document: an HTML source (samples/<stem>.html, rendered by LibreOffice) or a layout file drawn with
PDFBox (scripts/samples/DrawPlan.java), the PDF, and the two expectation files written from the same spec:
<stem>.figures.tsv (what the document states) and <stem>.expected.tsv (what a reviewer concludes from it).
Pages in the expectations are found in the rendered PDF (pdftotext page by page), never guessed.

Usage: make_samples.py OUTDIR PDFBOX_CLASSPATH
"""
import html
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from prose import Prose  # noqa: E402
import specs  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
CATALOG = {}
with open(os.path.join(ROOT, "rules", "yongzhou-15th", "targets.tsv"), encoding="utf-8") as fh:
    head = fh.readline().rstrip("\n").split("\t")
    for line in fh:
        c = dict(zip(head, line.rstrip("\n").split("\t")))
        CATALOG[c["id"]] = c

CN = "零一二三四五六七八九十"


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n - 10] if n > 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def interval(t):
    """(min, max) of a target as written, in the document's own unit: 57 -> (57,57); ≥90, 90以上, 不低于90,
    突破90 -> (90,None); ≤5.5, 5.5以内, 降至5.5以下 -> (None,5.5); 5—5.5, 5%—5.5% -> range; 年均10, [6], 6左右 ->
    (10,10); deferred or relative wording (no number) -> (None, None). Units (%, 万吨, 兆瓦, 家 ...) are ignored."""
    s = unicodedata.normalize("NFKC", t).replace(" ", "")
    nums = re.findall(r"\d+(?:\.\d+)?", s)
    if not nums:
        return None, None
    if len(nums) == 2 and re.search(r"\d[^\d]*[—\-~－至][^\d]*\d", s):
        return float(nums[0]), float(nums[1])
    v = float(nums[0])
    if re.match(r"(≥|>|不低于|突破|超过)", s) or s.endswith("以上"):
        return v, None
    if re.match(r"(≤|<|控制在|降至|低于)", s) or s.endswith("以下") or s.endswith("以内"):
        return None, v
    return v, v


def fmt(v):
    if v is None:
        return ""
    return ("%f" % v).rstrip("0").rstrip(".")


# ---------------------------------------------------------------- document body

def build_blocks(d):
    """The document as a list of blocks: (kind, payload). Kinds: small, title, centre, h1, h2, p, table, note,
    pagebreak."""
    pr = Prose(d["place"], d["stem"])
    who = pr.p["unit"]
    office = d.get("office", "%s发展和改革局　2025年12月" % d["place"])
    if d.get("cover", True):
        # A cover page of its own, as drafts printed for review have; a table of contents for the long ones.
        main, small = d["title"], d.get("small", "（草案）")
        b = []
        if main.endswith("（草案）"):
            main = main[:-len("（草案）")]
            b = [("covertitle", main), ("centre", "（草案）")]
            if small != "（草案）":
                b.append(("coveroffice", small))
                small = None
        else:
            b = [("covertitle", main), ("centre", small)]
        b += [("coveroffice" if small is not None else "centre", office), ("pagebreak", "")]
        if d.get("toc"):
            b.append(("h2", "目　录"))
            b.append(("toc", ""))
            b.append(("pagebreak", ""))
    else:
        b = [("small", d.get("small", "（草案）")), ("title", d["title"]), ("centre", office)]
    texts = {}
    for t in d.get("texts", []):
        texts.setdefault(t["theme"], []).append(t)
    b.append(("h2", "前　言"))
    b.append(("p", "本纲要根据%s和《永州市国民经济和社会发展第十五个五年规划纲要》编制，主要阐明%s在“十五五”时期的"
                   "发展思路、主要目标、重点任务和重大举措，是%s人民共同的行动纲领。" %
              ("国家和省市部署" if d["kind"] == "county" else "国家和省相关规划", who, who)))
    n = 1
    intro = d.get("intro", ["industry", "agriculture", "social"])
    b.append(("h1", "第%s章　发展基础" % cn_num(n)))
    n += 1
    b.append(("p", "“十四五”时期，面对复杂严峻的外部环境，%s团结带领广大干部群众，统筹推进稳增长、调结构、惠民生、"
                   "防风险各项工作，经济社会发展取得新的成效，为“十五五”发展打下了坚实基础。" % pr.p["people"]))
    for th in intro:
        b.append(("p", pr.paragraph(th)))
    b.append(("h1", "第%s章　发展环境" % cn_num(n)))
    n += 1
    b.append(("p", "当前和今后一个时期，发展环境面临深刻复杂变化，机遇和挑战并存。从机遇看，国家推动中部地区加快崛起、"
                   "湖南打造国家重要先进制造业高地，为%s承接产业转移、扩大开放合作提供了有利条件。从挑战看，经济下行压力依然存在，"
                   "产业结构偏重、创新能力不强、公共服务短板等问题仍然突出。" % who))
    b.append(("h1", "第%s章　指导思想和主要目标" % cn_num(n)))
    n += 1
    b.append(("h2", "第一节　指导思想"))
    b.append(("p", "坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，完整准确全面贯彻"
                   "新发展理念，服务和融入新发展格局，坚持稳中求进工作总基调，以推动高质量发展为主题，统筹发展和安全，"
                   "奋力谱写中国式现代化%s篇章。" % d["place"]))
    b.append(("h2", "第二节　主要目标"))
    b.append(("p", d.get("goals", "锚定二〇三五年远景目标，综合考虑发展趋势和条件，今后五年经济社会发展要努力实现以下主要目标："
                                 "经济实力稳步提升，产业结构持续优化，创新能力明显增强，生态环境更加优美，人民生活水平不断提高，"
                                 "发展安全保障更加有力。")))
    for t in texts.pop("goals", []):
        b.append(("p", t["sentence"]))
    b.append(("caption", d["table"].get("caption", "表1　%s“十五五”时期经济社会发展主要指标" % d["place"])))
    b.append(("table", d["table"]))
    if d["table"].get("note"):
        b.append(("note", d["table"]["note"]))
    for th in d["chapters"]:
        title = specs.CHAPTER_TITLES[th]
        b.append(("h1", "第%s章　%s" % (cn_num(n), title)))
        n += 1
        for s in range(d.get("sections", 2)):
            b.append(("h2", "第%s节　%s" % (cn_num(s + 1), pr.section_title(th, s + n))))
            for k in range(d.get("paras", 2)):
                p = pr.paragraph(th)
                if s == 0 and k == 0 and th in texts:
                    p = "".join(t["sentence"] for t in texts.pop(th)) + p
                b.append(("p", p))
    if texts:
        raise SystemExit("%s: text targets without a chapter: %s" % (d["stem"], list(texts)))
    b.append(("h1", "第%s章　保障措施" % cn_num(n)))
    if any(x[0] == "toc" for x in b):
        b[next(i for i, x in enumerate(b) if x[0] == "toc")] = None
    b.append(("p", "坚持党的全面领导，健全规划实施机制，强化规划衔接，确保下位规划和年度计划落实本纲要确定的目标任务。"
                   "加强规划实施监测评估，将主要指标纳入高质量发展考核，适时开展中期评估，主动接受人大监督和社会监督。"))
    if None in b:
        i = b.index(None)
        heads = [x[1] for x in b if x and x[0] == "h1"]
        b[i:i + 1] = [("tocline", h) for h in heads]
    return b


def table_grid(t):
    """Header rows and body rows (lists of cells; a cell is (text, rowspan)) of an indicator table."""
    cols = t["cols"]
    header = [[(c, 1) for c in cols]]
    body = []
    cats = {}
    for r in t["rows"]:
        cats[r.get("cat", "")] = cats.get(r.get("cat", ""), 0) + 1
    seen = set()
    for i, r in enumerate(t["rows"]):
        cells = []
        for c in cols:
            if c == "类别":
                cat = r.get("cat", "")
                if t.get("rowspan") and cat in seen:
                    continue
                seen.add(cat)
                cells.append((cat, cats[cat] if t.get("rowspan") else 1))
            elif c == "序号":
                cells.append((str(i + 1), 1))
            elif c.startswith("指标"):
                cells.append((r["name"] + ("★" if t.get("star") and r["attr"] == "约束性" else ""), 1))
            elif c == "单位":
                cells.append((r.get("unit", ""), 1))
            elif c in ("2025年", "基期值", "2025年基期"):
                cells.append((r.get("base", ""), 1))
            elif c in ("2030年", "目标值", "2030年目标"):
                cells.append((r.get("t", ""), 1))
            elif c in ("2035年", "2035年远景"):
                cells.append((r.get("t35", ""), 1))
            elif c == "属性":
                cells.append((r["attr"], 1))
            else:
                raise SystemExit("unknown column " + c)
        body.append(cells)
    return header, body


def fw(s, on):
    if not on:
        return s
    return s.translate(str.maketrans("0123456789%", "０１２３４５６７８９％"))


def to_html(d, blocks):
    out = ["<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%s</title><style>"
           "body{font-family:'WenQuanYi Zen Hei';font-size:12pt}"
           "h1{font-size:15pt;text-align:center;margin-top:14pt} h2{font-size:13pt} "
           "p{text-indent:2em;line-height:150%%;margin:0 0 4pt 0} td{font-size:10pt}"
           "</style></head><body>" % html.escape(d["title"])]
    brk = False
    for kind, x in blocks:
        if kind == "pagebreak":
            brk = True
            continue
        if brk:
            out.append('<p style="page-break-before:always;margin:0;text-indent:0"></p>')
            brk = False
        if kind == "small":
            out.append('<p style="text-align:center;text-indent:0">%s</p>' % html.escape(x))
        elif kind == "covertitle":
            out.append('<p style="text-align:center;text-indent:0;font-size:22pt;line-height:160%%;margin-top:150pt;'
                       'margin-bottom:12pt">%s</p>' % html.escape(x))
        elif kind == "coveroffice":
            out.append('<p style="text-align:center;text-indent:0;font-size:14pt;margin-top:220pt">%s</p>' %
                       html.escape(x))
        elif kind == "tocline":
            out.append('<p style="text-indent:0;margin-left:2em">%s</p>' % html.escape(x))
        elif kind == "title":
            out.append('<p style="text-align:center;text-indent:0;font-size:18pt;margin-top:24pt">%s</p>' %
                       html.escape(x))
        elif kind == "centre":
            out.append('<p style="text-align:center;text-indent:0;margin-bottom:24pt">%s</p>' % html.escape(x))
        elif kind == "h1":
            out.append("<h1>%s</h1>" % html.escape(x))
        elif kind == "h2":
            out.append("<h2>%s</h2>" % html.escape(x))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(x))
        elif kind == "caption":
            out.append('<p style="text-align:center;text-indent:0;font-size:12pt">%s</p>' % html.escape(x))
        elif kind == "note":
            out.append('<p style="text-indent:0;font-size:10pt">%s</p>' % html.escape(x))
        elif kind == "table":
            header, body = table_grid(x)
            split = x.get("split_after")
            parts = [body] if not split else [body[:split], body[split:]]
            for pi, part in enumerate(parts):
                if pi:
                    out.append('<p style="page-break-before:always;text-indent:0;font-size:10pt">%s</p>' %
                               html.escape(x.get("cont", "")))
                out.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
                if pi == 0 or x.get("repeat_header"):
                    for row in header:
                        out.append("<tr>" + "".join('<td align="center">%s</td>' % html.escape(c) for c, _ in row) +
                                   "</tr>")
                for row in part:
                    out.append("<tr>" + "".join(
                        '<td%s>%s</td>' % (' rowspan="%d"' % rs if rs > 1 else "",
                                           html.escape(c).replace("\n", "<br>")) for c, rs in row) + "</tr>")
                out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_layout(d, blocks):
    out = []
    for kind, x in blocks:
        if kind == "small" or kind == "centre":
            out.append("C\t" + x)
        elif kind == "pagebreak":
            out.append("BR")
        elif kind == "coveroffice":
            out.extend(["C\t "] * 12 + ["C\t" + x])
        elif kind == "tocline":
            out.append("C\t" + x)
        elif kind == "covertitle":
            out.extend(["C\t "] * 8 + ["T\t" + x])
        elif kind == "title":
            out.append("T\t" + x)
        elif kind == "h1":
            out.append("H\t" + x)
        elif kind == "h2":
            out.append("S\t" + x)
        elif kind == "p":
            out.append("P\t" + x)
        elif kind == "caption":
            out.append("C\t" + x)
        elif kind == "note":
            out.append("N\t" + x)
        elif kind == "table":
            if x.get("rowspan"):
                raise SystemExit("rowspan is for LibreOffice documents only")
            header, body = table_grid(x)
            out.append("TABLE\t%s\t%s\t%s" % ("plain" if x.get("borderless") else "ruled",
                                              "repeat" if x.get("repeat_header") else "norepeat", x["widths"]))
            for row in header:
                out.append("HR\t" + "\t".join(c for c, _ in row))
            for row in body:
                out.append("R\t" + "\t".join(c.replace("\n", "\\n") for c, _ in row))
            out.append("END")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- rendering

def soffice(src, outdir):
    """HTML -> ODT -> PDF: converting the HTML straight to PDF sometimes leaves page 1 blank."""
    with tempfile.TemporaryDirectory() as prof:
        lo = ["soffice", "--headless", "-env:UserInstallation=file://" + prof, "--convert-to"]
        subprocess.run(lo + ["odt", "--outdir", prof, src], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        odt = os.path.join(prof, os.path.basename(src)[:-5] + ".odt")
        subprocess.run(lo + ["pdf", "--outdir", outdir, odt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def stabilize(pdf):
    """Makes a rebuilt PDF byte-identical to the previous build of the same source. The creation date, the file
    identifier and LibreOffice's checksum, the only parts that change between runs, are replaced in place by
    values of the same length (a fixed date, zeros, a hash of the rest), so the cross-reference offsets stay valid."""
    import hashlib
    with open(pdf, "rb") as fh:
        data = fh.read()
    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})", lambda m: m.group(1) + b"20251201090000", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)", lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    ids = re.compile(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)")
    blank = ids.sub(lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3) + b"0" * len(m.group(4)) + m.group(5),
                    data)
    digest = hashlib.sha256(blank).hexdigest().upper().encode()
    data = ids.sub(lambda m: m.group(1) + digest[:len(m.group(2))] + m.group(3) + digest[:len(m.group(4))] +
                   m.group(5), data)
    with open(pdf, "wb") as fh:
        fh.write(data)


def pages_text(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout)
            .group(1))
    return [norm(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True,
                                text=True).stdout) for i in range(1, n + 1)]


def render(d, outdir, cp):
    blocks = build_blocks(d)
    pdf = os.path.join(outdir, d["stem"] + ".pdf")
    if os.path.exists(pdf):
        os.remove(pdf)
    if d["producer"] == "libreoffice":
        src = os.path.join(outdir, d["stem"] + ".html")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(to_html(d, blocks))
        soffice(src, outdir)
    elif d["producer"] == "pdfbox":
        # the layout is the source of a drawn PDF: committed beside it, like the HTML of the LibreOffice ones
        lay = os.path.join(outdir, d["stem"] + ".layout")
        with open(lay, "w", encoding="utf-8") as fh:
            fh.write(to_layout(d, blocks))
        subprocess.run(["java", "-cp", cp, os.path.join(HERE, "DrawPlan.java"), "draw", lay, pdf], check=True)
    elif d["producer"] == "scan":
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, d["stem"] + ".html")
            with open(src, "w", encoding="utf-8") as fh:
                fh.write(to_html(d, blocks))
            soffice(src, tmp)
            subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", src[:-5] + ".pdf", os.path.join(tmp, "pg")],
                           check=True)
            pngs = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith("pg"))
            subprocess.run(["java", "-cp", cp, os.path.join(HERE, "DrawPlan.java"), "images", pdf] + pngs, check=True)
    stabilize(pdf)
    return pdf


# ---------------------------------------------------------------- expectations

def locate(d, pages):
    """Page of every table row and text target."""
    tbl = d["table"]
    cap = norm(tbl.get("caption", "表1　%s“十五五”时期经济社会发展主要指标" % d["place"]).split("　")[-1])
    start = next((i for i, p in enumerate(pages) if cap in p), None)
    if start is None:
        raise SystemExit("%s: table caption not found" % d["stem"])
    rows = {}
    for r in tbl["rows"]:
        loc = norm(r.get("loc", r["name"].split("\n")[0]))
        pg = next((i for i in range(start, len(pages)) if loc in pages[i]), None)
        if pg is None:
            raise SystemExit("%s: row %s not found" % (d["stem"], loc))
        rows[r["id"] + "|" + r["name"]] = pg + 1
    texts = {}
    for t in d.get("texts", []):
        loc = norm(t.get("loc", t["sentence"]))
        hits = [i + 1 for i, p in enumerate(pages) if loc in p]
        if len(hits) != 1:
            raise SystemExit("%s: text %s found on pages %s" % (d["stem"], loc, hits))
        texts[t["loc"] if "loc" in t else t["sentence"]] = hits[0]
    return rows, texts


def row_page(d, rows, rid):
    for k, v in rows.items():
        if k.split("|")[0] == rid:
            return v
    raise SystemExit("%s: no row %s" % (d["stem"], rid))


def figures_tsv(d, rows, texts):
    out = ["source\tindicator\trawName\ttarget\tmin\tmax\tattribute\tyear\tpage"]
    t = d["table"]
    for r in t["rows"]:
        ind = CATALOG[r["id"]]["name"] if r["id"] in CATALOG else ""
        raw = (r["name"] + ("★" if t.get("star") and r["attr"] == "约束性" else "")).replace("\n", "")
        page = rows[r["id"] + "|" + r["name"]]
        for year, key in ((2030, "t"), (2035, "t35")):
            if r.get(key) and r[key] not in ("—", "－", ""):
                lo, hi = interval(r[key])
                out.append("\t".join(["table", ind, raw, r[key], fmt(lo), fmt(hi), r["attr"], str(year),
                                      str(page)]))
    for x in d.get("texts", []):
        ind = CATALOG[x["id"]]["name"] if x["id"] in CATALOG else ""
        lo, hi = interval(x["target"])
        page = texts[x["loc"] if "loc" in x else x["sentence"]]
        out.append("\t".join(["text", ind, x["raw"], x["target"], fmt(lo), fmt(hi), "", str(x.get("year", 2030)),
                              str(page)]))
    return "\n".join(out) + "\n"


CITY = {k: interval(CATALOG[k]["target"]) for k in CATALOG if CATALOG[k]["origin"] == "table"}


def expected_tsv(d, rows, texts):
    out = ["# status: " + d["status"], "ruleId\tindicator\tseverity\tpage\tnote"]
    for f in d.get("findings", []):
        rule, rid, sev, ref, note = f
        if ref is None:
            page = 0
        elif ref == "row":
            page = row_page(d, rows, rid)
        else:
            page = texts[ref]
        ind = CATALOG[rid]["name"] if rid in CATALOG else rid
        out.append("\t".join([rule, ind, sev, str(page), note]))
    if d["kind"] == "county" and d["producer"] != "scan":
        # 专栏2 informational indicators whose 2030 level differs from the city's: information for the reviewer.
        for r in d["table"]["rows"]:
            c = CATALOG.get(r["id"])
            if c and c["transmission"] == "informational" and c["origin"] == "table" and r.get("t") not in (None, "", "—"):
                if interval(r["t"]) != CITY[r["id"]]:
                    out.append("\t".join(["PC-INFO", c["name"], "info", str(row_page(d, rows, r["id"])),
                                          "%s %s，全市目标 %s（参考性指标，仅作提示）" % (r["name"].replace("\n", ""),
                                                                              r["t"], c["target"])]))
    out.extend(project_rows(d))
    return "\n".join(out) + "\n"


def project_rows(d):
    """PC-PROJECT warnings: the projects assigned to the county (projects.tsv) that its sample does not name."""
    if d["kind"] != "county" or d["producer"] == "scan":
        return []
    mentioned = specs.PROJECTS_MENTIONED[d["stem"]]
    out = []
    with open(os.path.join(ROOT, "rules", "yongzhou-15th", "projects.tsv"), encoding="utf-8") as fh:
        lines = [l.rstrip("\n") for l in fh if l.strip() and not l.startswith("#")]
    head = lines[0].split("\t")
    for line in lines[1:]:
        p = dict(zip(head, line.split("\t")))
        if d["place"] in p["jurisdictions"].split("|") and p["id"] not in mentioned:
            out.append("\t".join(["PC-PROJECT", p["id"], "warning", "0",
                                   "%s安排的「%s」，样本正文未提及" % (p["section"].split(" ")[0], p["name"])]))
    return out


def area():
    out = {}
    with open(os.path.join(ROOT, "rules", "yongzhou-15th", "jurisdictions.tsv"), encoding="utf-8") as fh:
        for line in fh:
            c = line.rstrip("\n").split("\t")
            if len(c) > 3 and c[0] in specs.Q:
                out[c[0]] = float(c[3])
    return out


def tables(outdir):
    """quotas.tsv, assigned.tsv and the batch expectation for all eleven county plans."""
    with open(os.path.join(outdir, "quotas.tsv"), "w", encoding="utf-8") as fh:
        fh.write("county\tindicator\tquota\tunit\tsource\n")
        for c, (forest, grain) in specs.QUOTAS.items():
            fh.write("%s\t森林覆盖率\t%g\t%%\tillustrative\n" % (c, forest))
            fh.write("%s\t粮食综合生产能力\t%g\t万吨\tillustrative\n" % (c, grain))
            fh.write("%s\t能源综合生产能力\t%g\t万吨标准煤\tillustrative\n" % (c, specs.ENERGY_QUOTAS[c]))
    with open(os.path.join(outdir, "assigned.tsv"), "w", encoding="utf-8") as fh:
        fh.write("jurisdiction\tindicator\tvalue\tunit\tsource\n")
        for j, ind, v, u in specs.ASSIGNED:
            fh.write("%s\t%s\t%s\t%s\tillustrative\n" % (j, ind, v, u))
    a = area()
    forest = sum(a[c] * q[1] for c, q in specs.Q.items()) / sum(a.values())
    grain = sum(q[3] for q in specs.Q.values())
    energy = sum(q[5] for q in specs.Q.values())
    assert forest >= 56 and energy >= 600 and grain < 310, (forest, grain, energy)
    assert all(q[5] >= specs.ENERGY_QUOTAS[c] for c, q in specs.Q.items())
    with open(os.path.join(outdir, "batch.expected.tsv"), "w", encoding="utf-8") as fh:
        fh.write("ruleId\tindicator\tseverity\tpage\tnote\n")
        fh.write("PC-AGGREGATE\t粮食综合生产能力\terror\t0\t11个县市区2030年粮食综合生产能力合计%g万吨，低于全市约束性目标310万吨"
                 "（森林覆盖率按土地面积加权%.1f%%≥56%%，能源综合生产能力合计%g万吨标准煤≥600，均达标）\n"
                 % (grain, forest, energy))


def main():
    outdir, cp = sys.argv[1], sys.argv[2]
    only = sys.argv[3:]
    tables(outdir)
    for d in specs.DOCS:
        if only and d["stem"] not in only:
            continue
        pdf = render(d, outdir, cp)
        pages = pages_text(pdf)
        if d["producer"] == "scan":
            rows, texts = {}, {}
            with open(os.path.join(outdir, d["stem"] + ".figures.tsv"), "w", encoding="utf-8") as fh:
                fh.write("source\tindicator\trawName\ttarget\tmin\tmax\tattribute\tyear\tpage\n")
        else:
            rows, texts = locate(d, pages)
            with open(os.path.join(outdir, d["stem"] + ".figures.tsv"), "w", encoding="utf-8") as fh:
                fh.write(figures_tsv(d, rows, texts))
        with open(os.path.join(outdir, d["stem"] + ".expected.tsv"), "w", encoding="utf-8") as fh:
            fh.write(expected_tsv(d, rows, texts))
        print("%-40s %3d pages  %s" % (d["stem"] + ".pdf", len(pages), d["status"]), file=sys.stderr)


if __name__ == "__main__":
    main()
