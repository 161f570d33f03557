"""Builds corpus independent-2: documents (PDF + source) and their truth files, from specs.py.
Usage: make.py [stem-prefix ...]   (no argument: every document, plus quotas, assignments, README)."""
import os, re, sys, subprocess, shutil, tempfile
import specs
from model import table_figures, text_figures, Table, raw_name
from common import (OUT, ROOT, render_marks, strip_ws, page_texts, npages, normalise_pdf, normalise_zip,
                    odf_meta_fix, fmt, is_dash)
import docx_out, html_out, odt_out, rl_out

LO_PROFILE = 'file:///tmp/lo-ind2'
def log(*a):
    print(*a, file=sys.stderr, flush=True)

def soffice(args, cwd=None):
    subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=' + LO_PROFILE] + args,
                   check=True, capture_output=True, timeout=600, cwd=cwd)

def chromium(html, pdf):
    prof = tempfile.mkdtemp(prefix='ind2-chrome-')
    try:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                        '--no-first-run', '--user-data-dir=' + prof, '--no-pdf-header-footer',
                        '--print-to-pdf=' + pdf, 'file://' + html], check=True, capture_output=True, timeout=600)
    finally:
        shutil.rmtree(prof, ignore_errors=True)

# ------------------------------------------------------------------ rendering
def write_source(d, pads, var, base):
    """Writes the producer's source file for base (path without extension); returns (source, pdf)."""
    p = d['producer']
    if p == 'docx':
        docx_out.DocxWriter(d).build(base + '.docx', pads); normalise_zip(base + '.docx'); return base + '.docx', base + '.pdf'
    if p == 'odt':
        odt_out.OdtWriter(d).build(base + '.odt', pads); normalise_zip(base + '.odt', odf_meta_fix); return base + '.odt', base + '.pdf'
    if p in ('lohtml', 'chrome'):
        html_out.HtmlWriter(d, for_lo=(p == 'lohtml')).build(base + '.html', pads); return base + '.html', base + '.pdf'
    if p == 'rl':
        L = rl_out.layout(d, pads, var)
        rl_out.draw(L, base + '.pdf', d['title'], d.get('author', '规划编制办公室')); return base + '.pdf', base + '.pdf'
    raise ValueError(p)

def convert(d, sources, outdir):
    """Turns the sources into PDFs beside them (one LibreOffice start for all of them)."""
    p = d['producer']
    if p in ('docx', 'odt'):
        soffice(['--convert-to', 'pdf', '--outdir', outdir] + sources)
    elif p == 'lohtml':
        soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'odt:writer8', '--outdir', outdir] + sources)
        odts = [os.path.splitext(x)[0] + '.odt' for x in sources]
        for o in odts:
            normalise_zip(o, odf_meta_fix)
        soffice(['--convert-to', 'pdf', '--outdir', outdir] + odts)
    elif p == 'chrome':
        for src in sources:
            chromium(src, os.path.splitext(src)[0] + '.pdf')
    for src in sources:
        normalise_pdf(os.path.splitext(src)[0] + '.pdf')

def render(d, pads, var=0):
    base = os.path.join(OUT, d['stem'])
    src, pdf = write_source(d, pads, var, base)
    if d['producer'] != 'rl':
        convert(d, [src], OUT)
    normalise_pdf(pdf)
    return pdf

# ------------------------------------------------------------------ page lookup
class Pages:
    def __init__(self, pdf):
        self.layout = page_texts(pdf, 'layout'); self.raw = page_texts(pdf, 'raw'); self.n = len(self.layout)

    def text_page(self, plain, s, e):
        T = strip_ws(plain[s:e]); left = strip_ws(plain[:s]); right = strip_ws(plain[e:])
        cands = [left[-8:] + T + right[:6], left[-4:] + T + right[:3], T + right[:6], left[-8:] + T, left[-3:] + T + right[:1], T + right[:2], left[-2:] + T]
        for src in (self.layout, self.raw):
            for k in cands:
                hits = [i for i, t in enumerate(src) for _ in range(t.count(k))]
                if len(hits) == 1:
                    return hits[0] + 1
        # across a page break: search the joined text, report the page where the target begins
        for src in (self.layout, self.raw):
            joined = ''.join(src); starts = []; acc = 0
            for t in src:
                starts.append(acc); acc += len(t)
            for k in cands:
                if joined.count(k) == 1:
                    pos = joined.find(k) + k.find(T)
                    return max(i for i, st in enumerate(starts) if st <= pos) + 1
        raise RuntimeError('text target not found: %r in %r' % (T, plain[max(0, s - 20):e + 10]))

    def row_page(self, t, f):
        r = t.rows[f['row']]; ni = t.col_index('name')
        name = strip_ws(r.cells[ni])
        seq = ''.join(strip_ws(r.cells[k]) for k in range(ni + 1, f['col'] + 1))
        pats = [re.escape(name[:4]) + '.{0,120}?' + re.escape(seq)]
        for pat in pats:
            hits = [i for i, txt in enumerate(self.raw) for _ in re.finditer(pat, txt)]
            if len(hits) == 1:
                return hits[0] + 1
            if len(hits) > 1:
                raise RuntimeError('row matched %d times: %s' % (len(hits), pat))
        raise RuntimeError('row not found: %s / %s' % (name, seq))

    def find(self, s, src='layout'):
        src = self.layout if src == 'layout' else self.raw
        return [i + 1 for i, t in enumerate(src) if strip_ws(s) in t]

# ------------------------------------------------------------------ truth
def paragraphs(d, var=0):
    for b in d['blocks']:
        if b[0] == 'p':
            yield b[1]
        elif b[0] == 'pv':
            yield b[1][var]

def figures(d, pages, var=0):
    figs = []
    for bi, b in enumerate(d['blocks']):
        if b[0] == 'table':
            for f in table_figures(b[1]):
                f['tid'] = bi
                f['page'] = pages.row_page(b[1], f)
                cell = strip_ws(b[1].rows[f['row']].cells[f['col']])
                if cell not in pages.layout[f['page'] - 1] and cell not in pages.raw[f['page'] - 1]:
                    raise RuntimeError('cell %s not on page %d' % (cell, f['page']))
                figs.append(f)
        elif b[0] in ('p', 'pv'):
            text = b[1] if b[0] == 'p' else b[1][var]
            for f in text_figures(text):
                f['page'] = pages.text_page(f['plain'], f['start'], f['end'])
                figs.append(f)
    return figs

def conditions_ok(d, pages, figs):
    ok = True; notes = []
    for c in d.get('checks', []):
        if c[0] == 'text_split':
            _, target, anchor = c
            ap = pages.find(anchor)
            tp = [f['page'] for f in figs if f['source'] == 'text' and f['target'] == target]
            good = len(ap) == 1 and len(tp) == 1 and ap[0] + 1 == tp[0]
            notes.append('text_split %s: anchor %s target %s' % (target, ap, tp))
        elif c[0] == 'row_split':
            name = strip_ws(c[1])
            a = [i + 1 for i, t in enumerate(pages.raw) if name[:4] in t and name not in t]
            b = [i + 1 for i, t in enumerate(pages.raw) if name[-3:] in t and name not in t]
            good = len(a) == 1 and len(b) == 1 and a[0] + 1 == b[0]
            notes.append('row_split %s: %s %s' % (c[1], a, b))
        elif c[0] == 'table_pages':
            rowpage = {}
            for f in figs:
                if f['source'] == 'table':
                    rowpage.setdefault((f.get('tid'), f['row']), f['page'])
            tp = sorted(set(rowpage.values()))
            later = sum(1 for p in rowpage.values() if tp and p > tp[0])
            good = len(tp) >= c[1] and later >= (c[2] if len(c) > 2 else 1)
            notes.append('table pages %s (%d rows after the first page)' % (tp, later))
        elif c[0] == 'phrase_split':
            _, target, phrase = c
            ph = strip_ws(phrase)
            single = [i + 1 for i, t in enumerate(pages.layout) if ph in t]
            joined = ''.join(pages.layout); starts = []; acc = 0
            for t in pages.layout:
                starts.append(acc); acc += len(t)
            pos = joined.find(ph)
            pstart = max(i for i, st in enumerate(starts) if st <= pos) + 1 if pos >= 0 else None
            tp = [f['page'] for f in figs if f['source'] == 'text' and f['target'] == target]
            good = not single and pos >= 0 and joined.count(ph) == 1 and len(tp) == 1 and pstart + 1 == tp[0]
            notes.append('phrase_split %s: phrase starts p%s, target %s' % (target, pstart, tp))
        elif c[0] == 'pages':
            good = pages.n >= c[1]; notes.append('pages %d' % pages.n)
        else:
            raise ValueError(c)
        ok = ok and good
    return ok, notes

def write_truth(d, figs):
    base = os.path.join(OUT, d['stem'])
    with open(base + '.figures.tsv', 'w', encoding='utf-8') as f:
        f.write('source\tindicator\trawName\ttarget\tmin\tmax\tattribute\tyear\tpage\n')
        for x in figs:
            f.write('\t'.join([x['source'], x['indicator'], x['rawName'], x['target'], fmt(x['min']), fmt(x['max']),
                               x['attribute'], str(x['year']), str(x['page'])]) + '\n')
    status = 'FAIL' if any(e[2] == 'error' for e in d['expected']) else 'PASS'
    with open(base + '.expected.tsv', 'w', encoding='utf-8') as f:
        f.write('# status: %s\n# jurisdiction: %s\n# kind: %s\n' % (status, d['jurisdiction'], d['kind']))
        if d['kind'] == 'special':
            f.write('# domain: %s\n' % d['domain'])
        f.write('ruleId\tindicator\tseverity\tpage\tnote\n')
        for rule, ind, sev, where, note in d['expected']:
            if where == 0:
                page = 0
            else:
                src, year = where
                cand = [x for x in figs if x['source'] == src and x['indicator'] == ind and x['year'] == year]
                if not cand:
                    raise RuntimeError('no %s figure for %s %s' % (src, ind, year))
                page = cand[0]['page']
            f.write('\t'.join([rule, ind, sev, str(page), note]) + '\n')
        for row in project_rows(d):
            f.write(row + '\n')
    return status


def project_rows(d):
    """PC-PROJECT warnings: projects assigned to a general plan's unit (projects.tsv) that it does not name
    (specs.PROJECTS_MENTIONED, a reviewer's reading of the text)."""
    if d['kind'] != 'general':
        return []
    mentioned = specs.PROJECTS_MENTIONED.get(d['stem'], [])
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'rules', 'yongzhou-15th',
                        'projects.tsv')
    with open(path, encoding='utf-8') as fh:
        lines = [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]
    head = lines[0].split('\t')
    out = []
    for line in lines[1:]:
        p = dict(zip(head, line.split('\t')))
        if d['jurisdiction'] in p['jurisdictions'].split('|') and p['id'] not in mentioned:
            out.append('\t'.join(['PC-PROJECT', p['id'], 'warning', '0',
                                   '%s安排的「%s」，文中未提及' % (p['section'].split(' ')[0], p['name'])]))
    return out

# ------------------------------------------------------------------ one document
def evaluate(d, pdf, var=0, conds=None):
    pages = Pages(pdf); figs = figures(d, pages, var)
    dd = dict(d); 
    if conds is not None:
        dd = dict(d, tune=[], checks=conds)
    ok, notes = conditions_ok(dd, pages, figs)
    return ok, notes, pages, figs

def tune_lo(d, hint):
    """Each tuning step: a filler paragraph of k lines placed before the spot, k chosen as the first that meets the
    step's condition; all candidates of a step are converted in one LibreOffice start."""
    pads = dict(hint)
    for name, ks, cond in d.get('tune', []):
        if name in pads:
            ks = [pads[name]] + [k for k in ks if k != pads[name]]
        tmp = tempfile.mkdtemp(prefix='ind2-tune-')
        try:
            srcs = []
            for k in ks:
                src, _ = write_source(d, dict(pads, **{name: k}), 0, os.path.join(tmp, '%s__%d' % (d['stem'], k)))
                srcs.append((k, src))
            convert(d, [s for _, s in srcs], tmp)
            chosen = None
            for k, src in srcs:
                try:
                    ok, notes, _, _ = evaluate(d, os.path.splitext(src)[0] + '.pdf', 0, [cond])
                except Exception as e:
                    ok, notes = False, [str(e)]
                log('    tune %s=%d: %s %s' % (name, k, 'ok' if ok else 'no', '; '.join(notes)))
                if ok:
                    chosen = k; break
            if chosen is None:
                raise RuntimeError('%s: no %s meets %s' % (d['stem'], name, cond))
            pads[name] = chosen
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return pads

def tune_rl(d, hint):
    pads = dict(hint); var = pads.pop('var', 0)
    for name, ks, cond in d.get('tune', []):
        found = False
        for k in ks:
            for v in range(d.get('vars', 1)) if cond[0] != 'table_pages' else [var]:
                L = rl_out.layout(d, dict(pads, **{name: k}), v)
                if cond[0] in ('text_split', 'phrase_split') and rl_out.split_ok(L, cond[1], cond[2], cond[0] == 'phrase_split'):
                    found = True
                elif cond[0] == 'table_pages' and any(len(set(p)) >= cond[1] and sum(1 for x in p if x > min(p)) >= (cond[2] if len(cond) > 2 else 1)
                                                      for p in L.tables.values()):
                    found = True
                if found:
                    pads[name] = k; var = v; break
            if found:
                break
        if not found:
            raise RuntimeError('%s: no layout meets %s' % (d['stem'], cond))
    return pads, var

def build(d):
    stem = d['stem']; hint = dict(d.get('hint', {}))
    var = hint.get('var', 0)
    pads = {k: v for k, v in hint.items() if k != 'var'}
    pdf = render(d, pads, var)
    allconds = [c[2] for c in d.get('tune', [])] + d.get('checks', [])
    ok, notes, pages, figs = evaluate(d, pdf, var, allconds)
    if not ok:
        log('  %s: hint %s fails (%s); tuning' % (stem, hint, '; '.join(notes)))
        if d['producer'] == 'rl':
            pads, var = tune_rl(d, {})
        else:
            pads = tune_lo(d, pads)
        pdf = render(d, pads, var)
        ok, notes, pages, figs = evaluate(d, pdf, var, allconds)
        log('  %s: use hint=%r' % (stem, dict(pads, **({'var': var} if var else {}))))
        if not ok:
            raise RuntimeError('%s: %s' % (stem, notes))
    status = write_truth(d, figs)
    log('%s: %d pages, %d figures, %s  [%s]' % (stem, pages.n, len(figs), status, '; '.join(notes)))
    return dict(stem=stem, pages=pages.n, status=status, figs=len(figs))

def main(argv):
    os.makedirs(OUT, exist_ok=True)
    docs = [f() for f in specs.DOCS]
    sel = [d for d in docs if not argv or any(d['stem'].startswith(a) for a in argv)]
    for d in sel:
        log('building', d['stem'])
        build(d)
    if not argv:
        import corpus_files
        corpus_files.write(docs)

if __name__ == '__main__':
    main(sys.argv[1:])
