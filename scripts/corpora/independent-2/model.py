"""Document model shared by the producers: a document is a list of blocks; tables know which of their cells are
figures (year columns after the base year, 年均增速 cells) so that the truth comes from the same spec as the drawing."""
import re
from common import catalog_name, is_dash, bounds, render_marks, strip_ws

class Col:
    def __init__(self, head, kind='value', year=None, w=1.0):
        self.head, self.kind, self.year, self.w = head, kind, year, w
        # kinds: seq, cat, name, unit, base, year, growth, attr, note, value

class Row:
    def __init__(self, cells, ind=None, growth_ind=None, tall=False):
        self.cells, self.ind, self.growth_ind, self.tall = cells, ind, growth_ind, tall

class Table:
    def __init__(self, caption, cols, rows, head=None, style=None, note=None):
        self.caption, self.cols, self.rows, self.head, self.note = caption, cols, rows, head, note
        self.style = style or {}
        for r in rows:
            assert len(r.cells) == len(cols), (caption, r.cells)

    def col_index(self, kind):
        for i, c in enumerate(self.cols):
            if c.kind == kind:
                return i
        return None

    def header_rows(self):
        """List of header rows, each a list of (text, colspan, rowspan) in column order (spanned cells omitted)."""
        if self.head:
            return self.head
        return [[(c.head, 1, 1) for c in self.cols]]

    def cat_spans(self):
        """For a merged first category column: {row index: span} for the first row of each group, 0 for covered rows."""
        ci = self.col_index('cat')
        spans = {}
        if ci is None:
            return spans
        i = 0
        while i < len(self.rows):
            j = i
            while j + 1 < len(self.rows) and self.rows[j + 1].cells[ci] == self.rows[i].cells[ci]:
                j += 1
            spans[i] = j - i + 1
            for k in range(i + 1, j + 1):
                spans[k] = 0
            i = j + 1
        return spans

def raw_name(cell):
    return strip_ws(cell.replace('★', '').replace('*', ''))

def norm_attr(s):
    s = s.strip()
    if s.startswith('约束'):
        return '约束性'
    if s.startswith('预期'):
        return '预期性'
    return s

GROWTH_OF = {'地区生产总值': '地区生产总值增长', '居民人均可支配收入': '居民人均可支配收入增长',
             '全社会研发经费投入': '全社会研发经费投入增长'}

def table_figures(t):
    """One figure per row × year column after 2025 and per 年均增速 cell (dash cells produce nothing)."""
    ni = t.col_index('name'); ai = t.col_index('attr'); gi = t.col_index('growth')
    figs = []
    for ri, r in enumerate(t.rows):
        name = r.cells[ni]
        raw = raw_name(name)
        ind = r.ind if r.ind is not None else catalog_name(raw)
        if ai is not None:
            attr = norm_attr(r.cells[ai])
        elif t.style.get('star'):
            attr = '约束性' if '★' in name else '预期性'
        else:
            attr = ''
        for ci, c in enumerate(t.cols):
            if c.kind == 'year' and c.year > 2025 and not is_dash(r.cells[ci]):
                cell = r.cells[ci].strip()
                lo, hi = bounds(cell)
                figs.append(dict(source='table', indicator=ind, rawName=raw, target=cell, min=lo, max=hi,
                                 attribute=attr, year=c.year, row=ri, col=ci))
        if gi is not None and not is_dash(r.cells[gi]):
            cell = r.cells[gi].strip()
            g = r.growth_ind
            if g is None:
                g = GROWTH_OF.get(re.sub(r'[（(].*$', '', raw), '')
            lo, hi = bounds(cell)
            figs.append(dict(source='table', indicator=g, rawName=raw, target='年均' + cell, min=lo, max=hi,
                             attribute=attr, year=2030, row=ri, col=gi))
    return figs

def text_figures(text):
    plain, marks = render_marks(text)
    figs = []
    for s, e, target, raw, year, ind in marks:
        lo, hi = bounds(target)
        figs.append(dict(source='text', indicator=ind, rawName=raw, target=target, min=lo, max=hi,
                         attribute='', year=year, plain=plain, start=s, end=e))
    return figs
