import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import { linesToSpeech } from './helpers';

/** Figures of one sentence as [text, value, unit, kind]. */
function figuresOf(sentence: string) {
  return extractFigures(linesToSpeech([sentence])).figures.map((f) => [
    f.text,
    f.value,
    f.unit,
    f.kind,
  ]);
}

// Sentences in the style of national and provincial work reports; expectations written by hand.
const TABLE: [string, string, [string, number, string, string][]][] = [
  [
    'Arabic with decimals',
    '全年粮食产量1.3万亿斤以上,城镇新增就业1361万人。',
    [
      ['1.3万亿斤以上', 1300000000000, '斤', 'other'],
      ['1361万人', 13610000, '人', 'count'],
    ],
  ],
  ['thousands separators', '全省共建成5G基站1,234个。', [['1,234个', 1234, '个', 'count']]],
  ['full-width digits', '市级共承接下放事项１２４项。', [['１２４项', 124, '项', 'count']]],
  [
    'Chinese numeral with units',
    '全年共办理一百二十四项。',
    [['一百二十四项', 124, '项', 'count']],
  ],
  ['两千', '新建村级服务站两千个。', [['两千个', 2000, '个', 'count']]],
  ['十几 as a lower bound', '建成十几个产业园区。', [['十几个', 10, '个', 'count']]],
  ['三成', '农民收入三成来自务工。', [['三成', 30, '%', 'percent']]],
  ['百分之三十', '财政支出的百分之三十用于民生。', [['百分之三十', 30, '%', 'percent']]],
  ['一半', '一半以上的事项实现网上办理。', [['一半以上', 50, '%', 'percent']]],
  ['两千多', '培训两千多人次。', [['两千多人次', 2000, '人次', 'count']]],
  ['万 multiplier', '改造棚户区1.48万平方米。', [['1.48万平方米', 14800, '平方米', 'area']]],
  ['万亿', '国内生产总值达到82.7万亿元。', [['82.7万亿元', 82700000000000, '元', 'amount']]],
  ['亿元', '完成固定资产投资1234.5亿元。', [['1234.5亿元', 123450000000, '元', 'amount']]],
  ['8000多万', '贫困人口减少8000多万。', [['8000多万', 80000000, '', 'other']]],
  ['两千多万', '带动两千多万人就业。', [['两千多万人', 20000000, '人', 'count']]],
  ['个百分点', '城镇化率提高1.2个百分点。', [['1.2个百分点', 1.2, '个百分点', 'change']]],
  ['倍', '出口额增长到原来的3倍。', [['3倍', 3, '倍', 'ratio']]],
  [
    '公里 and 亩',
    '新建高速公路560公里,高标准农田80万亩。',
    [
      ['560公里', 560, '公里', 'length'],
      ['80万亩', 800000, '亩', 'area'],
    ],
  ],
  [
    '名 户 家 份',
    '招募志愿者300名,帮扶120户,引进企业45家,发放证书900份。',
    [
      ['300名', 300, '名', 'count'],
      ['120户', 120, '户', 'count'],
      ['45家', 45, '家', 'count'],
      ['900份', 900, '份', 'count'],
    ],
  ],
  ['个工作日', '审批时限压缩至5个工作日。', [['5个工作日', 5, '个工作日', 'duration']]],
  ['bare number', '空气质量优良天数比例指数为85.3。', [['85.3', 85.3, '', 'other']]],
  [
    'qualifiers before',
    '近3000人参加,约20个部门参与,超过60%的乡镇覆盖,逾百家企业。',
    [
      ['近3000人', 3000, '人', 'count'],
      ['约20个', 20, '个', 'count'],
      ['超过60%', 60, '%', 'percent'],
    ],
  ],
  [
    'qualifiers after',
    '新增就业1100万人以上,培训500人左右,建成10余个基地,引进300多家企业。',
    [
      ['1100万人以上', 11000000, '人', 'count'],
      ['500人左右', 500, '人', 'count'],
      ['10余个', 10, '个', 'count'],
      ['300多家', 300, '家', 'count'],
    ],
  ],
  ['range with 至', '新建3至5个示范区。', [['3至5个', 3, '个', 'count']]],
  ['percent range', '预期增长10%—15%。', [['10%—15%', 10, '%', 'growth']]],
  [
    'ranks',
    '总量排第3位,增速排全省第四位,去年居全省倒数第一。',
    [
      ['第3位', 3, '位', 'rank'],
      ['第四位', 4, '位', 'rank'],
      ['倒数第一', 1, '位', 'rank'],
    ],
  ],
  ['居全国前列 is not a figure', '主要指标居全国前列。', []],
  [
    'rank counts',
    '主要指标中有7个全省第一、9个第二、13个第三。',
    [
      ['7个全省第一', 7, '个', 'rank-count'],
      ['9个第二', 9, '个', 'rank-count'],
      ['13个第三', 13, '个', 'rank-count'],
    ],
  ],
  [
    'growth, change and rate kinds',
    '同比增长6.5%,减少幅度达40.5%,平均每天新增193户。',
    [
      ['6.5%', 6.5, '%', 'growth'],
      ['40.5%', 40.5, '%', 'change'],
      ['193户', 193, '户', 'rate'],
    ],
  ],
  ['dates and years are not figures', '2018年8月9日召开会议,2016年前完成,今年4月通报。', []],
  ['time spans are scope', '五年来成效显著,六年来同期新高,近5年持续增长,10年来首次。', []],
  ['list markers', '一、总体情况 第一,放权。一是明放暗不放,二是配马不配鞍。(一)加强领导', []],
  [
    'names and slogans',
    '探索“10+N”模式,推进“一网通办”,实现一人就业、全家脱贫,建设“十三五”规划项目。',
    [],
  ],
  [
    '500强 is a label but the count after it is a figure',
    '引进500强企业67家。',
    [['67家', 67, '家', 'count']],
  ],
  [
    'announced structure and frequency prose',
    '我讲三点意见,分四个方面,坚持每周一次例会,召开一个会议。',
    [],
  ],
  ['titles of documents', '印发《三年行动计划(2018—2020年)》。', []],
];

describe('figures in report-style sentences', () => {
  it.each(TABLE)('%s', (_label, sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });

  it('keeps the upper end of a range', () => {
    const [range] = extractFigures(linesToSpeech(['新建3至5个示范区。'])).figures;
    expect([range?.value, range?.valueHigh]).toEqual([3, 5]);
    const [pct] = extractFigures(linesToSpeech(['预期增长10%—15%。'])).figures;
    expect([pct?.value, pct?.valueHigh]).toEqual([10, 15]);
  });

  it('records what each qualifier means for the bound', () => {
    const bounds = extractFigures(
      linesToSpeech(['近3000人,约20个,超过60%,逾100家,1100万人以上,500人左右,10余个,十几个。']),
    ).figures.map((f) => [f.text, f.qualifier?.bound]);
    expect(bounds).toEqual([
      ['近3000人', 'nearly'],
      ['约20个', 'approx'],
      ['超过60%', 'moreThan'],
      ['逾100家', 'moreThan'],
      ['1100万人以上', 'atLeast'],
      ['500人左右', 'approx'],
      ['10余个', 'moreThan'],
      ['十几个', 'moreThan'],
    ]);
  });
});
