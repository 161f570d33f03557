"""Self-check of the specs (not of plancheck): recomputes from the catalog, the quotas and the assignments which findings
each document should raise, with the rules as README.md and DOMAIN.md describe them, and compares them with the
findings written by hand in specs.py. Run: python3 checkspec.py"""
import csv, os, sys
import specs
from common import ROOT, bounds, is_dash, catalog_name
from model import table_figures, text_figures

CAT = {}
with open(os.path.join(ROOT, 'rules', 'yongzhou-15th', 'targets.tsv'), encoding='utf-8') as f:
    for row in csv.DictReader(f, delimiter='\t'):
        CAT.setdefault(row['name'], row)
QUOTA = {}
for county, forest, grain, energy in specs.QUOTAS:
    QUOTA[(county, '森林覆盖率')] = forest; QUOTA[(county, '粮食综合生产能力')] = grain; QUOTA[(county, '能源综合生产能力')] = energy
ASSIGNED = {(j, '单位GDP二氧化碳排放降低'): v for j, v in specs.ASSIGNED_CO2}
ASSIGNED.update({(j, '地级及以上城市细颗粒物（PM2.5）浓度'): v for j, v in specs.ASSIGNED_PM25})

def level(lo, hi, direction):
    if direction == 'higher':
        return lo if lo is not None else hi
    return hi if hi is not None else lo

def required(cat):
    lo, hi = bounds(cat['target'])
    if lo is None and hi is None:
        return None
    v = level(lo, hi, cat['direction'])
    if '左右' in cat['target']:
        v = v * 0.95 if cat['direction'] == 'higher' else v * 1.05
    return v

def worse(x, req, direction):
    return x < req - 1e-9 if direction == 'higher' else x > req + 1e-9

def figures_and_bases(d):
    figs, bases = [], {}
    for b in d['blocks']:
        if b[0] == 'table':
            t = b[1]; figs += table_figures(t)
            bi = t.col_index('base'); ni = t.col_index('name')
            for f in table_figures(t):
                cell = t.rows[f['row']].cells[bi] if bi is not None else ''
                if not is_dash(cell):
                    lo, hi = bounds(cell)
                    if lo is not None and f['indicator']:
                        bases[f['indicator']] = lo
        elif b[0] == 'p':
            figs += text_figures(b[1])
        elif b[0] == 'pv':
            figs += text_figures(b[1][0])
    return figs, bases

def expected_findings(d):
    figs, bases = figures_and_bases(d)
    J = d['jurisdiction']; special = d['kind'] == 'special'; city = J == '永州市'
    out = set()
    inscope = []
    for name, c in CAT.items():
        if c['attribute'] != '约束性' or c['origin'] != 'table':
            continue
        if special:
            if d['domain'] in c['domains'].split('|'):
                inscope.append(name)
        elif c['scope'] == 'all':
            inscope.append(name)
    present = {f['indicator'] for f in figs}
    for name in inscope:
        if name not in present:
            out.add(('PC-COVERAGE', name, 'error'))
        elif not any(f['indicator'] == name and f['year'] == 2030 for f in figs):
            out.add(('PC-PERIOD', name, 'error'))
    for f in figs:
        name = f['indicator']
        if not name or f['year'] != 2030 or name not in CAT:
            continue
        c = CAT[name]; binding = c['attribute'] == '约束性'
        sev = 'error' if binding else 'warning'
        if f['source'] == 'table' and binding and f['attribute'] == '预期性':
            out.add(('PC-ATTR', name, 'error'))
        x = level(f['min'], f['max'], c['direction'])
        if x is None or f['target'].startswith('年均') and c['kind'] != 'annualGrowth':
            continue
        tr = c['transmission']
        req = required(c)
        if req is not None and (tr == 'uniform' or (city and special and tr in ('quota', 'informational'))):
            if c['scope'] == 'all' or city:
                if worse(x, req, c['direction']):
                    out.add(('PC-STRICT', name, sev))
        if binding and name in bases and worse(x, bases[name], c['direction']) and f['source'] == 'table':
            out.add(('PC-REGRESS', name, 'error'))
        if (J, name) in QUOTA and worse(x, QUOTA[(J, name)], c['direction']):
            out.add(('PC-QUOTA', name, sev))
        if (J, name) in ASSIGNED and worse(x, ASSIGNED[(J, name)], c['direction']):
            out.add(('PC-DEFERRED', name, sev))
        if city and special and c['base'] and name in bases:
            lo, hi = bounds(c['base'])
            if lo is not None and abs(bases[name] - lo) > 1e-9:
                out.add(('PC-BASE', name, 'warning'))
    # internal: table vs text for the same indicator and year
    for f in figs:
        if f['source'] != 'text' or not f['indicator']:
            continue
        for t in figs:
            if t['source'] == 'table' and t['indicator'] == f['indicator'] and t['year'] == f['year'] and not t['target'].startswith('年均'):
                a = (f['min'], f['max']); b = (t['min'], t['max'])
                if None in a and None in b and a != b and (a != (None, None) and b != (None, None)):
                    if a != b:
                        out.add(('PC-INTERNAL', f['indicator'], 'warning'))
                elif a != b and a != (None, None) and b != (None, None):
                    la = level(*a, CAT.get(f['indicator'], {}).get('direction', 'higher'))
                    lb = level(*b, CAT.get(f['indicator'], {}).get('direction', 'higher'))
                    if la != lb:
                        out.add(('PC-INTERNAL', f['indicator'], 'warning'))
    # relative: income / productivity growth against the plan's own GDP growth
    gdp = [level(f['min'], f['max'], 'higher') for f in figs if f['indicator'] == '地区生产总值增长' and f['year'] == 2030 and f['min'] is not None]
    for f in figs:
        if f['indicator'] in ('居民人均可支配收入增长', '全员劳动生产率增长') and f['year'] == 2030 and f['min'] is not None and gdp:
            x = f['min']
            if f['indicator'] == '居民人均可支配收入增长' and x < max(gdp) - 1e-9 or f['indicator'] == '全员劳动生产率增长' and x <= max(gdp):
                out.add(('PC-RELATIVE', f['indicator'], 'warning'))
    return out

def main():
    bad = 0
    for fn in specs.DOCS:
        d = fn()
        calc = expected_findings(d)
        hand = {(e[0], e[1], e[2]) for e in d['expected']}
        for x in sorted(calc - hand):
            print('%-32s computed but not expected: %s' % (d['stem'], x)); bad += 1
        for x in sorted(hand - calc):
            print('%-32s expected but not computed: %s' % (d['stem'], x)); bad += 1
        # every indicator name used must be a catalog name
        figs, _ = figures_and_bases(d)
        for f in figs:
            if f['indicator'] and f['indicator'] not in CAT:
                print('%-32s not a catalog name: %s' % (d['stem'], f['indicator'])); bad += 1
    print('spec check: %d differences' % bad)
    return bad

if __name__ == '__main__':
    sys.exit(1 if main() else 0)
