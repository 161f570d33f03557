#!/usr/bin/env python3
"""Rebuild the upper plan as a Word-like document (HTML for LibreOffice) from its text conversion.

The text conversion (rules/yongzhou-15th/plan.txt) lost the layout of the Word draft: chapter headings lost
their 第X篇/第X章 numbers, tables come out one cell per line, and Word bookmarks leak into the text. This
script puts the layout back so that the tool can be tested on a PDF of the upper plan itself:

  * title page and 目录;
  * 篇/章/节 headings, numbers restored from the 目录 (four headings missing from the text are re-inserted);
  * 专栏1 and 专栏2 as real indicator tables (merged category cells, item 11 of 专栏2 as two sub-rows,
    the 「注」 under each table), the other 专栏 as bordered boxes;
  * figure placeholders where the draft has maps.

Usage: make-upper-pdf.py PLAN.txt OUT.html [PAGES.json]
       make-upper-pdf.py --pages FIRST.pdf OUT.html > PAGES.json
       make-upper-pdf.py --no-autospace IN.odt OUT.odt
PAGES.json (optional) maps heading text to its PDF page; when given, the 目录 shows page numbers.
"""
import html
import json
import re
import sys

CN_DIGITS = "零一二三四五六七八九"


def esc(s):
    return html.escape(s, quote=False)


def clean(line):
    return re.sub(r"\[bookmark: [^\]]*\]", "", line).rstrip("\n")


def read_toc(lines):
    """目录 entries (kind, number, title) in order, read from the top of the file."""
    toc = []
    for line in lines[:130]:
        m = re.match(r"(第[一二三四五六七八九十]+)([篇章]) (.+?)\t\d+$", line)
        if m:
            toc.append((m.group(2), m.group(1) + m.group(2), m.group(3)))
    return toc


def table_rows(lines, start, end):
    """Rows of a converted Word table: one cell per line with a leading tab, a line without a tab continues
    the previous cell, rows are separated by blank lines."""
    rows, row = [], []
    for raw in lines[start:end]:
        line = clean(raw).rstrip(" ")
        if line == "":
            if row:
                rows.append(row)
            row = []
        elif line.startswith("\t"):
            row.append(line[1:].strip())
        elif row:
            row[-1] = row[-1] + "\n" + line.strip()
        else:
            row.append(line.strip())
    if row:
        rows.append(row)
    return rows


def cell(text, tag="td", cls=None, rowspan=1, colspan=1):
    # LibreOffice's HTML import ignores most class selectors on cells: alignment and size go inline.
    align = "left" if cls == "name" else "center"
    attrs = ' align="%s" valign="middle" style="font-size: 10pt; line-height: 125%%; text-indent: 0"' % align
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    body = "<br>".join(esc(p) for p in text.split("\n"))
    if tag == "th":
        body = "<b>%s</b>" % body
    # the cell text is a paragraph of its own, so that the body's first-line indent does not reach it
    body = '<p align="%s" style="text-indent: 0; margin: 0; font-size: 10pt; line-height: 125%%">%s</p>' % (align, body)
    return "<%s%s>%s</%s>" % (tag, attrs, body, tag)


def category_spans(rows):
    """For each data row, the rowspan of its category cell (0 when covered by the cell above)."""
    spans = [0] * len(rows)
    start = None
    for i, r in enumerate(rows):
        if r[0]:
            start = i
            spans[i] = 1
        elif start is not None:
            spans[start] += 1
    return spans


def render_box1(lines, start, end):
    """专栏1: review of the 14th plan, 8 columns, two header rows."""
    rows = table_rows(lines, start, end)
    title = rows[0][0]
    data = [r for r in rows[3:] if len(r) >= 7 and re.fullmatch(r"\d+", r[1])]
    notes = [r for r in rows if r and r[0].startswith("注")]
    out = ['<p class="boxtitle">%s</p>' % esc(title),
           '<table class="ind" border="1" cellspacing="0" cellpadding="3" width="580">',
           '<colgroup><col width="54"><col width="34"><col width="182"><col width="56">'
           '<col width="66"><col width="64"><col width="60"><col width="64"></colgroup>',
           "<thead><tr>",
           cell("类别", "th", rowspan=2), cell("序号", "th", rowspan=2), cell("指标名称", "th", rowspan=2),
           cell("2020年", "th", rowspan=2), cell("规划目标", "th", colspan=2), cell("实现情况", "th", colspan=2),
           "</tr><tr>",
           cell("2025年", "th"), cell("年均增速\n[累计]", "th"), cell("2025年", "th"), cell("年均增速\n[累计]", "th"),
           "</tr></thead><tbody>"]
    spans = category_spans(data)
    for r, span in zip(data, spans):
        out.append("<tr>")
        if span:
            out.append(cell(r[0], cls="cat", rowspan=span))
        out.append(cell(r[1], cls="c"))
        out.append(cell(r[2], cls="name"))
        values = r[3:]
        if len(values) == 4:   # 「完成省定目标」 covers both target columns
            out.append(cell(values[0], cls="c"))
            out.append(cell(values[1], cls="c", colspan=2))
            out.extend(cell(v, cls="c") for v in values[2:])
        else:
            out.extend(cell(v, cls="c") for v in values)
        out.append("</tr>")
    out.append("</tbody></table>")
    for r in notes:
        out.append('<p class="note">%s</p>' % "<br>".join(esc(p) for p in "\n".join(r).split("\n")))
    return "\n".join(out)


def render_box2(lines, start, end):
    """专栏2: the main indicators, item 11 with two sub-rows."""
    rows = table_rows(lines, start, end)
    title = rows[0][0]
    data = [r for r in rows[2:] if len(r) >= 6]
    notes = [r for r in rows if r and r[0].startswith("注")]
    out = ['<p class="boxtitle">%s</p>' % esc(title),
           '<table class="ind" border="1" cellspacing="0" cellpadding="4" width="580">',
           '<colgroup><col width="58"><col width="38"><col width="116"><col width="140">'
           '<col width="86"><col width="86"><col width="56"></colgroup>',
           "<thead><tr>",
           cell("类别", "th"), cell("序号", "th"), cell("指标名称", "th", colspan=2),
           cell("基期值\n（2025年）", "th"), cell("目标值\n（2030年）", "th"), cell("属性", "th"),
           "</tr></thead><tbody>"]
    spans = category_spans(data)
    i = 0
    while i < len(data):
        r = data[i]
        out.append("<tr>")
        if spans[i]:
            out.append(cell(r[0], cls="cat", rowspan=spans[i]))
        if len(r) == 7 and r[1]:
            # an indicator with sub-rows: number and name cover the following rows without a number
            n = 1
            while i + n < len(data) and len(data[i + n]) == 7 and not data[i + n][1]:
                n += 1
            out.append(cell(r[1], cls="c", rowspan=n))
            out.append(cell(r[2].replace("\n", ""), cls="name", rowspan=n))
            out.append(cell(r[3], cls="name"))
            out.extend(cell(v, cls="c") for v in r[4:])
            out.append("</tr>")
            for k in range(1, n):
                sub = data[i + k]
                out.append("<tr>" + cell(sub[3], cls="name") + "".join(cell(v, cls="c") for v in sub[4:]) + "</tr>")
            i += n
            continue
        out.append(cell(r[1], cls="c"))
        out.append(cell(r[2], cls="name", colspan=2))
        out.extend(cell(v, cls="c") for v in r[3:])
        out.append("</tr>")
        i += 1
    out.append("</tbody></table>")
    for r in notes:
        out.append('<p class="note">%s</p>' % esc(" ".join(r)))
    return "\n".join(out)


def lead_split(text):
    """Split a bold lead-in such as 「经济实力实现新提升。」 from the rest of a paragraph."""
    m = re.match(r"(——)?([^，。；：“”]{2,22}。)(.*)$", text)
    if m and m.group(3):
        return (m.group(1) or "") + m.group(2), m.group(3)
    return None, text


def para(text, cls="b"):
    lead, rest = lead_split(text)
    c = ' class="%s"' % cls if cls else ""
    if lead:
        return "<p%s><b>%s</b>%s</p>" % (c, esc(lead), esc(rest))
    return "<p%s>%s</p>" % (c, esc(text))


def render_box(lines, start, stops):
    """A 专栏 box: title line, then item paragraphs up to the first blank line after the content (or, where
    the draft has none, up to the next heading or chapter introduction)."""
    title = clean(lines[start]).strip()
    items, i = [], start + 1
    while i < len(lines) and clean(lines[i]).strip() == "":
        i += 1
    while (i < len(lines) and clean(lines[i]).strip() != "" and i not in stops and not lines[i].startswith(" ")
           and not re.match(r"第[一二三四五六七八九十]+节 ", clean(lines[i]).strip())):
        items.append(clean(lines[i]).strip())
        i += 1
    body = []
    for t in items:
        if len(t) <= 16 and t.endswith("。"):   # a lead-in on a line of its own
            body.append('<p class="boxsub"><b>%s</b></p>' % esc(t))
        else:
            body.append(para(t, "boxp"))
    out = ('<table class="box" border="1" cellspacing="0" cellpadding="8" width="580"><tr><td>'
           '<p class="boxtitle">%s</p>\n%s</td></tr></table>' % (esc(title), "\n".join(body)))
    return out, i


def heading_pages(pdf, html_file):
    """Page of each 篇/章 heading and of 名词解释 in a first rendering (the second occurrence: the first is the 目录)."""
    import subprocess
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    texts = [re.sub(r"\s+", "", subprocess.run(["pdftotext", "-f", str(k), "-l", str(k), pdf, "-"],
                                               capture_output=True, text=True).stdout) for k in range(1, n + 1)]
    heads = re.findall(r"<h[12][^>]*>([^<]*)</h[12]>", open(html_file, encoding="utf-8").read())
    pages = {}
    for h in heads:
        key = re.sub(r"\s+", "", html.unescape(h))
        hits = [k + 1 for k, t in enumerate(texts) if key in t]
        if len(hits) >= 2:
            title = html.unescape(h).split(" ", 1)[1] if re.match(r"第.+[篇章] ", h) else html.unescape(h)
            pages[title] = hits[1]
    return pages


def no_autospace(src_odt, dst_odt):
    """Turn off Writer's extra spacing between Chinese and Latin text (on by default for every paragraph):
    with it, pdftotext reads 「到2030年」 as 「到 2030 年」, which a Word PDF of the draft does not do."""
    import zipfile
    with zipfile.ZipFile(src_odt) as zin, zipfile.ZipFile(dst_odt, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in ("styles.xml", "content.xml"):
                data = data.replace(b'text-autospace="ideograph-alpha"', b'text-autospace="none"')
            zout.writestr(item, data, compress_type=zipfile.ZIP_STORED if item.filename == "mimetype"
                          else zipfile.ZIP_DEFLATED)


def main():
    if sys.argv[1] == "--no-autospace":
        no_autospace(sys.argv[2], sys.argv[3])
        return
    if sys.argv[1] == "--pages":
        json.dump(heading_pages(sys.argv[2], sys.argv[3]), sys.stdout, ensure_ascii=False, indent=0)
        return
    src, dst = sys.argv[1], sys.argv[2]
    pages = json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) > 3 else {}
    lines = open(src, encoding="utf-8").read().split("\n")
    toc = read_toc(lines)
    titles = {}
    body_start = next(i for i, l in enumerate(lines) if "《永州市国民经济和社会发展第十五个五年规划纲要》" in l)
    for kind, num, title in toc:
        for i in range(body_start, len(lines)):
            if clean(lines[i]).strip() == title and i not in titles:
                titles[i] = (kind, num, title)
                break
    # Four headings are missing from the text; their introductory paragraph (indented with a space) remains.
    missing = [t for t in toc if t not in titles.values()]
    intros = [i for i in range(body_start, len(lines))
              if lines[i].startswith(" ") and not re.match(r"\s*(图 \d|永州市.*图$)", clean(lines[i]).strip())]
    inserted = {}
    for t in missing:
        # the intro that follows the previous 目录 entry's heading
        prev = toc[toc.index(t) - 1]
        prev_line = next(i for i, v in titles.items() if v == prev)
        cand = [i for i in intros if i > prev_line and i not in inserted]
        inserted[cand[0]] = t
    headings = dict(titles)

    out = []
    out.append(TITLE_PAGE)
    out.append('<h1 class="toc" style="page-break-before: always">目  录</h1>')
    for kind, num, title in toc + [("附", "", "名 词 解 释")]:
        pg = pages.get(title)
        pgs = " …… %s" % pg if pg else ""
        cls = "toc1" if kind in ("篇", "附") else "toc2"
        out.append('<p class="%s">%s%s%s</p>' % (cls, esc(num + " " if num else ""), esc(title), esc(pgs)))

    i = body_start
    first = True
    while i < len(lines):
        raw = lines[i]
        line = clean(raw)
        text = line.strip()
        if i in inserted or i in headings:
            kind, num, title = inserted.get(i) or headings[i]
            if kind == "篇":
                brk = ' style="page-break-before: always"' if (kind, num, title) != toc[0] else ""
                out.append('<h1%s>%s</h1>' % (brk, esc(num + " " + title)))
            else:
                out.append("<h2>%s</h2>" % esc(num + " " + title))
            if i in headings:
                i += 1
                continue
        if text == "":
            i += 1
            continue
        if first:
            out.append('<div style="page-break-before: always"></div>')
            first = False
        if text == "名 词 解 释":
            out.append('<h1 style="page-break-before: always">名 词 解 释</h1>')
        elif re.match(r"^专栏 1 ", text):
            end = next(j for j in range(i, len(lines)) if clean(lines[j]).startswith("4.20"))
            out.append(render_box1(lines, i, end + 1))
            i = end + 1
            continue
        elif re.match(r"^专栏 2 ", text):
            end = next(j for j in range(i, len(lines)) if clean(lines[j]).strip().startswith("注："))
            out.append(render_box2(lines, i, end + 1))
            i = end + 1
            continue
        elif re.match(r"^专栏 \d+ ", text):
            box, i = render_box(lines, i, set(headings) | set(inserted))
            out.append(box)
            continue
        elif re.match(r"^第[一二三四五六七八九十]+节 ", text):
            out.append("<h3>%s</h3>" % esc(text))
        elif raw.startswith(" ") and re.match(r"(图 \d|永州市.*图$)", text):
            out.append('<table class="fig" border="1" cellspacing="0" cellpadding="0" width="580"><tr><td align="center" valign="middle" height="180" bgcolor="#f4f4f4">（%s）</td></tr>'
                       '</table><p class="figcap">%s</p>' % (esc("图略"), esc(text)))
        elif re.match(r"^\d+\.", text) and i > len(lines) - 100:
            out.append(para(text, "gloss"))
        else:
            out.append(para(text))
        i += 1

    doc = HEAD + "\n".join(out) + "\n</body></html>\n"
    open(dst, "w", encoding="utf-8").write(doc)


HEAD = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>永州市国民经济和社会发展第十五个五年规划纲要（草案）</title>
<style>
@page { size: 21cm 29.7cm; margin: 3.0cm 2.6cm 2.8cm 2.8cm }
body { font-family: "WenQuanYi Zen Hei"; font-size: 12pt; line-height: 150% }
p { margin: 0 0 0.1cm 0; text-align: justify }
p.b { text-indent: 24pt }
h1 { font-family: "WenQuanYi Zen Hei"; font-size: 17pt; text-align: center; margin: 0.8cm 0 0.6cm 0 }
h2 { font-family: "WenQuanYi Zen Hei"; font-size: 15pt; text-align: center; margin: 0.6cm 0 0.4cm 0 }
h3 { font-family: "WenQuanYi Zen Hei"; font-size: 13pt; text-align: left; text-indent: 24pt; margin: 0.3cm 0 0.2cm 0 }
h1.toc { font-size: 18pt; letter-spacing: 0.5em }
p.toc1 { text-indent: 0; font-weight: bold; margin-top: 0.15cm }
p.toc2 { text-indent: 24pt; margin: 0 }
span.pg { float: right }
p.cover1 { text-indent: 0; text-align: center; font-size: 24pt; font-weight: bold; line-height: 160% }
p.cover2 { text-indent: 0; text-align: center; font-size: 16pt }
p.boxtitle { text-indent: 0; text-align: center; font-weight: bold; font-size: 12pt; margin: 0.3cm 0 0.15cm 0 }
table.ind { border-collapse: collapse; font-size: 10pt; margin: 0 0 0.1cm 0 }
table.ind th, table.ind td { border: 1px solid #000; line-height: 130% }
table.ind th { font-weight: bold; text-align: center; background: #f2f2f2 }
td, th { text-indent: 0 }
td.c, td.cat { text-align: center }
td.name { text-align: left }
p.note { text-indent: 0; font-size: 10pt; margin-bottom: 0.3cm }
table.box { border-collapse: collapse; margin: 0.3cm 0 0.3cm 0 }
table.box td { border: 1px solid #000; font-size: 11pt }
p.boxp { text-indent: 24pt; font-size: 11pt }
p.boxsub { text-indent: 24pt; font-size: 11pt; margin: 0.1cm 0 0 0 }
table.fig td { border: 1px solid #999; height: 5cm; text-align: center; color: #666; background: #f4f4f4 }
p.figcap { text-indent: 0; text-align: center; font-size: 10.5pt; margin-bottom: 0.3cm }
p.gloss { text-indent: 24pt; font-size: 11pt }
</style></head>
<body>
<div title="footer"><p align="center" style="text-indent: 0; text-align: center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div>
"""

TITLE_PAGE = """<p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p>
<p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p>
<p class="cover1">永州市国民经济和社会发展</p>
<p class="cover1">第十五个五年规划纲要</p>
<p class="cover2">（草案）</p>
<p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p>
<p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p><p class="cover2">&nbsp;</p>
<p class="cover2">2025年3月30日</p>
"""

if __name__ == "__main__":
    main()
