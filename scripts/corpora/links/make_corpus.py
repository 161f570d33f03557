# -*- coding: utf-8 -*-
"""Builds corpora/links/: a batch of five drafts for chains, peers and projects (issue 17).

道县's general plan with two of its special plans (energy, ecology), and the city's energy and ecology plans (peers).
Every document is written as HTML, imported by LibreOffice (HTML -> ODT -> PDF, the way the samples' drafts are made),
and its truth is written from the SPEC below: the per-document expectations (verdict against the city) and
links.expected.tsv (the seeded chain and peer cases). The seeded cases are stated in SEEDED and the controls in
CONTROLS; the generator checks that the spec's numbers really make them (so a spec edit cannot silently drop a case).
"""
import hashlib, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
OUT = os.path.join(ROOT, 'corpora', 'links')
UPPER = os.path.join(ROOT, 'rules', 'yongzhou-15th')

# ---------------------------------------------------------------- the spec
# One row of an indicator table: (catalog id, name as the plan writes it, unit, base, 2030 target, attribute).
# A target written 完成省下达任务 is a deferred one (no number).
DEFERRED = '完成省下达任务'

DOCS = {
    'daoxian-general': dict(
        title='道县国民经济和社会发展第十五个五年规划纲要（草案）', issuer='道县人民政府', kind='general',
        jurisdiction='道县', domain='', table='道县“十五五”经济社会发展主要指标',
        rows=[
            ('K2-10', '劳动年龄人口平均受教育年限', '年', '10.5', '11.6', '约束性'),
            ('K2-15', '单位GDP二氧化碳排放降低', '%', '—', DEFERRED, '约束性'),
            ('K2-16', '非化石能源占能源消费总量比重', '%', '30', '38', '约束性'),
            ('K2-18', '优良水体比例', '%', '97.5', '100', '约束性'),
            ('K2-19', '森林覆盖率', '%', '66.5', '67', '约束性'),
            ('K2-20', '粮食综合生产能力', '万吨', '26', '27', '约束性'),
            ('K2-21', '能源综合生产能力', '万吨标准煤', '35', '40', '约束性'),
            ('K2-22', '亿元GDP生产安全事故死亡率', '人/亿元', '0.03', '0.02', '约束性'),
            ('T-127', '县级及以上党政机关建成节约型机关比例', '%', '90', '95', '预期性'),
        ],
        # projects the plan names: (project id, how the plan writes it, where: 'table' or 'text')
        projects=[
            ('P12-1', '零陵至道县高速公路', 'table'),
            ('P12-8', '道县通用机场', 'table'),
            ('P16-7', '道县高新区仓储物流园区建设项目', 'table'),       # other wording: 仓储物流园区建设项目
            ('P19-2', '依托涔天河灌区推进“小田改大田”', 'text'),
            ('P22-7', '建设长征国家文化公园（湖南段）示范县', 'text'),
            ('P05-2', '做强道县高新技术产业开发区', 'text'),           # an alias: 高新技术产业开发区
        ],
        # a sentence that names a project only as another county's: it does not count for 道县
        trap='学习借鉴江永县中医医院新院建设经验，提升县域医疗服务能力。',
    ),
    'daoxian-energy': dict(
        title='道县“十五五”能源发展规划', issuer='道县发展和改革局', kind='special', jurisdiction='道县',
        domain='energy', table='道县“十五五”能源发展主要指标',
        rows=[
            ('K2-15', '单位GDP二氧化碳排放降低', '%', '—', DEFERRED, '约束性'),
            ('K2-16', '非化石能源占能源消费总量比重', '%', '30', '36', '约束性'),
            ('K2-21', '能源综合生产能力', '吨标准煤', '350000', '400000', '约束性'),   # = 35 and 40 万吨标准煤
            ('T-127', '县级及以上党政机关建成节约型机关比例', '%', '90', '96', '预期性'),
        ]),
    'daoxian-ecology': dict(
        title='道县“十五五”生态环境保护规划', issuer='永州市生态环境局道县分局', kind='special', jurisdiction='道县',
        domain='ecology', table='道县“十五五”生态环境保护主要指标',
        rows=[
            ('K2-15', '单位GDP二氧化碳排放降低', '%', '—', DEFERRED, '约束性'),
            ('K2-17', '细颗粒物（PM2.5）浓度', '微克/立方米', '—', DEFERRED, '约束性'),
            ('K2-18', '优良水体比例', '%', '97.5', '98', '约束性'),
            ('K2-19', '森林覆盖率', '%', '66.0', '67', '约束性'),
            ('T-127', '县级及以上党政机关建成节约型机关比例', '%', '90', '96', '预期性'),
        ]),
    'city-energy': dict(
        title='永州市“十五五”能源发展规划', issuer='永州市发展和改革委员会', kind='special', jurisdiction='永州市',
        domain='energy', table='永州市“十五五”能源发展主要指标',
        rows=[
            ('K2-15', '单位GDP二氧化碳排放降低', '%', '—', DEFERRED, '约束性'),
            ('K2-16', '非化石能源占能源消费总量比重', '%', '27.7', '36', '约束性'),
            ('K2-21', '能源综合生产能力', '万吨标准煤', '537', '610', '约束性'),
            ('T-045', '风电、光伏装机', '万千瓦', '650', '1200', '预期性'),
            ('T-127', '县级及以上党政机关建成节约型机关比例', '%', '90', '98', '预期性'),
        ]),
    'city-ecology': dict(
        title='永州市“十五五”生态环境保护规划', issuer='永州市生态环境局', kind='special', jurisdiction='永州市',
        domain='ecology', table='永州市“十五五”生态环境保护主要指标',
        rows=[
            ('K2-15', '单位GDP二氧化碳排放降低', '%', '—', DEFERRED, '约束性'),
            ('K2-16', '非化石能源占能源消费总量比重', '%', '27.7', '35', '约束性'),
            ('K2-17', '细颗粒物（PM2.5）浓度', '微克/立方米', '—', DEFERRED, '约束性'),
            ('K2-18', '优良水体比例', '%', '100', '100', '约束性'),
            ('K2-19', '森林覆盖率', '%', '55', '56.5', '约束性'),
            ('T-127', '县级及以上党政机关建成节约型机关比例', '%', '88', '98', '预期性'),
        ]),
}

# The seeded cases between plans: (rule, plan it is about, indicator, the other plan, severity, note).
SEEDED = [
    ('PC-CHAIN', 'daoxian-energy', 'K2-16', 'daoxian-general', 'error',
     '道县能源规划非化石能源比重 36%，弱于道县规划纲要的 38%（不弱于全市 35%）'),
    ('PC-CHAIN', 'daoxian-ecology', 'K2-18', 'daoxian-general', 'error',
     '道县生态环境规划优良水体比例 98%，弱于道县规划纲要的 100%（也弱于全市，另有 PC-STRICT）'),
    ('PC-CHAIN-BASE', 'daoxian-ecology', 'K2-19', 'daoxian-general', 'warning',
     '森林覆盖率基期 66.0% 与道县规划纲要的 66.5% 不一致'),
    ('PC-PEER-TARGET', 'city-energy', 'K2-16', 'city-ecology', 'error',
     '市能源规划非化石能源比重 36% 与市生态环境规划 35% 不一致'),
    ('PC-PEER-BASE', 'city-energy', 'T-127', 'city-ecology', 'warning',
     '节约型机关比例基期 90% 与市生态环境规划 88% 不一致'),
]
# Where plans agree (nothing may be reported): (kind, plan, indicator, other plan, what agrees).
CONTROLS = [
    ('chain', 'daoxian-energy', 'K2-21', 'daoxian-general', 'target and base'),    # after 吨 → 万吨标准煤
    ('chain', 'daoxian-energy', 'T-127', 'daoxian-general', 'target and base'),    # the special plan is stricter
    ('chain', 'daoxian-ecology', 'T-127', 'daoxian-general', 'target and base'),
    ('chain', 'daoxian-energy', 'K2-16', 'daoxian-general', 'base'),
    ('chain', 'daoxian-ecology', 'K2-19', 'daoxian-general', 'target'),
    ('chain', 'daoxian-ecology', 'K2-18', 'daoxian-general', 'base'),
    ('peers', 'daoxian-energy', 'T-127', 'daoxian-ecology', 'target and base'),
    ('peers', 'city-energy', 'T-127', 'city-ecology', 'target'),
    ('peers', 'city-energy', 'K2-16', 'city-ecology', 'base'),
]
# Verdicts against the city (checked alone or in the batch alike): status and the expected findings.
VERDICTS = {
    'daoxian-general': ('PASS', []),
    'daoxian-energy': ('PASS', []),
    'daoxian-ecology': ('FAIL', [('PC-STRICT', 'K2-18', 'error', '优良水体比例 98% 弱于全市约束性目标 100%')]),
    'city-energy': ('PASS', []),
    'city-ecology': ('PASS', []),
}

FILLER = [
    '坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，服务和融入新发展格局，统筹发展和安全。',
    '坚持系统观念，加强前瞻性思考、全局性谋划、战略性布局、整体性推进，推动各项任务落地见效。',
    '健全规划实施机制，加强年度计划与规划衔接，开展规划实施情况评估，强化监督考核。',
]


def cell(v):
    return v.replace('&', '&amp;').replace('<', '&lt;')


def html(stem, d):
    p = []
    p.append('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title><style>'
             "body{font-family:'WenQuanYi Zen Hei';font-size:12pt}h1{font-size:15pt;text-align:center}"
             'h2{font-size:13pt}p{text-indent:2em;line-height:150%%;margin:0 0 4pt 0}td{font-size:10pt}'
             '</style></head><body>' % cell(d['title']))
    p.append('<p style="text-align:center;text-indent:0;font-size:22pt;line-height:160%%;margin-top:150pt">%s</p>'
             % cell(d['title']))
    p.append('<p style="text-align:center;text-indent:0;font-size:14pt;margin-top:220pt">%s　2025年12月</p>'
             % cell(d['issuer']))
    p.append('<p style="page-break-before:always;margin:0;text-indent:0"></p>')
    p.append('<h1>第一章　总体要求</h1>')
    p.append('<h2>第一节　指导思想</h2><p>%s</p><p>%s</p>' % (FILLER[0], FILLER[1]))
    p.append('<h2>第二节　主要目标</h2>')
    p.append('<p>锚定二〇三五年远景目标，综合考虑发展趋势和条件，今后五年要努力实现以下主要目标，具体见下表。</p>')
    p.append('<p style="text-align:center;text-indent:0">表1　%s</p>' % cell(d['table']))
    p.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
    p.append('<tr>' + ''.join('<td align="center">%s</td>' % h for h in
                              ['序号', '指标', '单位', '2025年基期', '2030年目标', '属性']) + '</tr>')
    for i, (_, name, unit, base, target, attr) in enumerate(d['rows'], 1):
        p.append('<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                 % (i, cell(name), cell(unit), cell(base), cell(target), attr))
    p.append('</table>')
    p.append('<h1>第二章　重点任务</h1><p>%s</p>' % FILLER[1])
    if d['kind'] == 'general':
        text = [w for (_, w, where) in d['projects'] if where == 'text']
        p.append('<h2>第一节　推进重大项目建设</h2>')
        for w in text:
            p.append('<p>%s，加强要素保障，压实工作责任。</p>' % cell(w))
        p.append('<p>%s</p>' % cell(d['trap']))
        p.append('<p style="text-align:center;text-indent:0">表2　道县“十五五”重大项目</p>')
        p.append('<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        p.append('<tr><td align="center">序号</td><td align="center">项目名称</td><td align="center">建设内容</td></tr>')
        tab = [w for (_, w, where) in d['projects'] if where == 'table']
        for i, w in enumerate(tab, 1):
            p.append('<tr><td>%d</td><td>%s</td><td>按省市统一部署推进前期工作和建设</td></tr>' % (i, cell(w)))
        p.append('</table>')
    p.append('<h1>第三章　保障措施</h1><p>%s</p>' % FILLER[2])
    p.append('</body></html>')
    return '\n'.join(p) + '\n'


def soffice(src, outdir):
    """HTML -> ODT -> PDF, as scripts/samples/make_samples.py does (straight to PDF may leave page 1 blank)."""
    with tempfile.TemporaryDirectory() as prof:
        lo = ['soffice', '--headless', '-env:UserInstallation=file://' + prof, '--convert-to']
        subprocess.run(lo + ['odt', '--outdir', prof, src], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        odt = os.path.join(prof, os.path.basename(src)[:-5] + '.odt')
        subprocess.run(lo + ['pdf', '--outdir', outdir, odt], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)


def stabilize(pdf):
    """Fixed dates, checksum and identifier (same lengths, offsets unchanged): a rebuild is byte-identical."""
    data = open(pdf, 'rb').read()
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\(D:)(\d{14})', lambda m: m.group(1) + b'20251201090000', data)
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', lambda m: m.group(1) + b'0' * len(m.group(2)), data)
    ids = re.compile(rb'(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)')
    blank = ids.sub(lambda m: m.group(1) + b'0' * len(m.group(2)) + m.group(3) + b'0' * len(m.group(4))
                    + m.group(5), data)
    digest = hashlib.sha256(blank).hexdigest().upper().encode()
    data = ids.sub(lambda m: m.group(1) + digest[:len(m.group(2))] + m.group(3) + digest[:len(m.group(4))]
                   + m.group(5), data)
    open(pdf, 'wb').write(data)


# ---------------------------------------------------------------- truth from the spec
def tsv_rows(path, columns):
    rows = []
    header = None
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def projects_of(jurisdiction):
    """The projects.tsv rows assigned to the unit (catalog data, not program output)."""
    return [r for r in tsv_rows(os.path.join(UPPER, 'projects.tsv'), None)
            if jurisdiction in r['jurisdictions'].split('|')]


# the units the spec writes other than the catalog's, with their factor to the catalog's unit
FACTORS = {'吨标准煤': 0.0001}


def num(v):
    try:
        return float(v)
    except ValueError:
        return None


def row(stem, ind):
    for r in DOCS[stem]['rows']:
        if r[0] == ind:
            f = FACTORS.get(r[2], 1)
            conv = lambda v: v if num(v) is None else '%g' % (num(v) * f)
            return (r[0], r[1], r[2], conv(r[3]), conv(r[4]), r[5])
    raise SystemExit('spec: %s states no %s' % (stem, ind))


def check_spec():
    """The seeded cases and controls really are what the numbers say (all these indicators are higher-is-better)."""
    for rule, a, ind, b, _, _ in SEEDED:
        ra, rb = row(a, ind), row(b, ind)
        if rule == 'PC-CHAIN':
            assert num(ra[4]) < num(rb[4]), (rule, a, ind)
        elif rule == 'PC-PEER-TARGET':
            assert num(ra[4]) != num(rb[4]), (rule, a, ind)
        else:
            assert num(ra[3]) != num(rb[3]), (rule, a, ind)
    for kind, a, ind, b, what in CONTROLS:
        ra, rb = row(a, ind), row(b, ind)
        if 'target' in what:
            assert ra[4] == rb[4] or kind == 'chain' and num(ra[4]) >= num(rb[4]), (kind, a, ind)
        if 'base' in what:
            assert num(ra[3]) == num(rb[3]), (kind, a, ind)


def main():
    check_spec()
    os.makedirs(OUT, exist_ok=True)
    names = {r['id']: r['name'] for r in tsv_rows(os.path.join(UPPER, 'targets.tsv'), None)}
    only = sys.argv[1:]
    for stem, d in DOCS.items():
        if not only or stem in only:
            src = os.path.join(OUT, stem + '.html')
            open(src, 'w', encoding='utf-8').write(html(stem, d))
            soffice(src, OUT)
            stabilize(os.path.join(OUT, stem + '.pdf'))
        status, findings = VERDICTS[stem]
        lines = ['# status: ' + status, '# jurisdiction: ' + d['jurisdiction'], '# kind: ' + d['kind']]
        if d['domain']:
            lines.append('# domain: ' + d['domain'])
        lines.append('ruleId\tindicator\tseverity\tpage\tnote')
        for rule, ind, sev, note in findings:
            lines.append('\t'.join([rule, ind, sev, '0', note]))
        if d['kind'] == 'general':
            named = {pid for (pid, _, _) in d['projects']}
            for p in projects_of(d['jurisdiction']):
                if p['id'] not in named:
                    why = '仅作为江永县的项目提及' if p['name'] in d['trap'] else '规划未提及'
                    lines.append('\t'.join(['PC-PROJECT', p['id'], 'warning', '0',
                                            '%s安排的「%s」，%s' % (p['section'].split(' ')[0], p['name'], why)]))
        open(os.path.join(OUT, stem + '.expected.tsv'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
        print('wrote', stem, file=sys.stderr)
    out = ['# The cases seeded between the plans of this batch (from scripts/corpora/links/make_corpus.py SEEDED).',
           '# Every one must be found; no other chain or peer finding may be reported (the controls agree).',
           'ruleId\tdocument\tindicator\tcounterpart\tseverity\tnote']
    for rule, a, ind, b, sev, note in SEEDED:
        out.append('\t'.join([rule, a + '.pdf', ind, b + '.pdf', sev, note]))
    out.append('')
    out.append('# Controls: where the plans agree (nothing expected).')
    for kind, a, ind, b, what in CONTROLS:
        out.append('# %s\t%s\t%s（%s）\t%s\tagree on %s' % (kind, a, ind, names.get(ind, ind), b, what))
    open(os.path.join(OUT, 'links.expected.tsv'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    open(os.path.join(OUT, 'corpus.properties'), 'w', encoding='utf-8').write(
        '# Links corpus: a batch for chains, peers and projects, made by scripts/corpora/links/make.sh; truth from its spec.\n'
        'name=links\nupper=rules/yongzhou-15th\ninfo=unlisted\n')


if __name__ == '__main__':
    main()
