"""One spec per sample document: what it states (table rows, in-text targets) and what a reviewer concludes
from it (findings). Values are illustrative; seeded conflicts are listed in samples/README.md.

A row: id (catalog id, or X-… for an indicator the upper plan does not have), name as printed (a \\n wraps it in
its cell), unit, base, t (2030), t35 (2035), attr, cat. A finding: (ruleId, catalog id, severity, where, note) with
where = "row" (the table row's page), the loc of a text target (its page), or None (page 0)."""

CHAPTER_TITLES = {
    "industry": "建设现代化产业体系", "agriculture": "全面推进乡村振兴", "urban": "推进以人为核心的新型城镇化",
    "ecology": "建设人与自然和谐共生的美丽家园", "culture": "推动文化和旅游融合发展", "social": "增进民生福祉",
    "reform": "深化改革扩大开放", "infrastructure": "完善现代基础设施体系", "safety": "统筹发展和安全",
    "energy": "构建清洁低碳安全高效的能源体系", "education": "建设教育强市",
}

NOTE_ATTR = "注：带★为约束性指标，其余为预期性指标。"
B, E = "约束性", "预期性"


def R(id, name, unit, base, t, attr, cat="", t35=None, loc=None):
    r = dict(id=id, name=name, unit=unit, base=base, t=t, attr=attr, cat=cat)
    if t35 is not None:
        r["t35"] = t35
    if loc:
        r["loc"] = loc
    return r


def county_rows(o):
    """The usual indicator rows of a county plan; o overrides (id -> dict of fields, or None to drop)."""
    rows = [
        R("K2-01", "地区生产总值增长", "%", "5.8", "6", E, "经济发展"),
        R("K2-02", "全员劳动生产率增长", "%", "5.9", "高于GDP增长", E, "经济发展"),
        R("K2-03", "常住人口城镇化率", "%", "46.5", "52", E, "经济发展"),
        R("K2-06", "每万人口高价值发明专利拥有量", "件", "0.6", "1.5", E, "创新驱动"),
        R("K2-08", "城镇调查失业率", "%", "≤5.5", "≤5.5", E, "民生福祉"),
        R("K2-09", "居民人均可支配收入增长", "%", "6.4", "与GDP增长同步", E, "民生福祉"),
        R("K2-10", "劳动年龄人口平均受教育年限", "年", "10.5", "11.5", B, "民生福祉"),
        R("K2-12", "养老机构护理型床位占比", "%", "70", "80", E, "民生福祉"),
        R("K2-15", "单位GDP二氧化碳排放降低", "%", "—", "完成市下达任务", B, "绿色低碳"),
        R("K2-16", "非化石能源占能源消费总量比重", "%", "29", "35", B, "绿色低碳"),
        R("K2-18", "优良水体比例", "%", "100", "100", B, "绿色低碳"),
        R("K2-19", "森林覆盖率", "%", "", "", B, "绿色低碳"),
        R("K2-20", "粮食综合生产能力", "万吨", "", "", B, "安全保障"),
        R("K2-21", "能源综合生产能力", "万吨标准煤", "", "", B, "安全保障"),
        R("K2-22", "亿元GDP生产安全事故死亡率", "人/亿元", "0.03", "≤0.02", B, "安全保障"),
    ]
    out = []
    for r in rows:
        if r["id"] in o and o[r["id"]] is None:
            continue
        r.update(o.get(r["id"], {}))
        out.append(r)
    for extra in o.get("extra", []):
        out.append(extra)
    return out


def T(id, theme, raw, verb, target, who="全县", year=2030, style=None, prefix=None):
    """An in-text target sentence 「到2030年，全县……达到……。」; loc is the part a reviewer would quote."""
    y = str(year)
    head = prefix if prefix is not None else "到%s年，%s" % (y, who)
    body = raw + verb + target
    if style == "fw":
        tr = str.maketrans("0123456789%", "０１２３４５６７８９％")
        head, body = head.translate(tr), body.translate(tr)
    elif style == "spaced":
        head = head.replace("到%s年" % y, "到 %s 年" % y)
        body = body.replace("%", " %")
    # the target as printed: full-width digits, or a space before the unit, when the sentence has them
    t = target.replace(" ", "")
    if style == "fw":
        t = t.translate(tr)
    elif style == "spaced":
        t = t.replace("%", " %")
    return dict(id=id, theme=theme, raw=raw, target=t, year=year, sentence=head + body + "。", loc=body)


COLS_A = ["类别", "序号", "指标", "单位", "2025年基期", "2030年目标", "属性"]
COLS_A2 = ["序号", "指标", "单位", "2025年基期", "2030年目标", "属性"]
COLS_B = ["序号", "指标", "基期值", "目标值", "属性"]
COLS_STAR = ["类别", "指标", "单位", "2025年", "2030年", "2035年"]
COLS_YEARS = ["指标", "单位", "2025年", "2030年", "2035年", "属性"]

# Quota indicators of the counties: (forest base, forest 2030, grain base, grain 2030 in 万吨, energy base, energy 2030)
Q = {
    "冷水滩区": (44.5, 45.0, 16.0, 16.5, 26, 30),
    "零陵区": (57.2, 57.5, 27.0, 27.5, 40, 45),
    "祁阳市": (55.8, 56.2, 51.5, 52.0, 88, 95),
    "东安县": (58.6, 59.0, 33.0, 33.5, 52, 60),
    "双牌县": (78.5, 79.0, 9.5, 10.0, 50, 55),
    "道县": (61.5, 63.0, 43.0, 43.5, 35, 40),
    "江永县": (69.5, 70.0, 15.0, 15.5, 30, 35),
    "宁远县": (62.0, 60.0, 45.0, 45.5, 40, 45),
    "蓝山县": (66.0, 66.5, 14.5, 15.0, 44, 50),
    "新田县": (52.0, 52.5, 24.5, 25.0, 35, 40),
    "江华瑶族自治县": (79.3, 79.8, 20.5, 21.0, 110, 120),
}
# The city's split (illustrative): forest coverage and grain capacity per county.
QUOTAS = {
    "冷水滩区": (45.0, 16.5), "零陵区": (57.5, 27.5), "祁阳市": (56.0, 52.0), "东安县": (59.0, 33.5),
    "双牌县": (78.8, 10.0), "道县": (62.0, 43.5), "江永县": (71.0, 15.5), "宁远县": (62.5, 45.5),
    "蓝山县": (66.5, 15.0), "新田县": (52.5, 30.0), "江华瑶族自治县": (79.5, 21.0),
}
# The city's split of 能源综合生产能力 (万吨标准煤, illustrative): sums to the city's 600; every county plan meets it.
ENERGY_QUOTAS = {
    "冷水滩区": 28, "零陵区": 43, "祁阳市": 92, "东安县": 58, "双牌县": 53, "道县": 38, "江永县": 34, "宁远县": 45,
    "蓝山县": 50, "新田县": 40, "江华瑶族自治县": 119,
}
assert sum(ENERGY_QUOTAS.values()) == 600
# Numbers handed down for deferred targets (illustrative).
ASSIGNED = [("永州市", "单位GDP二氧化碳排放降低", "16", "%"),
            ("永州市", "地级及以上城市细颗粒物（PM2.5）浓度", "33", "微克/立方米")] + \
           [(c, "单位GDP二氧化碳排放降低", "14", "%") for c in Q]


def g(v):
    return ("%g" % v)


def quota_rows(place, fw=False, forest=None):
    fb, ft, gb, gt, eb, et = Q[place]
    return {"K2-19": dict(base=g(fb), t=g(ft) if forest is None else forest),
            "K2-20": dict(base=g(gb), t=g(gt)), "K2-21": dict(base=g(eb), t=g(et))}


def merge(*ds):
    out = {}
    for d in ds:
        for k, v in d.items():
            if v is None or k == "extra":
                out[k] = v
            else:
                out.setdefault(k, {})
                if out[k] is None:
                    out[k] = {}
                out[k].update(v)
    return out


def starred(rows):
    return rows


DOCS = []

# 1 宁远县: a failing county plan with clear errors (README's first command).
DOCS.append(dict(
    stem="ningyuan-15th-draft", place="宁远县", kind="county", producer="libreoffice", status="FAIL",
    title="宁远县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["industry", "agriculture", "urban", "ecology", "culture", "social", "reform", "safety"],
    sections=2, paras=2,
    table=dict(cols=COLS_A, rowspan=True, rows=county_rows(merge(quota_rows("宁远县"), {
        "K2-03": dict(t="52"), "K2-06": dict(t="1.5"),
        "K2-08": dict(t="≤6"),
        "K2-10": dict(base="10.4", t="11"),
        "K2-16": dict(name="非化石能源消费比重", base="27", t="30"),
    })), note="注：单位GDP二氧化碳排放降低为“十五五”期间累计数。"),
    texts=[T("K2-20", "agriculture", "粮食综合生产能力", "达到", "45.5万吨"),
           T("T-084", "urban", "农村自来水普及率", "达到", "96%以上"),
           T("T-087", "ecology", "秸秆综合利用率", "稳定在", "96%以上"),
           T("T-110", "social", "居民健康素养水平", "达到", "36%")],
    findings=[
        ("PC-STRICT", "K2-16", "error", "row", "非化石能源消费比重 30% 低于全市约束性目标 35%"),
        ("PC-STRICT", "K2-10", "error", "row", "劳动年龄人口平均受教育年限 11 年低于全市约束性目标 11.5 年"),
        ("PC-STRICT", "K2-08", "warning", "row", "城镇调查失业率 ≤6% 宽于全市预期性目标 ≤5.5%"),
        ("PC-REGRESS", "K2-19", "error", "row", "森林覆盖率 2030 年 60% 低于本县 2025 年基期 62%"),
        ("PC-QUOTA", "K2-19", "error", "row", "森林覆盖率 60% 低于市分解给宁远县的 62.5%"),
    ]))

# 2 冷水滩区: a long conforming district plan; the table crosses a page with its header repeated.
DOCS.append(dict(
    stem="lengshuitan-15th-draft", toc=True, place="冷水滩区", kind="county", producer="libreoffice", status="PASS",
    title="冷水滩区国民经济和社会发展第十五个五年规划纲要（草案）", small="冷水滩区人民政府办公室",
    office="（2025年12月）",
    intro=["industry", "urban", "social", "reform"],
    chapters=["industry", "infrastructure", "urban", "reform", "agriculture", "ecology", "culture", "social",
              "education", "energy", "safety", "industry", "urban", "agriculture", "ecology", "culture", "social",
              "infrastructure", "reform", "education", "energy"],
    sections=4, paras=3,
    table=dict(cols=COLS_A2, split_after=9, repeat_header=True, cont="续表1", rows=county_rows(merge(
        quota_rows("冷水滩区"), {
            "K2-01": dict(t="5—5.5"), "K2-03": dict(base="72.5", t="78"), "K2-06": dict(base="2.6", t="4.5"),
            "K2-09": dict(t="与GDP增长同步"), "K2-10": dict(base="11.2", t="11.8"),
            "K2-16": dict(base="30", t="36"), "K2-22": dict(t="≤0.0217"),
        }, {"extra": [R("K2-04", "高技术制造业增加值占规模工业增加值比重", "%", "16", "18", E),
                      R("K2-07", "数字经济核心产业增加值占GDP比重", "%", "7", "10", E),
                      R("K2-05", "全社会研发经费投入增长", "%", "10", "年均10", E),
                      R("K2-14", "人均预期寿命", "岁", "79.3", "80.2", E)]}))),
    texts=[T("K2-19", "ecology", "森林覆盖率", "稳定在", "45%以上", who="全区"),
           T("T-120", "urban", "城市生活污水集中收集率", "达到", "75%以上", who="全区"),
           T("T-059", "urban", "完整社区覆盖率", "达到", "85%", who="全区"),
           T("T-101", "education", "学生体质健康优良率", "达到", "62%", who="全区"),
           T("K2-20", "agriculture", "粮食综合生产能力", "稳定在", "16.5万吨", who="全区"),
           T("T-127", "energy", "县级及以上党政机关建成节约型机关比例", "达到", "96%", who="全区")],
    findings=[]))

# 3 零陵区: units in the names, a binding indicator missing and one marked expected.
DOCS.append(dict(
    stem="lingling-15th-draft", place="零陵区", kind="county", producer="libreoffice", status="FAIL",
    title="零陵区国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["culture", "industry", "agriculture", "ecology", "social", "safety"], sections=2, paras=2,
    table=dict(cols=COLS_B, rows=[dict(r, name=r["name"] + ("（%s）" % r["unit"] if r["unit"] else ""))
                                  for r in county_rows(merge(quota_rows("零陵区"), {
                                      "K2-01": dict(t="5.5左右"), "K2-03": dict(base="58", t="65"),
                                      "K2-06": dict(base="1.1", t="3"),
                                      "K2-18": dict(attr=E), "K2-22": None}))]),
    texts=[T("T-069", "culture", "全国重点文保单位本体完好率", "达到", "98%", who="全区"),
           T("T-084", "agriculture", "农村自来水普及率", "达到", "95%以上", who="全区")],
    findings=[
        ("PC-COVERAGE", "K2-22", "error", None, "缺少约束性指标 亿元GDP生产安全事故死亡率（全市 0.0217）"),
        ("PC-ATTR", "K2-18", "error", "row", "优良水体比例在全市为约束性指标，本规划标为预期性"),
    ]))

# 4 祁阳市: the table continues on the next page without its header; grain in 亿斤.
DOCS.append(dict(
    stem="qiyang-15th-draft", place="祁阳市", kind="county", producer="libreoffice", status="FAIL",
    title="祁阳市国民经济和社会发展第十五个五年规划纲要（草案）", small="祁阳市人民政府",
    intro=["industry", "agriculture", "culture"],
    chapters=["industry", "energy", "agriculture", "urban", "culture", "ecology", "social", "infrastructure",
              "reform", "safety"], sections=3, paras=2,
    table=dict(cols=COLS_A2, split_after=8, repeat_header=False, rows=county_rows(merge(quota_rows("祁阳市"), {
        "K2-01": dict(t="6"), "K2-03": dict(base="50.2", t="56"), "K2-06": dict(t="2"),
        "K2-09": dict(t="5"), "K2-22": dict(base="0.035", t="0.03"),
        "K2-20": dict(unit="亿斤", base="10.3", t="10.4"), "K2-21": dict(base="88", t="95")}))),
    texts=[T("T-086", "agriculture", "畜禽粪污综合利用率", "达到", "92%", who="全市"),
           T("T-122", "ecology", "受污染耕地安全利用率", "达到", "95%以上", who="全市"),
           T("T-108", "social", "重点人群家庭医生签约服务覆盖率", "达到", "100%", who="全市")],
    findings=[
        ("PC-STRICT", "K2-22", "error", "row", "亿元GDP生产安全事故死亡率 0.03 高于全市约束性上限 0.0217"),
        ("PC-RELATIVE", "K2-09", "warning", "row", "居民人均可支配收入增长 5% 低于本规划地区生产总值增长 6%，未与经济增长同步"),
    ]))

# 5 东安县 (PDFBox, ruled): ★ marks binding rows, year columns 2025/2030/2035; conforming.
DOCS.append(dict(
    stem="dongan-15th-draft", place="东安县", kind="county", producer="pdfbox", status="PASS",
    title="东安县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["industry", "agriculture", "ecology", "social"], sections=1, paras=2, intro=["industry"],
    table=dict(cols=COLS_STAR, star=True, widths="14,40,14,11,11,11", note=NOTE_ATTR,
               rows=county_rows(merge(quota_rows("东安县"), {
                   "K2-01": dict(t="5.5—6", t35="—"), "K2-03": dict(base="47.8", t="55", t35="62"),
                   "K2-06": dict(t="1.5", t35="3"), "K2-10": dict(t35="12"),
                   "K2-16": dict(t35="45"), "K2-19": dict(t35="60"), "K2-20": dict(t35="34"),
                   "K2-22": dict(t35="≤0.015"), "K2-02": None, "K2-12": None}))),
    texts=[T("K2-21", "industry", "能源综合生产能力", "达到", "60万吨标准煤"),
           T("T-075", "agriculture", "新建高标准农田", "", "3万亩", prefix="“十五五”期间，全县"),
           ],
    findings=[]))
# the 高标准农田 sentence is a five-year amount: year 2030 (the end of the period)

# 6 双牌县 (PDFBox, borderless table): a binding indicator given only for 2035.
DOCS.append(dict(
    stem="shuangpai-15th-draft", cover=False, place="双牌县", kind="county", producer="pdfbox", status="FAIL",
    title="双牌县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["ecology", "culture", "agriculture"], sections=1, paras=2, intro=["ecology"],
    table=dict(cols=COLS_YEARS, borderless=True, widths="42,14,11,11,11,11",
               rows=[dict(r, t35=r.get("t35", "—")) for r in county_rows(merge(quota_rows("双牌县"), {
                   "K2-03": dict(base="42", t="45"), "K2-06": dict(base="0.3", t="0.8"),
                   "K2-22": dict(t="—", t35="≤0.0217"), "K2-02": None, "K2-09": None, "K2-12": None}))]),
    texts=[T("T-125", "ecology", "森林蓄积量", "达到", "1350万立方米")],
    findings=[("PC-PERIOD", "K2-22", "error", "row", "亿元GDP生产安全事故死亡率只给出2035年目标，缺少2030年目标")]))

# 7 道县: full-width digits; table and text disagree on forest coverage; a deferred target given weaker.
FW = str.maketrans("0123456789%", "０１２３４５６７８９％")
DOCS.append(dict(
    stem="daoxian-15th-draft", place="道县", kind="county", producer="libreoffice", status="FAIL",
    title="道县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["industry", "agriculture", "ecology", "culture", "urban", "social", "reform", "infrastructure",
              "safety"], sections=2, paras=3,
    table=dict(cols=COLS_A, rowspan=True, rows=[dict(r, base=r["base"].translate(FW), t=r["t"].translate(FW))
                                                for r in county_rows(merge(quota_rows("道县"), {
                                                    "K2-03": dict(base="44.3", t="50"),
                                                    "K2-15": dict(t="12")}))]),
    texts=[T("K2-19", "ecology", "森林覆盖率", "达到", "62%", style="fw"),
           T("T-085", "agriculture", "农村卫生厕所普及率", "稳定在", "96%以上", style="fw")],
    findings=[
        ("PC-INTERNAL", "K2-19", "warning", "森林覆盖率达到６２％", "表1森林覆盖率2030年目标63%，正文为62%"),
        ("PC-DEFERRED", "K2-15", "error", "row", "单位GDP二氧化碳排放降低 12% 低于市下达道县的 14%"),
    ]))

# 8 江永县: a name wrapped in its cell; 非化石能源 in 百分点; forest coverage below its quota.
DOCS.append(dict(
    stem="jiangyong-15th-draft", place="江永县", kind="county", producer="libreoffice", status="FAIL",
    title="江永县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["culture", "agriculture", "ecology"], sections=1, paras=2, intro=["culture"],
    table=dict(cols=COLS_A2, rows=county_rows(merge(quota_rows("江永县"), {
        "K2-03": dict(base="45", t="50"),
        "K2-12": dict(name="养老机构护理型\n床位占比"),
        "K2-06": dict(name="每万人口高价值\n发明专利拥有量", t="1.5"),
        "K2-16": dict(name="非化石能源消费比重提高", unit="百分点", base="—", t="8")}))),
    texts=[T("T-090", "culture", "新增4A级旅游景区", "", "1家", prefix="“十五五”期间，全县")
           ],
    findings=[
        ("PC-UNIT", "K2-16", "error", "row", "非化石能源消费比重以百分点（提高8个百分点）表述，无法与全市35%的水平目标比较"),
        ("PC-QUOTA", "K2-19", "error", "row", "森林覆盖率 70% 低于市分解给江永县的 71%"),
    ]))

# 9 蓝山县: alias names, 2027 milestones beside 2030, a deferred target given as a number that meets the assignment.
DOCS.append(dict(
    stem="lanshan-15th-draft", place="蓝山县", kind="county", producer="libreoffice", status="PASS",
    title="蓝山县国民经济和社会发展第十五个五年规划纲要（草案）",
    intro=["industry", "agriculture", "culture"],
    chapters=["industry", "reform", "agriculture", "urban", "ecology", "culture", "social", "infrastructure",
              "safety"], sections=3, paras=2,
    table=dict(cols=COLS_A, rowspan=True, rows=county_rows(merge(quota_rows("蓝山县"), {
        "K2-01": dict(name="地区生产总值年均增长", t="6左右"), "K2-03": dict(base="47", t="53"),
        "K2-15": dict(t="15"), "K2-16": dict(name="非化石能源消费比重", base="31", t="36"),
        "K2-18": dict(name="地表水达到或好于Ⅲ类水体比例")}))),
    texts=[T("K2-19", "ecology", "森林覆盖率", "达到", "66.2%", year=2027),
           T("K2-19", "ecology", "森林覆盖率", "提高到", "66.5%", who="全县森林资源持续增长，"),
           T("T-084", "urban", "农村自来水普及率", "达到", "95%以上", year=2027),
           T("T-098", "social", "高校毕业生跟踪回访率和就业服务率", "保持", "100%")],
    findings=[("PC-PERIOD", "T-084", "warning", "农村自来水普及率达到95%以上",
               "农村自来水普及率只给出2027年目标，未给出2030年目标（预期性，提示补充）")]))

# 10 新田县: a weaker binding indicator under an alias name; grain below its quota.
DOCS.append(dict(
    stem="xintian-15th-draft", cover=False, place="新田县", kind="county", producer="libreoffice", status="FAIL",
    title="新田县国民经济和社会发展第十五个五年规划纲要（草案）",
    chapters=["agriculture", "industry", "ecology", "social", "safety"], sections=2, paras=2,
    table=dict(cols=COLS_B, rows=[dict(r, name=r["name"] + ("（%s）" % r["unit"] if r["unit"] else ""))
                                  for r in county_rows(merge(quota_rows("新田县"), {
                                      "K2-03": dict(base="43", t="48"),
                                      "K2-18": dict(name="地表水达到或好于Ⅲ类水体比例", base="95", t="95")}))]),
    texts=[T("K2-20", "agriculture", "粮食综合生产能力", "达到", "25万吨"),
           T("T-087", "agriculture", "秸秆综合利用率", "达到", "95%以上")],
    findings=[
        ("PC-STRICT", "K2-18", "error", "row", "地表水达到或好于Ⅲ类水体比例（优良水体比例）95% 低于全市约束性目标 100%"),
        ("PC-QUOTA", "K2-20", "error", "row", "粮食综合生产能力 25 万吨低于市分解给新田县的 30 万吨"),
    ]))

# 11 江华瑶族自治县: ★ marks, merged categories, year columns, spaces between numbers and units; conforming.
DOCS.append(dict(
    stem="jianghua-15th-draft", toc=True, place="江华瑶族自治县", kind="county", producer="libreoffice", status="PASS",
    title="江华瑶族自治县国民经济和社会发展第十五个五年规划纲要（草案）", small="江华瑶族自治县人民政府",
    intro=["industry", "energy", "ecology", "culture"],
    chapters=["industry", "energy", "agriculture", "ecology", "culture", "urban", "infrastructure", "social",
              "reform", "safety", "education"], sections=3, paras=3,
    table=dict(cols=COLS_STAR, rowspan=True, star=True, note=NOTE_ATTR, rows=county_rows(merge(
        quota_rows("江华瑶族自治县"), {
            "K2-01": dict(t="6", t35="—"), "K2-03": dict(base="44", t="50", t35="58"),
            "K2-06": dict(t="1.2", t35="2.5"), "K2-16": dict(base="45", t="50", t35="60"),
            "K2-19": dict(t35="80"), "K2-20": dict(t35="21"), "K2-21": dict(t35="135"),
            "K2-10": dict(t35="12")}))),
    texts=[T("K2-19", "ecology", "森林覆盖率", "达到", "79.8%", style="spaced"),
           T("K2-21", "energy", "能源综合生产能力", "达到", "120万吨标准煤", style="spaced"),
           T("T-045", "energy", "风电、光伏装机", "达到", "180万千瓦", style="spaced"),
           T("T-121", "ecology", "美丽河湖建成率", "达到", "75%", style="spaced"),
           T("T-115", "social", "建有综合养老服务中心的乡镇比例", "达到", "65%", style="spaced")],
    findings=[]))

# 12 Energy special plan: MW and 万吨标煤 in the prose; a base that differs from 专栏2; capacity below the city target.
DOCS.append(dict(
    stem="energy-special-plan", place="永州市", kind="special", producer="libreoffice", status="FAIL",
    title="永州市“十五五”能源发展规划", small="（征求意见稿）", office="永州市发展和改革委员会　2025年12月",
    intro=["energy", "industry"],
    chapters=["energy", "infrastructure", "industry", "ecology", "reform"], sections=2, paras=3,
    table=dict(cols=COLS_A, rowspan=True, caption="表1　永州市“十五五”能源发展主要指标", rows=[
        R("K2-21", "能源综合生产能力", "万吨标准煤", "537", "580", B, "能源安全"),
        R("T-045", "风电、光伏装机", "万千瓦", "650", "1200", E, "能源安全"),
        R("T-046", "水电装机", "万千瓦", "210", "217.4", E, "能源安全"),
        R("K2-16", "非化石能源消费比重", "%", "26", "35", B, "绿色低碳"),
        R("K2-15", "单位GDP二氧化碳排放降低", "%", "25.9", "16", B, "绿色低碳"),
        R("X-coal", "煤炭消费比重", "%", "48", "≤42", E, "绿色低碳"),
        R("X-energyint", "单位GDP能源消耗降低", "%", "—", "完成省下达任务", B, "绿色低碳"),
    ]),
    texts=[T("T-045", "energy", "风电、光伏装机", "达到", "12000兆瓦", who="全市"),
           T("T-046", "energy", "水电装机", "达到", "2174MW", who="全市"),
           T("K2-21", "infrastructure", "能源综合生产能力", "达到", "580万吨标煤", who="全市"),
           T("T-040", "industry", "新能源汽车渗透率", "达到", "30%以上", who="全市"),
           T("T-004", "industry", "新能源产业产值", "", "突破1000亿元", who="全市")],
    findings=[
        ("PC-BASE", "K2-16", "warning", "row", "非化石能源消费比重基期 26% 与市规划纲要专栏2基期 27.7% 不一致"),
        ("PC-STRICT", "K2-21", "error", "row", "能源综合生产能力 580 万吨标准煤低于全市约束性目标 600"),
    ]))

# 13 Ecology special plan: units in the names; a deferred target met by a number; conforming.
DOCS.append(dict(
    stem="ecology-special-plan", place="永州市", kind="special", producer="libreoffice", status="PASS",
    title="永州市“十五五”生态环境保护规划", small="（送审稿）", office="永州市生态环境局　2025年12月",
    intro=["ecology"], chapters=["ecology", "agriculture", "urban", "reform"], sections=2, paras=2,
    table=dict(cols=COLS_B, caption="表1　永州市“十五五”生态环境保护主要指标", rows=[
        R("K2-17", "地级及以上城市细颗粒物（PM2.5）浓度（微克/立方米）", "", "35", "32", B),
        R("X-aqi", "空气质量优良天数比率（%）", "", "93", "≥93", E),
        R("K2-18", "地表水达到或好于Ⅲ类水体比例（%）", "", "100", "100", B),
        R("K2-19", "森林覆盖率（%）", "", "55", "56", B),
        R("K2-15", "单位GDP二氧化碳排放降低（%）", "", "25.9", "完成省下达任务", B),
        R("T-122", "受污染耕地安全利用率（%）", "", "93", "95以上", E),
    ]),
    texts=[T("T-125", "ecology", "森林蓄积量", "", "不低于7600万立方米", who="全市"),
           T("T-120", "urban", "城市生活污水集中收集率", "达到", "73%以上", who="全市"),
           T("T-121", "ecology", "美丽河湖建成率", "达到", "70%以上", who="全市")],
    findings=[]))

# 14 Education special plan: year columns; the binding indicator is weaker than the city's.
DOCS.append(dict(
    stem="education-special-plan", cover=False, place="永州市", kind="special", producer="libreoffice", status="FAIL",
    title="永州市“十五五”教育事业发展规划", small="（草案）", office="永州市教育局　2025年12月",
    intro=["education", "social"], chapters=["education", "social", "reform"], sections=2, paras=2,
    table=dict(cols=COLS_YEARS, caption="表1　永州市“十五五”教育事业发展主要指标", rows=[
        R("X-pre", "学前教育毛入园率", "%", "92", "95", E, t35="97"),
        R("X-comp", "九年义务教育巩固率", "%", "97", "98", E, t35="98.5"),
        R("X-high", "高中阶段毛入学率", "%", "93", "95", E, t35="97"),
        R("K2-10", "劳动年龄人口平均受教育年限", "年", "10.68", "11.3", B, t35="12"),
        R("T-104", "职业学校“双师型”教师占比", "%", "52", "60以上", E, t35="65"),
    ]),
    texts=[T("T-101", "education", "学生体质健康优良率", "达到", "60%", who="全市"),
           T("T-105", "education", "本科学历教师占比", "达到", "90%以上", who="全市"),
           T("X-pre", "education", "学前教育毛入园率", "达到", "94%", who="全市", year=2027),
           T("T-103", "social", "新增公办普通高中学位", "", "1万个", prefix="“十五五”期间，全市")],
    findings=[("PC-STRICT", "K2-10", "error", "row", "劳动年龄人口平均受教育年限 11.3 年低于全市约束性目标 11.5 年")]))

# 15 A scanned draft: images only, no text layer.
DOCS.append(dict(
    stem="huilongxu-15th-draft-scan", place="回龙圩管理区", kind="county", producer="scan", status="UNVERIFIABLE",
    title="回龙圩管理区国民经济和社会发展第十五个五年规划纲要（草案）", intro=["agriculture"],
    chapters=["agriculture"], sections=1, paras=2,
    table=dict(cols=COLS_A2, rows=county_rows(merge(quota_rows("双牌县"), {}))),
    findings=[("PC-UNREADABLE", "", "error", None, "扫描件，无文字层，无法核验")]))

# 项目安排 (rules/yongzhou-15th/projects.tsv): the projects each county sample names, as a reviewer reads its text.
# The prose is generic (「推进高标准农田建设」, 「推进绿色矿山建设和历史遗留矿山生态修复」, 「XX高新技术产业开发区」), so it
# names a few assigned projects and leaves out the rest; every other project assigned to the county is an expected
# PC-PROJECT warning (make_samples.py writes them). Generic wording that does not name the project (「推进抽水蓄能电站」
# for 湾水源抽水蓄能电站, 「灌区续建配套」 for 双牌灌区, 「柳子庙」 for 柳子街, 「传统村落保护」 for the 特色保护区)
# does not carry it.
PROJECTS_MENTIONED = {
    "ningyuan-15th-draft": ["P28-2"],                    # 历史遗留矿山生态修复
    "lengshuitan-15th-draft": ["P19-3", "P28-2"],        # 高标准农田建设; 历史遗留矿山生态修复
    "lingling-15th-draft": ["P19-3", "P28-2"],
    "qiyang-15th-draft": ["P05-2"],                      # 祁阳高新技术产业开发区
    "dongan-15th-draft": ["P19-3"],                      # 新建高标准农田3万亩
    "shuangpai-15th-draft": ["P28-2"],
    "daoxian-15th-draft": ["P05-2"],                     # 道县高新技术产业开发区
    "jiangyong-15th-draft": [],
    "lanshan-15th-draft": [],
    "xintian-15th-draft": ["P03-2", "P19-1", "P28-2"],   # 富硒食品产业集群; 高标准农田; 矿山生态修复
    "jianghua-15th-draft": ["P05-2", "P28-2"],           # 江华高新技术产业开发区; 矿山生态修复
}
