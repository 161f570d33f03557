"""ReportLab producer: pages drawn directly, imitating other PDF producers: text placed word by word (each word its own
text object) or whole lines with character spacing; tables drawn from separate line segments, from thin filled
rectangles, or from horizontal rules only; landscape pages. Layout is a pure function so that page breaks can be tuned
before anything is drawn."""
import re
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import render_marks, plain, pad_paras
from model import Table

FONTS = {'GBSN': ('/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf', 0),
         'ZenHei': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
         'UMing': ('/usr/share/fonts/truetype/arphic/uming.ttc', 0)}
_reg = set()
def font(name):
    if name not in _reg:
        path, idx = FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx)); _reg.add(name)
    return name

NO_START = set('，。、；：？！）》」』”’％%.,;:)]】')
NO_END = set('（《「『“‘([【')
def tokens(text):
    """ASCII runs (numbers with their signs and decimals) stay together; every other char is a token."""
    return re.findall(r'[0-9A-Za-z.%＋+\-]+|.', text, re.S)

def wrap(text, fname, size, width, cs=0.0, first_indent=0.0):
    """Greedy line breaking. Returns list of lines, each a list of (token, char_index)."""
    toks = tokens(text); lines = []; cur = []; w = first_indent; idx = 0; limit = width
    for t in toks:
        tw = pdfmetrics.stringWidth(t, fname, size) + cs * len(t)
        if cur and w + tw > limit and t not in NO_START and cur[-1][0] not in NO_END:
            lines.append(cur); cur = []; w = 0
        cur.append((t, idx)); w += tw; idx += len(t)
    if cur: lines.append(cur)
    return lines

class Page:
    def __init__(self, size):
        self.size = size; self.ops = []

class Layout:
    def __init__(self, doc, pads=None, var=0):
        self.doc = doc; o = doc.get('opts', {})
        self.f = font(o.get('font', 'GBSN')); self.hf = font(o.get('hfont', 'ZenHei'))
        self.size = o.get('size', 12); self.lead = o.get('lead', 21)
        self.mode = o.get('mode', 'word'); self.cs = o.get('charspace', 0.0)
        self.pads, self.var = pads or {}, var
        self.pages = []; self.pos = {}   # para id -> list of (char index, page number)
        self.tables = {}                 # table caption -> set of pages
        self.new_page(False)

    # geometry
    def new_page(self, land=None):
        if land is None: land = self.land
        self.land = land
        size = landscape(A4) if land else A4
        self.page = Page(size); self.pages.append(self.page)
        self.ml = 58 if land else 76; self.mr = self.ml
        self.top = size[1] - (56 if land else 78); self.bottom = 60 if land else 70
        self.y = self.top
        self.width = size[0] - self.ml - self.mr

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def text_op(self, x, y, s, f, size, color=(0, 0, 0), cs=0.0, words=False):
        self.page.ops.append(('text', x, y, s, f, size, color, cs, words))

    # paragraphs
    def para(self, text, pid=None, size=None, f=None, align='justify', indent=True, before=0, after=0, lead=None, cs=None):
        size = size or self.size; f = f or self.f; lead = lead or self.lead
        cs = self.cs if cs is None else cs
        txt = plain(text)
        ind = size * 2 if indent else 0
        lines = wrap(txt, f, size, self.width, cs, ind)
        self.y -= before
        for li, line in enumerate(lines):
            self.need(lead)
            self.y -= lead
            x0 = self.ml + (ind if li == 0 else 0)
            s = ''.join(t for t, _ in line)
            lw = sum(pdfmetrics.stringWidth(t, f, size) + cs * len(t) for t, _ in line)
            avail = self.width - (ind if li == 0 else 0)
            if align == 'center':
                x0 = self.ml + (self.width - lw) / 2
            if pid is not None:
                self.pos.setdefault(pid, []).append((line[0][1], len(self.pages)))
            if self.mode == 'word' and align != 'center':
                # words: ASCII runs, CJK chunks of 2 chars with trailing punctuation
                words = []; cur = ''
                for t, _ in line:
                    if re.match(r'[0-9A-Za-z.%+\-]', t) or len(t) > 1:
                        if cur: words.append(cur); cur = ''
                        words.append(t)
                    elif t in NO_START and (cur or words):
                        if cur: cur += t
                        else: words[-1] += t
                    else:
                        cur += t
                        if len(cur) >= 2: words.append(cur); cur = ''
                if cur: words.append(cur)
                gap = 0.0
                if align == 'justify' and li < len(lines) - 1 and len(words) > 1:
                    gap = max(0.0, (avail - lw) / (len(words) - 1))
                x = x0
                for w in words:
                    self.text_op(x, self.y, w, f, size, cs=cs, words=True)
                    x += pdfmetrics.stringWidth(w, f, size) + cs * len(w) + gap
            else:
                self.text_op(x0, self.y, s, f, size, cs=cs)
        self.y -= after

    # tables
    def cell_lines(self, text, f, size, width, cs):
        out = []
        for part in plain(text).split('\n'):
            for line in wrap(part, f, size, width, cs):
                out.append(''.join(t for t, _ in line))
        return out or ['']

    def table(self, t: Table):
        s = t.style; fs = s.get('font_size', 10.5); lead = fs * 1.38; padx, pady = 3, 3.5
        cs = s.get('charspace', 0.0)
        if t.caption:
            self.need(self.lead * 3)
            self.para(t.caption, size=12, f=self.hf, align='center', indent=False, before=4, after=4, cs=0)
        total = self.width * s.get('width_frac', 1.0)
        wsum = sum(c.w for c in t.cols)
        ws = [total * c.w / wsum for c in t.cols]
        x0 = self.ml + (self.width - total) / 2
        xs = [x0]
        for w in ws: xs.append(xs[-1] + w)
        heads = t.header_rows(); nh = len(heads); nc = len(t.cols)
        # header grid
        grid = {}
        for hr, hrow in enumerate(heads):
            ci = 0
            for (text, csn, rs) in hrow:
                while (hr, ci) in grid: ci += 1
                for a in range(hr, hr + rs):
                    for b in range(ci, ci + csn):
                        grid[(a, b)] = (hr, ci) if (a, b) != (hr, ci) else (text, csn, rs)
                ci += csn
        hlines = {}
        for (a, b), g in grid.items():
            if isinstance(g[0], str):
                text, csn, rs = g
                hlines[(a, b)] = self.cell_lines(text, self.hf, fs, xs[b + csn] - xs[b] - 2 * padx, cs)
        hrow_h = [lead * 1 + 2 * pady for _ in range(nh)]
        for (a, b), ln in hlines.items():
            rs = grid[(a, b)][2]
            need = len(ln) * lead + 2 * pady
            if rs == 1: hrow_h[a] = max(hrow_h[a], need)
        head_h = sum(hrow_h)
        pages = []

        def draw_header():
            y = self.y
            ys = [y]
            for h in hrow_h: ys.append(ys[-1] - h)
            for (a, b), g in grid.items():
                if not isinstance(g[0], str): continue
                text, csn, rs = g
                x1, x2 = xs[b], xs[b + csn]; y1, y2 = ys[a], ys[a + rs]
                if s.get('head_fill'):
                    self.page.ops.append(('rect', x1, y2, x2 - x1, y1 - y2, s['head_fill']))
                ln = hlines[(a, b)]
                ty = (y1 + y2) / 2 + len(ln) * lead / 2 - lead + (lead - fs) / 2 + 1
                for i, l in enumerate(ln):
                    lw = pdfmetrics.stringWidth(l, self.hf, fs) + cs * len(l)
                    self.text_op((x1 + x2 - lw) / 2, ty - i * lead, l, self.hf, fs, s.get('head_color', (0, 0, 0)), cs)
                self.cell_borders(x1, x2, y1, y2, s, head=True, first_col=(b == 0), last_col=(b + csn == nc))
            self.y -= head_h
            if s.get('grid') == 'hrules':
                self.hline(xs[0], xs[-1], y, 1.2, s); self.hline(xs[0], xs[-1], self.y, 0.6, s)
        ni = t.col_index('name')
        self.need(head_h + 3 * lead)
        draw_header()
        first_on_page = True
        for ri, r in enumerate(t.rows):
            cl = []
            for ci, c in enumerate(t.cols):
                f = self.f
                cl.append(self.cell_lines(r.cells[ci], f, fs, ws[ci] - 2 * padx, cs))
            h = max(len(x) for x in cl) * lead + 2 * pady
            if self.y - h < self.bottom:
                if s.get('grid') == 'hrules':
                    self.hline(xs[0], xs[-1], self.y, 1.2, s)
                self.new_page()
                if s.get('repeat_head'):
                    draw_header()
                elif s.get('grid') == 'hrules':
                    self.hline(xs[0], xs[-1], self.y, 1.2, s)
                first_on_page = True
            y1, y2 = self.y, self.y - h
            if s.get('alt_fill') and ri % 2 == 1:
                self.page.ops.append(('rect', xs[0], y2, xs[-1] - xs[0], h, s['alt_fill']))
            for ci, ln in enumerate(cl):
                x1, x2 = xs[ci], xs[ci + 1]
                va = s.get('valign', 'middle')
                if va == 'top':
                    ty = y1 - pady - fs
                else:
                    ty = (y1 + y2) / 2 + len(ln) * lead / 2 - lead + (lead - fs) / 2 + 1
                for i, l in enumerate(ln):
                    lw = pdfmetrics.stringWidth(l, self.f, fs) + cs * len(l)
                    if ci == ni and s.get('name_align') == 'left':
                        tx = x1 + padx
                    else:
                        tx = (x1 + x2 - lw) / 2
                    self.text_op(tx, ty - i * lead, l, self.f, fs, (0, 0, 0), cs, words=(self.mode == 'word'))
                self.cell_borders(x1, x2, y1, y2, s, head=False, first_col=(ci == 0), last_col=(ci == nc - 1))
            if s.get('grid') == 'hrules':
                self.hline(xs[0], xs[-1], y2, 0.5 if ri < len(t.rows) - 1 else 1.2, s)
            self.y = y2; first_on_page = False
            pages.append(len(self.pages))
        self.tables[t.caption] = pages
        self.y -= 6
        if t.note:
            self.para(t.note, size=10, indent=False, lead=15, after=6, cs=0)

    def hline(self, x1, x2, y, wdt, s):
        if s.get('border') == 'rects':
            self.page.ops.append(('rect', x1, y - wdt / 2, x2 - x1, wdt, (0, 0, 0)))
        else:
            self.page.ops.append(('line', x1, y, x2, y, wdt))

    def cell_borders(self, x1, x2, y1, y2, s, head, first_col, last_col):
        grid = s.get('grid', 'all')
        if grid == 'hrules':
            return
        wdt = 0.6
        edges = [(x1, y1, x2, y1), (x1, y2, x2, y2), (x1, y1, x1, y2)]
        if last_col: edges.append((x2, y1, x2, y2))
        for (a, b, c, d) in edges:
            if s.get('border') == 'rects':
                if b == d:
                    self.page.ops.append(('rect', a, b - wdt / 2, c - a, wdt, (0, 0, 0)))
                else:
                    self.page.ops.append(('rect', a - wdt / 2, d, wdt, b - d, (0, 0, 0)))
            else:
                self.page.ops.append(('line', a, b, c, d, wdt))

    def box(self, title, paras):
        # measure
        inner = self.width - 24
        lines = 1 + sum(len(wrap(plain(p), self.f, 11, inner, 0, 22)) for p in paras)
        h = lines * 18 + 16
        self.need(h + 10)
        y1 = self.y - 4
        save_ml, save_w = self.ml, self.width
        self.ml += 12; self.width = inner; self.y = y1 - 4
        self.para(title, size=11, f=self.hf, align='center', indent=False, lead=18, cs=0)
        for p in paras:
            self.para(p, size=11, lead=18, cs=0)
        self.ml, self.width = save_ml, save_w
        y2 = self.y - 8
        for (a, b, c, d) in [(self.ml, y1, self.ml + self.width, y1), (self.ml, y2, self.ml + self.width, y2),
                             (self.ml, y1, self.ml, y2), (self.ml + self.width, y1, self.ml + self.width, y2)]:
            self.page.ops.append(('line', a, b, c, d, 0.9))
        self.y = y2 - 10

    def run(self):
        pid = 0
        for b in self.doc['blocks']:
            k = b[0]
            if k == 'cover':
                for (text, size, bold, before) in b[1]:
                    self.y -= before
                    self.para(text, size=size, f=self.hf if bold else self.f, align='center', indent=False, lead=size * 1.6, cs=0)
                self.new_page()
            elif k == 'title':
                self.para(b[1], size=19, f=self.hf, align='center', indent=False, before=6, after=6, lead=30, cs=0)
            elif k == 'subtitle':
                self.para(b[1], size=14, align='center', indent=False, after=10, lead=22, cs=0)
            elif k == 'h1':
                self.need(self.lead * 4)
                self.para(b[1], size=15, f=self.hf, align='center', indent=False, before=10, after=6, lead=24, cs=0)
            elif k == 'h2':
                self.need(self.lead * 3)
                self.para(b[1], size=13, f=self.hf, indent=True, before=4, after=2, lead=22, cs=0)
            elif k in ('p', 'pv'):
                text = b[1] if k == 'p' else b[1][self.var]
                self.para(text, pid=pid, )
                self.doc_pids.append((pid, text)); pid += 1
            elif k == 'table':
                self.table(b[1])
            elif k == 'note':
                self.para(b[1], size=10, indent=False, lead=15, cs=0)
            elif k == 'box':
                self.box(b[1], b[2])
            elif k == 'pagebreak':
                self.new_page()
            elif k == 'landscape':
                self.new_page(b[1])
            elif k == 'pad':
                k = self.pads.get(b[1], 0)
                from prose import PAD
                for t in pad_paras(PAD, k, int(self.width // self.size), b[2] if len(b) > 2 else ()):
                    self.para(t)
            else:
                raise ValueError(k)
        return self

    def page_of(self, pid, ch):
        page = None
        for start, pg in self.pos[pid]:
            if start <= ch:
                page = pg
        return page

def layout(doc, pads=None, var=0):
    L = Layout(doc, pads, var); L.doc_pids = []
    return L.run()

def split_ok(L, target, anchor, strict=False):
    """The paragraph holding `target` starts `anchor` on one page and prints the target on the next (strict: the
    anchor phrase itself is cut by the page break)."""
    for pid, text in L.doc_pids:
        pl, marks = render_marks(text)
        for (s, e, t, raw, year, ind) in marks:
            if t == target:
                a = pl.find(anchor)
                if strict and L.page_of(pid, a + len(anchor) - 1) != L.page_of(pid, s):
                    return False
                return L.page_of(pid, a) + 1 == L.page_of(pid, s)
    raise ValueError('no target ' + target)

def draw(L, path, title, author):
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title); c.setAuthor(author); c.setCreator('independent-2 (ReportLab)'); c.setSubject('')
    for n, pg in enumerate(L.pages, 1):
        c.setPageSize(pg.size)
        for op in pg.ops:
            if op[0] == 'rect':
                _, x, y, w, h, col = op
                c.setFillColorRGB(*((int(col[i:i + 2], 16) / 255.0 for i in (0, 2, 4)) if isinstance(col, str) else col))
                c.rect(x, y, w, h, stroke=0, fill=1)
        for op in pg.ops:
            if op[0] == 'line':
                _, x1, y1, x2, y2, wdt = op
                c.setLineWidth(wdt); c.setStrokeColorRGB(0, 0, 0); c.line(x1, y1, x2, y2)
            elif op[0] == 'text':
                _, x, y, s, f, size, color, cs, words = op
                if isinstance(color, str):
                    color = tuple(int(color[i:i + 2], 16) / 255.0 for i in (0, 2, 4))
                to = c.beginText(x, y); to.setFont(f, size); to.setFillColorRGB(*color)
                if cs: to.setCharSpace(cs)
                to.textOut(s); c.drawText(to)
        if n > 1 or not L.doc.get('cover_no_number'):
            label = '— %d —' % n
            c.setFillColorRGB(0, 0, 0)
            c.setFont(L.f, 10.5); c.drawCentredString(pg.size[0] / 2, 36, label)
        c.showPage()
    c.save()
