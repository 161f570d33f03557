"""Shared pieces of the independent-2 corpus generator: catalog lookup, in-text target markers,
the target grammar used for the truth files (min/max), page lookup in the rendered PDF, normalisation
of volatile bytes (dates, ids, zip timestamps) so that rebuilding an unchanged spec is byte-stable."""
import os, re, subprocess, unicodedata, zipfile, io, hashlib

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
CATALOG = os.path.join(ROOT, 'rules', 'yongzhou-15th', 'targets.tsv')
OUT = os.path.join(ROOT, 'corpora', 'independent-2')

# ---------------------------------------------------------------- catalog
def _load_catalog():
    names = {}
    with open(CATALOG, encoding='utf-8') as f:
        head = f.readline().rstrip('\n').split('\t')
        for line in f:
            row = dict(zip(head, line.rstrip('\n').split('\t')))
            names.setdefault(row['name'], row['name'])
            for a in row['aliases'].split('|'):
                if a:
                    names.setdefault(a, row['name'])
    return names
CATALOG_NAMES = _load_catalog()

UNIT_SUFFIX = re.compile(r'[（(][^（）()]*[）)]$')
def catalog_name(raw):
    """Catalog name for a raw indicator name (exact name or alias, after dropping ★ and a trailing unit)."""
    r = raw.replace('★', '').replace('*', '').strip()
    if r in CATALOG_NAMES:
        return CATALOG_NAMES[r]
    r2 = UNIT_SUFFIX.sub('', r)
    return CATALOG_NAMES.get(r2, '')

# ---------------------------------------------------------------- markers
# An in-text target is written ⟦target¦raw¦year¦indicator⟧ in the prose; it renders as `target`.
MARK = re.compile(r'⟦([^¦⟧]*)¦([^¦⟧]*)¦([^¦⟧]*)¦([^¦⟧]*)⟧')

def M(target, raw, year=2030, ind=None):
    if ind is None:
        ind = catalog_name(raw)
        if not ind:
            raise ValueError('not a catalog name: ' + raw)
    return '⟦%s¦%s¦%s¦%s⟧' % (target, raw, year, ind)

def render_marks(text):
    """Returns (plain text, [(start, end, target, raw, year, ind)])."""
    out, marks, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()]); plain_len += m.start() - pos
        t, raw, year, ind = m.groups()
        marks.append((plain_len, plain_len + len(t), t, raw, int(year), ind))
        out.append(t); plain_len += len(t)
        pos = m.end()
    out.append(text[pos:])
    plain = ''.join(out)
    for s, e, t, raw, year, ind in marks:
        if raw not in plain[:s]:
            raise ValueError('raw name %r not before target %r in: %s' % (raw, t, plain))
    return plain, marks

def plain(text):
    return render_marks(text)[0]

# ---------------------------------------------------------------- target grammar (truth side)
DASHES = {'', '—', '——', '-', '/', '／', '－', '–'}
def is_dash(cell):
    return cell.strip() in DASHES

def _num(s):
    return float(s)

def fmt(x):
    if x is None:
        return ''
    s = ('%.6f' % x).rstrip('0').rstrip('.')
    return s

def bounds(target):
    """(min, max) of a target as written: plain and 左右 both; ≤/以下/以内 max; ≥/以上/不低于/突破 min; ranges both;
    words: (None, None)."""
    t = unicodedata.normalize('NFKC', target).replace(' ', '')
    nums = re.findall(r'\d+(?:\.\d+)?', t)
    if not nums:
        return None, None
    if re.search(r'\d\s*[%万亿元吨个家人年岁件亩]*\s*[—~～-]{1,2}\s*\d', t):
        a, b = _num(nums[0]), _num(nums[1])
        return min(a, b), max(a, b)
    v = _num(nums[0])
    if re.search(r'不低于|不少于', t):
        return v, None
    if re.search(r'不高于|不超过', t):
        return None, v
    if re.search(r'[≤<＜]|以下|以内|不高于|不超过|控制在|降至|低于', t):
        return None, v
    if re.search(r'[≥>＞]|以上|不低于|不少于|突破|超过|超', t):
        return v, None
    return v, v

def check_bounds():
    assert bounds('6—6.5') == (6, 6.5)
    assert bounds('5%—5.5%') == (5, 5.5)
    assert bounds('≤5.5') == (None, 5.5)
    assert bounds('＜5.5') == (None, 5.5)
    assert bounds('0.02以下') == (None, 0.02)
    assert bounds('5.5%以内') == (None, 5.5)
    assert bounds('不低于60%') == (60, None)
    assert bounds('突破800亿元') == (800, None)
    assert bounds('６左右') == (6, 6)
    assert bounds('[6]') == (6, 6)
    assert bounds('年均10以上') == (10, None)
    assert bounds('完成市下达任务') == (None, None)
    assert bounds('３６％') == (36, 36)
    assert bounds('１１．５') == (11.5, 11.5)
check_bounds()

# ---------------------------------------------------------------- PDF text per page
def npages(pdf):
    out = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))

PAGE_NO = re.compile(r'^\s*(?:[—\-－–]\s*\d+\s*[—\-－–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+)\s*$')
def page_texts(pdf, mode):
    """Whitespace-free text of each page (index 0 = page 1); a line holding only a page number is dropped."""
    res = []
    for i in range(1, npages(pdf) + 1):
        t = subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), '-' + mode, pdf, '-'],
                           capture_output=True, text=True, check=True).stdout
        lines = [l for l in t.split('\n') if not PAGE_NO.match(l)]
        res.append(re.sub(r'\s+', '', '\n'.join(lines)))
    return res

def strip_ws(s):
    return re.sub(r'\s+', '', s)

# ---------------------------------------------------------------- byte stability
FIXED_DATE = b"D:20251201090000+08'00'"
def normalise_pdf(path):
    with open(path, 'rb') as f:
        data = f.read()
    def same_len(m, repl):
        s = m.group(0)
        r = repl[:len(s)].ljust(len(s), b' ')
        return r
    def date_sub(m):
        inner = m.group(2)
        fixed = FIXED_DATE[:len(inner)].ljust(len(inner), b'0') if len(inner) <= len(FIXED_DATE) else FIXED_DATE + b'0' * (len(inner) - len(FIXED_DATE))
        return m.group(1) + fixed + m.group(3)
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))', date_sub, data)
    data = re.sub(rb'(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(</xmp:)', date_sub, data)
    def id_sub(m):
        digest = hashlib.md5(os.path.basename(path).encode()).hexdigest().upper().encode()
        a, b = m.group(2), m.group(4)
        return m.group(1) + (digest * 4)[:len(a)] + m.group(3) + (digest[::-1] * 4)[:len(b)] + m.group(5)
    data = re.sub(rb'(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)', id_sub, data)
    def ck_sub(m):
        return m.group(1) + b'0' * len(m.group(2))
    data = re.sub(rb'(/DocChecksum\s*/)([0-9A-Fa-f]+)', ck_sub, data)
    with open(path, 'wb') as f:
        f.write(data)

ZIP_DATE = (2025, 12, 1, 9, 0, 0)
def normalise_zip(path, xml_fix=None):
    """Rewrites a zip (docx/odt) with fixed timestamps; mimetype first and stored (ODF rule)."""
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda it: (it[0].filename != 'mimetype',))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for info, data in items:
            if xml_fix:
                data = xml_fix(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, 'wb') as f:
        f.write(buf.getvalue())

def odf_meta_fix(name, data):
    if name == 'settings.xml':
        data = re.sub(rb'(config:name="(?:Rsid|RsidRoot)" config:type="int">)\d+(<)', rb'\g<1>1000000\2', data)
    if name == 'meta.xml':
        data = re.sub(rb'<meta:creation-date>[^<]*</meta:creation-date>', b'<meta:creation-date>2025-12-01T09:00:00</meta:creation-date>', data)
        data = re.sub(rb'<dc:date>[^<]*</dc:date>', b'<dc:date>2025-12-01T09:00:00</dc:date>', data)
        data = re.sub(rb'<meta:editing-duration>[^<]*</meta:editing-duration>', b'<meta:editing-duration>PT0S</meta:editing-duration>', data)
        data = re.sub(rb'<meta:generator>[^<]*</meta:generator>', b'<meta:generator>independent-2</meta:generator>', data)
    return data

def pad_text(clauses, k, cap=36):
    """A filler paragraph of about k lines (cap characters a line, first line indented by two): whole clauses only."""
    if k <= 0:
        return ''
    lo, hi = (k - 1) * cap - 2, k * cap - 2
    out = ''; i = 0
    while True:
        c = clauses[i % len(clauses)]
        if len(out) + len(c) <= hi:
            out += c; i += 1
            continue
        if len(out) > lo:
            break
        fits = [x for x in clauses if lo < len(out) + len(x) <= hi]
        if fits:
            out += fits[0]; break
        short = min(clauses, key=len)
        if len(out) + len(short) > hi:
            break
        out += short
    return out[:-1] + '。' if out.endswith('，') else out

def pad_paras(clauses, k, cap, spare=()):
    """Paragraphs filling about k lines: spare body paragraphs first (whole), the rest with one filler paragraph."""
    out = []; left = k
    for p in spare:
        n = -(-(len(p) + 2) // cap)
        if n <= left:
            out.append(p); left -= n
    if left > 0:
        out.append(pad_text(clauses, left, cap))
    return out
