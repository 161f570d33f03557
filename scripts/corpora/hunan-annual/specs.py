"""Specs of the hunan-annual corpus: the documents, their 2025 targets and the findings a reviewer expects.

Upper plan: 《湖南省2025年国民经济和社会发展计划》 (湘政发〔2025〕3号). Its 2025 targets, all 预期性:
  地区生产总值增长5.5%左右, 第一产业增加值增长3%, 规模工业增加值增长6.5%以上, 服务业增加值增长6%,
  固定资产投资增长4.5%, 社会消费品零售总额增长5.5%以上, 进出口保稳提质 (qualitative), 地方一般公共预算收入增长2.5%,
  常住人口城镇化率提高0.9个百分点, 全社会研发经费投入增长9%以上, 城镇新增就业70万人,
  居民人均可支配收入增速高于经济增速 (relative), 居民消费价格涨幅与全国一致 (external), 生态环境指标以国家下达任务为准
  (deferred), 粮食产量616亿斤.
Judgement used for the truth (expected severities):
  - uniform growth rates (GDP, 第一产业, 规模工业, 服务业, 固投, 社零, 一般公共预算收入): a city target whose lower
    bound (左右 or plain: the number; 以上: the number; range: its lower end) is below the province's number is a
    PC-STRICT warning;
  - 城镇化率, 城镇新增就业, 粮食产量: differ by city, never a warning; 研发 as a share of GDP: not comparable, never a
    warning; 研发 growth is uniform like the others;
  - 居民收入: PC-RELATIVE warning when its lower bound is below the document's own GDP growth target (words such as
    「与经济增长同步」 are not below);
  - CPI, 进出口, 生态环境指标: never a warning.
Every number of every document is written here; prose.py carries none.
"""

UPPER = {
    "地区生产总值增长": 5.5, "第一产业增加值增长": 3.0, "规模工业增加值增长": 6.5, "服务业增加值增长": 6.0,
    "固定资产投资增长": 4.5, "社会消费品零售总额增长": 5.5, "地方一般公共预算收入增长": 2.5,
    "全社会研发经费投入增长": 9.0,
}
INDICATORS = [
    "地区生产总值增长", "第一产业增加值增长", "规模工业增加值增长", "服务业增加值增长", "固定资产投资增长",
    "社会消费品零售总额增长", "进出口", "地方一般公共预算收入增长", "常住人口城镇化率提高", "全社会研发经费投入增长",
    "城镇新增就业", "居民人均可支配收入增长", "居民消费价格涨幅", "生态环境指标", "粮食产量",
]


def T(key, indicator, raw, target, lo="", hi="", needle=None):
    """An in-text target; needle (default raw+target) is the verbatim text that must occur in the document."""
    return dict(key=key, source="text", indicator=indicator, rawName=raw, target=target, min=lo, max=hi,
                attribute="", needle=needle or raw + target)


def R(key, indicator, raw, unit, base, target, lo="", hi="", attribute=""):
    """A table row: raw is the 指标 cell, base the 2024 cell, target the 2025 cell."""
    return dict(key=key, source="table", indicator=indicator, rawName=raw, unit=unit, base=base, target=target,
                min=lo, max=hi, attribute=attribute, needle=raw)


def W(rule, indicator, figure, note):
    return dict(ruleId=rule, indicator=indicator, severity="warning", figure=figure, note=note)


# ---------------------------------------------------------------------------------------------------------------
# 1. 郴州市: notice + plan; target list verbatim from the published plan (郴政发〔2025〕2号).
CHENZHOU_TARGETS = (
    "2025年是“十四五”规划收官、“十五五”规划编制之年，是贯彻党的二十届三中全会精神、进一步全面深化改革的关键之年，"
    "做好经济社会发展工作意义十分重大。综合考虑宏观经济形势和我市发展基础，2025年全市经济社会发展主要预期目标为："
    "地区生产总值增长6.0%左右；规模工业增加值增长7.5%；固定资产投资增长7.0%；社会消费品零售总额增长6.5%；"
    "地方一般公共预算收入增长5.0%以上；进出口总值增长6.0%；全体居民人均可支配收入增长6.0%以上；"
    "研发经费投入占GDP比重2.43%；高新技术产业增加值增长10.0%；外商直接投资增长10.0%；"
    "居民消费价格涨幅控制在3.0%以内；城镇新增就业人数5.4万人；全面完成节能减排降碳约束性指标。"
)
CHENZHOU = dict(
    stem="chenzhou-2025-plan", jurisdiction="郴州市", kind="annual", status="PASS",
    producer="docx", paper="A4", font="AR PL SungtiL GB", head_font="WenQuanYi Zen Hei", size=16,
    ctx=dict(city="郴州", all="全市", lvl="市"),
    title="郴州市2025年国民经济和社会发展计划",
    real="targets paragraph, title, number, addressee, date and notice sentence of 《郴州市2025年国民经济和社会发展计划》"
         " (郴政发〔2025〕2号, 2025-03-22), as mirrored at static.homemade.net.cn; the 2024 review and its numbers, and"
         " all measures prose, are illustrative",
    features="notice wrapper 「关于印发《…》的通知」 with 文号 and addressee line; illustrative 2024 review numbers before"
             " the list; targets in one paragraph separated by 「；」 (real text); 研发 as share of GDP; CPI 「控制在3.0%以内」;"
             " income 6.0%以上 equal to GDP 6.0%左右; page footers 「— N —」",
    review=(
        "2024年，面对复杂多变的外部环境和艰巨繁重的改革发展稳定任务，全市上下坚定信心、攻坚克难，经济社会发展总体平稳、稳中有进。"
        "全年地区生产总值增长4.6%，规模工业增加值增长6.9%，固定资产投资增长3.2%，社会消费品零售总额增长5.7%，"
        "地方一般公共预算收入增长3.5%，全体居民人均可支配收入增长5.3%，城镇新增就业5.6万人，居民消费价格上涨0.4%。"
    ),
    targets_paragraph=CHENZHOU_TARGETS,
    figures=[
        T("gdp", "地区生产总值增长", "地区生产总值增长", "6.0%左右", "6.0", "6.0"),
        T("ind", "规模工业增加值增长", "规模工业增加值增长", "7.5%", "7.5", "7.5"),
        T("inv", "固定资产投资增长", "固定资产投资增长", "7.0%", "7.0", "7.0"),
        T("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "6.5%", "6.5", "6.5"),
        T("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "5.0%以上", "5.0", ""),
        T("trade", "进出口", "进出口总值增长", "6.0%", "6.0", "6.0"),
        T("inc", "居民人均可支配收入增长", "全体居民人均可支配收入增长", "6.0%以上", "6.0", ""),
        T("rd", "", "研发经费投入占GDP比重", "2.43%", "2.43", "2.43"),
        T("hitech", "", "高新技术产业增加值增长", "10.0%", "10.0", "10.0"),
        T("fdi", "", "外商直接投资增长", "10.0%", "10.0", "10.0"),
        T("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "控制在3.0%以内", "", "3.0"),
        T("job", "城镇新增就业", "城镇新增就业人数", "5.4万人", "5.4", "5.4"),
        T("eco", "生态环境指标", "节能减排降碳约束性指标", "全面完成", "", "",
          needle="全面完成节能减排降碳约束性指标"),
    ],
    expected=[],
)

# ---------------------------------------------------------------------------------------------------------------
# 2. 湘西土家族苗族自治州: illustrative; one warning (一般公共预算收入 2%左右 < 2.5%).
XIANGXI = dict(
    stem="xiangxi-2025-plan", jurisdiction="湘西土家族苗族自治州", kind="annual", status="PASS",
    producer="html-lo", paper="A4", font="AR PL UMing CN", head_font="WenQuanYi Zen Hei", size=15,
    ctx=dict(city="湘西", all="全州", lvl="州"),
    title="湘西土家族苗族自治州2025年国民经济和社会发展计划",
    real="",
    features="自治州; HTML rendered by LibreOffice (HTML (StarWriter) filter); list separated by 「，」; range 「5%—6%」;"
             " 进出口 in words; 城镇化率 as 提高1个百分点; 研发 as share of GDP; grain in 亿斤 (lower bound)",
    review=(
        "2024年，全州经济运行总体平稳。初步核算，全州地区生产总值增长4.1%，第一产业增加值增长3.2%，规模工业增加值增长6.2%，"
        "固定资产投资下降3.5%，社会消费品零售总额增长5.0%，地方一般公共预算收入增长1.8%，"
        "城乡居民人均可支配收入分别增长4.3%和6.4%，粮食总产量达到14.5亿斤。"
    ),
    targets_paragraph=(
        "综合考虑发展基础和各方面因素，2025年全州经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，"
        "第一产业增加值增长3.5%，规模工业增加值增长7%以上，服务业增加值增长6%左右，固定资产投资增长5%—6%，"
        "社会消费品零售总额增长6%左右，进出口总额稳中有增，地方一般公共预算收入增长2%左右，"
        "常住人口城镇化率提高1个百分点，研发经费投入占地区生产总值比重1.2%，城镇新增就业1.8万人，"
        "居民人均可支配收入增长6%左右，居民消费价格涨幅控制在2%左右，节能减排降碳完成省下达任务，"
        "粮食产量稳定在14.6亿斤以上。"
    ),
    figures=[
        T("gdp", "地区生产总值增长", "地区生产总值增长", "5.5%左右", "5.5", "5.5"),
        T("pri", "第一产业增加值增长", "第一产业增加值增长", "3.5%", "3.5", "3.5"),
        T("ind", "规模工业增加值增长", "规模工业增加值增长", "7%以上", "7", ""),
        T("ser", "服务业增加值增长", "服务业增加值增长", "6%左右", "6", "6"),
        T("inv", "固定资产投资增长", "固定资产投资增长", "5%—6%", "5", "6"),
        T("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "6%左右", "6", "6"),
        T("trade", "进出口", "进出口总额", "稳中有增"),
        T("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "2%左右", "2", "2"),
        T("urb", "常住人口城镇化率提高", "常住人口城镇化率", "提高1个百分点", "1", "1"),
        T("rd", "", "研发经费投入占地区生产总值比重", "1.2%", "1.2", "1.2"),
        T("job", "城镇新增就业", "城镇新增就业", "1.8万人", "1.8", "1.8"),
        T("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "6%左右", "6", "6"),
        T("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "控制在2%左右", "2", "2"),
        T("eco", "生态环境指标", "节能减排降碳", "完成省下达任务"),
        T("grain", "粮食产量", "粮食产量", "稳定在14.6亿斤以上", "14.6", ""),
    ],
    expected=[
        W("PC-STRICT", "地方一般公共预算收入增长", "rev",
          "地方一般公共预算收入增长 2%左右 低于全省预期性目标 2.5%"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 3. 株洲市政府工作报告: illustrative; GDP 5％ < 5.5%左右 (warning). Full-width ％ throughout.
ZHUZHOU = dict(
    stem="zhuzhou-2025-report", jurisdiction="株洲市", kind="annual", status="PASS",
    producer="docx", paper="B5", font="AR PL UMing CN", head_font="Noto Sans CJK SC", size=12,
    ctx=dict(city="株洲", all="全市", lvl="市"),
    title="政府工作报告",
    real="",
    features="政府工作报告 (title 「政府工作报告」, jurisdiction only in the subtitle and text); long 2024 review with the"
             " same indicator names and 2024 numbers before the target paragraph; full-width ％; income 「与经济增长同步」;"
             " 城镇调查失业率 (not an upper target); B5 paper",
    review=(
        "初步核算，全市地区生产总值增长5.2％，规模工业增加值增长6.8％，固定资产投资增长4.1％，"
        "社会消费品零售总额增长5.6％，地方一般公共预算收入增长2.9％，城乡居民人均可支配收入分别增长4.6％和6.2％，"
        "城镇新增就业3.7万人，主要经济指标增速好于预期。"
    ),
    targets_paragraph=(
        "2025年全市经济社会发展的主要预期目标是：地区生产总值增长5％，规模工业增加值增长7％，服务业增加值增长6％，"
        "固定资产投资增长5％，社会消费品零售总额增长6％，地方一般公共预算收入增长3％，"
        "居民人均可支配收入增长与经济增长同步，城镇新增就业3.5万人，城镇调查失业率控制在5.5％左右，"
        "居民消费价格涨幅3％左右，粮食产量稳定在12亿斤以上，节能减排降碳完成省下达目标任务。"
    ),
    figures=[
        T("gdp", "地区生产总值增长", "地区生产总值增长", "5％", "5", "5"),
        T("ind", "规模工业增加值增长", "规模工业增加值增长", "7％", "7", "7"),
        T("ser", "服务业增加值增长", "服务业增加值增长", "6％", "6", "6"),
        T("inv", "固定资产投资增长", "固定资产投资增长", "5％", "5", "5"),
        T("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "6％", "6", "6"),
        T("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "3％", "3", "3"),
        T("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "与经济增长同步"),
        T("job", "城镇新增就业", "城镇新增就业", "3.5万人", "3.5", "3.5"),
        T("unemp", "", "城镇调查失业率", "控制在5.5％左右", "5.5", "5.5"),
        T("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "3％左右", "3", "3"),
        T("grain", "粮食产量", "粮食产量", "稳定在12亿斤以上", "12", ""),
        T("eco", "生态环境指标", "节能减排降碳", "完成省下达目标任务"),
    ],
    expected=[
        W("PC-STRICT", "地区生产总值增长", "gdp", "地区生产总值增长 5% 低于全省预期性目标 5.5%左右"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 4. 岳阳市政府工作报告: illustrative; income 5.5% below its own GDP 6%左右 (PC-RELATIVE warning).
YUEYANG = dict(
    stem="yueyang-2025-report", jurisdiction="岳阳市", kind="annual", status="PASS",
    producer="html-chromium", paper="A4", font="AR PL SungtiL GB", head_font="WenQuanYi Zen Hei", size=16,
    ctx=dict(city="岳阳", all="全市", lvl="市"),
    title="政府工作报告",
    real="",
    features="政府工作报告 printed by Chromium (embedded CID TrueType fonts); 2024 review numbers before the targets; 研发 as growth"
             " 「10%以上」; income 5.5% below own GDP 6%左右; page numbers in the @page footer",
    review=(
        "预计全年地区生产总值增长5.1%，第一产业增加值增长3.4%，规模工业增加值增长7.2%，服务业增加值增长4.6%，"
        "固定资产投资增长2.3%，社会消费品零售总额增长5.9%，地方一般公共预算收入增长3.3%，"
        "居民人均可支配收入增长5.4%，粮食总产量稳定在50亿斤以上。"
    ),
    targets_paragraph=(
        "2025年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右，第一产业增加值增长3.5%，"
        "规模工业增加值增长7%以上，服务业增加值增长6.5%，固定资产投资增长6%，社会消费品零售总额增长6.5%，"
        "进出口总额增长5%，地方一般公共预算收入增长3%，常住人口城镇化率提高1个百分点，"
        "全社会研发经费投入增长10%以上，城镇新增就业4.5万人，居民人均可支配收入增长5.5%，"
        "居民消费价格涨幅控制在3%以内，粮食产量稳定在50亿斤以上，节能减排降碳完成省下达任务。"
    ),
    figures=[
        T("gdp", "地区生产总值增长", "地区生产总值增长", "6%左右", "6", "6"),
        T("pri", "第一产业增加值增长", "第一产业增加值增长", "3.5%", "3.5", "3.5"),
        T("ind", "规模工业增加值增长", "规模工业增加值增长", "7%以上", "7", ""),
        T("ser", "服务业增加值增长", "服务业增加值增长", "6.5%", "6.5", "6.5"),
        T("inv", "固定资产投资增长", "固定资产投资增长", "6%", "6", "6"),
        T("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "6.5%", "6.5", "6.5"),
        T("trade", "进出口", "进出口总额增长", "5%", "5", "5"),
        T("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "3%", "3", "3"),
        T("urb", "常住人口城镇化率提高", "常住人口城镇化率", "提高1个百分点", "1", "1"),
        T("rd", "全社会研发经费投入增长", "全社会研发经费投入增长", "10%以上", "10", ""),
        T("job", "城镇新增就业", "城镇新增就业", "4.5万人", "4.5", "4.5"),
        T("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "5.5%", "5.5", "5.5"),
        T("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "控制在3%以内", "", "3"),
        T("grain", "粮食产量", "粮食产量", "稳定在50亿斤以上", "50", ""),
        T("eco", "生态环境指标", "节能减排降碳", "完成省下达任务"),
    ],
    expected=[
        W("PC-RELATIVE", "居民人均可支配收入增长", "inc",
          "居民人均可支配收入增长 5.5% 低于本市地区生产总值增长目标 6%左右，未体现收入增速高于经济增速"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 5. 衡阳市: table with 属性 column (python-docx → LibreOffice); grain in 万吨; conforming.
HENGYANG = dict(
    stem="hengyang-2025-plan", jurisdiction="衡阳市", kind="annual", status="PASS",
    producer="docx", paper="A4", font="Noto Serif CJK SC", head_font="Noto Sans CJK SC", size=14,
    table_font="Noto Sans CJK SC", table_size=10.5,
    ctx=dict(city="衡阳", all="全市", lvl="市"),
    title="衡阳市2025年国民经济和社会发展计划",
    real="",
    features="targets in a Word table (Table Grid, header row repeated) 指标、单位、2024年完成、2025年目标、属性;"
             " 2024 column is not a target; 约束性 rows below 预期性 upper targets; grain in 万吨 (300万吨 = 60亿斤);"
             " GDP also stated in the text (same value); table crosses a page, row split avoided; Noto CJK fonts (CFF, embedded as Type 1)",
    review=(
        "2024年，全市地区生产总值增长5.1%，规模工业增加值增长7.9%，固定资产投资增长3.2%，"
        "社会消费品零售总额增长5.3%，地方一般公共预算收入增长3.0%，居民人均可支配收入增长5.6%，"
        "各项主要指标完成情况详见表1。"
    ),
    targets_paragraph=(
        "2025年，全市经济社会发展要坚持稳中求进、以进促稳，力争地区生产总值增长6%左右，"
        "各项主要预期指标安排见表1。"
    ),
    table=dict(
        caption="表1　衡阳市2025年国民经济和社会发展主要预期指标",
        header=["指标", "单位", "2024年完成", "2025年目标", "属性"],
        note="注：2024年数据为快报数。",
    ),
    figures=[
        T("gdp-text", "地区生产总值增长", "地区生产总值增长", "6%左右", "6", "6"),
        R("gdp", "地区生产总值增长", "地区生产总值增长", "%", "5.1", "6左右", "6", "6", "预期性"),
        R("pri", "第一产业增加值增长", "第一产业增加值增长", "%", "3.6", "3.5", "3.5", "3.5", "预期性"),
        R("ind", "规模工业增加值增长", "规模工业增加值增长", "%", "7.9", "7以上", "7", "", "预期性"),
        R("ser", "服务业增加值增长", "服务业增加值增长", "%", "4.8", "6.5", "6.5", "6.5", "预期性"),
        R("inv", "固定资产投资增长", "固定资产投资增长", "%", "3.2", "6", "6", "6", "预期性"),
        R("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "%", "5.3", "6以上", "6", "", "预期性"),
        R("trade", "进出口", "进出口总额增长", "%", "8.5", "保稳提质", "", "", "预期性"),
        R("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "%", "3.0", "3", "3", "3", "预期性"),
        R("urb", "常住人口城镇化率提高", "常住人口城镇化率提高", "百分点", "1.1", "1", "1", "1", "预期性"),
        R("rd", "全社会研发经费投入增长", "全社会研发经费投入增长", "%", "11.2", "10以上", "10", "", "预期性"),
        R("job", "城镇新增就业", "城镇新增就业", "万人", "6.6", "6.5", "6.5", "6.5", "预期性"),
        R("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "%", "5.6", "6.5", "6.5", "6.5", "预期性"),
        R("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "%", "0.3", "2左右", "2", "2", "预期性"),
        R("eco", "生态环境指标", "主要生态环境指标", "—", "完成", "完成国家和省下达任务", "", "", "约束性"),
        R("grain", "粮食产量", "粮食产量", "万吨", "302.6", "300以上", "300", "", "约束性"),
    ],
    expected=[],
)

# ---------------------------------------------------------------------------------------------------------------
# 6. 常德市: table without 属性 (HTML → Chromium); GDP 5.5%左右 and 规模工业 6% follow the real 2025 targets
#    reported from the 常德市 2025 政府工作报告; 规模工业 6% < 6.5%以上 (warning).
CHANGDE = dict(
    stem="changde-2025-plan", jurisdiction="常德市", kind="annual", status="PASS",
    producer="html-chromium", paper="A4", font="WenQuanYi Zen Hei", head_font="WenQuanYi Zen Hei", size=15,
    ctx=dict(city="常德", all="全市", lvl="市"),
    title="常德市2025年国民经济和社会发展计划",
    real="2025 targets 地区生产总值增长5.5%左右 and 规模工业增加值增长6%, and the 2024 estimates 地区生产总值增长3%左右,"
         " 规模工业增加值增长2%, 社会消费品零售总额增长6%, 居民人均可支配收入增长4.8%, as reported from the 常德市2025年"
         "政府工作报告 (湖南日报·新湖南, 2024-12-25, mirrored at m.sharepointconcepts.com); every other row is illustrative",
    features="targets in an HTML table printed by Chromium, columns 指标、单位、2024年完成、2025年目标 (no 属性);"
             " negative 2024 value; 城镇化率 as a level (%), not a change; 研发 as 投入强度; grain in 亿斤;"
             " GDP equal to the province's 5.5%左右",
    review=(
        "2024年，全市地区生产总值增长3%左右，规模工业增加值增长2%，社会消费品零售总额增长6%，"
        "居民人均可支配收入增长4.8%（均为预计数）。"
    ),
    targets_paragraph="2025年全市经济社会发展主要预期目标如下表。",
    table=dict(
        caption="2025年全市国民经济和社会发展主要预期目标",
        header=["指标", "单位", "2024年完成", "2025年目标"],
        note="注：2024年数据为预计数；居民消费价格涨幅为上年同期为100的同比涨幅。",
    ),
    figures=[
        R("gdp", "地区生产总值增长", "地区生产总值增长", "%", "3左右", "5.5左右", "5.5", "5.5"),
        R("pri", "第一产业增加值增长", "第一产业增加值增长", "%", "3.3", "3.5", "3.5", "3.5"),
        R("ind", "规模工业增加值增长", "规模工业增加值增长", "%", "2", "6", "6", "6"),
        R("ser", "服务业增加值增长", "服务业增加值增长", "%", "4.1", "6", "6", "6"),
        R("inv", "固定资产投资增长", "固定资产投资增长", "%", "-4.6", "5", "5", "5"),
        R("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "%", "6", "6", "6", "6"),
        R("trade", "进出口", "进出口总额增长", "%", "10.2", "8", "8", "8"),
        R("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "%", "2.1", "3", "3", "3"),
        R("urb", "常住人口城镇化率提高", "常住人口城镇化率", "%", "57.9", "58.8", "58.8", "58.8"),
        R("rd", "", "研发经费投入强度", "%", "2.05", "2.15", "2.15", "2.15"),
        R("job", "城镇新增就业", "城镇新增就业", "万人", "5.8", "5", "5", "5"),
        R("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "%", "4.8", "6", "6", "6"),
        R("cpi", "居民消费价格涨幅", "居民消费价格涨幅", "%", "0.2", "2左右", "2", "2"),
        R("grain", "粮食产量", "粮食产量", "亿斤", "76.5", "76以上", "76", ""),
    ],
    expected=[
        W("PC-STRICT", "规模工业增加值增长", "ind", "规模工业增加值增长 6% 低于全省预期性目标 6.5%以上"),
    ],
)

# ---------------------------------------------------------------------------------------------------------------
# 7. 湘潭市政府工作报告: the 总的要求 and the target paragraph verbatim from the published report; conforming.
XIANGTAN_REQ = (
    "2025年是“十四五”规划收官、“十五五”规划谋篇之年，也是贯彻党的二十届三中全会精神、进一步全面深化改革的关键之年。"
    "工作总的要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中、三中全会精神，"
    "深入贯彻习近平总书记关于湖南和湘潭重要讲话重要指示批示精神，全面落实中央经济工作会议精神，"
    "认真落实省委十二届七次全会工作要求，扎实抓好市委十三届八次全会部署和市委经济工作会议安排落实落地，"
    "坚持五个“必须统筹”，坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，主动融入和服务新发展格局，"
    "聚焦实现“三高四新”美好蓝图，稳中求进、以进促稳，守正创新、先立后破，系统集成、协同配合，"
    "按照“两条线三回归”原则和“聚焦、激活、变革、优化”策略方法，把握大势、遵循规律、改进方法、管好预期，"
    "把握目标的先进性和发展的阶段性，把握“规划、政策、机制、项目、模式、工具”关键要素，以经济体制改革为牵引，"
    "一手抓发展，一手抓化债，抓好改革、发展、稳定三件大事，高质量完成“十四五”规划目标任务、打牢“十五五”良好开局基础，"
    "在进一步全面深化改革、奋力谱写中国式现代化湖南篇章中勇当先锋。"
)
XIANGTAN = dict(
    stem="xiangtan-2025-report", jurisdiction="湘潭市", kind="annual", status="PASS",
    producer="html-lo", paper="A4", font="AR PL SungtiL GB", head_font="WenQuanYi Zen Hei", size=14,
    ctx=dict(city="湘潭", all="全市", lvl="市"),
    title="政府工作报告",
    real="subtitle (2024-12-23, 湘潭市第十六届人民代表大会第四次会议, 代理市长李永亮, from 湖南日报·新湖南 as mirrored at"
         " atoomu.net), the 总的要求 paragraph, the target paragraph and 「重点做好九个方面工作」 verbatim from the 湘潭市2025年"
         "政府工作报告 (中国经济网 district.ce.cn, 2025-02-10); the review and the nine sections are illustrative prose"
         " without numbers",
    features="real target paragraph: 「、」 inside an item (GDP growth and level 3000亿元), 规模以上工业增加值 (alias),"
             " 进出口 as growth, 城镇调查失业率 (not an upper target), income 「与经济增长基本同步」, ecology and grain in"
             " words; the year only in the preceding paragraph (「2025年是…」) and the heading",
    review="",
    targets_paragraph=(
        "经济社会发展主要预期目标是：地区生产总值增长6%左右、奋力站上3000亿元大台阶，规模以上工业增加值增长8%以上，"
        "固定资产投资增长6%左右，地方一般公共预算收入增长5%以上，社会消费品零售总额增长6.5%左右，"
        "进出口总额增长8%以上，城镇调查失业率控制在5.5%以内，居民人均可支配收入增长与经济增长基本同步，"
        "生态环境质量持续改善，确保粮食播种面积和产量稳定。"
    ),
    figures=[
        T("gdp", "地区生产总值增长", "地区生产总值增长", "6%左右", "6", "6"),
        T("gdplevel", "", "地区生产总值", "奋力站上3000亿元大台阶", "3000", "", needle="奋力站上3000亿元大台阶"),
        T("ind", "规模工业增加值增长", "规模以上工业增加值增长", "8%以上", "8", ""),
        T("inv", "固定资产投资增长", "固定资产投资增长", "6%左右", "6", "6"),
        T("rev", "地方一般公共预算收入增长", "地方一般公共预算收入增长", "5%以上", "5", ""),
        T("ret", "社会消费品零售总额增长", "社会消费品零售总额增长", "6.5%左右", "6.5", "6.5"),
        T("trade", "进出口", "进出口总额增长", "8%以上", "8", ""),
        T("unemp", "", "城镇调查失业率", "控制在5.5%以内", "", "5.5"),
        T("inc", "居民人均可支配收入增长", "居民人均可支配收入增长", "与经济增长基本同步"),
        T("eco", "生态环境指标", "生态环境质量", "持续改善"),
        T("grain", "粮食产量", "粮食播种面积和产量", "稳定", needle="确保粮食播种面积和产量稳定"),
    ],
    expected=[],
)

# ---------------------------------------------------------------------------------------------------------------
# 8. Not an annual plan: a news article about a city's 2025 work report (illustrative). Must stay unjudged.
YIYANG = dict(
    stem="yiyang-2025-report-news", jurisdiction="益阳市", kind="other", status="UNVERIFIABLE",
    producer="html-chromium", paper="A5", font="Noto Sans CJK SC", head_font="Noto Sans CJK SC", size=13,
    ctx=dict(city="益阳", all="全市", lvl="市"),
    title="稳字当头　干字为先——聚焦益阳市2025年政府工作报告",
    real="",
    features="a news article (not a plan) quoting 2025 targets, among them GDP 5%左右 that would be a warning if the"
             " article were judged as an annual plan; A5 pages; Chromium Type 3 fonts (Noto CJK); no figures expected",
    review="",
    targets_paragraph=(
        "报告提出，2025年益阳经济社会发展的主要预期目标是：地区生产总值增长5%左右，规模工业增加值增长7%，"
        "固定资产投资增长6%，社会消费品零售总额增长6%，地方一般公共预算收入增长3%，"
        "居民人均可支配收入增长与经济增长同步。"
    ),
    figures=[],
    expected=[],
)

DOCS = [CHENZHOU, XIANGXI, ZHUZHOU, YUEYANG, HENGYANG, CHANGDE, XIANGTAN, YIYANG]
