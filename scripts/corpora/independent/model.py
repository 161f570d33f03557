# -*- coding: utf-8 -*-
"""Document model of the independent corpus: blocks that both builders (docx, html) render,
and from which the truth files are written."""
import re

FW = str.maketrans('０１２３４５６７８９．％＜＞', '0123456789.%<>')
DASHES = {'—', '/', '-', '－', '', '——', '–'}


def norm(s):
    return re.sub(r'\s+', '', s)


def bounds(text):
    """Numeric bounds a target states: (min, max) as strings, '' when open or not numeric."""
    t = norm(text).translate(FW)
    if re.search(r'完成|下达|为准|同步|高于|低于GDP|持续', t) and not re.search(r'不低于', t):
        return '', ''
    t = re.sub(r'^年均(增长)?', '', t)
    nums = re.findall(r'\d+(?:\.\d+)?', t)
    if not nums:
        return '', ''
    def f(x):
        v = float(x)
        return ('%g' % v)
    if len(nums) >= 2 and re.search(r'\d(?:%|万吨|万千瓦|亿元|年)?\s*[—\-～~至]+\s*\d', t):
        return f(nums[0]), f(nums[1])
    v = f(nums[0])
    if re.search(r'^[≥>]|以上|不低于|突破|超过|不少于|超', t):
        return v, ''
    if re.search(r'^[≤<]|以内|以下|不高于|不超过|控制在', t):
        return '', v
    return v, v


class T:
    """An in-text target: rendered as name + verb + value (+ after)."""
    def __init__(self, id, name, verb, value, year, tag=None, mn=None, mx=None):
        self.id, self.name, self.verb, self.value, self.year, self.tag = id, name, verb, value, year, tag
        b = bounds(value)
        self.mn = b[0] if mn is None else mn
        self.mx = b[1] if mx is None else mx
        self.page = None

    def text(self):
        return self.name + self.verb + self.value


class P:
    """A paragraph: pieces are str or T."""
    def __init__(self, *pieces, indent=True, bold=False, align=None, size=None):
        self.pieces = list(pieces)
        self.indent, self.bold, self.align, self.size = indent, bold, align, size

    def text(self):
        return ''.join(p if isinstance(p, str) else p.text() for p in self.pieces)

    def targets(self):
        return [p for p in self.pieces if isinstance(p, T)]


class H:
    def __init__(self, level, text, toc=True):
        self.level, self.text, self.toc = level, text, toc


class Filler:
    def __init__(self, theme, count=1, per=(3, 5)):
        self.theme, self.count, self.per = theme, count, per


class Spacer:
    """Filler paragraph whose sentence count the builder may tune (to place a page break in a table)."""
    def __init__(self, theme, n=0):
        self.theme, self.n = theme, n


class Box:
    """专栏: a framed box of project lines (numbers, no target year)."""
    def __init__(self, title, lines):
        self.title, self.lines = title, lines


class PageBreak:
    pass


class Landscape:
    def __init__(self, on):
        self.on = on


class Cover:
    def __init__(self, title, sub, office, date, pre=None):
        self.title, self.sub, self.office, self.date, self.pre = title, sub, office, date, pre


class Notice:
    def __init__(self, org, number, title, addressee, body, signer, date):
        self.org, self.number, self.title, self.addressee = org, number, title, addressee
        self.body, self.signer, self.date = body, signer, date


class TOC:
    def __init__(self, title='目  录'):
        self.title = title
        self.pages = {}


class Caption:
    def __init__(self, text):
        self.text = text


class Col:
    def __init__(self, key, header, w, year=None):
        self.key, self.header, self.w, self.year = key, header, w, year


class Row:
    def __init__(self, id, name, unit='', base='', v2030=None, attr='', cat='', v2027=None, v2035=None,
                 growth=None, growth_id=None, star=False, lead='', note='', kind=''):
        self.id, self.name, self.unit, self.base, self.attr, self.cat = id, name, unit, base, attr, cat
        self.vals = {2027: v2027, 2030: v2030, 2035: v2035}
        self.growth, self.growth_id, self.star, self.lead, self.note, self.kind = growth, growth_id, star, lead, note, kind
        self.page = None
        self.split = False


class IndicatorTable:
    def __init__(self, cols, rows, style='grid', star=None, units_in_name=False, merge_cat=False,
                 repeat_header=False, cant_split=True, header2=None, size=10.5, note=None, tune_split=False,
                 align='top', widths_total=None):
        self.cols, self.rows, self.style, self.star = cols, rows, style, star
        self.units_in_name, self.merge_cat = units_in_name, merge_cat
        self.repeat_header, self.cant_split, self.header2 = repeat_header, cant_split, header2
        self.size, self.note, self.tune_split, self.align = size, note, tune_split, align

    def display_name(self, r):
        n = r.name
        if self.units_in_name and r.unit:
            n = n + '（' + r.unit + '）'
        if self.star and r.star:
            n = '★' + n if self.star == 'before' else n + '★'
        return n

    def attribute(self, r):
        if self.star:
            return '约束性' if r.star else '预期性'
        if any(c.key == 'attr' for c in self.cols):
            return r.attr
        return ''

    def cell(self, r, i, key):
        if key == 'seq':
            return str(i + 1)
        if key == 'name':
            return self.display_name(r)
        if key == 'cat':
            return r.cat
        if key == 'unit':
            return r.unit
        if key == 'base':
            return r.base
        if key in ('y2027', 'y2030', 'y2035'):
            v = r.vals[int(key[1:])]
            return '—' if v is None else v
        if key == 'growth':
            return r.growth if r.growth is not None else '—'
        if key == 'attr':
            return r.attr
        if key == 'lead':
            return r.lead
        if key == 'note':
            return r.note
        if key == 'kind':
            return r.kind
        raise KeyError(key)


class PlainTable:
    """A distractor table (project list, 专栏 grid): produces no truth."""
    def __init__(self, headers, rows, widths, style='grid', size=10, repeat_header=True):
        self.headers, self.rows, self.widths, self.style, self.size = headers, rows, widths, style, size
        self.repeat_header = repeat_header


def walk_targets(blocks):
    for b in blocks:
        if isinstance(b, P):
            for t in b.targets():
                yield t


def indicator_tables(blocks):
    return [b for b in blocks if isinstance(b, IndicatorTable)]
