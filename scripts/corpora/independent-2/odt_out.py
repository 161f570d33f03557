"""python3-odf producer: an OpenDocument text written directly (automatic styles, covered cells for spans),
exported to PDF by LibreOffice."""
from odf.opendocument import OpenDocumentText
from odf.style import (Style, TextProperties, ParagraphProperties, TableColumnProperties, TableCellProperties,
                       TableProperties, PageLayout, PageLayoutProperties, MasterPage, Footer, FontFace, TableRowProperties)
from odf.text import P, PageNumber
from odf.table import Table as OTable, TableColumn, TableRow, TableCell, CoveredTableCell, TableHeaderRows
from common import plain, pad_paras
from model import Table, Col, Row

class OdtWriter:
    def __init__(self, doc):
        self.spec = doc; o = doc.get('opts', {})
        self.d = OpenDocumentText(); d = self.d
        self.size = o.get('size', 12)
        d.fontfacedecls.addElement(FontFace(name='Body', fontfamily="'%s'" % o.get('font', 'AR PL UMing CN'), fontfamilygeneric='roman', fontpitch='variable'))
        d.fontfacedecls.addElement(FontFace(name='Head', fontfamily="'%s'" % o.get('hfont', 'WenQuanYi Zen Hei'), fontfamilygeneric='swiss', fontpitch='variable'))
        pl = PageLayout(name='pm1')
        pl.addElement(PageLayoutProperties(pagewidth='21cm', pageheight='29.7cm', margintop='2.8cm', marginbottom='2.2cm',
                                           marginleft='2.6cm', marginright='2.6cm', printorientation='portrait'))
        d.automaticstyles.addElement(pl)
        self.n = 0
        fst = self.pstyle(size=10.5, align='center', indent=False)
        mp = MasterPage(name='Standard', pagelayoutname=pl)
        ft = Footer(); fp = P(stylename=fst); fp.addText('— '); fp.addElement(PageNumber(selectpage='current', text='1')); fp.addText(' —')
        ft.addElement(fp); mp.addElement(ft); d.masterstyles.addElement(mp)
        self.body = self.pstyle()
        self.pending_break = False

    def pstyle(self, size=None, bold=False, align='justify', indent=True, font='Body', before='0cm', after='0cm', line='150%', brk=False):
        self.n += 1
        st = Style(name='P%d' % self.n, family='paragraph')
        kw = dict(textalign=align, margintop=before, marginbottom=after, lineheight=line)
        if indent: kw['textindent'] = '%spt' % ((size or self.size) * 2)
        if brk: kw['breakbefore'] = 'page'
        st.addElement(ParagraphProperties(**kw))
        tk = dict(fontname=font, fontnameasian=font, fontsize='%spt' % (size or self.size), fontsizeasian='%spt' % (size or self.size))
        if bold: tk.update(fontweight='bold', fontweightasian='bold')
        st.addElement(TextProperties(**tk))
        self.d.automaticstyles.addElement(st)
        return st

    def para(self, text, **kw):
        if self.pending_break:
            kw['brk'] = True; self.pending_break = False
        st = self.pstyle(**kw)
        self.d.text.addElement(P(stylename=st, text=plain(text)))

    def table(self, t: Table):
        s = t.style; d = self.d; fs = s.get('font_size', 10.5)
        if t.caption:
            self.para(t.caption, size=12, bold=True, align='center', indent=False, font='Head', before='0.2cm', after='0.15cm')
        self.n += 1
        tst = Style(name='Tab%d' % self.n, family='table')
        tst.addElement(TableProperties(width='%scm' % s.get('width_cm', 15.8), align='center'))
        d.automaticstyles.addElement(tst)
        tab = OTable(name='Table%d' % self.n, stylename=tst)
        wsum = sum(c.w for c in t.cols)
        for i, c in enumerate(t.cols):
            cs = Style(name='Tab%d.C%d' % (self.n, i), family='table-column')
            cs.addElement(TableColumnProperties(columnwidth='%.2fcm' % (s.get('width_cm', 15.8) * c.w / wsum)))
            d.automaticstyles.addElement(cs)
            tab.addElement(TableColumn(stylename=cs))
        def cstyle(fill=None, valign='middle'):
            self.n += 1
            st = Style(name='Cell%d' % self.n, family='table-cell')
            kw = dict(border='0.5pt solid #000000', padding='0.06cm', verticalalign=valign)
            if fill: kw['backgroundcolor'] = '#' + fill
            st.addElement(TableCellProperties(**kw)); d.automaticstyles.addElement(st)
            return st
        head_cs = cstyle(s.get('head_fill')); body_cs = cstyle(None, s.get('valign', 'middle'))
        alt_cs = cstyle(s.get('alt_fill'), s.get('valign', 'middle')) if s.get('alt_fill') else body_cs
        hp = self.pstyle(size=fs, bold=True, align='center', indent=False, font='Head', line='120%')
        bp = self.pstyle(size=fs, align='center', indent=False, line='120%')
        lp = self.pstyle(size=fs, align='left', indent=False, line='120%')
        rst = Style(name='Row%d' % self.n, family='table-row'); rst.addElement(TableRowProperties(keeptogether='always'))
        d.automaticstyles.addElement(rst)
        heads = t.header_rows(); nc = len(t.cols)
        grid = [[None] * nc for _ in heads]
        for hr, hrow in enumerate(heads):
            ci = 0
            for (text, cs, rs) in hrow:
                while grid[hr][ci] is not None: ci += 1
                grid[hr][ci] = (text, cs, rs)
                for a in range(hr, hr + rs):
                    for b in range(ci, ci + cs):
                        if (a, b) != (hr, ci): grid[a][b] = 'covered'
                ci += cs
        container = TableHeaderRows() if s.get('repeat_head') else tab
        for hr in range(len(heads)):
            tr = TableRow(stylename=rst)
            for ci in range(nc):
                g = grid[hr][ci]
                if g == 'covered':
                    tr.addElement(CoveredTableCell()); continue
                text, cs, rs = g
                kw = {}
                if cs > 1: kw['numbercolumnsspanned'] = cs
                if rs > 1: kw['numberrowsspanned'] = rs
                tc = TableCell(stylename=head_cs, valuetype='string', **kw)
                for line in text.split('\n'):
                    tc.addElement(P(stylename=hp, text=line))
                tr.addElement(tc)
            container.addElement(tr)
        if container is not tab: tab.addElement(container)
        spans = t.cat_spans() if s.get('merge_cat') else {}
        for ri, r in enumerate(t.rows):
            tr = TableRow(stylename=rst)
            for ci, c in enumerate(t.cols):
                if c.kind == 'cat' and spans:
                    if spans[ri] == 0:
                        tr.addElement(CoveredTableCell()); continue
                    tc = TableCell(stylename=body_cs, valuetype='string', numberrowsspanned=spans[ri])
                    tc.addElement(P(stylename=hp, text=r.cells[ci])); tr.addElement(tc); continue
                tc = TableCell(stylename=alt_cs if ri % 2 == 1 else body_cs, valuetype='string')
                tc.addElement(P(stylename=lp if (c.kind == 'name' and s.get('name_align') == 'left') else bp, text=r.cells[ci]))
                tr.addElement(tc)
            tab.addElement(tr)
        d.text.addElement(tab)
        if t.note:
            self.para(t.note, size=10, indent=False, line='130%', after='0.2cm')

    def box(self, title, paras):
        t = Table('', [Col(title, 'value')], [Row(['\n'.join(plain(p) for p in paras)])], style={'grid': 'outer', 'name_align': 'left'})
        # one-cell table: title as header, body paragraphs left aligned
        self.n += 1; d = self.d
        tst = Style(name='Box%d' % self.n, family='table'); tst.addElement(TableProperties(width='15.8cm', align='center'))
        d.automaticstyles.addElement(tst)
        cst = Style(name='BoxC%d' % self.n, family='table-cell'); cst.addElement(TableCellProperties(border='0.8pt solid #000000', padding='0.2cm'))
        d.automaticstyles.addElement(cst)
        tab = OTable(name='Box%d' % self.n, stylename=tst); tab.addElement(TableColumn())
        tr = TableRow(); tc = TableCell(stylename=cst, valuetype='string')
        tc.addElement(P(stylename=self.pstyle(size=11, bold=True, align='center', indent=False, font='Head'), text=title))
        bp = self.pstyle(size=11, line='140%')
        for p in paras:
            tc.addElement(P(stylename=bp, text=plain(p)))
        tr.addElement(tc); tab.addElement(tr); d.text.addElement(tab)
        self.para('', indent=False)

    def build(self, path, pads=None):
        from prose import PAD
        for b in self.spec['blocks']:
            k = b[0]
            if k == 'cover':
                for (text, size, bold, before) in b[1]:
                    self.para(text, size=size, bold=bold, align='center', indent=False, font='Head' if bold else 'Body', before='%spt' % before)
                self.pending_break = True
            elif k == 'title':
                self.para(b[1], size=20, bold=True, align='center', indent=False, font='Head', after='0.2cm')
            elif k == 'subtitle':
                self.para(b[1], size=14, align='center', indent=False, after='0.4cm')
            elif k == 'h1':
                self.para(b[1], size=16, bold=True, align='center', indent=False, font='Head', before='0.4cm', after='0.2cm')
            elif k == 'h2':
                self.para(b[1], size=14, bold=True, font='Head', before='0.2cm', after='0.1cm')
            elif k == 'p':
                self.para(b[1])
            elif k == 'table':
                if self.pending_break:
                    self.para('', indent=False)
                self.table(b[1])
            elif k == 'note':
                self.para(b[1], size=10, indent=False, line='130%')
            elif k == 'box':
                self.box(b[1], b[2])
            elif k == 'pagebreak':
                self.pending_break = True
            elif k == 'pad':
                k = (pads or {}).get(b[1], 0)
                for t in pad_paras(PAD, k, int(15.8 * 28.3465 // self.size), b[2] if len(b) > 2 else ()):
                    self.para(t)
            else:
                raise ValueError(k)
        self.d.save(path)
