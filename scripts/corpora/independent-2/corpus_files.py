"""corpus.properties, quotas.tsv, assigned.tsv and README.md of corpus independent-2."""
import os, csv
import specs
from common import OUT, npages

PRODUCER = {'docx': 'python-docx → LibreOffice', 'odt': 'python3-odf → LibreOffice',
            'lohtml': 'HTML → LibreOffice Writer (ODT) → PDF', 'chrome': 'HTML → Chromium', 'rl': 'ReportLab (drawn)'}
SOURCE = {'docx': '.docx', 'odt': '.odt', 'lohtml': '.html + .odt', 'chrome': '.html', 'rl': '—'}

def write(docs):
    with open(os.path.join(OUT, 'corpus.properties'), 'w', encoding='utf-8') as f:
        f.write('# Second independent corpus: documents made by scripts/corpora/independent-2/make.sh; truth from its specs.\n'
                'name=independent-2\nupper=rules/yongzhou-15th\nquotas=quotas.tsv\nassigned=assigned.tsv\ninfo=unlisted\ntext=catalog\n')
    with open(os.path.join(OUT, 'quotas.tsv'), 'w', encoding='utf-8') as f:
        f.write('county\tindicator\tquota\tunit\tsource\n')
        for county, forest, grain, energy in specs.QUOTAS:
            f.write('%s\t森林覆盖率\t%s\t%%\tillustrative\n' % (county, forest))
            f.write('%s\t粮食综合生产能力\t%s\t万吨\tillustrative\n' % (county, grain))
            f.write('%s\t能源综合生产能力\t%s\t万吨标准煤\tillustrative\n' % (county, energy))
    with open(os.path.join(OUT, 'assigned.tsv'), 'w', encoding='utf-8') as f:
        f.write('jurisdiction\tindicator\tvalue\tunit\tsource\n')
        for j, v in specs.ASSIGNED_PM25:
            f.write('%s\t地级及以上城市细颗粒物（PM2.5）浓度\t%s\t微克/立方米\tillustrative\n' % (j, v))
        for j, v in specs.ASSIGNED_CO2:
            f.write('%s\t单位GDP二氧化碳排放降低\t%s\t%%\tillustrative\n' % (j, v))
    rows = []; tot = dict(docs=0, pass_=0, fail=0, errors=0, warnings=0, figs=0, table=0, text=0, pages=0)
    for d in docs:
        pdf = os.path.join(OUT, d['stem'] + '.pdf')
        n = npages(pdf)
        with open(os.path.join(OUT, d['stem'] + '.figures.tsv'), encoding='utf-8') as f:
            figs = list(csv.DictReader(f, delimiter='\t'))
        errors = sum(1 for e in d['expected'] if e[2] == 'error'); warnings = sum(1 for e in d['expected'] if e[2] == 'warning')
        status = 'FAIL' if errors else 'PASS'
        tot['docs'] += 1; tot['pass_' if status == 'PASS' else 'fail'] += 1; tot['errors'] += errors; tot['warnings'] += warnings
        tot['figs'] += len(figs); tot['table'] += sum(1 for x in figs if x['source'] == 'table'); tot['text'] += sum(1 for x in figs if x['source'] == 'text')
        tot['pages'] += n
        kind = d['kind'] + (' (%s)' % d['domain'] if d['kind'] == 'special' else '')
        rows.append('| %s.pdf | %s | %s | %s | %d | %s | %s | %s |' % (d['stem'], d['jurisdiction'], kind, PRODUCER[d['producer']], n,
                                                                      d['features'].replace('|', '\\|'), d['conflicts'], status))
    text = README % dict(rows='\n'.join(rows), **tot)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(text)

README = """# Corpus independent-2

A second independent corpus for measuring whether plancheck's reading generalises: %(docs)d plans checked against
《永州市国民经济和社会发展第十五个五年规划纲要（草案）》 (`rules/yongzhou-15th`), made by producers and in layouts that
differ from the samples. It was built by a helper that did not read plancheck's code, its samples' generators or the other
corpora; the truth comes from the generator's spec (`scripts/corpora/independent-2/specs.py`), never from running
plancheck. All numbers are illustrative; the seeded conflicts are deliberate.

Beside each PDF: `<stem>.expected.tsv` (status, jurisdiction, kind, domain for special plans, and the errors and warnings a
reviewer expects, with the page of the offending row or sentence, 0 for a missing indicator; PC-INFO is not listed) and
`<stem>.figures.tsv` (one row per indicator-table row × year column after 2025 and per 年均增速 cell, and one row per in-text
target of a catalog indicator with a year after 2025, as the document states it; page = where the number is printed).
`quotas.tsv` (the city's split of forest coverage, grain and energy capacity; the functional areas 经开区 and 回龙圩 have
none) and `assigned.tsv` (numbers handed down for deferred targets) complete them; `corpus.properties` says how to read
them (`info=unlisted`, `text=catalog`). The sources the PDFs were made from are kept beside them (.docx, .odt, .html);
the ReportLab ones have none.

Totals: %(docs)d documents, %(pages)d pages, %(pass_)d PASS and %(fail)d FAIL; %(errors)d expected errors and %(warnings)d warnings
(besides the PC-PROJECT warnings for the projects the general plans do not name, specs.PROJECTS_MENTIONED);
%(figs)d figures (%(table)d from tables, %(text)d from text).

| file | jurisdiction | kind | producer | pages | features | seeded conflicts | status |
| --- | --- | --- | --- | --- | --- | --- | --- |
%(rows)s

## How the truth was decided

- Binding targets a county general plan must carry (scope `all`): K2-10 受教育年限, K2-15 CO2 降低, K2-16 非化石能源比重,
  K2-18 优良水体比例, K2-19 森林覆盖率, K2-20 粮食综合生产能力, K2-21 能源综合生产能力, K2-22 亿元GDP生产安全事故死亡率
  (K2-17 PM2.5 is city-only). A special plan carries the binding targets whose `domains` hold its domain: ecology →
  K2-15, K2-17, K2-18, K2-19; agriculture → K2-20; transport → none (the 宁远 transport plan passes on its own terms).
- Conforming documents conform in every respect: uniform targets no weaker (expected uniform ones too, e.g. 失业率 ≤5.5,
  护理型床位 ≥80, 污水集中收集率 ≥73), binding targets not below their own 2025 base, quotas met, deferred ones deferred
  (完成市下达任务 / 以省下达任务为准) or at least the assigned number, income growth equal to or above the plan's own GDP
  growth, and table and text agreeing for every indicator and year. Informational indicators differ freely.
- 2027 and 2035 figures are listed but judged only as period evidence: a binding indicator given only for 2035 is
  PC-PERIOD (新田); weaker 2027 milestones (e.g. 非化石 30%% in 2027 in 冷水滩) are not findings.
- Pages of findings: the page of the table row for table figures; for PC-INTERNAL the page of the text sentence that
  disagrees with the table (零陵: table on page 3, sentence on page 4); for PC-PERIOD the 2035 sentence; 0 for PC-COVERAGE.
- `scripts/corpora/independent-2/checkspec.py` recomputes the findings from the catalog, `quotas.tsv` and `assigned.tsv`
  with the rules as README.md and DOMAIN.md describe them and compares them with the hand-written ones (it must report 0
  differences); it is a check of the spec, not of plancheck.
- No batch findings: the corpus holds general plans of 9 of the 11 county-level divisions (江永 and 宁远 appear only
  with special plans) plus the three functional areas, so PC-AGGREGATE never applies; the 12 general plans are of
  12 different units, so PC-DUPLICATE does not either. There is no `batch.expected.tsv`.
- Text figures carry the qualifier inside the target when it is part of the number phrase (「不低于85%%」, 「突破60亿元」,
  「5.5%%以内」); verbs such as 达到, 稳定在, 保持, 控制在 are left out. rawName is the name as printed, whitespace and ★ removed.
- Not targets (no figure): the 2020–2025 review numbers, 专栏 project boxes and 重大项目 tables (project sizes without a
  target year), non-catalog numbers in text, dash cells (—, /).

## Regenerate

```sh
scripts/corpora/independent-2/make.sh                 # every document, then quotas, assignments, properties, README
scripts/corpora/independent-2/make.sh daoxian         # documents whose stem starts with the argument
```

Needs Debian's `python3-docx`, `python3-odf`, `python3-reportlab` (run with /usr/bin/python3), LibreOffice Writer,
Chromium, `poppler-utils` and the fonts `fonts-wqy-zenhei`, `fonts-arphic-uming`, `fonts-arphic-gbsn00lp`,
`fonts-noto-cjk`. LibreOffice runs with its own profile (`/tmp/lo-ind2`), one conversion at a time. The build is
idempotent: dates, document ids and zip timestamps are fixed, so rebuilding an unchanged spec gives the same files.
Where the spec wants a page break at a given place (a table crossing a page, a Word row split by the page break, a
sentence whose number is printed on the next page), a filler of k lines (spare body paragraphs, then filler clauses) is
put before that place; `hint` in the spec records the k found, and the build re-tunes only if the hint no longer meets
the condition. Every page in the truth is looked up in the rendered PDF with `pdftotext -f N -l N` (-layout for text,
-raw for table rows) and the build stops if a figure cannot be found exactly once.
"""
