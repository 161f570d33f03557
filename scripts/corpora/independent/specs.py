# -*- coding: utf-8 -*-
"""One spec per document of the independent corpus. Everything a truth file says comes from here:
the table rows and their values, the in-text targets, and the seeded conflicts (expected findings).
Pages are looked up in the rendered PDF by make_corpus.py."""
from model import *
from skeleton import *
import catalog

ALL = []


def doc(f):
    ALL.append(f)
    return f


def R(id, base, v2030, attr='', name=None, unit=None, **kw):
    return Row(id, name or catalog.name(id), catalog.unit(id) if unit is None and id else (unit or ''),
               base, v2030, attr, **kw)


def N(name, unit, base, v2030, attr='', **kw):
    return Row(None, name, unit, base, v2030, attr, **kw)


def t(id, name, verb, value, year=2030, tag=None):
    return T(id, name, verb, value, year, tag)


def C(*triples):
    return [Col(k, h, w, int(k[1:]) if k.startswith('y') else None) for k, h, w in triples]


SHORT_NAMES = {'宁远县': '宁远', '冷水滩区': '冷水滩', '零陵区': '零陵', '祁阳市': '祁阳', '东安县': '东安', '双牌县': '双牌',
               '道县': '道州', '江永县': '江永', '蓝山县': '蓝山', '江华瑶族自治县': '江华', '永州经济技术开发区': '经开',
               '回龙圩管理区': '回龙圩', '金洞管理区': '金洞', '永州市': '永州'}


def ctx(name, level):
    u = {'county': '全县', 'district': '全区', 'city': '全市', 'functional': '全区'}[level]
    y = {'county': '县域', 'district': '区域', 'city': '市域', 'functional': '区域'}[level]
    short = {'county': '县', 'district': '区', 'city': '市', 'functional': '区'}[level]
    return {'N': name, 'U': u, 'Y': y, 'S': short, 'n': SHORT_NAMES[name]}


LONG = ['review', 'environment', 'general', 'innovation', 'industry', 'digital', 'services', 'agri', 'urban',
        'infra', 'eco', 'green', 'reform', 'open', 'culture', 'education', 'health', 'employment', 'population',
        'safety', 'governance', 'projects', 'impl']
MED = ['review', 'environment', 'general', 'innovation', 'industry', 'agri', 'urban', 'infra', 'eco', 'green',
       'education', 'health', 'employment', 'safety', 'projects', 'impl']
SHORT = ['review', 'general', 'industry', 'agri', 'eco', 'employment', 'safety', 'projects', 'impl']
PARTS = {'review': '第一篇　开启现代化建设新征程', 'innovation': '第二篇　构建现代化产业体系',
         'agri': '第三篇　推进城乡融合和区域协调发展', 'eco': '第四篇　建设美丽家园',
         'reform': '第五篇　深化改革开放', 'culture': '第六篇　增进民生福祉',
         'safety': '第七篇　统筹发展和安全', 'projects': '第八篇　强化规划实施保障'}


def box(key, no):
    title, lines = BOXES[key]
    return Box('专栏%d　%s' % (no, title), lines)


def general_title(n):
    return '%s国民经济和社会发展第十五个五年规划纲要' % n


def finish(spec, order, extras, paras=1, parts=None, cover=True, toc=False, head=None, tail=None):
    b = []
    if spec.get('notice'):
        b.append(spec['notice'])
    if cover:
        b.append(Cover(spec['title'], spec['sub'], spec['office'], spec['date']))
    if toc:
        b.append(TOC())
    b.extend(head or [])
    b.extend(chapter_blocks(spec, order, extras, paras, parts))
    b.extend(tail or [])
    spec['blocks'] = b
    spec['cover'] = cover
    return spec


# ---------------------------------------------------------------- 1 宁远县 (docx, grid, vMerge, 序号) PASS
@doc
def ningyuan_grid():
    s = dict(stem='ningyuan-15th-grid', jurisdiction='宁远县', kind='general', producer='docx',
             title=general_title('宁远县'), sub='（草案）', office='宁远县发展和改革局', date='二〇二六年一月',
             ctx=ctx('宁远县', 'county'), status='PASS',
             style=dict(font='AR PL UMing CN', hfont='Noto Sans CJK SC', size=12, line=26,
                        margins=(2.54, 2.6, 2.54, 2.8)))
    cols = C(('cat', '类别', 1.6), ('seq', '序号', 1.0), ('name', '指标', 5.6), ('unit', '单位', 1.9),
             ('base', '2025年', 1.9), ('y2030', '2030年', 2.1), ('attr', '属性', 1.5))
    E, I, M, G, S = '经济发展', '创新驱动', '民生福祉', '绿色低碳', '安全保障'
    rows = [
        R('K2-01', '6.1', '6左右', '预期性', cat=E),
        R('K2-02', '6.3', '高于GDP增长', '预期性', cat=E),
        R('K2-03', '49.2', '54', '预期性', cat=E),
        R('K2-04', '10.5', '13', '预期性', cat=E),
        N('一般公共预算收入增长', '%', '5', '与经济增长同步', '预期性', cat=E),
        R('K2-05', '10.5', '10', '预期性', cat=I),
        R('K2-06', '0.9', '1.6', '预期性', cat=I),
        R('K2-07', '3.2', '6', '预期性', cat=I),
        R('K2-08', '5.3', '≤5.5', '预期性', cat=M),
        R('K2-09', '6.4', '与GDP增长同步', '预期性', cat=M),
        R('K2-10', '10.6', '11.5', '约束性', cat=M),
        R('K2-11a', '2.4', '3', '预期性', cat=M, name='每千人口执业（助理）医师数'),
        R('K2-12', '70', '80', '预期性', cat=M),
        R('K2-14', '78.2', '79.5', '预期性', cat=M),
        R('K2-15', '—', '完成市下达任务', '约束性', cat=G),
        R('K2-16', '28.5', '36', '约束性', cat=G),
        R('K2-18', '100', '100', '约束性', cat=G),
        R('K2-19', '62.3', '62.5', '约束性', cat=G),
        R('K2-20', '45.2', '45.5', '约束性', cat=S),
        R('K2-21', '43', '46', '约束性', cat=S),
        R('K2-22', '0.028', '≤0.02', '约束性', cat=S),
    ]
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, repeat_header=True, size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到 2030 年，全县经济社会发展的主要目标是：', t('K2-01', '地区生产总值年均增长', '', '6%左右'), '；',
          t('K2-08', '城镇调查失业率', '控制在', '5.5%以内'), '；', t('K2-19', '森林覆盖率', '稳定在', '62.5%以上'), '；',
          t('K2-20', '粮食综合生产能力', '稳定在', '45.5万吨'), '；居民生活水平稳步提高，生态环境质量持续改善。'),
        Caption('表1　宁远县“十五五”时期经济社会发展主要指标'), tb,
        P('展望二〇三五年，全县将基本实现社会主义现代化。到2035年，', t('K2-14', '人均预期寿命', '达到', '80岁以上', 2035),
          '，城乡区域发展差距显著缩小，人民生活更加美好。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县地区生产总值年均增长6.1%，2025年达到420亿元；森林覆盖率提高到62.3%，'
                                 '粮食总产量连续五年稳定在45万吨以上，城镇调查失业率均控制在5.5%以内。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，全县', t('T-084', '农村自来水普及率', '巩固在', '96%以上'), '，',
                                t('T-085', '农村卫生厕所普及率', '稳定在', '96%以上'), '。')],
                         2: [box('agri', 3)]}},
        'eco': {'sec': {0: [P('到2030年，全县', t('T-121', '美丽河湖建成率', '达到', '70%以上'), '，饮用水水源地水质保持稳定达标。')],
                        1: [box('eco', 4)]}},
        'infra': {'sec': {0: [box('infra', 2)]}},
        'projects': {'sec': {0: [Caption('表2　宁远县“十五五”重大项目表'), projects_table(s, 9)]}},
    }
    tail = [PageBreak(), P('附表', indent=False, bold=True), Caption('宁远县“十五五”重点前期工作项目表'),
            same_count_table(s, 7, 8)]
    s['expected'] = []
    return finish(s, MED, extras, paras=1, toc=True, tail=tail)


# ---------------------------------------------------------------- 2 冷水滩区 (docx, three-line, narrow names, 2027) FAIL
@doc
def lengshuitan_threeline():
    s = dict(stem='lengshuitan-15th-threeline', jurisdiction='冷水滩区', kind='general', producer='docx',
             title=general_title('冷水滩区'), sub='（征求意见稿）', office='冷水滩区发展和改革局', date='二〇二五年十二月',
             ctx=ctx('冷水滩区', 'district'), status='FAIL',
             style=dict(font='Noto Serif CJK SC', size=12, line_mult=1.5, margins=(3.0, 2.6, 2.8, 2.8), h2=16))
    cols = C(('name', '指标名称', 3.6), ('unit', '计量单位', 2.0), ('base', '2025年基数', 2.2), ('y2027', '2027年', 2.0),
             ('y2030', '2030年目标', 2.2), ('attr', '指标属性', 2.0))
    rows = [
        R('K2-01', '6.0', '6', '预期性', v2027='6'),
        R('K2-04', '14', '17', '预期性', v2027='15.5', name='高技术制造业增加值占规模以上工业增加值比重'),
        R('K2-07', '6', '9', '预期性', v2027='7'),
        R('T-018', '1.9', '2.4', '预期性', v2027='2.1', name='R&D 经费投入强度'),
        R('K2-03', '72', '76', '预期性', v2027='74'),
        R('K2-08', '5.2', '≤5.5', '预期性', v2027='≤5.5'),
        R('K2-10', '11.2', '11.8', '约束性', v2027='11.4'),
        R('K2-12', '72', '80', '预期性', v2027='76'),
        R('K2-15', '—', '完成市下达任务', '约束性', v2027='—', name='单位 GDP 二氧化碳排放降低'),
        R('K2-16', '24', '33', '约束性', v2027='29'),
        R('K2-18', '100', '100', '约束性', v2027='100'),
        R('K2-19', '44.6', '45', '约束性', v2027='44.8'),
        R('K2-20', '16.2', '16.5', '约束性', v2027='16.4'),
        R('K2-21', '25', '28', '约束性', v2027='26.5'),
        R('K2-22', '0.025', '≤0.02', '约束性', v2027='≤0.021', name='亿元 GDP 生产安全事故死亡率'),
    ]
    tb = IndicatorTable(cols, rows, style='threeline', size=10.5, repeat_header=True)
    goals = [
        Filler('guiding', 1, (3, 4)),
        Caption('表1　冷水滩区“十五五”时期经济社会发展主要指标'), tb,
        Filler('principles', 1, (2, 3)),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”时期，全区地区生产总值由395亿元增加到520亿元，2025年常住人口城镇化率达到72%，'
                                 '森林覆盖率达到44.6%，高技术制造业增加值占比提高到14%。')]}},
        'general': {'goals': goals},
        'eco': {'sec': {1: [P('到2027年，全区', t('K2-19', '森林覆盖率', '达到', '44.8%', 2027), '，城乡绿化水平稳步提升。'),
                            box('eco', 5)]}},
        'employment': {'sec': {0: [P('到2030年，全区', t('K2-08', '城镇调查失业率', '控制在', '5.5%以内'), '。“十五五”期间，全区累计',
                                     t('T-093', '新增城镇就业', '', '3.5万人以上'), '，零就业家庭动态清零。')]}},
        'health': {'sec': {0: [P('到2030年，全区', t('T-110', '居民健康素养水平', '达到', '38%以上'), '，健康生活方式普遍推行。')]}},
        'industry': {'sec': {1: [box('industry', 3)]}},
        'projects': {'sec': {0: [Caption('冷水滩区“十五五”重大项目一览表'), projects_table(s, 10)]}},
    }
    s['expected'] = [('PC-STRICT', 'K2-16', 'error', 'row:K2-16',
                      '非化石能源占能源消费总量比重2030年目标33%，低于全市约束性目标35%')]
    return finish(s, LONG[:-4] + ['safety', 'projects', 'impl'], extras, paras=2)


# ---------------------------------------------------------------- 3 零陵区 (chromium, borderless, ★ before, 2035) FAIL
@doc
def lingling_borderless():
    s = dict(stem='lingling-15th-borderless', jurisdiction='零陵区', kind='general', producer='chromium',
             title=general_title('零陵区'), sub='（草案）', office='零陵区人民政府', date='2026年1月',
             ctx=ctx('零陵区', 'district'), status='FAIL',
             style=dict(font='WenQuanYi Zen Hei', size=11.5, line_mult=1.8, margins=(25, 24, 25, 26), pagenum=True))
    cols = C(('name', '主要指标', 6.4), ('unit', '单位', 2.4), ('base', '2025年', 2.0), ('y2030', '2030年', 2.4),
             ('y2035', '2035年', 2.0))
    rows = [
        R('K2-01', '5.8', '5.5—6', v2035=None),
        R('T-002', '410', '突破550', v2035='750'),
        R('K2-03', '64', '68', v2035='72'),
        R('K2-06', '1.8', '3', v2035='4.5'),
        R('K2-08', '5.4', '<5.5', v2035='<5.5'),
        R('K2-09', '6', '与经济增长同步', v2035=None),
        R('K2-10', '11', '11.6', v2035='12.2', star=True),
        R('K2-11b', '3.8', '4.5', v2035='5.2'),
        R('K2-15', '—', '完成市下达任务', v2035=None, star=True, name='单位 GDP 二氧化碳排放降低'),
        R('K2-16', '27', '35', v2035='45', star=True),
        R('K2-18', '100', '100', v2035='100', star=True),
        R('K2-19', '57.2', '57.5', v2035='58', star=True),
        R('K2-20', '27', '27.5', v2035='27.5', star=True),
        R('K2-21', '40', '43', v2035='48', star=True),
        N('空气质量优良天数比率', '%', '92', '≥93', v2035='≥95'),
    ]
    tb = IndicatorTable(cols, rows, style='none', star='before', size=10.5,
                        note='注：带★的为约束性指标，其余为预期性指标；地区生产总值增长、居民人均可支配收入增长为年均增速。')
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('“十五五”时期主要目标：', t('K2-01', '地区生产总值年均增长', '', '5.5%—6%'), '；到2030年，全区',
          t('K2-03', '常住人口城镇化率', '达到', '68%'), '，', t('K2-08', '城镇调查失业率', '控制在', '5.5%以下'),
          '；科技创新能力明显增强，现代化产业体系基本形成。'),
        Caption('表1　零陵区“十五五”经济社会发展主要指标'), tb,
        P('到2035年，全区', t('K2-16', '非化石能源占能源消费总量比重', '达到', '45%左右', 2035), '，广泛形成绿色生产生活方式。'),
    ]
    extras = {
        'review': {'sec': {0: [P('五年来，全区地区生产总值年均增长5.8%，2025年达到410亿元；常住人口城镇化率达到64%，'
                                 '森林覆盖率稳定在57%以上。')]}},
        'general': {'goals': goals},
        'eco': {'sec': {0: [P('到 2030 年，全区', t('K2-19', '森林覆盖率', '稳定在', '57.5%以上'), '，潇水、湘江干流水质稳定达标。')],
                        1: [box('eco', 2)]}},
        'culture': {'sec': {0: [P('到2030年，', t('T-069', '全国重点文保单位本体完好率', '保持在', '98%以上'),
                                  '，柳子庙、零陵古城等历史文化遗产得到有效保护。')]}},
        'projects': {'sec': {0: [Caption('表2　零陵区“十五五”重大项目表'), projects_table(s, 8)]}},
    }
    s['expected'] = [('PC-COVERAGE', 'K2-22', 'error', 0, '缺少约束性指标 亿元GDP生产安全事故死亡率（全市 0.0217）')]
    order = ['review', 'environment', 'general', 'innovation', 'industry', 'agri', 'urban', 'eco', 'culture',
             'education', 'health', 'employment', 'projects', 'impl']
    return finish(s, order, extras, paras=1, toc=True)


# ---------------------------------------------------------------- 4 祁阳市 (docx, landscape, 牵头单位/备注, split row + repeated header) PASS
@doc
def qiyang_landscape():
    s = dict(stem='qiyang-15th-landscape', jurisdiction='祁阳市', kind='general', producer='docx',
             title=general_title('祁阳市'), sub='（草案）', office='祁阳市发展和改革局', date='二〇二六年一月',
             ctx=ctx('祁阳市', 'city'), status='PASS',
             style=dict(font='AR PL SungtiL GB', hfont='WenQuanYi Zen Hei', size=12, line=28,
                        margins=(3.7, 2.6, 3.5, 2.8), h2=16, h3=14))
    cols = C(('cat', '类别', 1.8), ('seq', '序号', 1.0), ('name', '指标名称', 5.0), ('unit', '单位', 2.1),
             ('base', '2025年', 1.8), ('y2030', '2030年', 2.0), ('attr', '属性', 1.6), ('lead', '牵头单位', 3.9),
             ('note', '备注', 4.6))
    E, I, M, G, S = '经济发展', '创新驱动', '民生福祉', '绿色低碳', '安全保障'
    rows = [
        R('K2-01', '6.2', '6.5左右', '预期性', cat=E, lead='市发展改革局', note='年均增速'),
        R('K2-04', '11', '14', '预期性', cat=E, name='高技术制造业增加值占规模以上工业增加值比重', lead='市工业和信息化局'),
        R('K2-07', '4', '7', '预期性', cat=E, lead='市工业和信息化局、市数据局'),
        N('社会消费品零售总额增长', '%', '6.5', '7', '预期性', cat=E, lead='市商务局', note='年均增速'),
        R('T-032', '9.6', '12', '预期性', cat=E, name='注册市场主体数量', unit='万户', lead='市市场监督管理局'),
        R('K2-05', '12', '10以上', '预期性', cat=I, lead='市科技局', note='年均增速'),
        R('T-018', '1.6', '2.2', '预期性', cat=I, name='R&D 经费投入强度', lead='市科技局、市统计局'),
        R('K2-06', '1.1', '2', '预期性', cat=I, lead='市市场监督管理局'),
        R('K2-08', '5.1', '5.5以内', '预期性', cat=M, lead='市人力资源和社会保障局'),
        R('K2-09', '6.6', '6.5以上', '预期性', cat=M, lead='市统计局', note='与经济增长同步'),
        R('K2-10', '10.9', '11.6', '约束性', cat=M, lead='市教育局'),
        R('K2-11a', '2.5', '3.1', '预期性', cat=M, name='每千人口执业（助理）医师数', lead='市卫生健康局'),
        R('K2-14', '78.6', '79.8', '预期性', cat=M, lead='市卫生健康局'),
        N('每千人口拥有3岁以下婴幼儿托位数', '个', '3.2', '4.5', '预期性', cat=M, lead='市卫生健康局'),
        R('K2-15', '—', '15', '约束性', cat=G, name='单位 GDP 二氧化碳排放降低', lead='市发展改革局',
          note='“十五五”累计降低幅度'),
        R('K2-16', '30', '37', '约束性', cat=G, lead='市发展改革局'),
        R('K2-17', '34', '≤32', '约束性', cat=G, name='PM2.5 浓度', lead='永州市生态环境局祁阳分局', note='城区年均浓度'),
        R('K2-18', '100', '100', '约束性', cat=G, name='地表水达到或好于Ⅲ类水体比例', lead='永州市生态环境局祁阳分局',
          note='国考、省考断面'),
        R('K2-19', '55.8', '56.2', '约束性', cat=G, lead='市林业局'),
        R('K2-20', '51.6', '52', '约束性', cat=S, lead='市农业农村局', note='折合104亿斤以上'),
        R('K2-21', '88', '95', '约束性', cat=S, lead='市发展改革局'),
        R('K2-22', '0.03', '≤0.0217', '约束性', cat=S, name='亿元 GDP 生产安全事故死亡率', lead='市应急管理局'),
        N('耕地保有量', '万亩', '—', '不低于上级下达任务', '约束性', cat=S, lead='市自然资源局'),
    ]
    # fix the grain note (10.4亿斤 = 52万吨)
    rows[19].note = '折合10.4亿斤'
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, repeat_header=True, cant_split=False,
                        size=10.5, tune_split=True,
                        note='注：1.带“以上”“以内”的指标为底线要求；2.单位GDP二氧化碳排放降低为五年累计数。')
    goals = [
        Filler('guiding', 1, (3, 4)),
        P('到2030年，全市经济社会发展主要目标：', t('K2-01', '地区生产总值年均增长', '', '6.5%左右'), '；',
          t('K2-08', '城镇调查失业率', '控制在', '5.5%以内'), '；', t('K2-20', '粮食综合生产能力', '稳定在', '52万吨'),
          '；生态环境质量持续改善，人民生活水平明显提高。'),
        Filler('principles', 1, (2, 3)),
        Landscape(True), Spacer('guiding', 0), Caption('表1　祁阳市“十五五”时期经济社会发展主要指标'), tb, Landscape(False),
        P('展望二〇三五年，到2035年，全市', t('K2-19', '森林覆盖率', '达到', '57%', 2035), '，基本建成经济强、百姓富、生态美、'
          '社会和的现代化新祁阳。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全市地区生产总值年均增长6.2%，2025年粮食总产量达到10.3亿斤，'
                                 '规模工业企业达到320家，森林覆盖率达到55.8%。'), Filler('review', 1)]}},
        'general': {'goals': goals},
        'innovation': {'sec': {1: [P('到2030年，全市', t('T-021', '高新技术企业', '', '突破150家'), '，创新型企业梯队基本形成。')]}},
        'industry': {'sec': {0: [box('industry', 2)]}},
        'agri': {'sec': {0: [P('到2030年，全市', t('T-086', '畜禽粪污综合利用率', '达到', '92%'), '，化肥农药使用量持续减少。')],
                         2: [box('agri', 3)]}},
        'infra': {'sec': {2: [P('到2030年，全市', t('T-045', '风电、光伏装机', '达到', '90万千瓦'), '，新型储能规模稳步扩大。')]}},
        'eco': {'sec': {0: [P('到2027年，全市', t('K2-19', '森林覆盖率', '达到', '56%', 2027), '；到2030年，全市',
                              t('K2-19', '森林覆盖率', '稳定在', '56.2%以上'), '。')],
                        1: [box('eco', 4)]}},
        'urban': {'sec': {1: [P('到2030年，全市', t('T-120', '城市生活污水集中收集率', '达到', '75%以上'), '，城区黑臭水体动态清零。')]}},
        'culture': {'sec': {1: [P('到2030年，全市', t('T-090', '新增4A级旅游景区', '', '2家'), '，浯溪碑林景区品质进一步提升。')]}},
        'education': {'sec': {0: [P('力争到2030年', t('T-101', '学生体质健康优良率', '达', '60%'), '，义务教育优质均衡发展基本实现。')]}},
        'health': {'sec': {0: [P('到2030年，', t('T-108', '重点人群家庭医生签约服务覆盖率', '达到', '100%'), '，'
                                 '县域内就诊率稳步提高。')]}},
        'green': {'sec': {0: [P('到2030年，单位地区生产总值能耗降低完成省下达任务，重点行业能效达到标杆水平。')]}},
        'projects': {'sec': {0: [Caption('表2　祁阳市“十五五”重大项目表'), projects_table(s, 16)]}},
    }
    tail = [Landscape(True), P('附表', indent=False, bold=True), Caption('祁阳市“十五五”重点项目储备表'),
            same_count_table(s, 9, 10), Landscape(False), Filler('impl', 1)]
    s['expected'] = []
    return finish(s, LONG, extras, paras=2, parts=PARTS, toc=True, tail=tail)


# ---------------------------------------------------------------- 5 东安县 (docx, notice, units in names, 基期值/目标值) PASS
@doc
def dongan_notice():
    title = general_title('东安县')
    s = dict(stem='dongan-15th-notice', jurisdiction='东安县', kind='general', producer='docx',
             title=title, sub='', office='东安县人民政府', date='2026年1月20日',
             ctx=ctx('东安县', 'county'), status='PASS',
             style=dict(font='WenQuanYi Zen Hei', size=11, line_mult=1.5, margins=(2.8, 2.6, 2.6, 2.8), h2=15))
    s['notice'] = Notice('东安县人民政府文件', '东政发〔2026〕3号',
                         '东安县人民政府关于印发《东安县国民经济和社会发展第十五个五年规划纲要》的通知',
                         '各乡镇人民政府，县直各单位：',
                         ['《东安县国民经济和社会发展第十五个五年规划纲要》已经县第十八届人民代表大会第五次会议审查批准，现印发给你们，'
                          '请结合实际，认真抓好贯彻落实。',
                          '各乡镇、各部门要按照职责分工，细化实化规划确定的目标任务和重大举措，制定具体实施方案，'
                          '确保规划各项目标任务落到实处。'],
                         '东安县人民政府', '2026年1月20日')
    cols = C(('seq', '序号', 1.0), ('name', '指标', 7.0), ('base', '基期值', 2.4), ('y2030', '目标值', 2.8),
             ('attr', '属性', 2.0))
    rows = [
        R('K2-01', '6', '6左右', '预期性'),
        R('T-032', '4.2', '5.5', '预期性', name='注册市场主体数量', unit='万户'),
        R('K2-03', '47', '52', '预期性'),
        R('K2-06', '0.6', '1.2', '预期性'),
        R('K2-08', '5.3', '≤5.5', '预期性'),
        R('K2-09', '6.5', '与GDP增长同步', '预期性'),
        R('K2-10', '10.5', '11.5', '约束性'),
        R('K2-12', '65', '80', '预期性'),
        R('K2-15', '—', '完成市下达任务', '约束性'),
        R('K2-16', '31', '38', '约束性'),
        R('K2-18', '100', '100', '约束性'),
        R('K2-19', '58.6', '59', '约束性'),
        R('K2-20', '33.1', '33.5', '约束性'),
        R('K2-21', '55', '58', '约束性'),
        R('K2-22', '0.031', '0.02以下', '约束性'),
    ]
    tb = IndicatorTable(cols, rows, style='grid', units_in_name=True, size=10.5, repeat_header=True,
                        note='注：地区生产总值增长、居民人均可支配收入增长为年均增速；单位GDP二氧化碳排放降低为“十五五”累计数。')
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到2030年，全县', t('K2-19', '森林覆盖率', '稳定在', '59%以上'), '，', t('K2-08', '城镇调查失业率', '控制在', '5.5%以内'),
          '，', t('K2-09', '居民人均可支配收入增长', '', '与经济增长同步'), '，', t('K2-15', '单位地区生产总值二氧化碳排放降低', '', '完成市下达任务'),
          '。'),
        Caption('专栏1　东安县“十五五”时期经济社会发展主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县地区生产总值年均增长6%，2025年达到310亿元，粮食产量连续五年稳定在33万吨以上，'
                                 '森林覆盖率达到58.6%。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，', t('T-087', '秸秆综合利用率', '稳定在', '95%以上'), '，',
                               t('T-122', '受污染耕地安全利用率', '达到', '95%以上'), '。')], 1: [box('agri', 2)]}},
        'infra': {'sec': {0: [box('infra', 3)]}},
        'projects': {'sec': {0: [Caption('东安县“十五五”重大项目表'), projects_table(s, 8)]}},
    }
    head = [P(title, indent=False, bold=True, align='center', size=20),
            P('（2026年1月16日东安县第十八届人民代表大会第五次会议批准）', indent=False, align='center')]
    s['expected'] = []
    order = ['review', 'environment', 'general', 'industry', 'agri', 'urban', 'infra', 'eco', 'education', 'health',
             'employment', 'safety', 'projects', 'impl']
    return finish(s, order, extras, paras=1, cover=False, head=head)


# ---------------------------------------------------------------- 6 双牌县 (chromium, grid, two-row header) FAIL
@doc
def shuangpai_twoheader():
    s = dict(stem='shuangpai-15th-twoheader', jurisdiction='双牌县', kind='general', producer='chromium',
             title=general_title('双牌县'), sub='（草案）', office='双牌县发展和改革局', date='2026年1月',
             ctx=ctx('双牌县', 'county'), status='FAIL',
             style=dict(font='AR PL UMing CN', size=12, line_mult=1.7, margins=(22, 22, 22, 24)))
    cols = C(('name', '指标', 6.6), ('unit', '单位', 2.4), ('base', '2025年', 2.0), ('y2030', '2030年', 2.0),
             ('attr', '指标属性', 2.2))
    rows = [
        R('K2-01', '5.6', '6', '预期性'),
        R('K2-03', '46', '51', '预期性'),
        R('K2-06', '0.5', '0.9', '预期性'),
        R('K2-08', '5', '≤5.5', '预期性'),
        R('K2-09', '6.1', '6', '预期性'),
        R('K2-10', '10.4', '11.5', '约束性'),
        R('K2-14', '78', '79', '预期性'),
        R('K2-15', '—', '完成市下达任务', '约束性'),
        R('K2-16', '45', '50', '约束性'),
        R('K2-18', '100', '100', '预期性'),
        R('K2-19', '79.2', '79.5', '约束性'),
        R('T-125', '1250', '1400', '预期性'),
        R('K2-20', '9.8', '10', '约束性'),
        R('K2-21', '50', '53', '约束性'),
        R('K2-22', '0.026', '≤0.02', '约束性'),
    ]
    tb = IndicatorTable(cols, rows, style='grid', header2=[('指标值', ['base', 'y2030'])], size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到2030年，全县', t('T-125', '森林蓄积量', '', '不低于1400万立方米'), '，生态优势持续巩固，生态产品价值实现机制基本建立。'),
        Caption('表1　双牌县“十五五”经济社会发展主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”时期，全县森林覆盖率由78.6%提高到79.2%，2025年地区生产总值达到120亿元，'
                                 '水电装机达到26万千瓦。')]}},
        'general': {'goals': goals},
        'infra': {'sec': {2: [P('到2030年，全县', t('T-046', '水电装机', '达到', '28万千瓦'), '，农村电网供电可靠性明显提升。')]}},
        'eco': {'sec': {0: [P('到2030年，全县', t('T-121', '美丽河湖建成率', '达到', '75%以上'), '，潇水双牌段水质稳定保持Ⅱ类。')],
                        1: [box('eco', 2)]}},
        'projects': {'sec': {0: [Caption('双牌县“十五五”重大项目表'), projects_table(s, 7)]}},
    }
    s['expected'] = [
        ('PC-ATTR', 'K2-18', 'error', 'row:K2-18', '优良水体比例在全市为约束性指标，本规划标为预期性'),
        ('PC-QUOTA', 'K2-19', 'error', 'row:K2-19', '森林覆盖率2030年目标79.5%，低于市分解给双牌县的80%'),
    ]
    order = ['review', 'environment', 'general', 'industry', 'agri', 'infra', 'eco', 'culture', 'employment',
             'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- 7 道县 (docx, three-line, 2027, full-width text, look-alike) PASS
@doc
def daoxian_threeline():
    s = dict(stem='daoxian-15th-threeline', jurisdiction='道县', kind='general', producer='docx',
             title=general_title('道县'), sub='（草案）', office='道县发展和改革局', date='二〇二六年元月',
             ctx=ctx('道县', 'county'), status='PASS',
             style=dict(font='Noto Sans CJK SC', size=11, line=24, margins=(2.8, 2.5, 2.6, 2.5)))
    cols = C(('seq', '序号', 1.0), ('name', '指标', 5.0), ('unit', '单位', 2.2), ('base', '2025年', 1.8),
             ('y2027', '2027年', 1.8), ('y2030', '2030年', 1.9), ('attr', '属性', 1.8))
    rows = [
        R('K2-01', '6', '6', '预期性', v2027='6'),
        R('K2-02', '6.2', '高于GDP增长', '预期性', v2027='高于GDP增长'),
        R('K2-03', '50.5', '55', '预期性', v2027='52.5'),
        R('K2-05', '11', '10', '预期性', v2027='10'),
        R('K2-08', '5.2', '≤5.5', '预期性', v2027='≤5.5'),
        R('K2-10', '10.7', '11.6', '约束性', v2027='11.1'),
        N('新增劳动力平均受教育年限', '年', '13.5', '14', '预期性', v2027='13.8'),
        R('K2-12', '68', '82', '预期性', v2027='75'),
        R('K2-15', '—', '完成市下达任务', '约束性', v2027='—'),
        R('K2-16', '29', '35', '约束性', v2027='32'),
        N('单位地区生产总值能耗降低', '%', '—', '完成市下达任务', '约束性', v2027='—'),
        R('K2-18', '100', '100', '约束性', v2027='100'),
        R('K2-19', '61.6', '62', '约束性', v2027='61.8'),
        R('K2-20', '43.2', '43.5', '约束性', v2027='43.4'),
        R('K2-21', '36', '40', '约束性', v2027='38'),
        R('K2-22', '0.029', '≤0.02', '约束性', v2027='≤0.021'),
    ]
    tb = IndicatorTable(cols, rows, style='threeline', size=10, repeat_header=True)
    goals = [
        Filler('guiding', 1, (3, 4)),
        Caption('表1　道县“十五五”规划主要指标'), tb,
        P('到2030年，全县', t('K2-19', '森林覆盖率', '稳定在', '６２％以上'), '，', t('K2-16', '非化石能源占能源消费总量比重', '提高到', '35%'),
          '，绿色低碳发展水平明显提升。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县森林覆盖率由６０.８％提高到６１.６％，粮食总产量稳定在43万吨以上，'
                                 '2025年常住人口城镇化率达到50.5%。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2027年，全县', t('K2-20', '粮食综合生产能力', '达到', '43.4万吨', 2027), '，粮食安全根基更加牢固。')],
                         2: [P('到２０３０年，全县', t('T-085', '农村卫生厕所普及率', '稳定在', '９６％以上'), '，农村人居环境整治提升取得明显成效。'),
                             box('agri', 3)]}},
        'health': {'sec': {0: [P('到2030年，全县', t('T-110', '居民健康素养水平', '达到', '36%'), '，主要健康指标居全市前列。')]}},
        'projects': {'sec': {0: [Caption('道县“十五五”重大项目表'), projects_table(s, 9)]}},
    }
    tail = [PageBreak(), P('附件', indent=False, bold=True), Caption('道县“十五五”重大前期项目表'),
            same_count_table(s, 7, 7, style='threeline')]
    s['expected'] = []
    return finish(s, MED, extras, paras=1, tail=tail)


# ---------------------------------------------------------------- 8 江永县 (LibreOffice HTML, borderless, 2035) FAIL
@doc
def jiangyong_lohtml():
    s = dict(stem='jiangyong-15th-lohtml', jurisdiction='江永县', kind='general', producer='lohtml',
             title=general_title('江永县'), sub='（征求意见稿）', office='江永县发展和改革局', date='2025年12月',
             ctx=ctx('江永县', 'county'), status='FAIL',
             style=dict(font='Noto Serif CJK SC', size=12))
    cols = C(('name', '指标名称', 5.6), ('unit', '单位', 2.2), ('base', '2025年', 1.9), ('y2030', '2030年', 1.9),
             ('y2035', '2035年', 1.9), ('attr', '性质', 1.6))
    rows = [
        R('K2-01', '5.5', '6', '预期性', v2035=None),
        R('K2-03', '45', '50', '预期性', v2035='56'),
        R('K2-08', '5', '≤5.5', '预期性', v2035='≤5.5'),
        R('K2-09', '6', '与GDP增长同步', '预期性', v2035=None),
        R('K2-10', '10.5', '11.5', '约束性', v2035='12'),
        R('K2-15', '—', '完成市下达任务', '约束性', v2035=None),
        R('K2-16', '40', '45', '约束性', v2035='55'),
        R('K2-18', '100', '100', '约束性', v2035='100'),
        R('K2-19', '70.6', '71', '约束性', v2035='71.5'),
        R('K2-20', '15.2', '15.5', '约束性', v2035='15.5'),
        R('K2-21', '32', '34', '约束性', v2035='38'),
        R('K2-22', '0.03', None, '约束性', v2035='≤0.02'),
        N('旅游接待人次', '万人次', '900', '1500', '预期性', v2035=None),
    ]
    tb = IndicatorTable(cols, rows, style='none', size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('表1　江永县“十五五”时期经济社会发展主要指标'), tb,
        P('到2030年，全县', t('K2-19', '森林覆盖率', '稳定在', '71%以上'), '，', t('T-090', '新增4A级旅游景区', '', '1家'),
          '，女书文化品牌影响力持续扩大。'),
    ]
    extras = {
        'review': {'sec': {0: [P('五年来，全县旅游接待人次由520万人次增长到900万人次，2025年森林覆盖率达到70.6%，'
                                 '香柚、香芋等特色产业综合产值突破60亿元。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {2: [P('到2030年，全县', t('T-084', '农村自来水普及率', '达到', '95%以上'), '，', t('T-085', '农村卫生厕所普及率', '稳定在', '96%以上'), '。')]}},
        'projects': {'sec': {0: [Caption('江永县“十五五”重大项目表'), projects_table(s, 6)]}},
    }
    s['expected'] = [('PC-PERIOD', 'K2-22', 'error', 'row:K2-22:2035',
                      '亿元GDP生产安全事故死亡率只给出2035年目标，缺少2030年目标')]
    order = ['review', 'general', 'industry', 'agri', 'eco', 'culture', 'employment', 'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- 9 蓝山县 (docx, 类别 column, 年均增长, split row without header) FAIL
@doc
def lanshan_growth():
    s = dict(stem='lanshan-15th-growth', jurisdiction='蓝山县', kind='general', producer='docx',
             title=general_title('蓝山县'), sub='（草案）', office='蓝山县发展和改革局', date='二〇二六年一月',
             ctx=ctx('蓝山县', 'county'), status='FAIL',
             style=dict(font='AR PL UMing CN', hfont='AR PL UKai CN', size=12, line=27, margins=(2.6, 2.7, 2.6, 2.7)))
    cols = C(('cat', '类别', 2.0), ('name', '指标', 4.4), ('unit', '单位', 1.8), ('base', '2025年', 1.8),
             ('y2030', '2030年', 2.1), ('growth', '年均增长（%）', 1.9), ('attr', '属性', 1.6))
    E, I, M, G, S = '经济发展', '创新驱动', '民生福祉', '绿色低碳', '安全保障'
    rows = [
        R('T-002', '260', '350', '预期性', cat=E, growth='6', growth_id='K2-01'),
        N('一般公共预算收入', '亿元', '12', '15.5', '预期性', cat=E, growth='5.2'),
        N('社会消费品零售总额', '亿元', '110', '150', '预期性', cat=E, growth='6.4'),
        R('K2-03', '48.5', '53', '预期性', cat=E),
        R('K2-04', '9', '12', '预期性', cat=E, name='高技术制造业增加值占规模以上工业增加值比重'),
        R('T-018', '1.4', '2', '预期性', cat=I, name='R&D 经费投入强度'),
        R('K2-06', '0.7', '1.3', '预期性', cat=I),
        R('K2-08', '5.1', '≤5.5', '预期性', cat=M),
        R('K2-09', '6.2', None, '预期性', cat=M, growth='6.5', growth_id='K2-09'),
        R('K2-10', '10.8', '11.5', '约束性', cat=M),
        R('K2-11a', '2.3', '2.9', '预期性', cat=M, name='每千人口执业（助理）医师数'),
        R('K2-15', '—', '完成市下达任务', '约束性', cat=G),
        R('K2-16', '33', '38', '约束性', cat=G),
        R('K2-18', '100', '100', '约束性', cat=G),
        R('K2-19', '66.8', '66', '约束性', cat=G),
        R('K2-20', '14.8', '15.5', '约束性', cat=S),
        R('K2-21', '46', '50', '约束性', cat=S),
        R('K2-22', '0.027', '≤0.02', '约束性', cat=S),
    ]
    tb = IndicatorTable(cols, rows, style='grid', size=10.5, repeat_header=False, cant_split=False, tune_split=True)
    goals = [
        Filler('guiding', 1, (3, 4)),
        P('到2030年，全县', t('K2-01', '地区生产总值年均增长', '', '6%'), '，经济总量迈上新台阶；'
          '产业结构持续优化，县域经济综合实力明显增强。'),
        Filler('principles', 1, (3, 4)),
        Spacer('guiding', 0), Caption('表1　蓝山县“十五五”时期经济社会发展主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”时期，全县地区生产总值由190亿元增加到260亿元，年均增长6.5%，2025年森林覆盖率达到66.8%，'
                                 '粮食产量稳定在14.8万吨。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，全县', t('K2-20', '粮食综合生产能力', '稳定在', '16.5万吨', tag='grain'), '，',
                               t('T-087', '秸秆综合利用率', '稳定在', '95%以上'), '。')], 2: [box('agri', 2)]}},
        'urban': {'sec': {1: [P('到2030年，城镇', t('T-059', '完整社区覆盖率', '达到', '80%以上'), '，城市功能品质明显提升。')]}},
        'projects': {'sec': {0: [Caption('蓝山县“十五五”重大项目表'), projects_table(s, 8)]}},
    }
    s['expected'] = [
        ('PC-REGRESS', 'K2-19', 'error', 'row:K2-19', '森林覆盖率2030年目标66%，低于本县2025年基期66.8%'),
        ('PC-INTERNAL', 'K2-20', 'warning', 'text:grain', '表1粮食综合生产能力2030年目标15.5万吨，正文为16.5万吨'),
    ]
    return finish(s, MED, extras, paras=1, toc=True)


# ---------------------------------------------------------------- 10 江华 (chromium, three-line CSS, ★ after, 2035, PM2.5) PASS
@doc
def jianghua_star():
    s = dict(stem='jianghua-15th-star', jurisdiction='江华瑶族自治县', kind='general', producer='chromium',
             title=general_title('江华瑶族自治县'), sub='（草案）', office='江华瑶族自治县发展和改革局', date='2026年1月',
             ctx=ctx('江华瑶族自治县', 'county'), status='PASS',
             style=dict(font='Noto Serif CJK SC', hfont='Noto Sans CJK SC', size=12, line_mult=1.75,
                        margins=(25, 25, 25, 25), pagenum=True))
    cols = C(('name', '指标', 6.6), ('unit', '单位', 2.6), ('base', '2025年', 2.0), ('y2030', '2030年', 2.0),
             ('y2035', '2035年', 2.0))
    rows = [
        R('K2-01', '6', '6左右', v2035=None),
        R('K2-03', '47.5', '52', v2035='58'),
        R('K2-07', '3', '5.5', v2035='8'),
        R('K2-08', '5.2', '≤5.5', v2035='≤5.5'),
        R('K2-10', '10.3', '11.5', v2035='12', star=True),
        R('K2-11b', '3.2', '4', v2035='4.8'),
        R('K2-15', '—', '16', v2035=None, star=True, name='单位 GDP 二氧化碳排放降低'),
        R('K2-16', '48', '52', v2035='60', star=True),
        R('K2-17', '27', '≤26', v2035='≤25', star=True, name='PM2.5 浓度'),
        R('K2-18', '100', '100', v2035='100', star=True, name='地表水达到或好于Ⅲ类水体比例'),
        R('K2-19', '79.3', '79.6', v2035='80', star=True),
        R('K2-20', '20.6', '21', v2035='21', star=True),
        R('K2-21', '112', '120', v2035='130', star=True),
        R('K2-22', '0.026', '≤0.021', v2035='≤0.018', star=True, name='亿元 GDP 生产安全事故死亡率'),
        R('T-045', '95', '180', v2035='260'),
    ]
    tb = IndicatorTable(cols, rows, style='threeline', star='after', size=10.5,
                        note='注：带★的为约束性指标，其余为预期性指标。')
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('表1　江华瑶族自治县“十五五”经济社会发展主要指标'), tb,
        P('到2035年，全县', t('K2-19', '森林覆盖率', '达到', '80%', 2035), '，建成南岭生态屏障核心区和绿色发展示范区。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县风电、光伏装机由40万千瓦增加到95万千瓦，2025年森林覆盖率达到79.3%，'
                                 '能源综合生产能力达到112万吨标准煤。')]}},
        'general': {'goals': goals},
        'infra': {'sec': {2: [P('到2030年，全县', t('T-045', '风电、光伏装机', '达到', '180万千瓦'), '，建成湘南重要清洁能源基地。'),
                              box('energy', 3)]}},
        'eco': {'sec': {0: [P('到 2030 年，全县', t('K2-19', '森林覆盖率', '稳定在', '79.6%以上'), '，生物多样性得到有效保护。')]}},
        'agri': {'sec': {2: [P('到2030年，全县', t('T-084', '农村自来水普及率', '达到', '95%以上'), '，城乡供水一体化基本实现。')]}},
        'population': {'sec': {1: [P('到2030年，', t('T-115', '建有综合养老服务中心的乡镇比例', '达到', '65%'), '，'
                                     '居家社区养老服务网络基本建成。')]}},
        'projects': {'sec': {0: [Caption('江华瑶族自治县“十五五”重大项目表'), projects_table(s, 9)]}},
    }
    tail = [P('附表', indent=False, bold=True), Caption('江华瑶族自治县“十五五”重点招商项目表'),
            same_count_table(s, 5, 8, style='threeline')]
    s['expected'] = []
    order = ['review', 'environment', 'general', 'innovation', 'industry', 'agri', 'urban', 'infra', 'eco',
             'culture', 'education', 'health', 'employment', 'population', 'safety', 'projects', 'impl']
    return finish(s, order, extras, paras=1, tail=[PageBreak()] + tail)


# ---------------------------------------------------------------- 11 经开区 (docx, borderless, 2025年现状值/2030年规划目标/性质) PASS
@doc
def jingkai_borderless():
    s = dict(stem='jingkai-15th-borderless', jurisdiction='永州经济技术开发区', kind='general', producer='docx',
             title='永州经济技术开发区国民经济和社会发展第十五个五年规划纲要', sub='（征求意见稿）',
             office='永州经济技术开发区管理委员会', date='二〇二五年十一月',
             ctx=ctx('永州经济技术开发区', 'functional'), status='PASS',
             style=dict(font='AR PL UKai CN', hfont='Noto Sans CJK SC', size=12, line_mult=1.45,
                        margins=(2.5, 2.5, 2.5, 2.5)))
    cols = C(('name', '主要指标', 6.2), ('unit', '单位', 2.4), ('base', '2025年现状值', 2.4), ('y2030', '2030年规划目标', 2.8),
             ('attr', '性质', 1.8))
    rows = [
        R('T-002', '180', '260', '预期性'),
        R('K2-01', '7', '7.5', '预期性'),
        N('规模以上工业总产值', '亿元', '420', '700', '预期性'),
        R('K2-04', '25', '30', '预期性', name='高技术制造业增加值占规模以上工业增加值比重'),
        R('K2-05', '12', '12', '预期性'),
        R('T-018', '2.6', '3', '预期性', name='R&D经费投入强度'),
        R('T-021', '95', '150', '预期性', name='高新技术企业数'),
        R('K2-08', '4.8', '≤5', '预期性'),
        R('K2-10', '11.6', '12', '约束性'),
        R('K2-15', '—', '完成市下达任务', '约束性'),
        R('K2-16', '30', '35', '约束性'),
        R('K2-18', '100', '100', '约束性'),
        R('K2-19', '19.5', '20', '约束性'),
        R('K2-20', '0.8', '0.8', '约束性'),
        R('K2-21', '5', '6', '约束性'),
        R('K2-22', '0.018', '≤0.015', '约束性'),
    ]
    tb = IndicatorTable(cols, rows, style='none', size=10.5)
    goals = [
        P('到2030年，园区发展主要目标是：', t('K2-01', '地区生产总值年均增长', '', '7.5%'), '；规模以上工业总产值突破700亿元；',
          t('T-021', '高新技术企业', '', '突破150家'), '；', t('K2-08', '城镇调查失业率', '控制在', '5%以内'), '。'),
        Caption('表1　永州经济技术开发区“十五五”主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，园区规模以上工业总产值由260亿元增加到420亿元，高新技术企业由48家增加到95家，'
                                 '2025年实现地区生产总值180亿元。')]}},
        'general': {'goals': goals},
        'innovation': {'sec': {0: [P('到2030年，园区', t('T-020', '科技型中小企业', '', '超过300家'), '，研发平台实现规模以上工业企业全覆盖。')]}},
        'industry': {'sec': {0: [box('industry', 2)]}},
        'projects': {'sec': {0: [Caption('永州经济技术开发区“十五五”重大项目表'), projects_table(s, 8)]}},
    }
    s['expected'] = []
    order = ['review', 'environment', 'general', 'innovation', 'industry', 'digital', 'open', 'green', 'safety',
             'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- 12 回龙圩 (chromium, grid, rowspan, 基期值/目标值, no cover) FAIL
@doc
def huilongxu_grid():
    s = dict(stem='huilongxu-15th-grid', jurisdiction='回龙圩管理区', kind='general', producer='chromium',
             title='回龙圩管理区国民经济和社会发展第十五个五年规划纲要', sub='（草案）', office='回龙圩管理区管理委员会',
             date='2026年1月', ctx=ctx('回龙圩管理区', 'functional'), status='FAIL',
             style=dict(font='AR PL SungtiL GB', size=12, line_mult=1.7, margins=(24, 22, 24, 22)))
    cols = C(('cat', '类别', 1.8), ('seq', '序号', 1.0), ('name', '指标', 5.6), ('unit', '单位', 2.2),
             ('base', '基期值', 1.9), ('y2030', '目标值', 2.0), ('attr', '属性', 1.6))
    E, M, G, S = '经济发展', '民生福祉', '绿色低碳', '安全保障'
    rows = [
        R('K2-01', '6.5', '7', '预期性', cat=E),
        R('K2-03', '38', '45', '预期性', cat=E),
        R('K2-08', '5', '≤5.5', '预期性', cat=M),
        R('K2-09', '7', '7', '预期性', cat=M),
        R('K2-10', '10.2', '11.2', '约束性', cat=M),
        R('K2-15', '—', '12', '约束性', cat=G),
        R('K2-16', '36', '40', '约束性', cat=G),
        R('K2-18', '100', '100', '约束性', cat=G),
        R('K2-19', '34.6', '35', '约束性', cat=G),
        R('K2-20', '3.4', '3.5', '约束性', cat=S),
        R('K2-21', '1.2', '1.5', '约束性', cat=S),
        R('K2-22', '0.02', '≤0.02', '约束性', cat=S),
        R('T-073', '8.6', '8.6左右', '预期性', cat=S),
    ]
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, size=10.5,
                        note='注：基期值为2025年数据，目标值为2030年目标；单位GDP二氧化碳排放降低为五年累计数。')
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('专栏1　回龙圩管理区“十五五”主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”时期，全区地区生产总值年均增长6.5%，2025年粮食播种面积稳定在8.6万亩，柑橘种植面积达到6万亩。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，全区', t('T-073', '粮食播种面积', '稳定在', '8.6万亩左右'), '，',
                               t('T-086', '畜禽粪污综合利用率', '达到', '92%以上'), '。'), box('agri', 2)]}},
        'projects': {'sec': {0: [Caption('回龙圩管理区“十五五”重大项目表'), projects_table(s, 6)]}},
    }
    head = [P(s['title'], indent=False, bold=True, align='center', size=18), P('（草案）', indent=False, align='center'),
            P('回龙圩管理区管理委员会　2026年1月', indent=False, align='center')]
    s['expected'] = [
        ('PC-STRICT', 'K2-10', 'error', 'row:K2-10', '劳动年龄人口平均受教育年限2030年目标11.2年，低于全市约束性目标11.5年'),
        ('PC-DEFERRED', 'K2-15', 'error', 'row:K2-15', '单位GDP二氧化碳排放降低12%，低于市下达回龙圩管理区的14%'),
    ]
    order = ['review', 'general', 'industry', 'agri', 'eco', 'employment', 'projects', 'impl']
    return finish(s, order, extras, paras=1, cover=False, head=head)


# ---------------------------------------------------------------- 13 金洞 (docx, three-line, units in names, 清洁能源占比) FAIL
@doc
def jindong_threeline():
    s = dict(stem='jindong-15th-threeline', jurisdiction='金洞管理区', kind='general', producer='docx',
             title='金洞管理区国民经济和社会发展第十五个五年规划纲要', sub='（草案）', office='金洞管理区管理委员会',
             date='二〇二六年一月', ctx=ctx('金洞管理区', 'functional'), status='FAIL',
             style=dict(font='AR PL UMing CN', hfont='WenQuanYi Zen Hei', size=12, line=25, margins=(2.7, 2.6, 2.7, 2.6)))
    cols = C(('name', '指标', 7.6), ('base', '2025年', 2.4), ('y2030', '2030年', 2.6), ('attr', '属性', 2.0))
    rows = [
        R('K2-01', '6', '6.5', '预期性'),
        R('K2-03', '35', '40', '预期性'),
        R('K2-08', '4.9', '≤5.5', '预期性'),
        R('K2-10', '10.1', '11.5', '约束性'),
        R('K2-15', '—', '完成市下达任务', '约束性'),
        N('清洁能源占比', '%', '55', '60', '约束性'),
        R('K2-18', '93', '95', '约束性'),
        R('K2-19', '84.5', '85', '约束性'),
        R('T-125', '560', '620', '预期性'),
        R('K2-20', '1.1', '1.2', '约束性'),
        R('K2-21', '3.6', '4', '约束性'),
        R('K2-22', '0.022', '≤0.02', '约束性'),
    ]
    tb = IndicatorTable(cols, rows, style='threeline', units_in_name=True, size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('表1　金洞管理区“十五五”时期主要指标'), tb,
        P('到2030年，全区', t('K2-19', '森林覆盖率', '稳定在', '85%以上'), '，清洁能源占比达到60%，林区生态产品价值实现机制基本建立。'),
    ]
    extras = {
        'review': {'sec': {0: [P('五年来，全区森林覆盖率提高到84.5%，活立木蓄积量达到560万立方米，2025年楠竹产业综合产值达到18亿元。')]}},
        'general': {'goals': goals},
        'eco': {'sec': {0: [P('到2030年，全区', t('T-125', '森林蓄积量', '达到', '620万立方米'), '，楠竹林、油茶林提质改造全面完成。')],
                        1: [box('eco', 2)]}},
        'projects': {'sec': {0: [Caption('金洞管理区“十五五”重大项目表'), projects_table(s, 6)]}},
    }
    s['expected'] = [
        ('PC-COVERAGE', 'K2-16', 'error', 0, '缺少约束性指标 非化石能源占能源消费总量比重（全市 35%）；表中“清洁能源占比”不是该指标'),
        ('PC-STRICT', 'K2-18', 'error', 'row:K2-18', '优良水体比例2030年目标95%，低于全市约束性目标100%'),
    ]
    order = ['review', 'general', 'industry', 'agri', 'eco', 'culture', 'employment', 'safety', 'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- 14 宁远县 second draft (chromium, grid, rowspan, narrow names) FAIL
@doc
def ningyuan_comment():
    s = dict(stem='ningyuan-15th-comment', jurisdiction='宁远县', kind='general', producer='chromium',
             title=general_title('宁远县'), sub='（征求意见稿）', office='宁远县发展和改革局', date='2025年11月',
             ctx=ctx('宁远县', 'county'), status='FAIL',
             style=dict(font='WenQuanYi Zen Hei', size=11, line_mult=1.8, margins=(25, 25, 25, 25)))
    cols = C(('cat', '类别', 1.8), ('name', '指标', 4.2), ('unit', '计量单位', 2.2), ('base', '2025年基数', 2.2),
             ('y2030', '2030年目标', 2.2), ('attr', '属性', 1.7))
    E, M, G, S = '经济发展', '民生福祉', '绿色低碳', '安全保障'
    rows = [
        R('K2-01', '6.1', '6', '预期性', cat=E),
        R('K2-02', '6.3', '6.5', '预期性', cat=E),
        R('K2-04', '10.5', '13', '预期性', cat=E, name='高技术制造业增加值占规模以上工业增加值比重'),
        R('K2-07', '3.2', '6', '预期性', cat=E, name='数字经济核心产业增加值占地区生产总值比重'),
        R('K2-08', '5.3', '5.5以内', '预期性', cat=M),
        R('K2-10', '10.6', '11.5', '约束性', cat=M),
        N('每千人口医疗卫生机构床位数', '张', '6.2', '7', '预期性', cat=M),
        R('K2-12', '70', '80', '预期性', cat=M),
        R('K2-15', '—', '以省市下达任务为准', '约束性', cat=G),
        R('K2-16', '28.5', '35', '约束性', cat=G, name='非化石能源消费比重'),
        R('K2-18', '100', '100', '约束性', cat=G),
        R('K2-19', '62.3', '62.5', '约束性', cat=G),
        R('K2-20', '43.8', '44', '约束性', cat=S),
        R('K2-21', '43', '45', '约束性', cat=S),
        R('K2-22', '0.035', '0.03', '约束性', cat=S),
    ]
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('表1　宁远县“十五五”经济社会发展主要指标（征求意见稿）'), tb,
        P('到2030年，', t('K2-15', '单位GDP二氧化碳排放降低', '', '以省市下达任务为准'), '，生态文明建设取得新成效。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”时期，全县粮食总产量稳定在43万吨以上，2025年地区生产总值达到420亿元，九嶷山景区接待游客突破800万人次。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，全县', t('T-087', '秸秆综合利用率', '达到', '96%'), '；“十五五”末，全县',
                               t('T-084', '农村自来水普及率', '达到', '96%'), '。')]}},
        'projects': {'sec': {0: [Caption('宁远县“十五五”重大项目表'), projects_table(s, 7)]}},
    }
    s['expected'] = [
        ('PC-STRICT', 'K2-22', 'error', 'row:K2-22', '亿元GDP生产安全事故死亡率2030年目标0.03，高于全市约束性上限0.0217'),
        ('PC-QUOTA', 'K2-20', 'error', 'row:K2-20', '粮食综合生产能力2030年目标44万吨，低于市分解给宁远县的45.5万吨'),
    ]
    order = ['review', 'environment', 'general', 'industry', 'agri', 'eco', 'employment', 'safety', 'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- 15 零陵区 second (docx, landscape, 责任单位, ★ before) PASS
@doc
def lingling_landscape():
    s = dict(stem='lingling-15th-landscape', jurisdiction='零陵区', kind='general', producer='docx',
             title='零陵区国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要', sub='（草案）',
             office='零陵区发展和改革局', date='二〇二六年二月', ctx=ctx('零陵区', 'district'), status='PASS',
             style=dict(font='Noto Serif CJK SC', hfont='Noto Sans CJK SC', size=12, line_mult=1.4,
                        margins=(2.8, 2.6, 2.8, 2.6), cover_size=22))
    cols = C(('seq', '序号', 1.0), ('name', '指标', 6.4), ('unit', '单位', 2.4), ('base', '2025年', 2.0),
             ('y2030', '2030年', 2.6), ('lead', '责任单位', 5.0), ('note', '备注', 4.2))
    rows = [
        R('K2-01', '5.8', '6左右', lead='区发展和改革局', note='年均增速'),
        R('K2-03', '64', '68', lead='区住房和城乡建设局'),
        R('K2-06', '1.8', '3', lead='区市场监督管理局'),
        R('K2-08', '5.4', '≤5.5', lead='区人力资源和社会保障局'),
        R('K2-10', '11', '11.6', star=True, lead='区教育局'),
        R('K2-14', '78.9', '80', lead='区卫生健康局'),
        R('K2-15', '—', '完成市下达任务', star=True, name='单位 GDP 二氧化碳排放降低', lead='区发展和改革局', note='五年累计'),
        R('K2-16', '27', '35', star=True, lead='区发展和改革局'),
        R('K2-18', '100', '100', star=True, lead='永州市生态环境局零陵分局', note='国考、省考断面'),
        R('K2-19', '57.2', '57.5', star=True, lead='区林业局'),
        R('K2-20', '27', '27.5', star=True, lead='区农业农村局'),
        R('K2-21', '40', '43', star=True, lead='区发展和改革局'),
        R('K2-22', '0.027', '≤0.02', star=True, name='亿元 GDP 生产安全事故死亡率', lead='区应急管理局'),
        R('T-069', '97', '98', name='全国重点文保单位本体完好率', lead='区文化旅游广电体育局'),
        N('空气质量优良天数比率', '%', '92', '≥93', lead='永州市生态环境局零陵分局', note='城区'),
    ]
    tb = IndicatorTable(cols, rows, style='grid', star='before', size=10.5, repeat_header=True,
                        note='注：带★的为约束性指标，其余为预期性指标。')
    goals = [
        Filler('guiding', 1, (3, 4)),
        Landscape(True), Caption('表1　零陵区“十五五”时期经济社会发展主要指标及责任分工'), tb, Landscape(False),
        P('展望二〇三五年，全区', t('K2-03', '常住人口城镇化率', '达到', '72%左右', 2035), '，建成历史文化名城和生态宜居城区。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全区地区生产总值年均增长5.8%，2025年达到410亿元；'
                                 '累计新增城镇就业2.6万人，森林覆盖率达到57.2%。')]}},
        'general': {'goals': goals},
        'eco': {'sec': {0: [P('到2030年，全区', t('K2-19', '森林覆盖率', '稳定在', '57.5%以上'), '，城乡人居环境明显改善。')],
                        1: [box('eco', 2)]}},
        'culture': {'sec': {1: [P('到2030年，全区', t('T-091', '旅游总花费', '', '突破160亿元'), '，建成国内知名文化旅游目的地。')]}},
        'projects': {'sec': {0: [Caption('零陵区“十五五”重大项目表'), projects_table(s, 10)]}},
    }
    s['expected'] = []
    order = ['review', 'environment', 'general', 'innovation', 'industry', 'services', 'agri', 'urban', 'infra', 'eco',
             'reform', 'culture', 'education', 'health', 'employment', 'safety', 'projects', 'impl']
    return finish(s, order, extras, paras=1, toc=True)


# ---------------------------------------------------------------- 16 祁阳市 short draft (LibreOffice HTML, grid, spaced names) PASS
@doc
def qiyang_lohtml():
    s = dict(stem='qiyang-15th-lohtml', jurisdiction='祁阳市', kind='general', producer='lohtml',
             title=general_title('祁阳市'), sub='（征求意见稿）', office='祁阳市发展和改革局', date='2025年12月',
             ctx=ctx('祁阳市', 'city'), status='PASS', style=dict(font='WenQuanYi Zen Hei', size=11.5))
    cols = C(('name', '指标', 6.2), ('unit', '单位', 2.6), ('base', '2025年', 2.0), ('y2030', '2030年', 2.0),
             ('attr', '属性', 1.8))
    rows = [
        R('K2-01', '6.2', '6.5', '预期性'),
        R('K2-03', '55', '60', '预期性'),
        R('K2-08', '5.1', '≤5.5', '预期性'),
        R('K2-09', '6.6', '与GDP增长同步', '预期性'),
        R('K2-10', '10.9', '11.6', '约束性'),
        R('K2-15', '—', '完成市下达任务', '约束性', name='单位 GDP 二氧化碳排放降低'),
        R('K2-16', '30', '37', '约束性'),
        R('K2-17', '34', '≤32', '约束性', name='PM2.5 浓度'),
        R('K2-18', '100', '100', '约束性'),
        R('K2-19', '55.8', '56.2', '约束性'),
        R('K2-20', '51.6', '52', '约束性'),
        R('K2-21', '88', '95', '约束性'),
        R('K2-22', '0.03', '≤0.02', '约束性', name='亿元 GDP 生产安全事故死亡率'),
    ]
    tb = IndicatorTable(cols, rows, style='grid', size=10.5)
    head = [P(s['title'], indent=False, bold=True, align='center', size=18),
            P('（征求意见稿）', indent=False, align='center')]
    goals = [
        P('到2030年，主要目标是：', t('K2-01', '地区生产总值年均增长', '', '6.5%'), '；', t('K2-08', '城镇调查失业率', '控制在', '5.5%以内'),
          '；', t('K2-10', '劳动年龄人口平均受教育年限', '达到', '11.6年'), '；', t('K2-16', '非化石能源占能源消费总量比重', '达到', '37%'),
          '；', t('K2-19', '森林覆盖率', '稳定在', '56.2%以上'), '。'),
        Caption('表1　祁阳市“十五五”主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全市地区生产总值年均增长6.2%，2025年森林覆盖率达到55.8%，城镇化率达到55%。')]}},
        'general': {'goals': goals},
        'agri': {'sec': {0: [P('到2030年，全市', t('T-086', '畜禽粪污综合利用率', '达到', '91%'), '，农业面源污染得到有效控制。')]}},
    }
    s['expected'] = []
    order = ['review', 'general', 'innovation', 'industry', 'agri', 'urban', 'eco', 'employment', 'impl']
    return finish(s, order, extras, paras=1, cover=False, head=head)


# ---------------------------------------------------------------- S1 道县能源 (county special, docx, two-row header) FAIL
@doc
def daoxian_energy():
    s = dict(stem='daoxian-energy-special', jurisdiction='道县', kind='special', domain='energy', producer='docx',
             title='道县“十五五”能源发展规划', sub='（征求意见稿）', office='道县发展和改革局', date='二〇二六年三月',
             ctx=ctx('道县', 'county'), status='FAIL',
             style=dict(font='AR PL SungtiL GB', hfont='Noto Sans CJK SC', size=12, line=27, margins=(2.7, 2.6, 2.7, 2.6)))
    cols = C(('seq', '序号', 1.0), ('name', '指标', 5.4), ('unit', '单位', 2.2), ('base', '2025年', 1.8),
             ('y2030', '2030年', 2.2), ('attr', '属性', 1.6), ('note', '备注', 1.8))
    rows = [
        N('能源消费总量', '万吨标准煤', '150', '175', '预期性'),
        N('单位地区生产总值能耗降低', '%', '—', '完成市下达任务', '约束性', note='五年累计'),
        R('K2-15', '—', '完成市下达任务', '预期性', note='五年累计'),
        R('K2-16', '29', '35', '约束性'),
        N('清洁能源占比', '%', '52', '60', '预期性'),
        N('煤炭消费比重', '%', '38', '≤30', '预期性'),
        R('T-045', '42', '85', '预期性'),
        R('T-046', '6.5', '7', '预期性'),
        N('电力装机总容量', '万千瓦', '60', '105', '预期性'),
        N('全社会用电量', '亿千瓦时', '16', '23', '预期性'),
        N('天然气消费量', '亿立方米', '0.5', '1.2', '预期性'),
        N('公共充电桩', '个', '800', '3000', '预期性'),
    ]
    tb = IndicatorTable(cols, rows, style='grid', header2=[('指标值', ['base', 'y2030'])], size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到2030年，全县', t('K2-16', '非化石能源占能源消费总量比重', '达到', '35%'), '，', t('T-045', '风电、光伏装机', '达到', '85万千瓦'),
          '，其中光伏发电装机达到500兆瓦，能源供应保障能力明显增强。'),
        Caption('表1　道县“十五五”能源发展主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县风电、光伏装机由12万千瓦增加到42万千瓦，2025年全社会用电量达到16亿千瓦时，'
                                 '建成110千伏变电站3座。')]}},
        'general': {'goals': goals},
        'e_use': {'sec': {0: [P('到2030年，全县', t('T-040', '新能源汽车渗透率', '达到', '35%以上'), '，',
                                t('T-127', '县级及以上党政机关建成节约型机关比例', '达', '95%以上'), '。')]}},
        'e_supply': {'sec': {0: [box('energy', 2)]}},
        'projects': {'sec': {0: [Caption('道县“十五五”能源重大项目表'), projects_table(s, 7)]}},
    }
    s['expected'] = [
        ('PC-COVERAGE', 'K2-21', 'error', 0, '能源专项规划缺少约束性指标 能源综合生产能力（全市 600万吨标准煤）'),
        ('PC-ATTR', 'K2-15', 'error', 'row:K2-15', '单位GDP二氧化碳排放降低在全市为约束性指标，本规划标为预期性'),
    ]
    order = ['review', 'environment', 'general', 'e_supply', 'e_grid', 'e_use', 'e_safe', 'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- S2 东安县教育 (county special, docx, three-line, look-alike) PASS
@doc
def dongan_education():
    s = dict(stem='dongan-education-special', jurisdiction='东安县', kind='special', domain='education', producer='docx',
             title='东安县“十五五”教育事业发展规划', sub='（草案）', office='东安县教育局', date='二〇二六年三月',
             ctx=ctx('东安县', 'county'), status='PASS',
             style=dict(font='Noto Serif CJK SC', size=12, line_mult=1.5, margins=(2.6, 2.6, 2.6, 2.6)))
    cols = C(('name', '指标', 6.6), ('unit', '单位', 1.6), ('base', '2025年现状值', 2.4), ('y2030', '2030年规划目标', 2.6),
             ('attr', '属性', 1.6))
    rows = [
        N('学前教育毛入园率', '%', '92', '95', '预期性'),
        N('普惠性幼儿园覆盖率', '%', '88', '92', '预期性'),
        N('九年义务教育巩固率', '%', '98', '98.5', '约束性'),
        N('高中阶段毛入学率', '%', '93', '95', '预期性'),
        R('K2-10', '10.5', '11.5', '约束性'),
        N('新增劳动力平均受教育年限', '年', '13.6', '14', '预期性'),
        R('T-104', '55', '62', '预期性', name='职业学校“双师型”教师占比'),
        R('T-105', '82', '90', '预期性', name='本科及以上学历教师占比'),
        R('T-101', '55', '60', '预期性'),
        N('义务教育学校标准化建设达标率', '%', '90', '100', '预期性'),
    ]
    tb = IndicatorTable(cols, rows, style='threeline', size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到2030年，全县', t('K2-10', '劳动年龄人口平均受教育年限', '达到', '11.5年'), '，新增劳动力平均受教育年限达到14年；'
          '到2027年，学前教育毛入园率达到94%。'),
        Caption('表1　东安县“十五五”教育事业发展主要指标'), tb,
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全县新建改扩建学校28所，新增学位1.2万个，2025年高中阶段毛入学率达到93%。')]}},
        'general': {'goals': goals},
        'ed_base': {'sec': {1: [P('到2030年，', t('T-101', '学生体质健康优良率', '达到', '60%'), '，近视率、肥胖率持续下降。'),
                                box('edu', 2)]}},
        'ed_teach': {'sec': {0: [P('到2030年，', t('T-105', '本科及以上学历教师占比', '达到', '90%'), '，骨干教师队伍结构持续优化。')]}},
    }
    s['expected'] = []
    order = ['review', 'environment', 'general', 'ed_pre', 'ed_base', 'ed_high', 'ed_teach', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- C1 永州市水利 (city special, docx, grid, vMerge, 备注) FAIL
@doc
def yongzhou_water():
    s = dict(stem='yongzhou-water-special', jurisdiction='永州市', kind='special', domain='water', producer='docx',
             title='永州市“十五五”水利发展规划', sub='（征求意见稿）', office='永州市水利局', date='二〇二六年四月',
             ctx=ctx('永州市', 'city'), status='FAIL',
             style=dict(font='AR PL UMing CN', hfont='Noto Sans CJK SC', size=12, line=27, margins=(2.6, 2.5, 2.6, 2.5)))
    cols = C(('cat', '类别', 1.5), ('seq', '序号', 0.9), ('name', '指标', 4.8), ('unit', '单位', 1.9), ('base', '2025年', 1.6),
             ('y2030', '2030年', 1.8), ('attr', '属性', 1.5), ('note', '备注', 2.0))
    A, B, Cc, D = '水资源', '水生态', '水安全', '民生水利'
    rows = [
        N('用水总量', '亿立方米', '23.5', '≤25.2', '约束性', cat=A),
        N('万元GDP用水量下降', '%', '—', '完成省下达任务', '约束性', cat=A, note='较2025年'),
        N('农田灌溉水有效利用系数', '—', '0.55', '0.57', '预期性', cat=A),
        R('K2-18', '98', '98', '约束性', cat=B, name='地表水达到或好于Ⅲ类水体比例', note='国考、省考断面'),
        R('T-121', '55', '70', '预期性', cat=B),
        N('重要河湖生态流量达标率', '%', '90', '95', '预期性', cat=B),
        N('主要江河堤防达标率', '%', '75', '85', '预期性', cat=Cc),
        N('病险水库除险加固完成率', '%', '—', '100', '约束性', cat=Cc),
        R('T-084', '93', '95', '预期性', cat=D),
        N('农村规模化供水工程覆盖人口比例', '%', '60', '75', '预期性', cat=D),
        R('T-046', '215', '217.4', '预期性', cat=D),
    ]
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, size=10)
    goals = [
        Filler('guiding', 1, (2, 3)),
        Caption('表1　永州市“十五五”水利发展主要指标'), tb,
        P('到2030年，全市', t('T-084', '农村自来水普及率', '巩固在', '95%以上'), '，城乡供水一体化格局基本形成。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全市完成水利投资420亿元，除险加固病险水库356座，2025年农田灌溉水有效利用系数达到0.55。')]}},
        'general': {'goals': goals},
        'w_rural': {'sec': {0: [P('到2030年，全市', t('T-049', '改造建设供水管网', '', '300公里'), '，',
                                  t('T-120', '城市生活污水集中收集率', '达到', '73%以上'), '。'), box('water', 2)]}},
        'projects': {'sec': {0: [Caption('永州市“十五五”水利重大项目表'), projects_table(s, 8)]}},
    }
    tail = [PageBreak(), P('附表', indent=False, bold=True), Caption('永州市“十五五”水利项目储备表'),
            same_count_table(s, 8, 7)]
    s['expected'] = [
        ('PC-STRICT', 'K2-18', 'error', 'row:K2-18', '地表水达到或好于Ⅲ类水体比例2030年目标98%，低于全市约束性目标100%'),
        ('PC-BASE', 'K2-18', 'warning', 'row:K2-18', '地表水达到或好于Ⅲ类水体比例基期98%，与市规划纲要专栏2基期100%不一致'),
    ]
    order = ['review', 'environment', 'general', 'w_res', 'w_flood', 'w_eco', 'w_rural', 'w_smart', 'projects', 'impl']
    return finish(s, order, extras, paras=1, tail=tail)


# ---------------------------------------------------------------- C2 永州市卫生健康 (city special, chromium, grid, rowspan) PASS
@doc
def yongzhou_health():
    s = dict(stem='yongzhou-health-special', jurisdiction='永州市', kind='special', domain='health', producer='chromium',
             title='永州市“十五五”卫生健康事业发展规划', sub='（草案）', office='永州市卫生健康委员会', date='2026年3月',
             ctx=ctx('永州市', 'city'), status='PASS',
             style=dict(font='Noto Sans CJK SC', size=11, line_mult=1.8, margins=(25, 24, 25, 24), pagenum=True))
    cols = C(('cat', '类别', 1.8), ('seq', '序号', 1.0), ('name', '主要指标', 5.8), ('unit', '单位', 1.8),
             ('base', '2025年', 1.8), ('y2030', '2030年', 1.9), ('attr', '属性', 1.6))
    A, B, Cc = '健康水平', '健康服务', '健康保障'
    rows = [
        R('K2-14', '78.5', '80.2', '预期性', cat=A),
        N('孕产妇死亡率', '/10万', '9.5', '≤9', '预期性', cat=A),
        N('婴儿死亡率', '‰', '3.6', '≤3.5', '预期性', cat=A),
        R('T-110', '30', '35以上', '预期性', cat=A),
        R('K2-11a', '2.67', '3.5', '预期性', cat=B, name='每千人口执业（助理）医师数'),
        R('K2-11b', '4.5', '5', '预期性', cat=B),
        N('每千人口医疗卫生机构床位数', '张', '7.6', '8.2', '预期性', cat=B),
        N('每万人口全科医生数', '人', '3.6', '4.5', '约束性', cat=B),
        R('K2-12', '77.6', '80', '预期性', cat=B),
        R('T-108', '85', '100', '预期性', cat=Cc),
        R('T-109', '80', '90', '预期性', cat=Cc),
        N('个人卫生支出占卫生总费用比重', '%', '27', '≤25', '预期性', cat=Cc),
    ]
    tb = IndicatorTable(cols, rows, style='grid', merge_cat=True, size=10.5)
    goals = [
        Filler('guiding', 1, (2, 3)),
        P('到2030年，全市', t('K2-14', '人均预期寿命', '达到', '80.2岁'), '，主要健康指标达到全省平均水平以上。'),
        Caption('表1　永州市“十五五”卫生健康事业发展主要指标'), tb,
        P('到2035年，全市', t('K2-14', '人均预期寿命', '达到', '81岁', 2035), '，基本建成健康永州。'),
    ]
    extras = {
        'review': {'sec': {0: [P('“十四五”期间，全市人均预期寿命由77.2岁提高到78.5岁，2025年每千人口执业（助理）医师数达到2.67人，'
                                 '新建改扩建县级医院11所。')]}},
        'general': {'goals': goals},
        'h_tcm': {'sec': {0: [P('到2030年，全市', t('T-112', '县级中医医院各项达标率', '达到', '100%'), '，', t('T-113', '“旗舰中医馆”', '达到', '30个'), '。')]}},
        'h_service': {'sec': {0: [box('healthb', 2)]}},
        'projects': {'sec': {0: [Caption('永州市“十五五”卫生健康重大项目表'), projects_table(s, 7)]}},
    }
    s['expected'] = []
    order = ['review', 'environment', 'general', 'h_public', 'h_service', 'h_tcm', 'h_people', 'h_old', 'projects', 'impl']
    return finish(s, order, extras, paras=1)


# ---------------------------------------------------------------- allocation and assignment tables (truth for PC-QUOTA / PC-DEFERRED)
# county -> (森林覆盖率 %, 粮食综合生产能力 万吨, 能源综合生产能力 万吨标准煤); illustrative, chosen for this corpus only.
QUOTAS = {
    '冷水滩区': (45, 16.5, 28), '零陵区': (57.5, 27.5, 43), '祁阳市': (56, 52, 92), '东安县': (59, 33.5, 58),
    '双牌县': (80, 10, 53), '道县': (62, 43.5, 38), '江永县': (71, 15.5, 34), '宁远县': (62.5, 45.5, 45),
    '蓝山县': (65.5, 15, 50), '江华瑶族自治县': (79.5, 21, 119), '永州经济技术开发区': (20, 0.8, 6),
    '回龙圩管理区': (35, 3.5, 1.5), '金洞管理区': (85, 1.2, 4),
}
EXTRA_QUOTAS = [('道县', '风电、光伏装机', '80', '万千瓦')]
ASSIGNED = [(c, '单位GDP二氧化碳排放降低', '14', '%') for c in QUOTAS] + [
    ('祁阳市', '地级及以上城市细颗粒物（PM2.5）浓度', '33', '微克/立方米'),
    ('江华瑶族自治县', '地级及以上城市细颗粒物（PM2.5）浓度', '28', '微克/立方米'),
]

# 项目安排 (rules/yongzhou-15th/projects.tsv): the assigned projects each general plan names, as a reviewer reads it
# (added after the corpus was built, from its text). Every other project assigned to the unit is an expected PC-PROJECT
# warning (make_corpus.py writes them). Not counted: 「现代物流园（仓储物流中心）」 for 道县's 高新区仓储物流园 (another
# name), 「中医药服务体系」 for the 中医医院新院, 「柳子庙」 for 柳子街, 「灌区续建配套」 for 双牌灌区, 东安县's
# 「高新技术产业园标准厂房」 for 创建省级高新区 (a park, not the provincial zone asked for).
PROJECTS_MENTIONED = {
    'daoxian-15th-threeline': ['P05-2'],        # 道县高新技术产业园 (重大项目表)
    'dongan-15th-notice': ['P19-3'],            # 高标准农田
    'huilongxu-15th-grid': [],
    'jianghua-15th-star': ['P05-2'],            # 附表: 江华瑶族自治县高新技术产业园 (name wrapped over three lines)
    'jiangyong-15th-lohtml': ['P21-1'],         # 女书文化品牌影响力持续扩大
    'jindong-15th-threeline': ['P22-1'],        # 康养旅游
    'jingkai-15th-borderless': [],
    'lanshan-15th-growth': [],
    'lengshuitan-15th-threeline': ['P05-4', 'P19-3', 'P27-1'],   # 创新型区; 高标准农田; 污水处理
    'lingling-15th-borderless': ['P05-2', 'P19-3', 'P27-1'],
    'lingling-15th-landscape': ['P05-2', 'P19-3', 'P27-1'],
    'ningyuan-15th-comment': ['P05-2'],
    'ningyuan-15th-grid': ['P05-2'],
    'qiyang-15th-landscape': ['P05-2', 'P19-1', 'P27-1'],        # 高新技术产业园; 高标准农田; 城区污水处理厂
    'qiyang-15th-lohtml': ['P19-1'],
    'shuangpai-15th-twoheader': [],
}


# ---------------------------------------------------------------- README descriptions: stem -> (features, seeded conflicts)
DESCR = {
 'ningyuan-15th-grid': ('Table Grid; merged 类别 cells (vMerge) + 序号; long name wraps; 目录; list-style goals 「到 2030 年…：…；…」; 2035 text target; 重大项目 table, 专栏 boxes, 附表 with the same 7 columns', 'none'),
 'lengshuitan-15th-threeline': ('three-line table; narrow name column (3.6 cm: names wrap over 2–3 lines); 2027 column; 指标名称/计量单位/2025年基数/2030年目标/指标属性; spaced names 「R&D 经费投入强度」「单位 GDP …」「亿元 GDP …」; 2027 text target; 「“十五五”期间…累计」', 'PC-STRICT 非化石 33 < 35'),
 'lingling-15th-borderless': ('borderless table crossing a page (header repeated by Chromium); ★ before names + 注 note; 主要指标; 2035 column; range 5.5—6, 突破550, <5.5; 目录; 到 2030 年 with spaces; 2035 text target', 'PC-COVERAGE 亿元GDP生产安全事故死亡率 (absent)'),
 'qiyang-15th-landscape': ('landscape section with 牵头单位 and 备注 columns; merged 类别; rows split across a page break with the header row repeated; 「注册市场主体数量」 row; 注： note; spaced names incl. 「PM2.5 浓度」; 篇/章 structure, 目录; long document; 9-column 附表 (landscape) after the indicator table; 2027 and 2035 text targets', 'none'),
 'dongan-15th-notice': ('wrapped as 「东安县人民政府关于印发《…》的通知」 with 「各乡镇人民政府，县直各单位：」; no cover; units in names 「森林覆盖率（%）」; 基期值/目标值; 「注册市场主体数量（万户）」 row; 注： note; deferred phrase in text', 'none'),
 'shuangpai-15th-twoheader': ('Table Grid with a two-row header (指标值 over 2025年／2030年); 指标属性; 不低于 in text', 'PC-ATTR 优良水体比例 预期性; PC-QUOTA 森林 79.5 < 80'),
 'daoxian-15th-threeline': ('three-line table; 2027 column; look-alike 新增劳动力平均受教育年限; full-width digits in text （６２％、２０３０）; 2027 text target; 附件 three-line project table with the same 7 columns', 'none'),
 'jiangyong-15th-lohtml': ('LibreOffice HTML (StarWriter) import; borderless table; 2035 column; 性质', 'PC-PERIOD 死亡率 only for 2035'),
 'lanshan-15th-growth': ('Table Grid; 类别 column (not merged); 年均增长（%） column; a row split across a page break with no repeated header; 目录', 'PC-REGRESS 森林 66 < base 66.8; PC-INTERNAL 粮食 table 15.5 vs text 16.5 (warning)'),
 'jianghua-15th-star': ('three-line table (CSS); ★ after names + 注 note; 2035 column; PM2.5 浓度 (county, meets assignment); CO2 as a number (16 ≥ 14); 到 2030 年 with spaces; 附表 (three-line)', 'none'),
 'jingkai-15th-borderless': ('borderless table; 主要指标/2025年现状值/2030年规划目标/性质; list-style goals with 突破/以内; 超过 in text', 'none'),
 'huilongxu-15th-grid': ('no cover; Table Grid with rowspan 类别 + 序号; 基期值/目标值; 注： note; 左右 quota row', 'PC-STRICT 受教育年限 11.2 < 11.5; PC-DEFERRED CO2 12 < 14'),
 'jindong-15th-threeline': ('three-line table; units in names; look-alike 清洁能源占比 (also in text)', 'PC-COVERAGE 非化石 (only 清洁能源占比); PC-STRICT 优良水体 95 < 100'),
 'ningyuan-15th-comment': ('Table Grid, rowspan 类别, narrow name column; 计量单位/2025年基数/2030年目标; look-alike 每千人口医疗卫生机构床位数; alias 非化石能源消费比重; 「“十五五”末」; deferred 以省市下达任务为准 in table and text', 'PC-STRICT 死亡率 0.03 > 0.0217; PC-QUOTA 粮食 44 < 45.5'),
 'lingling-15th-landscape': ('landscape section with 责任单位 and 备注; ★ before names + 注 note; title 「…和二〇三五年远景目标纲要」; 目录; 2035 text target', 'none'),
 'qiyang-15th-lohtml': ('LibreOffice HTML (StarWriter) import; no cover; Table Grid; spaced names; list-style goals with five targets', 'none'),
 'daoxian-energy-special': ('county special plan (energy); Table Grid with a two-row header; 备注; non-catalog energy rows (能源消费总量, 煤炭消费比重, 能耗降低) and look-alike 清洁能源占比; 兆瓦 in text (not a catalog indicator)', 'PC-COVERAGE 能源综合生产能力; PC-ATTR 单位GDP二氧化碳排放降低 预期性'),
 'dongan-education-special': ('county special plan (education); three-line table; 2025年现状值/2030年规划目标; look-alike 新增劳动力平均受教育年限 (table and text); 2027 text target of a non-catalog indicator', 'none'),
 'yongzhou-water-special': ('city special plan (water); Table Grid with vMerge 类别, 序号, 备注; 附表 with the same 8 columns', 'PC-STRICT 优良水体 98 < 100; PC-BASE base 98 vs 100 (warning)'),
 'yongzhou-health-special': ('city special plan (health, no binding indicator in its domain); Table Grid with rowspan 类别; look-alike 每千人口医疗卫生机构床位数; bases equal to the city plan; 2035 text target', 'none'),
}
