"""HTML producer: the page printed by Chromium (CSS tables: thead repeated by the browser, vertical-align, shading,
page-margin boxes), or opened by LibreOffice's Writer HTML filter and saved as ODT."""
import html
from common import plain, pad_paras
from model import Table, Col, Row

def esc(s):
    return html.escape(plain(s)).replace('\n', '<br>')

CSS = """
@page { size: A4; margin: 26mm 24mm 24mm 24mm; @bottom-center { content: "— " counter(page) " —"; font-family: %(font)s; font-size: 10.5pt; } }
@page land { size: A4 landscape; margin: 20mm 22mm; }
body { font-family: %(font)s; font-size: %(size)spt; line-height: %(lh)s; color: #000; }
p { text-indent: 2em; margin: 0 0 0.15em 0; text-align: justify; }
p.c { text-indent: 0; text-align: center; }
h1 { font-family: %(hfont)s; font-size: 16pt; text-align: center; margin: 0.9em 0 0.5em; font-weight: bold; }
h2 { font-family: %(hfont)s; font-size: 14pt; margin: 0.5em 0 0.3em; text-indent: 2em; font-weight: bold; }
.title { font-family: %(hfont)s; font-size: 21pt; text-align: center; font-weight: bold; margin: 0.5em 0 0.3em; text-indent: 0; }
.subtitle { text-align: center; font-size: 14pt; text-indent: 0; margin-bottom: 1em; }
.cover { page-break-after: always; text-align: center; }
.cover p { text-indent: 0; text-align: center; }
.caption { font-family: %(hfont)s; font-weight: bold; text-align: center; text-indent: 0; margin: 0.8em 0 0.3em; font-size: 12pt; }
.note { font-size: 10pt; text-indent: 0; margin: 0.2em 0 0.8em; line-height: 1.4; }
table { border-collapse: collapse; margin: 0 auto; }
table.ind td, table.ind th { font-size: %(tsize)spt; line-height: 1.35; padding: 3px 4px; text-align: center; }
tr { break-inside: avoid; }
.box { border: 1.2px solid #000; padding: 6px 12px; margin: 0.8em 0; }
.box .bt { font-family: %(hfont)s; font-weight: bold; text-align: center; text-indent: 0; }
.box p { font-size: 11pt; line-height: 1.6; }
.pb { page-break-before: always; }
.land { page: land; }
"""

class HtmlWriter:
    def __init__(self, doc, for_lo=False):
        self.spec = doc; self.lo = for_lo
        o = doc.get('opts', {})
        self.o = dict(font=o.get('font', '"Noto Serif CJK SC"'), hfont=o.get('hfont', '"Noto Sans CJK SC"'),
                      size=o.get('size', 12), lh=o.get('lh', 1.75), tsize=o.get('tsize', 10.5))
        self.out = []

    def w(self, s):
        self.out.append(s)

    def table(self, t: Table):
        s = t.style; lo = self.lo
        if t.caption:
            self.w('<p class="caption">%s</p>' % esc(t.caption))
        grid = s.get('grid', 'all')
        bd = '1px solid #000'
        def cell_css(head, ri=None, kind=None):
            css = []
            if grid == 'all':
                css.append('border: %s' % bd)
            elif grid == 'hrules':
                css.append('border-top: %s; border-bottom: %s; border-left: none; border-right: none' % (bd, bd))
            if head and s.get('head_fill'):
                css.append('background: #%s; color: #%s' % (s['head_fill'], s.get('head_color', '000000')))
            if not head and s.get('alt_fill') and ri is not None and ri % 2 == 1:
                css.append('background: #%s' % s['alt_fill'])
            if not head:
                css.append('vertical-align: %s' % s.get('valign', 'middle'))
                if kind == 'name' and s.get('name_align') == 'left':
                    css.append('text-align: left')
            else:
                css.append('vertical-align: middle; font-weight: bold')
            return '; '.join(css)
        wsum = sum(c.w for c in t.cols)
        width = s.get('width_pct', 100)
        attrs = ' class="ind" style="width:%s%%%s"' % (width, '; border-top: 2px solid #000; border-bottom: 2px solid #000' if grid == 'hrules' else '')
        if lo:
            attrs = ' class="ind" border="1" cellspacing="0" cellpadding="4" width="100%"'
        self.w('<table%s>' % attrs)
        self.w('<colgroup>' + ''.join('<col style="width:%.1f%%">' % (100.0 * c.w / wsum) if not lo else
                                       '<col width="%d">' % int(600 * c.w / wsum) for c in t.cols) + '</colgroup>')
        heads = t.header_rows()
        self.w('<thead>' if s.get('repeat_head') else '<tbody>')
        for hrow in heads:
            self.w('<tr>' + ''.join('<th%s%s style="%s">%s</th>' % (
                ' colspan="%d"' % cs if cs > 1 else '', ' rowspan="%d"' % rs if rs > 1 else '',
                cell_css(True), esc(text)) for (text, cs, rs) in hrow) + '</tr>')
        self.w('</thead><tbody>' if s.get('repeat_head') else '')
        spans = t.cat_spans() if s.get('merge_cat') else {}
        for ri, r in enumerate(t.rows):
            tds = []
            for ci, c in enumerate(t.cols):
                if c.kind == 'cat' and spans:
                    if spans[ri] == 0:
                        continue
                    tds.append('<td rowspan="%d" style="%s; font-weight: bold">%s</td>' % (spans[ri], cell_css(False, 0, 'cat'), esc(r.cells[ci])))
                    continue
                tds.append('<td style="%s">%s</td>' % (cell_css(False, ri, c.kind), esc(r.cells[ci])))
            self.w('<tr>' + ''.join(tds) + '</tr>')
        self.w('</tbody></table>')
        if t.note:
            self.w('<p class="note">%s</p>' % esc(t.note))

    def build(self, path, pads=None):
        from prose import PAD
        o = self.o
        self.w('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title>' % html.escape(self.spec['title']))
        if not self.lo:
            self.w('<style>%s</style>' % (CSS % o))
        else:
            self.w('<style>body { font-family: %(font)s; font-size: %(size)spt; } p { text-indent: 2em; line-height: 160%%; margin: 0; } '
                   'h1 { font-size: 16pt; text-align: center; } h2 { font-size: 14pt; } td, th { font-size: %(tsize)spt; }</style>' % o)
        self.w('</head><body>')
        in_land = False
        for b in self.spec['blocks']:
            k = b[0]
            if k == 'cover':
                self.w('<div class="cover">')
                for (text, size, bold, before) in b[1]:
                    self.w('<p style="font-size:%spt; margin-top:%spt; %s">%s</p>' % (size, before, 'font-weight:bold; font-family:%s' % o['hfont'] if bold else '', esc(text)))
                self.w('</div>')
                if self.lo:
                    self.w('<p style="page-break-before: always"></p>')
            elif k == 'title':
                self.w('<p class="title" align="center"><b>%s</b></p>' % esc(b[1]) if self.lo else '<p class="title">%s</p>' % esc(b[1]))
            elif k == 'subtitle':
                self.w('<p class="subtitle" align="center">%s</p>' % esc(b[1]))
            elif k == 'h1':
                self.w('<h1>%s</h1>' % esc(b[1]))
            elif k == 'h2':
                self.w('<h2>%s</h2>' % esc(b[1]))
            elif k == 'p':
                self.w('<p>%s</p>' % esc(b[1]))
            elif k == 'table':
                self.table(b[1])
            elif k == 'note':
                self.w('<p class="note">%s</p>' % esc(b[1]))
            elif k == 'box':
                if self.lo:
                    self.w('<table border="1" cellspacing="0" cellpadding="6" width="100%%"><tr><td><p align="center"><b>%s</b></p>%s</td></tr></table><p></p>'
                           % (esc(b[1]), ''.join('<p>%s</p>' % esc(x) for x in b[2])))
                else:
                    self.w('<div class="box"><p class="bt">%s</p>%s</div>' % (esc(b[1]), ''.join('<p>%s</p>' % esc(x) for x in b[2])))
            elif k == 'projects':
                caption, head, rows, widths = b[1:]
                t = Table(caption, [Col(h, 'value', w=w) for h, w in zip(head, widths)], [Row(r) for r in rows],
                          style={'grid': 'all', 'head_fill': 'D9D9D9', 'valign': 'middle'})
                self.table(t)
            elif k == 'pagebreak':
                self.w('<div class="pb"></div>' if not self.lo else '<p style="page-break-before: always"></p>')
            elif k == 'landscape':
                if b[1]:
                    self.w('<div class="land">'); in_land = True
                else:
                    self.w('</div>'); in_land = False
            elif k == 'pad':
                k = (pads or {}).get(b[1], 0)
                for t in pad_paras(PAD, k, 36, b[2] if len(b) > 2 else ()):
                    self.w('<p>%s</p>' % esc(t))
            else:
                raise ValueError(k)
        self.w('</body></html>')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(self.out) + '\n')
