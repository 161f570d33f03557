#!/usr/bin/python3
"""Checks corpora/doctored/ after a build: every PDF passes `qpdf --check` without warnings and renders with pdftoppm
without a message, and each edited page looks as intended, compared pixel by pixel (pdftoppm -r 50, grey) with the
source page: blank, the source without its text, identical to the source, or (sideways) the same ink turned.
Also prints what a naive extractor (pdftotext) gets from the edited pages. Exit 1 on any failed check.

Usage: verify.py SAMPLES_DIR OUT_DIR [NAME...]   (progress and results on stderr)
"""
import subprocess
import sys
import tempfile
from pathlib import Path

import pikepdf

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, str(Path(__file__).resolve().parent))
import doctor  # noqa: E402

DPI = "50"


def run(*cmd):
    p = subprocess.run(cmd, capture_output=True)
    return p.returncode, p.stdout, p.stderr


def render(pdf, page, cropbox=False):
    """(width, height, bytes) of one page as 8-bit grey at DPI; fails on any message from pdftoppm."""
    args = ["pdftoppm", "-r", DPI, "-gray", "-f", str(page), "-l", str(page)] + (["-cropbox"] if cropbox else [])
    rc, out, err = run(*args, str(pdf))
    if rc != 0 or err.strip():
        raise AssertionError("pdftoppm %s p.%d: rc %d %s" % (pdf, page, rc, err.decode(errors="replace")))
    # P5 header: magic, width, height, maxval, then one byte per pixel
    parts = out.split(maxsplit=4)
    assert parts[0] == b"P5", parts[0]
    return int(parts[1]), int(parts[2]), parts[4]


def blank(img):
    return all(b == 255 for b in img[2])


def ink(img):
    return sum(1 for b in img[2] if b < 128)


def diff(a, b):
    if a[:2] != b[:2]:
        return None
    return sum(1 for x, y in zip(a[2], b[2]) if abs(x - y) > 32)


def text_of(pdf, page):
    rng = ["-f", str(page), "-l", str(page)] if page else []
    rc, out, err = run("pdftotext", "-layout", *rng, str(pdf), "-")
    return out.decode("utf-8", errors="replace")


def without_text(src, page, tmp):
    """The source with the given page's text in render mode 3: what the page shows without its text."""
    pdf = pikepdf.open(src)
    doctor.render_mode(pdf, pdf.pages[page - 1], 3)
    out = Path(tmp) / ("notext-%s-%d.pdf" % (Path(src).stem, page))
    pdf.save(out)
    return out


def pages_of(pdf):
    rc, out, err = run("pdfinfo", str(pdf))
    n = [ln.split()[1] for ln in out.decode().splitlines() if ln.startswith("Pages:")]
    return int(n[0])


def main():
    src_dir, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    wanted = set(sys.argv[3:])
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, source, pages, _, kind, _, case, _ in doctor.VARIANTS:
            if wanted and name not in wanted:
                continue
            f, src = out_dir / (name + ".pdf"), src_dir / (source + ".pdf")
            notes = []
            try:
                rc, out, err = run("qpdf", "--check", str(f))
                assert rc == 0 and b"WARNING" not in out + err, "qpdf --check: %s" % (out + err).decode()
                real = len(pikepdf.open(f).pages)
                shown = pages_of(f)
                if pages == "doc":
                    # the page tree disagrees with itself: poppler trusts /Count, a walk of /Kids finds every page
                    count = int(pikepdf.open(f).Root.Pages.Count)
                    assert shown == count < real == pages_of(src), (shown, count, real)
                    notes.append("pdfinfo %d pages, /Kids walk %d" % (shown, real))
                    for p in range(1, shown + 1):
                        assert diff(render(f, p), render(src, p)) == 0, "p.%d differs" % p
                    notes.append("counted pages identical to the source")
                else:
                    assert shown == real == pages_of(src)
                    edited = range(1, real + 1) if pages == "all" else pages
                    blanks = 0
                    for p in range(1, real + 1):
                        img = render(f, p, cropbox=(case == 6))
                        orig = render(src, p)
                        if p not in edited:
                            assert diff(img, orig) == 0, "unedited p.%d differs" % p
                            continue
                        if case in (4, 6):
                            assert blank(img), "p.%d is not blank" % p
                            what = "blank" if case != 6 else "blank %dx%d px crop box" % img[:2]
                        elif case == 1:
                            assert diff(img, render(without_text(src, p, tmp), p)) == 0, "p.%d shows text" % p
                            assert ink(img) < ink(orig), "p.%d lost no ink" % p
                            if blank(img):
                                blanks += 1
                            continue
                        elif case in (2, 3, 5):
                            ref = render(without_text(src, p, tmp), p)
                            d = diff(img, ref)
                            assert d == 0, "p.%d: %s px differ from the page without text" % (p, d)
                            assert ink(img) < ink(orig), "p.%d lost no ink" % p
                            what = "rules only (= source without text)"
                        elif case == 9 and name.endswith("sideways"):
                            assert img[:2] == orig[:2] and diff(img, orig) > 0
                            assert 0.15 < ink(img) / ink(orig) < 1.0, (ink(img), ink(orig))
                            what = "turned 90°, %.0f%% of the source's ink" % (100 * ink(img) / ink(orig))
                        else:
                            d = diff(img, orig)
                            assert d == 0, "p.%d: %s px differ from the source" % (p, d)
                            what = "identical to the source"
                        txt = text_of(f, p)
                        notes.append("p.%d %s; pdftotext %d chars" % (p, what, len("".join(txt.split()))))
                    if case == 1:
                        notes.append("no text shown on any page; %d of %d pages blank, the others show only table "
                                     "rules; pdftotext %d chars" % (blanks, real, len("".join(text_of(f, 0).split()))))
                    if case == 6:
                        notes.append("(pdftoppm without -cropbox draws the whole MediaBox)")
                log = "ok  "
            except AssertionError as e:
                bad += 1
                log = "FAIL"
                notes.append(str(e))
            print("%s %-28s case %-2d %s" % (log, name, case, "; ".join(notes)), file=sys.stderr)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
