# -*- coding: utf-8 -*-
"""Builds the independent corpus: for each spec, the source (.docx or .html), the PDF, and the two
truth files, all from the same spec. Usage: make_corpus.py [stem ...]"""
import hashlib, io, os, re, shutil, subprocess, sys, tempfile, time, zipfile, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import catalog, specs, locate
from model import *
from build_docx import DocxBuilder
from build_html import HtmlBuilder

ROOT = catalog.ROOT
OUT = os.path.join(ROOT, 'corpora', 'independent')
LO_PROFILE = os.environ.get('LO_PROFILE', 'file:///tmp/lo-indep')
FIXED_DATE = datetime.datetime(2026, 1, 15, 9, 0, 0)


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ------------------------------------------------------------------ rendering
def soffice(src, outdir, infilter=None):
    cmd = ['soffice', '--headless', '-env:UserInstallation=' + LO_PROFILE]
    if infilter:
        cmd.append('--infilter=' + infilter)
    cmd += ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def chromium(src, pdf):
    prof = tempfile.mkdtemp(prefix='chr-indep-')
    try:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
                        '--no-first-run', '--user-data-dir=' + prof, '--print-to-pdf=' + pdf, '--no-pdf-header-footer',
                        'file://' + src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def stable_docx(path):
    """Rewrite the zip with fixed member dates so that a rebuild is byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())


def stable_pdf(path, stem):
    """Fix creation/modification dates and the file identifier in place (same lengths, offsets unchanged)."""
    data = open(path, 'rb').read()
    def date(m):
        s = m.group(2)
        fixed = b'D:20260115090000'
        rest = s[len(fixed):]
        rest = re.sub(rb'[0-9]', b'0', rest)
        return m.group(1) + fixed + rest + m.group(3)
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()(D:[0-9]{14})([^)]*\))',
                  lambda m: m.group(1) + b'D:20260115090000' + re.sub(rb'[0-9]', b'0', m.group(3)[:-1]) + b')', data)
    h = hashlib.md5(stem.encode()).hexdigest().upper().encode()
    def ident(m):
        a, b = m.group(1), m.group(2)
        return b'/ID [ <' + (h * 4)[:len(a)] + b'> <' + (h * 4)[:len(b)] + b'> ]' if m.group(0).startswith(b'/ID [ ') \
            else m.group(0).replace(a, (h * 4)[:len(a)]).replace(b, (h * 4)[:len(b)])
    data = re.sub(rb'/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]', ident, data)
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + (h * 4)[:len(m.group(2))], data)
    open(path, 'wb').write(data)


def build_and_render(spec):
    stem = spec['stem']
    pdf = os.path.join(OUT, stem + '.pdf')
    if spec['producer'] == 'docx':
        src = os.path.join(OUT, stem + '.docx')
        DocxBuilder(spec).build(src)
        stable_docx(src)
        soffice(src, OUT)
    elif spec['producer'] == 'lohtml':
        src = os.path.join(OUT, stem + '.html')
        HtmlBuilder(spec).build(src)
        soffice(src, OUT, 'HTML (StarWriter)')
    else:
        src = os.path.join(OUT, stem + '.html')
        HtmlBuilder(spec).build(src)
        chromium(src, pdf)
    stable_pdf(pdf, stem)
    return pdf


# ------------------------------------------------------------------ locating
def table_names_values(tb):
    names, values = [], []
    for r in tb.rows:
        names.append(norm(tb.display_name(r)))
        vals = []
        for c in tb.cols:
            if c.key in ('base', 'y2027', 'y2030', 'y2035', 'growth', 'attr', 'unit'):
                v = norm(tb.cell(r, 0, c.key))
                if v and v not in DASHES:
                    vals.append(v)
        values.append(vals)
    return names, values


def locate_tables(spec, pdf, lines):
    blocks = spec['blocks']
    pos = (1, -1.0)
    res = []
    for i, b in enumerate(blocks):
        if isinstance(b, IndicatorTable):
            cap = None
            for j in range(i - 1, -1, -1):
                if isinstance(blocks[j], Caption):
                    cap = blocks[j].text
                    break
            start = locate.find_caption(lines, cap, pos) if cap else pos
            if start is None:
                raise RuntimeError('%s: caption not found: %s' % (spec['stem'], cap))
            names, values = table_names_values(b)
            found = locate.locate_rows(lines, names, values, start)
            for r, f in zip(b.rows, found):
                if f is None:
                    raise RuntimeError('%s: row not found: %s' % (spec['stem'], r.name))
                r.page, r.split = f[0], f[3]
            res.append(b)
    return res


def locate_text(spec, pages):
    idx = locate.TextIndex(pages)
    pos = 0
    for t in walk_targets(spec['blocks']):
        key = norm(t.name + t.verb + t.value)
        at = idx.full.find(key, pos)
        if at < 0:
            raise RuntimeError('%s: text target not found: %s' % (spec['stem'], key))
        if idx.full.count(key) > 1:
            log('  note: %s occurs %d times' % (key, idx.full.count(key)))
        t.page = idx.page_at(at + len(norm(t.name + t.verb)))
        pos = at + 1


def toc_pages(spec, pages):
    toc = [b for b in spec['blocks'] if isinstance(b, TOC)]
    if not toc:
        return False
    heads = [b for b in spec['blocks'] if isinstance(b, H) and b.toc and b.level <= 2]
    idx = locate.TextIndex(pages)
    last = norm(heads[-1].text)
    tend = idx.page_at(idx.full.find(last))
    p = tend + 1
    res = {}
    for h in heads:
        q = idx.find_page(h.text, p)
        if q is None:
            raise RuntimeError('heading not found ' + h.text)
        res[h.text] = q
        p = q
    changed = res != toc[0].pages
    toc[0].pages = res
    return changed


def make(fn):
    spec = fn()
    stem = spec['stem']
    t0 = time.time()
    tunable = [b for b in spec['blocks'] if isinstance(b, IndicatorTable) and b.tune_split]
    spacers = [b for b in spec['blocks'] if isinstance(b, Spacer)]
    n = 0
    while True:
        for sp in spacers:
            sp.n = n
        pdf = build_and_render(spec)
        lines = locate.lines(pdf)
        tabs = locate_tables(spec, pdf, lines)
        if not tunable:
            break
        splits = [r for tb in tunable for r in tb.rows if r.split]
        pages = {r.page for tb in tunable for r in tb.rows}
        if splits and len(pages) > 1:
            log('  %s: split row %s at spacer %d' % (stem, splits[0].name, n))
            break
        n += 1
        if n > 30:
            raise RuntimeError(stem + ': could not place a split row')
    pages = locate.page_texts(pdf)
    if toc_pages(spec, pages):
        pdf = build_and_render(spec)
        pages = locate.page_texts(pdf)
        if toc_pages(spec, pages):
            raise RuntimeError(stem + ': TOC pages unstable')
        lines = locate.lines(pdf)
        tabs = locate_tables(spec, pdf, lines)
        if tunable and not [r for tb in tunable for r in tb.rows if r.split]:
            raise RuntimeError(stem + ': split lost after TOC')
    locate_text(spec, pages)
    write_truth(spec, tabs, len(pages))
    log('%s: %d pages, %.1fs' % (stem, len(pages), time.time() - t0))
    return spec, len(pages)


# ------------------------------------------------------------------ truth
def write_truth(spec, tabs, npages):
    stem = spec['stem']
    figs = []
    for tb in tabs:
        years = [c.year for c in tb.cols if c.year and c.year > 2025]
        has_growth = any(c.key == 'growth' for c in tb.cols)
        for r in tb.rows:
            raw = tb.display_name(r)
            attr = tb.attribute(r)
            for y in years:
                v = r.vals[y]
                if v is None or norm(v) in DASHES:
                    continue
                mn, mx = bounds(v)
                figs.append(('table', catalog.name(r.id), raw, v, mn, mx, attr, str(y), str(r.page)))
            if has_growth and r.growth and norm(r.growth) not in DASHES:
                mn, mx = bounds(r.growth)
                figs.append(('table', catalog.name(r.growth_id), raw, '年均' + r.growth, mn, mx, attr, '2030', str(r.page)))
    for t in walk_targets(spec['blocks']):
        if not t.id:
            continue
        figs.append(('text', catalog.name(t.id), t.name, t.value, t.mn, t.mx, '', str(t.year), str(t.page)))
    with open(os.path.join(OUT, stem + '.figures.tsv'), 'w', encoding='utf-8') as f:
        f.write('source\tindicator\trawName\ttarget\tmin\tmax\tattribute\tyear\tpage\n')
        for r in figs:
            f.write('\t'.join(r) + '\n')
    rows_by_id = {}
    for tb in tabs:
        for r in tb.rows:
            if r.id:
                rows_by_id.setdefault(r.id, r)
    tags = {t.tag: t for t in walk_targets(spec['blocks']) if t.tag}
    with open(os.path.join(OUT, stem + '.expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# status: %s\n# jurisdiction: %s\n# kind: %s\n' % (spec['status'], spec['jurisdiction'], spec['kind']))
        if spec.get('domain'):
            f.write('# domain: %s\n' % spec['domain'])
        f.write('ruleId\tindicator\tseverity\tpage\tnote\n')
        for rule, iid, sev, where, note in spec['expected']:
            if where == 0:
                page = 0
            elif where.startswith('row:'):
                page = rows_by_id[where.split(':')[1]].page
            else:
                page = tags[where.split(':')[1]].page
            f.write('\t'.join([rule, catalog.name(iid), sev, str(page), note]) + '\n')
        for row in project_rows(spec):
            f.write(row + '\n')
    spec['_figs'] = figs
    spec['_pages'] = npages


def project_rows(spec):
    """PC-PROJECT warnings: projects assigned to a general plan's unit (projects.tsv) that it does not name."""
    if spec['kind'] != 'general' or spec['status'] == 'UNVERIFIABLE':
        return []
    mentioned = specs.PROJECTS_MENTIONED[spec['stem']]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'rules', 'yongzhou-15th',
                        'projects.tsv')
    with open(path, encoding='utf-8') as fh:
        lines = [l.rstrip('\n') for l in fh if l.strip() and not l.startswith('#')]
    head = lines[0].split('\t')
    out = []
    for line in lines[1:]:
        p = dict(zip(head, line.split('\t')))
        if spec['jurisdiction'] in p['jurisdictions'].split('|') and p['id'] not in mentioned:
            out.append('\t'.join(['PC-PROJECT', p['id'], 'warning', '0',
                                   '%s安排的「%s」，文中未提及' % (p['section'].split(' ')[0], p['name'])]))
    return out


PRODUCERS = {'docx': 'python-docx → LibreOffice', 'chromium': 'HTML → Chromium', 'lohtml': 'HTML → LibreOffice (StarWriter)'}


def pdf_pages(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
    m = re.search(r'Pages:\s+(\d+)', out)
    return int(m.group(1)) if m else 0


def write_meta():
    with open(os.path.join(OUT, 'corpus.properties'), 'w', encoding='utf-8') as f:
        f.write('# Independent corpus: documents made by scripts/corpora/independent/make.sh; truth from its specs.\n'
                'name=independent\nupper=rules/yongzhou-15th\nquotas=quotas.tsv\nassigned=assigned.tsv\ninfo=unlisted\n')
    with open(os.path.join(OUT, 'quotas.tsv'), 'w', encoding='utf-8') as f:
        f.write('county\tindicator\tquota\tunit\tsource\n')
        for c, (forest, grain, energy) in specs.QUOTAS.items():
            for ind, q, u in (('森林覆盖率', forest, '%'), ('粮食综合生产能力', grain, '万吨'), ('能源综合生产能力', energy, '万吨标准煤')):
                f.write('%s\t%s\t%g\t%s\tillustrative\n' % (c, ind, q, u))
        for c, ind, q, u in specs.EXTRA_QUOTAS:
            f.write('%s\t%s\t%s\t%s\tillustrative\n' % (c, ind, q, u))
    with open(os.path.join(OUT, 'assigned.tsv'), 'w', encoding='utf-8') as f:
        f.write('jurisdiction\tindicator\tvalue\tunit\tsource\n')
        for j, ind, v, u in specs.ASSIGNED:
            f.write('%s\t%s\t%s\t%s\tillustrative\n' % (j, ind, v, u))
    rows = []
    ntab = ntext = 0
    for fn in specs.ALL:
        sp = fn()
        stem = sp['stem']
        pdf = os.path.join(OUT, stem + '.pdf')
        if not os.path.exists(pdf):
            continue
        feats, confl = specs.DESCR[stem]
        kind = sp['kind'] + (' (%s)' % sp['domain'] if sp.get('domain') else '')
        src = stem + ('.docx' if sp['producer'] == 'docx' else '.html')
        figs = open(os.path.join(OUT, stem + '.figures.tsv'), encoding='utf-8').read().splitlines()[1:]
        nt = sum(1 for l in figs if l.startswith('table\t'))
        nx = sum(1 for l in figs if l.startswith('text\t'))
        ntab += nt; ntext += nx
        rows.append('| %s.pdf | %s | %s | %s (`%s`) | %d | %d / %d | %s | %s | %s |' % (
            stem, sp['jurisdiction'], kind, PRODUCERS[sp['producer']], src, pdf_pages(pdf), nt, nx, feats, confl, sp['status']))
    tmpl = open(os.path.join(HERE, 'README.template.md'), encoding='utf-8').read()
    text = tmpl.replace('@TABLE@', '\n'.join(rows)).replace('@NTAB@', str(ntab)).replace('@NTEXT@', str(ntext)) \
               .replace('@NDOCS@', str(len(rows)))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(text)


def main(argv):
    os.makedirs(OUT, exist_ok=True)
    fns = specs.ALL
    if argv:
        want = set(argv)
        fns = [f for f in fns if f()['stem'] in want]
    for fn in fns:
        make(fn)
    write_meta()


if __name__ == '__main__':
    main(sys.argv[1:])
