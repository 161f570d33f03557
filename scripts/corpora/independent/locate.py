# -*- coding: utf-8 -*-
"""Finds pages in a rendered PDF with poppler's pdftotext (text and word boxes)."""
import bisect, html, re, subprocess
from model import norm

FOOTER = re.compile(r'^\s*[—\-－–]*\s*\d{1,3}\s*[—\-－–]*\s*$')
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def page_texts(pdf):
    out = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', pdf, '-'], capture_output=True, text=True, check=True).stdout
    pages = out.split('\f')
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [norm('\n'.join(l for l in p.split('\n') if not FOOTER.match(l))) for p in pages]


class TextIndex:
    def __init__(self, pages):
        self.pages = pages
        self.starts = []
        acc = 0
        for p in pages:
            self.starts.append(acc)
            acc += len(p)
        self.full = ''.join(pages)

    def page_at(self, off):
        return bisect.bisect_right(self.starts, off)  # 1-based

    def find_page(self, needle, after_page=1):
        n = norm(needle)
        for i, p in enumerate(self.pages):
            if i + 1 >= after_page and n in p:
                return i + 1
        return None


class Line:
    def __init__(self, page, y, words):
        self.page, self.y = page, y
        self.words = sorted(words, key=lambda w: w[0])
        self.text = ''
        self.bounds = set()
        self.xs = []
        for w in self.words:
            self.bounds.add(len(self.text))
            for ch in w[4]:
                self.xs.append(w[0])
            self.text += w[4]
        self.bounds.add(len(self.text))


def lines(pdf):
    out = subprocess.run(['pdftotext', '-bbox', pdf, '-'], capture_output=True, text=True, check=True).stdout
    res = []
    for pi, chunk in enumerate(out.split('<page ')[1:]):
        words = []
        for m in WORD.finditer(chunk):
            x0, y0, x1, y1 = map(float, m.groups()[:4])
            t = norm(html.unescape(m.group(5)))
            if t:
                words.append((x0, y0, x1, y1, t))
        words.sort(key=lambda w: ((w[1] + w[3]) / 2, w[0]))
        cur, cy = [], None
        plines = []
        for w in words:
            yc = (w[1] + w[3]) / 2
            if cy is None or abs(yc - cy) > 3:
                if cur:
                    plines.append(Line(pi + 1, cy, cur))
                cur, cy = [w], yc
            else:
                cur.append(w)
        if cur:
            plines.append(Line(pi + 1, cy, cur))
        res.append(plines)
    return res


def find_caption(all_lines, caption, start=(1, -1.0)):
    key = norm(caption)[:10]
    for pl in all_lines:
        for ln in pl:
            if (ln.page, ln.y) > start and key in ln.text:
                return (ln.page, ln.y)
    return None


def locate_rows(all_lines, names, values, start):
    """names: normalized display names in table order; values: per row list of normalized cell
    values (non-empty); start: (page, y) of the caption. Returns [(page, y, x)] and split flags."""
    pos = start
    xcol = None
    found = []
    for nm, vals in zip(names, values):
        k = min(len(nm), 3)
        hit = None
        for pl in all_lines:
            if hit: break
            for ln in pl:
                if (ln.page, ln.y) <= pos:
                    continue
                s = ln.text
                i = s.find(nm[:k])
                while i >= 0 and not hit:
                    m = 0
                    while i + m < len(s) and m < len(nm) and s[i + m] == nm[m]:
                        m += 1
                    ok = i in ln.bounds and (i + m) in ln.bounds and m >= k
                    x = ln.xs[i]
                    if ok and xcol is not None and abs(x - xcol) > 25:
                        ok = False
                    if ok and vals:
                        rest = s[i + m:]
                        ok = any(v[:2] in rest for v in vals)
                    if ok:
                        hit = (ln.page, ln.y, x, m)
                    i = s.find(nm[:k], i + 1)
                if hit: break
        if not hit:
            found.append(None)
            continue
        if xcol is None:
            xcol = hit[2]
        # split: where does the rest of the name continue?
        split = False
        if hit[3] < len(nm):
            rest = nm[hit[3]:]
            for pl in all_lines[hit[0] - 1: hit[0] + 1]:
                for ln in pl:
                    if (ln.page, ln.y) <= (hit[0], hit[1]):
                        continue
                    j = ln.text.find(rest[:min(len(rest), 3)])
                    if j >= 0 and abs(ln.xs[j] - hit[2]) < 25:
                        split = ln.page != hit[0]
                        break
                else:
                    continue
                break
        found.append((hit[0], hit[1], hit[2], split))
        pos = (hit[0], hit[1])
    return found
