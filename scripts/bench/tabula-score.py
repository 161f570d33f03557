#!/usr/bin/env python3
"""Runs tabula-java on the truth pages of each corpus and scores its row recall (called by tabula-peer.sh).

A truth row is a row of X.figures.tsv with source `table` and year = the corpus's target year. It is recovered when
ONE row extracted by tabula (lattice or stream mode) on the truth row's page has
  - a cell containing the row's name (rawName, else indicator), and
  - another cell holding a number equal to the row's min or max (numbers parsed from the cell text),
comparing names after NFKC normalisation and removing whitespace, ★ and * and parenthesised parts such as units
「（%）」「（微克/立方米）」. A row whose target has no number (deferred words such as 完成市下达任务) is recovered when
the name is in one cell and the target words (normalised the same way) in the row's text. No column roles are asked:
any cell may hold the value.

Usage: tabula-score.py --cp CLASSPATH --cache DIR --root REPO [--timeout S] [--year Y] [--details] -- CORPUS...
stdout: one line per corpus (and with --details, the rows not recovered); progress on stderr. Standard library only.
"""
import argparse
import csv
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

LABEL = "tabula-java 1.0.5 (lattice+stream)"
NUM = re.compile(r"\d+(?:\.\d+)?")
PAREN = re.compile(r"\([^()]*\)")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = re.sub(r"\s+", "", s)
    s = s.replace("★", "").replace("*", "").replace("☆", "")
    prev = None
    while prev != s:  # nested parentheses too
        prev, s = s, PAREN.sub("", s)
    return s


def numbers(s):
    s = unicodedata.normalize("NFKC", s or "").replace(",", "")
    return [float(x) for x in NUM.findall(s)]


def props(path):
    d = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                d[k.strip()] = v.strip()
    return d


def corpus_facts(folder, root, year_override):
    """(name, target year) of a corpus folder."""
    cp = props(folder / "corpus.properties")
    name = cp.get("name") or folder.name
    if year_override:
        return name, int(year_override)
    upper = cp.get("upper")
    if upper:
        for base in (folder, root):
            plan = props((base / upper / "plan.properties").resolve())
            if plan.get("targetYear", "").isdigit():
                return name, int(plan["targetYear"])
        log("tabula-peer: %s: upper=%s has no plan.properties with targetYear; using 2030" % (folder, upper))
    return name, 2030


def truth_rows(fig, year):
    rows = []
    with open(fig, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if (r.get("source") or "").strip() != "table":
                continue
            try:
                if int((r.get("year") or "0").strip()) != year:
                    continue
                page = int((r.get("page") or "0").strip())
            except ValueError:
                continue
            vals = [float(v) for v in (r.get("min"), r.get("max")) if v and v.strip()]
            rows.append({"name": (r.get("rawName") or "").strip() or (r.get("indicator") or "").strip(),
                         "target": (r.get("target") or "").strip(), "values": vals, "page": page})
    return rows


def tabula(pdf, mode, page, args):
    """tabula's tables for one page in one mode ('l' lattice, 't' stream), cached by the PDF's content."""
    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()[:32]
    out = Path(args.cache) / ("%s-%s-p%d.json" % (digest, mode, page))
    if not out.is_file():
        cmd = ["java", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1",
               "-cp", args.cp, "technology.tabula.CommandLineApp", "-p", str(page), "-f", "JSON", "-" + mode, str(pdf)]
        try:
            p = subprocess.run(cmd, capture_output=True, timeout=args.timeout)
        except subprocess.TimeoutExpired:
            log("tabula-peer:   %s p.%d -%s: timeout after %ds" % (pdf.name, page, mode, args.timeout))
            return []
        if p.returncode != 0:
            err = [ln for ln in p.stderr.decode("utf-8", "replace").splitlines() if ln.strip()
                   and not ln.lstrip().startswith("at ")]
            log("tabula-peer:   %s p.%d -%s: exit %d %s" % (pdf.name, page, mode, p.returncode,
                                                         (err[0] if err else "")[:200]))
            return []
        try:
            json.loads(p.stdout.decode("utf-8"))
        except ValueError:
            log("tabula-peer:   %s p.%d -%s: output is not JSON" % (pdf.name, page, mode))
            return []
        tmp = out.with_suffix(".tmp")
        tmp.write_bytes(p.stdout)
        os.replace(tmp, out)
    return json.loads(out.read_text(encoding="utf-8"))


def extracted_rows(tables):
    """Every row of every table as a list of cell texts."""
    return [[(c or {}).get("text") or "" for c in row] for t in tables for row in t.get("data", [])]


def recovered(truth, rows):
    name = norm(truth["name"])
    if not name:
        return False
    for cells in rows:
        normed = [norm(c) for c in cells]
        named = [i for i, c in enumerate(normed) if name in c]
        if not named:
            continue
        if truth["values"]:
            for i, c in enumerate(cells):
                if any(j != i for j in named) and \
                        any(abs(x - v) < 1e-9 for x in numbers(c) for v in truth["values"]):
                    return True
        else:
            words = norm(truth["target"])
            rest = "".join(c for i, c in enumerate(normed) if i not in named[:1])
            if words and words in rest:
                return True
    return False


def score(folder, args):
    root = Path(args.root)
    name, year = corpus_facts(folder, root, args.year)
    k = n = 0
    missed = []
    for fig in sorted(folder.glob("*.figures.tsv")):
        stem = fig.name[: -len(".figures.tsv")]
        pdf = folder / (stem + ".pdf")
        if not pdf.is_file():
            log("tabula-peer: %s has no PDF beside it, skipped" % fig)
            continue
        truths = truth_rows(fig, year)
        if not truths:
            continue
        pages = sorted({t["page"] for t in truths})
        log("tabula-peer: %s/%s p.%s ..." % (folder.name, pdf.name, ",".join(map(str, pages))))
        by_page = {p: extracted_rows(tabula(pdf, "l", p, args)) + extracted_rows(tabula(pdf, "t", p, args))
                   for p in pages}
        for t in truths:
            n += 1
            if recovered(t, by_page[t["page"]]):
                k += 1
            else:
                missed.append("  not recovered: %s p.%d %s = %s" % (pdf.name, t["page"], t["name"], t["target"]))
    ratio = ("%.3f" % (k / n)) if n else "n/a"
    print("%s: %s rows with name and %d value in one row: %s (%d/%d)" % (LABEL, name, year, ratio, k, n), flush=True)
    if args.details:
        for m in missed:
            print(m, flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cp", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--timeout", type=int, default=120)
    ap.add_argument("--year")
    ap.add_argument("--details", action="store_true")
    ap.add_argument("corpora", nargs="*")
    args = ap.parse_args()
    Path(args.cache).mkdir(parents=True, exist_ok=True)
    for c in args.corpora:
        folder = Path(c)
        if not folder.is_dir():
            log("tabula-peer: %s is not a folder, skipped" % c)
            continue
        if not any(folder.glob("*.figures.tsv")):
            log("tabula-peer: %s holds no X.figures.tsv, skipped" % c)
            continue
        score(folder, args)


if __name__ == "__main__":
    main()
