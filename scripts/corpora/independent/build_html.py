# -*- coding: utf-8 -*-
"""Writes a document model as HTML, for Chromium print-to-pdf ('chromium') or LibreOffice's
HTML (StarWriter) import ('lohtml', inline styles and table attributes only)."""
import html, random
import prose
from model import *

E = html.escape


class HtmlBuilder:
    def __init__(self, spec):
        self.spec = spec
        self.st = spec['style']
        self.lo = spec['producer'] == 'lohtml'
        self.rnd = random.Random(spec['stem'])
        self.ctx = spec['ctx']
        self.out = []

    def w(self, s):
        self.out.append(s)

    def css(self):
        st = self.st
        m = st.get('margins', (25, 26, 25, 28))
        f = st['font']
        line = st.get('line_mult', 1.75)
        pn = '@bottom-center {{ content: "— " counter(page) " —"; font-size: 10pt; }}' if st.get('pagenum') else ''
        pn = pn.replace('{{', '{').replace('}}', '}')
        return f"""
@page {{ size: A4; margin: {m[0]}mm {m[1]}mm {m[2]}mm {m[3]}mm; {pn} }}
body {{ font-family: '{f}'; font-size: {st['size']}pt; line-height: {line}; color: #000; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
p.noind {{ text-indent: 0; }}
h1 {{ font-family: '{st.get('hfont', f)}'; font-size: {st.get('h1', 18)}pt; text-align: center; margin: 14pt 0 8pt; }}
h2 {{ font-family: '{st.get('hfont', f)}'; font-size: {st.get('h2', 16)}pt; text-align: center; margin: 12pt 0 6pt; }}
h3 {{ font-family: '{st.get('hfont', f)}'; font-size: {st.get('h3', 14)}pt; margin: 8pt 0 4pt; }}
.cover {{ text-align: center; page-break-after: always; padding-top: 55mm; }}
.cover .t {{ font-size: {st.get('cover_size', 26)}pt; font-weight: bold; line-height: 1.5; }}
.cover .s {{ font-size: 18pt; margin-top: 10pt; }}
.cover .o {{ font-size: 16pt; margin-top: 110mm; line-height: 2; }}
.pb {{ page-break-before: always; }}
.cap {{ text-align: center; font-weight: bold; text-indent: 0; margin: 8pt 0 4pt; }}
table {{ border-collapse: collapse; margin: 0 auto; }}
td, th {{ padding: 2pt 4pt; line-height: 1.35; vertical-align: top; }}
th {{ vertical-align: middle; }}
table.grid td, table.grid th {{ border: 0.75pt solid #000; }}
table.threeline {{ border-top: 1.5pt solid #000; border-bottom: 1.5pt solid #000; }}
table.threeline thead tr:last-child th, table.threeline thead th[rowspan] {{ border-bottom: 0.75pt solid #000; }}
table.none td, table.none th {{ border: none; }}
td.name {{ text-align: left; }}
td.c {{ text-align: center; }}
td.m {{ vertical-align: middle; text-align: center; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
.box {{ border: 0.75pt solid #000; padding: 6pt 10pt; margin: 8pt 0; }}
.box .bt {{ text-align: center; font-weight: bold; text-indent: 0; }}
.box p {{ font-size: {st['size'] - 1.5}pt; }}
.note {{ font-size: {st['size'] - 1.5}pt; text-indent: 0; margin-top: 3pt; }}
.toc p {{ text-indent: 0; }}
"""

    def build(self, path):
        f = self.st['font']
        if self.lo:
            self.w(f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{E(self.spec["title"])}</title>'
                   f'<style>body {{ font-family: "{f}"; font-size: {self.st["size"]}pt; }}</style></head><body>')
        else:
            self.w(f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{E(self.spec["title"])}</title>'
                   f'<style>{self.css()}</style></head><body>')
        for b in self.spec['blocks']:
            self.block(b)
        self.w('</body></html>\n')
        with open(path, 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(self.out))

    # LibreOffice helpers: inline styles
    def lp(self, text, indent=True, align=None, bold=False, size=None, extra=''):
        st = []
        if indent: st.append('text-indent: 2em')
        if align: st.append('text-align: ' + align)
        if size: st.append('font-size: %spt' % size)
        st.append('margin-top: 0; margin-bottom: %s' % self.st.get('para_gap', '0.1cm'))
        t = E(text)
        if bold: t = '<b>' + t + '</b>'
        return f'<p style="{"; ".join(st)}{extra}">{t}</p>'

    def block(self, b):
        if isinstance(b, Cover):
            if self.lo:
                self.w('<p style="margin-top: 5cm; text-align: center">&nbsp;</p>')
                if b.pre: self.w(self.lp(b.pre, False, 'center', False, 16))
                self.w(self.lp(b.title, False, 'center', True, self.st.get('cover_size', 24)))
                self.w(self.lp(b.sub, False, 'center', False, 18))
                self.w('<p style="margin-top: 9cm; text-align: center">&nbsp;</p>')
                self.w(self.lp(b.office, False, 'center', False, 16))
                self.w(self.lp(b.date, False, 'center', False, 16))
                self._pending_break = True
            else:
                pre = f'<div class="s">{E(b.pre)}</div>' if b.pre else ''
                self.w(f'<div class="cover">{pre}<div class="t">{E(b.title)}</div><div class="s">{E(b.sub)}</div>'
                       f'<div class="o">{E(b.office)}<br>{E(b.date)}</div></div>')
        elif isinstance(b, Notice):
            self.w(f'<p class="noind" style="text-align:center; color:#c00000; font-size:28pt; font-weight:bold; margin-top:20mm">{E(b.org)}</p>')
            self.w(f'<p class="noind" style="text-align:center; border-bottom: 2pt solid #c00000; padding-bottom: 4pt">{E(b.number)}</p>')
            self.w(f'<p class="noind" style="text-align:center; font-size:20pt; font-weight:bold; margin: 16pt 0">{E(b.title)}</p>')
            self.w(f'<p class="noind">{E(b.addressee)}</p>')
            for t in b.body:
                self.w(f'<p>{E(t)}</p>')
            self.w(f'<p class="noind" style="text-align:right; margin-top: 30pt; padding-right: 3em">{E(b.signer)}</p>')
            self.w(f'<p class="noind" style="text-align:right; padding-right: 3em">{E(b.date)}</p>')
            self.w('<p>（此件主动公开）</p>')
            self._pending_break = True
        elif isinstance(b, TOC):
            self.brk()
            if self.lo:
                self.w(self.lp(b.title, False, 'center', True, 18))
            else:
                self.w(f'<h2>{E(b.title)}</h2><div class="toc">')
            for h in [x for x in self.spec['blocks'] if isinstance(x, H) and x.toc and x.level <= 2]:
                pg = b.pages.get(h.text, '')
                ind = '2em' if h.level == 2 else '0'
                if self.lo:
                    self.w(f'<p style="margin-left: {ind}; margin-top:0; margin-bottom:0">{E(h.text)} …… {pg}</p>')
                else:
                    self.w(f'<p style="margin-left:{ind}; display:flex"><span>{E(h.text)}</span>'
                           f'<span style="flex:1; border-bottom: 1pt dotted #000; margin: 0 4pt 6pt"></span><span>{pg}</span></p>')
            if not self.lo:
                self.w('</div>')
            self._pending_break = True
        elif isinstance(b, H):
            tag = 'h%d' % min(b.level, 3)
            cls = self.take_break()
            if self.lo:
                al = ' align="center"' if b.level <= 2 else ''
                self.w(f'<{tag}{al}{cls}>{E(b.text)}</{tag}>')
            else:
                self.w(f'<{tag}{cls}>{E(b.text)}</{tag}>')
        elif isinstance(b, P):
            cls = self.take_break()
            if self.lo:
                self.w(self.lp(b.text(), b.indent, b.align, b.bold, b.size, '; page-break-before: always' if cls else ''))
            else:
                c = [] if b.indent else ['noind']
                style = f' style="text-align:{b.align}"' if b.align else ''
                t = E(b.text())
                if b.bold: t = '<b>' + t + '</b>'
                pbs = ' style="page-break-before: always"' if cls and not style else style
                self.w(f'<p{" class=%s" % c[0] if c else ""}{pbs}>{t}</p>')
        elif isinstance(b, Filler):
            for t in prose.paragraphs(b.theme, self.rnd, b.count, self.ctx, b.per):
                self.block(P(t))
        elif isinstance(b, Spacer):
            if b.n:
                self.block(P(prose.fill(b.theme, random.Random(self.spec['stem'] + 'spacer'), b.n, self.ctx)))
        elif isinstance(b, Box):
            self.brk()
            if self.lo:
                self.w('<table border="1" cellspacing="0" cellpadding="6" width="100%"><tr><td>')
                self.w(self.lp(b.title, False, 'center', True))
                for line in b.lines:
                    self.w(self.lp(line, True, None, False, self.st['size'] - 1.5))
                self.w('</td></tr></table><p>&nbsp;</p>')
            else:
                self.w(f'<div class="box"><p class="bt">{E(b.title)}</p>')
                for line in b.lines:
                    self.w(f'<p>{E(line)}</p>')
                self.w('</div>')
        elif isinstance(b, PageBreak):
            self._pending_break = True
        elif isinstance(b, Landscape):
            pass
        elif isinstance(b, Caption):
            cls = self.take_break()
            if self.lo:
                self.w(self.lp(b.text, False, 'center', True, None, '; page-break-before: always' if cls else ''))
            else:
                pbs = ' style="page-break-before: always"' if cls else ''
                self.w(f'<p class="cap"{pbs}>{E(b.text)}</p>')
        elif isinstance(b, IndicatorTable):
            self.brk()
            self.indicator(b)
        elif isinstance(b, PlainTable):
            self.brk()
            self.plain(b)
        else:
            raise TypeError(b)

    _pending_break = False

    def take_break(self):
        if self._pending_break:
            self._pending_break = False
            return ' class="pb"' if not self.lo else ' style="page-break-before: always"'
        return ''

    def brk(self):
        if self._pending_break:
            self._pending_break = False
            if self.lo:
                self.w('<p style="page-break-before: always; margin:0">&nbsp;</p>')
            else:
                self.w('<div class="pb"></div>')

    # -- tables
    def tstyle_lo(self, style, pos):
        """inline border style for a cell (LibreOffice flavour). pos: set of 'top','bottom','headbottom'"""
        if style == 'grid':
            return 'border: 0.75pt solid #000000; '
        if style == 'none':
            return 'border: none; '
        s = 'border-left: none; border-right: none; '
        s += 'border-top: 1.5pt solid #000000; ' if 'top' in pos else 'border-top: none; '
        if 'bottom' in pos:
            s += 'border-bottom: 1.5pt solid #000000; '
        elif 'headbottom' in pos:
            s += 'border-bottom: 0.75pt solid #000000; '
        else:
            s += 'border-bottom: none; '
        return s

    def indicator(self, tb):
        cols = tb.cols
        size = tb.size
        total = sum(c.w for c in cols)
        if self.lo:
            self.w(f'<table cellspacing="0" cellpadding="4" width="{int(total / 16.0 * 100) if total < 16 else 100}%" style="font-size:{size}pt">')
            for c in cols:
                self.w(f'<col width="{int(c.w * 38)}">')
        else:
            self.w(f'<table class="{tb.style}" style="font-size:{size}pt; width:{total}cm">')
            self.w('<colgroup>' + ''.join(f'<col style="width:{c.w}cm">' for c in cols) + '</colgroup>')
        self.w('<thead>' if not self.lo else '')
        nh = 2 if tb.header2 else 1

        def th(text, extra='', pos=()):
            st = self.tstyle_lo(tb.style, pos) if self.lo else ''
            al = 'center'
            return f'<th{extra} style="{st}text-align:{al}">{E(text)}</th>' if self.lo else f'<th{extra}>{E(text)}</th>'

        if tb.header2:
            grouped = {}
            for label, keys in tb.header2:
                for k in keys:
                    grouped[k] = label
            r1, r2 = [], []
            i = 0
            while i < len(cols):
                k = cols[i].key
                if k in grouped:
                    j = i
                    while j + 1 < len(cols) and grouped.get(cols[j + 1].key) == grouped[k]:
                        j += 1
                    r1.append(th(grouped[k], f' colspan="{j - i + 1}"', {'top'}))
                    for x in range(i, j + 1):
                        r2.append(th(cols[x].header, '', {'headbottom'}))
                    i = j + 1
                else:
                    r1.append(th(cols[i].header, ' rowspan="2"', {'top', 'headbottom'}))
                    i += 1
            self.w('<tr>' + ''.join(r1) + '</tr>')
            self.w('<tr>' + ''.join(r2) + '</tr>')
        else:
            self.w('<tr>' + ''.join(th(c.header, '', {'top', 'headbottom'}) for c in cols) + '</tr>')
        self.w('</thead><tbody>' if not self.lo else '')
        n = len(tb.rows)
        for ri, r in enumerate(tb.rows):
            cells = []
            last = ri == n - 1
            for c in cols:
                if c.key == 'cat' and tb.merge_cat:
                    if ri > 0 and tb.rows[ri - 1].cat == r.cat:
                        continue
                    span = 1
                    while ri + span < n and tb.rows[ri + span].cat == r.cat:
                        span += 1
                    lastc = ri + span == n
                    st = self.tstyle_lo(tb.style, {'bottom'} if lastc else set()) if self.lo else ''
                    if self.lo:
                        cells.append(f'<td rowspan="{span}" valign="middle" style="{st}text-align:center">{E(r.cat)}</td>')
                    else:
                        cells.append(f'<td rowspan="{span}" class="m">{E(r.cat)}</td>')
                    continue
                txt = tb.cell(r, ri, c.key)
                cls = 'name' if c.key in ('name', 'note', 'lead') else 'c'
                if self.lo:
                    st = self.tstyle_lo(tb.style, {'bottom'} if last else set())
                    al = 'left' if cls == 'name' else 'center'
                    va = 'middle' if tb.align == 'center' else 'top'
                    cells.append(f'<td valign="{va}" style="{st}text-align:{al}">{E(txt)}</td>')
                else:
                    va = ' style="vertical-align:middle"' if tb.align == 'center' else ''
                    cells.append(f'<td class="{cls}"{va}>{E(txt)}</td>')
            self.w('<tr>' + ''.join(cells) + '</tr>')
        self.w('</tbody></table>' if not self.lo else '</table>')
        if tb.note:
            for line in tb.note.split('\n'):
                if self.lo:
                    self.w(self.lp(line, False, None, False, size - 1))
                else:
                    self.w(f'<p class="note">{E(line)}</p>')
        else:
            self.w('<p>&nbsp;</p>' if self.lo else '<p class="noind">&nbsp;</p>')

    def plain(self, tb):
        total = sum(tb.widths)
        if self.lo:
            self.w(f'<table cellspacing="0" cellpadding="4" width="100%" style="font-size:{tb.size}pt">')
            for w in tb.widths:
                self.w(f'<col width="{int(w * 38)}">')
            self.w('<tr>' + ''.join(f'<th style="{self.tstyle_lo(tb.style, {"top", "headbottom"})}">{E(h)}</th>' for h in tb.headers) + '</tr>')
            for i, r in enumerate(tb.rows):
                last = i == len(tb.rows) - 1
                st = self.tstyle_lo(tb.style, {'bottom'} if last else set())
                self.w('<tr>' + ''.join(f'<td valign="top" style="{st}text-align:{"left" if len(x) > 8 else "center"}">{E(x)}</td>' for x in r) + '</tr>')
            self.w('</table><p>&nbsp;</p>')
        else:
            self.w(f'<table class="{tb.style}" style="font-size:{tb.size}pt; width:{total}cm">')
            self.w('<colgroup>' + ''.join(f'<col style="width:{w}cm">' for w in tb.widths) + '</colgroup>')
            self.w('<thead><tr>' + ''.join(f'<th>{E(h)}</th>' for h in tb.headers) + '</tr></thead><tbody>')
            for r in tb.rows:
                self.w('<tr>' + ''.join(f'<td class="{"name" if len(x) > 8 else "c"}">{E(x)}</td>' for x in r) + '</tr>')
            self.w('</tbody></table><p class="noind">&nbsp;</p>')
