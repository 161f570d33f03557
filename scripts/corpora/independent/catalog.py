# -*- coding: utf-8 -*-
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
CAT = os.path.join(ROOT, 'rules', 'yongzhou-15th', 'targets.tsv')

def load():
    out = {}
    with open(CAT, encoding='utf-8') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            out[row['id']] = row
    return out

TARGETS = load()

def name(i):
    return TARGETS[i]['name'] if i else ''

def unit(i):
    return TARGETS[i]['unit']
