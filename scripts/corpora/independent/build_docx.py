# -*- coding: utf-8 -*-
"""Writes a document model as .docx with python-docx (run with /usr/bin/python3)."""
import random
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import prose
from model import *

CENTER = WD_ALIGN_PARAGRAPH.CENTER


def _font(run, name, size=None, bold=None, color=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), name)
    if size: run.font.size = Pt(size)
    if bold is not None: run.font.bold = bold
    if color: run.font.color.rgb = RGBColor.from_string(color)


def _style_font(style, name, size=None, bold=None):
    style.font.name = name
    rpr = style.element.get_or_add_rPr()
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs'):
        rf.set(qn(a), name)
    for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    if size: style.font.size = Pt(size)
    if bold is not None: style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)


def _borders(parent_pr, tag, spec):
    """spec: dict side -> (val, sz) ; sides top,left,bottom,right,insideH,insideV"""
    el = parent_pr.find(qn(tag))
    if el is None:
        el = OxmlElement(tag); parent_pr.append(el)
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        if side not in spec:
            continue
        val, sz = spec[side]
        e = el.find(qn('w:' + side))
        if e is None:
            e = OxmlElement('w:' + side); el.append(e)
        e.set(qn('w:val'), val)
        e.set(qn('w:sz'), str(sz))
        e.set(qn('w:space'), '0')
        e.set(qn('w:color'), '000000')


NONE = ('nil', 0)


def table_borders(table, style):
    tblPr = table._tbl.tblPr
    if style == 'grid':
        table.style = 'Table Grid'
    elif style == 'threeline':
        _borders(tblPr, 'w:tblBorders', {'top': ('single', 12), 'bottom': ('single', 12), 'left': NONE,
                                         'right': NONE, 'insideH': NONE, 'insideV': NONE})
    elif style == 'none':
        _borders(tblPr, 'w:tblBorders', {s: NONE for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')})
    elif style == 'box':
        table.style = 'Table Grid'


def cell_bottom(cell, sz=6):
    tcPr = cell._tc.get_or_add_tcPr()
    _borders(tcPr, 'w:tcBorders', {'bottom': ('single', sz)})


def fixed_layout(table, widths):
    tblPr = table._tbl.tblPr
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblPr.append(lay)
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn('w:gridCol'))):
        gc.set(qn('w:w'), str(int(widths[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            c.width = Cm(widths[i])


def row_props(row, header=False, cant_split=False):
    trPr = row._tr.get_or_add_trPr()
    if cant_split:
        e = OxmlElement('w:cantSplit'); trPr.append(e)
    if header:
        e = OxmlElement('w:tblHeader'); trPr.append(e)


def page_number_field(par, fmt):
    before, after = fmt
    if before: par.add_run(before)
    r = par.add_run()
    f1 = OxmlElement('w:fldChar'); f1.set(qn('w:fldCharType'), 'begin')
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' PAGE '
    f2 = OxmlElement('w:fldChar'); f2.set(qn('w:fldCharType'), 'end')
    r._element.append(f1); r._element.append(it); r._element.append(f2)
    if after: par.add_run(after)


class DocxBuilder:
    def __init__(self, spec):
        self.spec = spec
        self.st = spec['style']
        self.font = self.st['font']
        self.size = self.st['size']
        self.rnd = random.Random(spec['stem'])
        self.ctx = spec['ctx']

    def build(self, path):
        st = self.st
        d = self.doc = Document()
        sec = d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        m = st.get('margins', (2.54, 2.8, 2.54, 2.6))  # top, right, bottom, left
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Cm(x) for x in m]
        normal = d.styles['Normal']
        _style_font(normal, self.font, self.size)
        pf = normal.paragraph_format
        pf.space_before = Pt(0); pf.space_after = Pt(0)
        if st.get('line'):
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(st['line'])
        else:
            pf.line_spacing = st.get('line_mult', 1.3)
        hf = st.get('hfont', self.font)
        for lvl, sz in ((1, st.get('h1', 16)), (2, st.get('h2', 15)), (3, st.get('h3', 14))):
            s = d.styles['Heading %d' % lvl]
            _style_font(s, hf, sz, True)
            s.paragraph_format.space_before = Pt(10 if lvl < 3 else 4)
            s.paragraph_format.space_after = Pt(6 if lvl < 3 else 2)
            s.font.italic = False
        if st.get('pagenum', True):
            sec.different_first_page_header_footer = bool(self.spec.get('cover'))
            fp = sec.footer.paragraphs[0]
            fp.alignment = CENTER if st.get('pagenum_align', 'center') == 'center' else WD_ALIGN_PARAGRAPH.RIGHT
            page_number_field(fp, st.get('pagenum_fmt', ('— ', ' —')))
        for b in self.spec['blocks']:
            self.block(b)
        d.core_properties.author = self.spec.get('office', '')
        d.core_properties.title = self.spec['title']
        d.save(path)

    # -- blocks
    def block(self, b):
        d = self.doc
        if isinstance(b, Cover):
            self.cover(b)
        elif isinstance(b, Notice):
            self.notice(b)
        elif isinstance(b, TOC):
            self.toc(b)
        elif isinstance(b, H):
            style = 'Heading %d' % min(b.level, 3)
            p = d.add_paragraph(style=style)
            r = p.add_run(b.text)
            if b.level == 1:
                p.alignment = CENTER
            elif b.level == 2:
                p.alignment = CENTER if self.st.get('h2_center', True) else None
        elif isinstance(b, P):
            self.para(b)
        elif isinstance(b, Filler):
            for t in prose.paragraphs(b.theme, self.rnd, b.count, self.ctx, b.per):
                self.para(P(t))
        elif isinstance(b, Spacer):
            if b.n:
                t = prose.fill(b.theme, random.Random(self.spec['stem'] + 'spacer'), b.n, self.ctx)
                self.para(P(t))
        elif isinstance(b, Box):
            self.box(b)
        elif isinstance(b, PageBreak):
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, Landscape):
            cur = d.sections[-1]
            new = d.add_section(WD_SECTION.NEW_PAGE)
            w, h = Cm(21), Cm(29.7)
            if b.on:
                new.orientation = WD_ORIENT.LANDSCAPE
                new.page_width, new.page_height = h, w
            else:
                new.orientation = WD_ORIENT.PORTRAIT
                new.page_width, new.page_height = w, h
            new.different_first_page_header_footer = False
        elif isinstance(b, Caption):
            p = d.add_paragraph(); p.alignment = CENTER
            p.paragraph_format.space_before = Pt(6); p.paragraph_format.space_after = Pt(4)
            _font(p.add_run(b.text), self.st.get('hfont', self.font), self.size, True)
        elif isinstance(b, IndicatorTable):
            self.indicator(b)
        elif isinstance(b, PlainTable):
            self.plain(b)
        else:
            raise TypeError(b)

    def para(self, b):
        p = self.doc.add_paragraph()
        if b.indent:
            p.paragraph_format.first_line_indent = Pt((b.size or self.size) * 2)
        if b.align == 'center':
            p.alignment = CENTER
        elif b.align == 'right':
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(b.text())
        if b.bold: r.font.bold = True
        if b.size: r.font.size = Pt(b.size)
        return p

    def cover(self, b):
        d = self.doc
        hf = self.st.get('hfont', self.font)
        for _ in range(self.st.get('cover_gap', 5)):
            d.add_paragraph()
        if b.pre:
            p = d.add_paragraph(); p.alignment = CENTER
            _font(p.add_run(b.pre), hf, 16)
        p = d.add_paragraph(); p.alignment = CENTER
        p.paragraph_format.line_spacing = 1.5
        _font(p.add_run(b.title), hf, self.st.get('cover_size', 24), True)
        p = d.add_paragraph(); p.alignment = CENTER
        _font(p.add_run(b.sub), hf, 18)
        for _ in range(12):
            d.add_paragraph()
        for t in (b.office, b.date):
            p = d.add_paragraph(); p.alignment = CENTER
            _font(p.add_run(t), hf, 16)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def notice(self, b):
        d = self.doc
        hf = self.st.get('hfont', self.font)
        d.add_paragraph()
        p = d.add_paragraph(); p.alignment = CENTER
        _font(p.add_run(b.org), hf, 30, True, 'C00000')
        p = d.add_paragraph(); p.alignment = CENTER
        p.add_run(b.number)
        pPr = p._p.get_or_add_pPr()
        _borders(pPr, 'w:pBdr', {'bottom': ('single', 18)})
        d.add_paragraph()
        p = d.add_paragraph(); p.alignment = CENTER
        _font(p.add_run(b.title), hf, 20, True)
        d.add_paragraph()
        d.add_paragraph(b.addressee)
        for t in b.body:
            p = d.add_paragraph(t); p.paragraph_format.first_line_indent = Pt(self.size * 2)
        for _ in range(3):
            d.add_paragraph()
        for t in (b.signer, b.date):
            p = d.add_paragraph(t); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Cm(2)
        p = d.add_paragraph('（此件主动公开）'); p.paragraph_format.first_line_indent = Pt(self.size * 2)
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def toc(self, b):
        d = self.doc
        p = d.add_paragraph(); p.alignment = CENTER
        _font(p.add_run(b.title), self.st.get('hfont', self.font), 18, True)
        d.add_paragraph()
        width = 21 - self.st.get('margins', (2.54, 2.8, 2.54, 2.6))[1] - self.st.get('margins', (2.54, 2.8, 2.54, 2.6))[3]
        for h in [x for x in self.spec['blocks'] if isinstance(x, H) and x.toc and x.level <= 2]:
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(width - 0.1), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            if h.level == 2:
                p.paragraph_format.left_indent = Pt(self.size * 2)
            pg = b.pages.get(h.text, '')
            p.add_run(h.text + '\t' + str(pg))
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def box(self, b):
        d = self.doc
        t = d.add_table(rows=1, cols=1)
        table_borders(t, 'box')
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        p = c.paragraphs[0]; p.alignment = CENTER
        _font(p.add_run(b.title), self.st.get('hfont', self.font), self.size - 1, True)
        for line in b.lines:
            q = c.add_paragraph(line)
            q.paragraph_format.first_line_indent = Pt((self.size - 1.5) * 2)
            for r in q.runs:
                r.font.size = Pt(self.size - 1.5)
        d.add_paragraph()

    def _cellpara(self, cell, text, size, bold=False, align=CENTER):
        p = cell.paragraphs[0]
        p.alignment = align
        p.paragraph_format.first_line_indent = Pt(0)
        p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        r = p.add_run(text)
        r.font.size = Pt(size)
        if bold: r.font.bold = True

    def indicator(self, tb):
        d = self.doc
        cols = tb.cols
        nh = 2 if tb.header2 else 1
        t = d.add_table(rows=nh + len(tb.rows), cols=len(cols))
        table_borders(t, tb.style)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fixed_layout(t, [c.w for c in cols])
        size = tb.size
        # header
        if tb.header2:
            grouped = {}
            for label, keys in tb.header2:
                for k in keys:
                    grouped[k] = label
            i = 0
            while i < len(cols):
                k = cols[i].key
                if k in grouped:
                    j = i
                    while j + 1 < len(cols) and grouped.get(cols[j + 1].key) == grouped[k]:
                        j += 1
                    top = t.cell(0, i).merge(t.cell(0, j)) if j > i else t.cell(0, i)
                    self._cellpara(top, grouped[k], size, True)
                    for x in range(i, j + 1):
                        self._cellpara(t.cell(1, x), cols[x].header, size, True)
                    i = j + 1
                else:
                    c = t.cell(0, i).merge(t.cell(1, i))
                    self._cellpara(c, cols[i].header, size, True)
                    c.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
                    i += 1
        else:
            for i, c in enumerate(cols):
                self._cellpara(t.cell(0, i), c.header, size, True)
                t.cell(0, i).vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        for h in range(nh):
            row_props(t.rows[h], header=tb.repeat_header, cant_split=True)
        if tb.style == 'threeline':
            for c in t.rows[nh - 1].cells:
                cell_bottom(c, 6)
            if nh == 2:
                for c in t.rows[0].cells:
                    pass
        # body
        for ri, r in enumerate(tb.rows):
            row = t.rows[nh + ri]
            row_props(row, cant_split=tb.cant_split)
            for ci, c in enumerate(cols):
                if c.key == 'cat' and tb.merge_cat:
                    continue
                txt = tb.cell(r, ri, c.key)
                al = WD_ALIGN_PARAGRAPH.LEFT if c.key in ('name', 'note', 'lead') else CENTER
                cell = t.cell(nh + ri, ci)
                self._cellpara(cell, txt, size, False, al)
                if tb.align == 'center':
                    cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        if tb.merge_cat:
            ci = [c.key for c in cols].index('cat')
            i = 0
            while i < len(tb.rows):
                j = i
                while j + 1 < len(tb.rows) and tb.rows[j + 1].cat == tb.rows[i].cat:
                    j += 1
                top = t.cell(nh + i, ci)
                if j > i:
                    top = top.merge(t.cell(nh + j, ci))
                self._cellpara(top, tb.rows[i].cat, size)
                top.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
                i = j + 1
        if tb.note:
            for line in tb.note.split('\n'):
                p = d.add_paragraph()
                p.paragraph_format.first_line_indent = Pt(0)
                r = p.add_run(line); r.font.size = Pt(size - 1)
        else:
            d.add_paragraph()

    def plain(self, tb):
        d = self.doc
        t = d.add_table(rows=1 + len(tb.rows), cols=len(tb.headers))
        table_borders(t, tb.style)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        fixed_layout(t, tb.widths)
        for i, h in enumerate(tb.headers):
            self._cellpara(t.cell(0, i), h, tb.size, True)
        row_props(t.rows[0], header=tb.repeat_header, cant_split=True)
        if tb.style == 'threeline':
            for c in t.rows[0].cells:
                cell_bottom(c, 6)
        for ri, r in enumerate(tb.rows):
            for ci, txt in enumerate(r):
                al = WD_ALIGN_PARAGRAPH.LEFT if len(txt) > 8 else CENTER
                self._cellpara(t.cell(1 + ri, ci), txt, tb.size, False, al)
        d.add_paragraph()
