"""python-docx producer: a real .docx (Word tables, vMerge, repeated header rows, cantSplit, landscape sections),
exported to PDF by LibreOffice as Word drafts are."""
import datetime
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import plain, pad_paras
from model import Table

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

def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn('w:' + k), str(v))
    return e

def _borders(table, spec):
    """spec: dict edge -> (val, size eighths of a point) ; edges top left bottom right insideH insideV."""
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn('w:tblBorders'))
    if old is not None: tblPr.remove(old)
    b = OxmlElement('w:tblBorders')
    for edge in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        val, sz = spec.get(edge, ('nil', 0))
        b.append(_el('w:' + edge, val=val, sz=sz, space=0, color='000000'))
    tblPr.append(b)

def _cell_borders(cell, edges):
    """Cell-level borders (LibreOffice drops table-level inside rules next to vertically merged cells)."""
    tcPr = cell._tc.get_or_add_tcPr()
    old = tcPr.find(qn('w:tcBorders'))
    if old is not None: tcPr.remove(old)
    b = OxmlElement('w:tcBorders')
    for edge in ('top', 'left', 'bottom', 'right'):
        val, sz = edges.get(edge, ('nil', 0))
        b.append(_el('w:' + edge, val=val, sz=sz, space=0, color='000000'))
    tcPr.append(b)

def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(_el('w:shd', val='clear', color='auto', fill=fill))

def _row_flag(row, tag):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement(tag))

def _cell_text(cell, text, font, size, bold=False, color=None, align='center'):
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i: p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == 'center' else WD_ALIGN_PARAGRAPH.LEFT
        pf = p.paragraph_format; pf.space_before = Pt(2); pf.space_after = Pt(2)
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE; pf.first_line_indent = Pt(0)
        r = p.add_run(line); _font(r, font, size, bold, color)

class DocxWriter:
    def __init__(self, doc):
        self.spec = doc
        self.d = Document()
        o = doc.get('opts', {})
        self.font = o.get('font', 'AR PL UMing CN'); self.hfont = o.get('hfont', 'WenQuanYi Zen Hei')
        self.size = o.get('size', 12); self.line = o.get('line', 22)
        st = self.d.styles['Normal']; st.font.name = self.font; st.font.size = Pt(self.size)
        st.element.get_or_add_rPr()
        rf = st.element.rPr.find(qn('w:rFonts'))
        if rf is None:
            rf = OxmlElement('w:rFonts'); st.element.rPr.insert(0, rf)
        rf.set(qn('w:eastAsia'), self.font); rf.set(qn('w:ascii'), self.font); rf.set(qn('w:hAnsi'), self.font)
        sec = self.d.sections[0]
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(o.get('mlr', 2.7)); sec.top_margin = Cm(3.0); sec.bottom_margin = Cm(2.6)
        self._footer(sec)
        cp = self.d.core_properties
        cp.author = o.get('author', '规划编制办公室'); cp.title = doc['title']; cp.last_modified_by = cp.author
        cp.created = cp.modified = datetime.datetime(2025, 12, 1, 9, 0, 0); cp.revision = 1
        self.first = True

    def _footer(self, sec):
        p = sec.footer.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run('— '); _font(r, self.font, 10.5)
        fld = _el('w:fldSimple', instr='PAGE'); rr = OxmlElement('w:r'); t = OxmlElement('w:t'); t.text = '1'
        rr.append(t); fld.append(rr); p._p.append(fld)
        r = p.add_run(' —'); _font(r, self.font, 10.5)

    def text_width_cm(self):
        sec = self.d.sections[-1]
        return (sec.page_width - sec.left_margin - sec.right_margin) / 360000.0

    def para(self, text, size=None, bold=False, align='justify', indent=True, font=None, before=0, after=0, line=None):
        p = self.d.add_paragraph()
        p.alignment = {'justify': WD_ALIGN_PARAGRAPH.JUSTIFY, 'center': WD_ALIGN_PARAGRAPH.CENTER,
                       'left': WD_ALIGN_PARAGRAPH.LEFT, 'right': WD_ALIGN_PARAGRAPH.RIGHT}[align]
        pf = p.paragraph_format
        pf.line_spacing = Pt(line or self.line); pf.space_before = Pt(before); pf.space_after = Pt(after)
        if indent: pf.first_line_indent = Pt((size or self.size) * 2)
        r = p.add_run(plain(text)); _font(r, font or self.font, size or self.size, bold)
        return p

    def page_break(self):
        p = self.d.add_paragraph(); p.add_run().add_break(__import__('docx').enum.text.WD_BREAK.PAGE)

    def section(self, landscape):
        prev = self.d.sections[-1]
        sec = self.d.add_section(WD_SECTION.NEW_PAGE)
        w, h = Cm(21), Cm(29.7)
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = h, w
        else:
            sec.orientation = WD_ORIENT.PORTRAIT; sec.page_width, sec.page_height = w, h
        sec.left_margin = sec.right_margin = prev.left_margin if not landscape else Cm(2.5)
        sec.top_margin = Cm(3.0) if not landscape else Cm(2.4); sec.bottom_margin = Cm(2.6) if not landscape else Cm(2.2)

    def table(self, t: Table):
        s = t.style; fs = s.get('font_size', 10.5); font = s.get('font', self.font)
        if t.caption:
            self.para(t.caption, size=s.get('caption_size', 12), bold=True, align='center', indent=False,
                      font=self.hfont, before=6, after=4, line=20)
        heads = t.header_rows(); nh = len(heads); nc = len(t.cols)
        tab = self.d.add_table(rows=nh + len(t.rows), cols=nc)
        tab.autofit = False
        total = s.get('width_cm', self.text_width_cm())
        wsum = sum(c.w for c in t.cols)
        widths = [Cm(total * c.w / wsum) for c in t.cols]
        for i, col in enumerate(tab.columns):
            col.width = widths[i]
        for row in tab.rows:
            for i, cell in enumerate(row.cells):
                cell.width = widths[i]
        grid = s.get('grid', 'all')
        if grid == 'all':
            _borders(tab, {e: ('single', 4) for e in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')})
        elif grid == 'hrules':
            _borders(tab, {'top': ('single', 12), 'bottom': ('single', 12), 'insideH': ('single', 4)})
        elif grid == 'outer':
            _borders(tab, {e: ('single', 8) for e in ('top', 'left', 'bottom', 'right')})
        # header
        occupied = set()
        for hr, hrow in enumerate(heads):
            ci = 0
            for (text, cs, rs) in hrow:
                while (hr, ci) in occupied: ci += 1
                cell = tab.cell(hr, ci)
                if cs > 1 or rs > 1:
                    cell = cell.merge(tab.cell(hr + rs - 1, ci + cs - 1))
                for a in range(hr, hr + rs):
                    for b in range(ci, ci + cs):
                        occupied.add((a, b))
                _cell_text(cell, text, s.get('head_font', self.hfont), fs, bold=s.get('head_bold', True), color=s.get('head_color'))
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if s.get('head_fill'):
                    _shade(cell, s['head_fill'])
                ci += cs
        for hr in range(nh):
            if s.get('repeat_head'): _row_flag(tab.rows[hr], 'w:tblHeader')
            _row_flag(tab.rows[hr], 'w:cantSplit')
        # body
        spans = t.cat_spans() if s.get('merge_cat') else {}
        for ri, r in enumerate(t.rows):
            row = tab.rows[nh + ri]
            if s.get('cant_split', True) and not r.tall:
                _row_flag(row, 'w:cantSplit')
            for ci, c in enumerate(t.cols):
                if c.kind == 'cat' and spans:
                    if spans[ri] == 0:
                        continue
                    cell = tab.cell(nh + ri, ci)
                    if spans[ri] > 1:
                        cell = cell.merge(tab.cell(nh + ri + spans[ri] - 1, ci))
                    _cell_text(cell, r.cells[ci], font, fs, bold=True)
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                    continue
                cell = tab.cell(nh + ri, ci)
                align = s.get('name_align', 'center') if c.kind == 'name' else 'center'
                _cell_text(cell, r.cells[ci], font, fs, align=align)
                if s.get('valign') == 'center':
                    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if s.get('alt_fill') and ri % 2 == 1:
                    _shade(cell, s['alt_fill'])
        if grid == 'all':
            for row in tab.rows:
                for cell in row.cells:
                    _cell_borders(cell, {e: ('single', 4) for e in ('top', 'left', 'bottom', 'right')})
        if t.note:
            self.para(t.note, size=10, indent=False, before=3, after=6, line=16)

    def box(self, title, paras):
        tab = self.d.add_table(rows=1, cols=1); tab.autofit = False
        _borders(tab, {e: ('single', 8) for e in ('top', 'left', 'bottom', 'right')})
        cell = tab.cell(0, 0); cell.width = Cm(self.text_width_cm())
        _cell_text(cell, title, self.hfont, 11, bold=True)
        for ptext in paras:
            p = cell.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            pf = p.paragraph_format; pf.first_line_indent = Pt(22); pf.line_spacing = Pt(18); pf.space_after = Pt(2)
            r = p.add_run(plain(ptext)); _font(r, self.font, 11)
        self.d.add_paragraph()

    def projects(self, caption, head, rows, widths):
        t = Table(caption, [__import__('model').Col(h, 'value', w=w) for h, w in zip(head, widths)],
                  [__import__('model').Row(r) for r in rows],
                  style={'grid': 'all', 'font_size': 10, 'head_fill': 'D9D9D9', 'name_align': 'left'})
        self.table(t)

    def build(self, path, pads=None):
        from prose import PAD
        cap = int(self.text_width_cm() * 28.3465 // self.size)
        for b in self.spec['blocks']:
            k = b[0]
            if k == 'cover':
                for (text, size, bold, before) in b[1]:
                    self.para(text, size=size, bold=bold, align='center', indent=False, font=self.hfont if bold else self.font,
                              before=before, line=max(size * 1.5, 20))
                self.page_break()
            elif k == 'title':
                self.para(b[1], size=20, bold=True, align='center', indent=False, font=self.hfont, before=12, after=6, line=32)
            elif k == 'subtitle':
                self.para(b[1], size=14, align='center', indent=False, after=12, line=24)
            elif k == 'h1':
                self.para(b[1], size=16, bold=True, align='center', indent=False, font=self.hfont, before=12, after=6, line=28)
            elif k == 'h2':
                self.para(b[1], size=14, bold=True, align='left', indent=True, font=self.hfont, before=6, after=3, line=24)
            elif k == 'p':
                self.para(b[1])
            elif k == 'table':
                self.table(b[1])
            elif k == 'note':
                self.para(b[1], size=10, indent=False, line=16)
            elif k == 'box':
                self.box(b[1], b[2])
            elif k == 'projects':
                self.projects(*b[1:])
            elif k == 'pagebreak':
                self.page_break()
            elif k == 'landscape':
                self.section(b[1])
            elif k == 'pad':
                k = (pads or {}).get(b[1], 0)
                for t in pad_paras(PAD, k, cap, b[2] if len(b) > 2 else ()):
                    self.para(t)
            else:
                raise ValueError(k)
        self.d.save(path)
