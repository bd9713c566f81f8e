import { describe, expect, it } from 'vitest';
import { extractFigureList } from '../../../src/lib/figures/extract';
import { extractFigures } from '../../../src/lib/figures/index';
import { parseNumber } from '../../../src/lib/figures/numbers';
import { linesToSpeech } from './helpers';

/** Figures of one sentence as [text, value, unit, kind, qualifier word or null, valueHigh?]. */
function figuresOf(sentence: string) {
  return extractFigureList(linesToSpeech([sentence])).figures.map((f) => {
    const row: (string | number | null)[] = [
      f.text,
      f.value,
      f.unit,
      f.kind,
      f.qualifier?.word ?? null,
    ];
    if (f.valueHigh !== undefined) row.push(f.valueHigh);
    return row;
  });
}

// Each form as reports write it; the expected values are read off the Chinese by hand.
const FORMS: [string, string, (string | number | null)[][]][] = [
  ['mixed 万 and 千 with 多', '全县有3万2千多户。', [['3万2千多户', 32000, '户', 'count', '多']]],
  ['亿 and 千多万', '完成投资1亿5千多万元。', [['1亿5千多万元', 150000000, '元', 'amount', '多']]],
  ['千多 alone', '培训6千多人。', [['6千多人', 6000, '人', 'count', '多']]],
  ['万千百 as one figure', '全村5万4千6百人。', [['5万4千6百人', 54600, '人', 'count', null]]],
  ['colloquial 四百五', '全村共有四百五户。', [['四百五户', 450, '户', 'count', null]]],
  ['colloquial 两千四百五', '招聘两千四百五人。', [['两千四百五人', 2450, '人', 'count', null]]],
  ['colloquial 一万二', '接待一万二人次。', [['一万二人次', 12000, '人次', 'count', null]]],
  ['Chinese decimal', '达到十五点七万人。', [['十五点七万人', 157000, '人', 'count', null]]],
  ['万 after 万 is 亿', '四万万同胞。', []],
  ['fraction', '三分之一的村实现脱贫。', [['三分之一', 100 / 3, '%', 'percent', null]]],
  [
    'fraction with 以上',
    '三分之二以上的企业复工。',
    [['三分之二以上', 200 / 3, '%', 'percent', '以上']],
  ],
  ['a slash fraction', '约占全国1/10。', [['1/10', 10, '%', 'percent', null]]],
  ['千分之 with decimals', '不良率为千分之2.4。', [['千分之2.4', 0.24, '%', 'percent', null]]],
  ['千分之一', '误差不到千分之一。', [['不到千分之一', 0.1, '%', 'percent', '不到']]],
  [
    '百分之 with a Chinese decimal',
    '增长百分之六点五。',
    [['百分之六点五', 6.5, '%', 'growth', null]],
  ],
  ['成 with 半', '三成半的农户参保。', [['三成半', 35, '%', 'percent', null]]],
  ['翻了一番', '经济总量翻了一番。', [['翻了一番', 2, '倍', 'ratio', null]]],
  ['翻两番', '人均收入翻两番。', [['翻两番', 4, '倍', 'ratio', null]]],
  ['GWh', '新型储能装机5GWh。', [['5GWh', 5, 'GWh', 'other', null]]],
  ['EFLOPS', '智能算力达到2.5EFLOPS。', [['2.5EFLOPS', 2.5, 'EFLOPS', 'other', null]]],
  ['P of compute', '算力规模达到4000P。', [['4000P', 4000, 'P', 'other', null]]],
  ['an age as a figure', '人均预期寿命提高到80岁以上。', [['80岁以上', 80, '岁', 'other', '以上']]],
  ['a rank reached', '电解铝运行产能提升至全国第2位。', [['第2位', 2, '位', 'rank', null]]],
  ['万千瓦', '装机容量1200万千瓦。', [['1200万千瓦', 12000000, '千瓦', 'other', null]]],
  ['亿千瓦时', '发电量300亿千瓦时。', [['300亿千瓦时', 30000000000, '千瓦时', 'other', null]]],
  [
    'a count of 百亿元级 clusters',
    '形成12个百亿元级产业集群。',
    [['12个', 12, '个', 'count', null]],
  ],
  ['元/月', '最低工资标准2000元/月。', [['2000元/月', 2000, '元/月', 'amount', null]]],
  ['人次/日', '接待游客5万人次/日。', [['5万人次/日', 50000, '人次/日', 'count', null]]],
  [
    'a period stated before the amount',
    '标准从每人每月209元提高到217元。',
    [
      ['209元', 209, '元/月', 'rate', null],
      ['217元', 217, '元/月', 'amount', null],
    ],
  ],
  ['元/年 with ／', '补助标准600元／年。', [['600元／年', 600, '元/年', 'amount', null]]],
  ['个百分点', '城镇化率提高3个百分点。', [['3个百分点', 3, '个百分点', 'change', null]]],
  [
    'a ratio to one',
    '收入比由2.9∶1缩小至2.52∶1。',
    [
      ['2.9∶1', 2.9, '∶1', 'ratio', null],
      ['2.52∶1', 2.52, '∶1', 'ratio', null],
    ],
  ],
  ['万 counts the noun after it', '惠及13亿中国人。', [['13亿', 1300000000, '', 'other', null]]],
  [
    'a bare item before 和 takes the unit after',
    '分别高4.2和0.7个百分点。',
    [
      ['4.2', 4.2, '个百分点', 'change', null],
      ['0.7个百分点', 0.7, '个百分点', 'change', null],
    ],
  ],
  ['editions held', '成功举办3届博览会。', [['3届', 3, '届', 'count', null]]],
  ['a Label, not a unit', '建成5G基站1万个。', [['1万个', 10000, '个', 'count', null]]],
];

const SIGNS: [string, string, (string | number | null)[][]][] = [
  ['hyphen minus', '工业增加值增长-6.8%。', [['-6.8%', -6.8, '%', 'growth', null]]],
  ['minus before an amount', '利润为-10000元。', [['-10000元', -10000, '元', 'amount', null]]],
  ['负 with Chinese numerals', '气温低至负三十二度。', [['负三十二度', -32, '度', 'other', null]]],
  ['U+2212 minus', '增速为−5%。', [['−5%', -5, '%', 'percent', null]]],
  ['full-width minus', '增速为－1.5%。', [['－1.5%', -1.5, '%', 'percent', null]]],
  ['负 before Arabic', '净流出负1.1万人。', [['负1.1万人', -11000, '人', 'count', null]]],
  ['下降 stays a word', '能耗下降6.8%。', [['6.8%', 6.8, '%', 'growth', null]]],
  [
    'a hyphen after a number joins a range',
    '预期增长6%-7%。',
    [['6%-7%', 6, '%', 'growth', null, 7]],
  ],
];

const RANGES_AND_QUALIFIERS: [string, string, (string | number | null)[][]][] = [
  ['range 至 before 倍', '是原来的6至7倍。', [['6至7倍', 6, '倍', 'ratio', null, 7]]],
  ['range with hyphen', '补贴3000-5000元。', [['3000-5000元', 3000, '元', 'amount', null, 5000]]],
  [
    'range with the unit twice',
    '奖励3000元-5000元。',
    [['3000元-5000元', 3000, '元', 'amount', null, 5000]],
  ],
  ['多', '建成100多个。', [['100多个', 100, '个', 'count', '多']]],
  ['余', '举办活动3万余场次。', [['3万余场次', 30000, '场次', 'count', '余']]],
  ['近', '惠及近3000人。', [['近3000人', 3000, '人', 'count', '近']]],
  ['超', '完成投资超1000亿元。', [['超1000亿元', 100000000000, '元', 'amount', '超']]],
  ['超过', '覆盖率超过60%。', [['超过60%', 60, '%', 'percent', '超过']]],
  ['左右', '涨幅3%左右。', [['3%左右', 3, '%', 'percent', '左右']]],
  ['以上', '新增就业1100万人以上。', [['1100万人以上', 11000000, '人', 'count', '以上']]],
  ['以内', '赤字率控制在3%以内。', [['3%以内', 3, '%', 'percent', '以内']]],
];

const NOT_FIGURES: [string, string][] = [
  ['十四五 unquoted', '十四五时期是关键五年。'],
  ['十四五 quoted', '编制“十四五”规划。'],
  ['a bare number in quotes', '坚持“1310”思路，实施“3815”战略。'],
  ['a Chinese count in a slogan', '落实三个定位，做到两个维护。'],
  ['第N届', '召开第十届全会。'],
  ['党的二十届', '学习党的二十届四中全会精神。'],
  ['N年前 is a time', '相当于10年前的水平。'],
  ['a type number', '防治2型糖尿病。'],
  ['a date range', '11月6日至10日举行。'],
  ['a date with hyphens', '发布日期：2026-02-03。'],
  ['a list marker', '7.“四新”产业'],
  ['a list number in brackets', '（2）预期增长。'],
  ['an age naming a group', '为65岁及以上老年人和0—6岁儿童提供服务。'],
  ['连续N年 is how long a record held', '连续9年获评优秀。'],
  ['a colon ratio', '三次产业比重为4.0∶37.7∶58.3。'],
  ['a time with 点', '下午三点五十分开会。'],
  ['an enumeration', '一二三产业融合发展。'],
];

describe('number forms', () => {
  it.each(FORMS)('%s', (_label, sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });
});

describe('signs are kept and shown', () => {
  it.each(SIGNS)('%s', (_label, sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });
});

describe('ranges and approximations', () => {
  it.each(RANGES_AND_QUALIFIERS)('%s', (_label, sentence, expected) => {
    expect(figuresOf(sentence)).toEqual(expected);
  });
});

describe('numbers that are not figures', () => {
  it.each(NOT_FIGURES)('%s', (_label, sentence) => {
    expect(figuresOf(sentence)).toEqual([]);
  });
});

describe('分别 lists', () => {
  it('splits a list into one figure per item, each with its own subject and the shared unit', () => {
    const figures = extractFigureList(
      linesToSpeech(['单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。']),
    ).figures;
    expect(figures.map((f) => [f.text, f.subject, f.kind])).toEqual([
      ['23%', '单位国内生产总值用水量', 'growth'],
      ['15%', '能耗', 'growth'],
      ['18%', '二氧化碳排放量', 'growth'],
    ]);
  });

  it('gives a before/after pair of lists the same items, and a head the last item carries', () => {
    const figures = extractFigureList(
      linesToSpeech([
        '困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。',
      ]),
    ).figures;
    expect(figures.map((f) => [f.text, f.subject])).toEqual([
      ['209元', '困难残疾人生活补贴标准'],
      ['280元', '重度残疾人护理补贴标准'],
      ['217元', '困难残疾人生活补贴标准'],
      ['290元', '重度残疾人护理补贴标准'],
    ]);
  });

  it('gives a bare item the unit written once after the last', () => {
    expect(figuresOf('两项补贴分别为209、280元。')).toEqual([
      ['209', 209, '元', 'amount', null],
      ['280元', 280, '元', 'amount', null],
    ]);
  });
});

describe('rounding follows the last written digit', () => {
  it('reads the place of mixed and Chinese forms', () => {
    expect(parseNumber('22.66万')?.place).toBe(100);
    expect(parseNumber('3万')?.place).toBe(10000);
    expect(parseNumber('四百五')?.place).toBe(10);
    expect(parseNumber('1,100.9亿')?.value).toBe(110090000000);
  });

  it('gives a fraction half a part of tolerance and 千分之 a tenth of a percentage point', () => {
    const [third] = extractFigureList(linesToSpeech(['三分之一的村。'])).figures;
    expect(third?.rounding).toBeCloseTo(50 / 3, 6);
    const [permille] = extractFigureList(linesToSpeech(['千分之2.4的比例。'])).figures;
    expect(permille?.rounding).toBeCloseTo(0.005, 9);
  });
});

describe('a change in percentage points', () => {
  it('is never checked as a percentage change (no false 不符)', () => {
    for (const sentence of [
      '城镇化率从50%提高到53%，提高3个百分点。',
      '赤字率从2.3%提高到3%，上升0.7个百分点。',
    ]) {
      const { checks } = extractFigures(linesToSpeech([sentence]));
      expect(checks.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
    }
  });
});
