/**
 * The indicator model on the six corpus reports. Expected values were written from reading the
 * texts (iconv -f GB18030 for the national ones): the 2014 report's targets for 2014 (一、…二、
 * 2014年工作总体部署: 国内生产总值增长7.5%左右，居民消费价格涨幅控制在3.5%左右，城镇新增就业
 * 1000万人以上，城镇登记失业率控制在4.6%以内；今年进出口总额预期增长7.5%左右), the 2015
 * report's review of 2014 (增长7.4%，城镇新增就业1322万人，居民消费价格上涨2%，粮食产量达到
 * 6.07亿吨) and its targets for 2015 (7%左右，3%左右，1000万人以上，4.5%以内，进出口增长6%左右),
 * the 2016 report's review of 2015 (增长6.9%，城镇新增就业1312万人，超过全年预期目标; prices only
 * 保持较低水平, no number; trade in words: 去年我国进出口总额出现下降，预期增长目标未能实现) and its
 * five-year review (年均增长7.8%，城镇新增就业人数超过6400万人), which is no one year's outcome.
 * The reviews' general verdicts (完成了全年主要目标任务; 2014: 圆满实现全年经济社会发展主要预期目标)
 * name no indicator.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSpeechRecord, type SpeechRecord } from '../../../src/lib/speech-record';
import {
  indicatorSeries,
  type IndicatorSeries,
  type IndicatorYear,
} from '../../../src/lib/edition/indicators/index';

const CORPUS = 'tests/fixtures/corpus';
const definitions = parse(readFileSync('content/indicators.yaml', 'utf8'));
let records: SpeechRecord[];
let series: IndicatorSeries[];

beforeAll(() => {
  records = readdirSync(CORPUS)
    .filter((slug) => !slug.endsWith('.md'))
    .map((slug) => buildSpeechRecord(slug, readFileSync(`${CORPUS}/${slug}/source.txt`)));
  series = indicatorSeries(definitions, records);
}, 60_000);

const seriesOf = (id: string): IndicatorSeries => {
  const found = series.find((s) => s.id === id);
  expect(found, id).toBeDefined();
  return found!;
};
const yearOf = (id: string, year: number): IndicatorYear => {
  const found = seriesOf(id).years.find((y) => y.year === year);
  expect(found, `${id} ${year}`).toBeDefined();
  return found!;
};
const brief = (y: IndicatorYear) => ({
  target: y.target && { value: y.target.value, bound: y.target.bound, speech: y.target.speech },
  outcome: y.outcome && {
    value: y.outcome.value,
    bound: y.outcome.bound,
    speech: y.outcome.speech,
  },
  verdict: y.verdict,
});

const R2014 = 'cn-2014-zhengfu-gongzuo-baogao';
const R2015 = 'cn-2015-zhengfu-gongzuo-baogao';
const R2016 = 'cn-2016-zhengfu-gongzuo-baogao';

describe('national targets matched to the outcomes stated a year later', () => {
  // [series, year, target (value, bound, report), outcome (value, report) or null, verdict]
  const MATCHED = [
    ['gdp-growth-cn', 2014, [7.5, 'about', R2014], [7.4, R2015], 'met'],
    ['gdp-growth-cn', 2015, [7, 'about', R2015], [6.9, R2016], 'met'],
    ['cpi-cn', 2014, [3.5, 'about', R2014], [2, R2015], 'met'],
    // 2016年的报告只说“居民消费价格涨幅保持较低水平”，没有数字。
    ['cpi-cn', 2015, [3, 'about', R2015], null, 'unknown'],
    ['urban-jobs-cn', 2014, [1000, 'at-least', R2014], [1322, R2015], 'met'],
    ['urban-jobs-cn', 2015, [1000, 'at-least', R2015], [1312, R2016], 'met'],
  ] as const;

  it.each(MATCHED)('%s %i: target %j, outcome %j, %s', (id, year, target, outcome, verdict) => {
    expect(brief(yearOf(id, year))).toEqual({
      target: { value: target[0], bound: target[1], speech: target[2] },
      outcome: outcome && { value: outcome[0], bound: 'exact', speech: outcome[1] },
      verdict,
    });
  });

  it('城镇登记失业率 and 2014 进出口: targets set, outcomes not stated at all, so 无法判断', () => {
    expect(brief(yearOf('registered-unemployment-cn', 2014)).target).toEqual({
      value: 4.6,
      bound: 'at-most',
      speech: R2014,
    });
    expect(brief(yearOf('registered-unemployment-cn', 2015)).target?.value).toBe(4.5);
    expect(brief(yearOf('trade-growth-cn', 2014)).target).toEqual({
      value: 7.5,
      bound: 'about',
      speech: R2014,
    });
    expect(brief(yearOf('trade-growth-cn', 2015)).target?.value).toBe(6);
    for (const [id, year] of [
      ['registered-unemployment-cn', 2014],
      ['registered-unemployment-cn', 2015],
      ['trade-growth-cn', 2014],
    ] as const) {
      const y = yearOf(id, year);
      expect(y.outcome).toBeNull();
      expect(y.statement).toBeNull();
      expect(y.verdict).toBe('unknown');
      expect(y.working.join('')).toContain(`${year + 1}年国务院政府工作报告没有用数字写出`);
    }
  });

  it('粮食产量: 2014 stated as 6.07亿吨 (60700万吨); 2015 target 5.5亿吨以上', () => {
    expect(brief(yearOf('grain-output-cn', 2014)).outcome).toEqual({
      value: 60700,
      bound: 'exact',
      speech: R2015,
    });
    expect(brief(yearOf('grain-output-cn', 2015)).target).toEqual({
      value: 55000,
      bound: 'at-least',
      speech: R2015,
    });
  });

  it('赤字率 and 财政赤字 are levels planned each year, never judged without an outcome', () => {
    expect(seriesOf('deficit-ratio-cn').years.map((y) => [y.year, y.target?.value])).toEqual([
      [2014, 2.1],
      [2015, 2.3],
      [2016, 3],
    ]);
    expect(seriesOf('fiscal-deficit-cn').years.map((y) => [y.year, y.target?.value])).toEqual([
      [2014, 13500],
      [2015, 16200],
      [2016, 21800],
    ]);
    for (const id of ['deficit-ratio-cn', 'fiscal-deficit-cn'])
      expect(seriesOf(id).years.every((y) => y.verdict === 'unknown')).toBe(true);
  });

  it('the 2014 report’s review gives 2013’s outcomes, with no 2013 target to judge them by', () => {
    const y = yearOf('gdp-growth-cn', 2013);
    expect(brief(y)).toEqual({
      target: null,
      outcome: { value: 7.7, bound: 'exact', speech: R2014 },
      verdict: 'unknown',
    });
    expect(yearOf('cpi-cn', 2013).outcome?.value).toBe(2.6);
  });

  it('at least five indicators have their 2014 and 2015 targets matched to outcomes', () => {
    const matched = new Set(
      series
        .filter((s) => s.place.key === 'cn')
        .filter((s) =>
          [2014, 2015].every((year) => s.years.some((y) => y.year === year && y.target)),
        )
        .map((s) => s.indicator.id),
    );
    expect(matched.size).toBeGreaterThanOrEqual(5);
  });
});

describe('outcomes stated in words', () => {
  it('2015 进出口: the 2016 report says the growth target was missed, so 未达到', () => {
    const y = yearOf('trade-growth-cn', 2015);
    expect(brief(y)).toEqual({
      target: { value: 6, bound: 'about', speech: R2015 },
      outcome: null,
      verdict: 'missed',
    });
    expect(y.statement).toMatchObject({
      speech: R2016,
      source: '2016年国务院政府工作报告',
      quote: '去年我国进出口总额出现下降，预期增长目标未能实现。',
      reads: 'missed',
    });
    const record = records.find((r) => r.slug === R2016)!;
    const paragraph = record.paragraphs.find((p) => p.id === y.statement!.paragraph)!;
    expect(record.text.slice(paragraph.start, paragraph.end)).toContain(
      '在充分肯定去年成绩的同时，我们也清醒看到',
    );
    const working = y.working.join('');
    expect(working).toContain(
      `2016年国务院政府工作报告第${paragraph.ordinal}段说：“去年我国进出口总额出现下降，预期增长目标未能实现。”`,
    );
    expect(working).toContain('所以未达到。');
    expect(working).not.toMatch(/[,;:()]/);
  });

  it('2015 城镇新增就业: 1312万人 decides; 超过全年预期目标 agrees and is cited', () => {
    const y = yearOf('urban-jobs-cn', 2015);
    expect(y.verdict).toBe('met');
    expect(y.statement).toMatchObject({
      quote: '城镇新增就业1312万人，超过全年预期目标',
      reads: 'met',
    });
    expect(y.working.join('')).toContain('与数字一致');
  });

  it('2015 prices (保持较低水平) and the general verdicts settle nothing; no other words count', () => {
    expect([yearOf('cpi-cn', 2015).verdict, yearOf('cpi-cn', 2015).statement]).toEqual([
      'unknown',
      null,
    ]);
    const stated = series.flatMap((s) =>
      s.years.filter((y) => y.statement !== null).map((y) => `${s.id} ${y.year}`),
    );
    expect(stated).toEqual(['urban-jobs-cn 2015', 'trade-growth-cn 2015']);
  });
});

describe('what is not one year’s outcome', () => {
  it('the five-year review (年均增长7.8%, 城镇新增就业人数超过6400万人) gives no point', () => {
    const points = series.flatMap((s) => s.points);
    expect(points.some((p) => p.value === 7.8 && p.speech === R2016)).toBe(false);
    expect(points.some((p) => p.value === 6400)).toBe(false);
    // 这五年 … 城镇新增就业261.6万人 in Yunnan's review of the 十四五 period.
    expect(points.some((p) => p.value === 261.6)).toBe(false);
    // The 十三五 plan in the 2016 report: 城镇新增就业5000万人以上 over five years.
    expect(points.some((p) => p.value === 5000)).toBe(false);
  });

  it('an increase over last year (比上年增加1500亿元) is not the year’s deficit', () => {
    expect(seriesOf('fiscal-deficit-cn').points.map((p) => p.value)).toEqual([13500, 16200, 21800]);
  });

  it('last year’s level recalled among this year’s plans (从去年的2.1%提高到2.3%) is no outcome', () => {
    expect(seriesOf('deficit-ratio-cn').points.every((p) => p.role === 'target')).toBe(true);
  });
});

describe('places', () => {
  it('a provincial series never joins the national one', () => {
    for (const s of series) {
      const speeches = new Set(s.points.map((p) => p.speech.split('-')[0]));
      expect([...speeches], s.id).toEqual([s.place.key]);
      expect(s.id).toBe(`${s.indicator.id}-${s.place.key}`);
    }
    expect(seriesOf('gdp-growth-cn').place).toEqual({ key: 'cn', name: '全国' });
    expect(seriesOf('gdp-growth-yunnan').place.name).toBe('云南省');
  });

  it('a province’s 2026 targets await their outcome, and its 2025 outcome its target', () => {
    // 云南: 地区生产总值增长4.5%左右 (2026 target); 完成地区生产总值32765亿元、增长4.1% (2025).
    expect(brief(yearOf('gdp-growth-yunnan', 2026)).target?.value).toBe(4.5);
    expect(brief(yearOf('gdp-growth-yunnan', 2025)).outcome?.value).toBe(4.1);
    // 四川: 城镇新增就业85万人 (target, in the list of 主要预期目标); 全省城镇新增就业107万人 (2025).
    expect(brief(yearOf('urban-jobs-sichuan', 2026)).target?.value).toBe(85);
    expect(brief(yearOf('urban-jobs-sichuan', 2025)).outcome?.value).toBe(107);
    // 广东: 地区生产总值增长4.5%—5%, a range; 增长3.9% in 2025.
    const gd = yearOf('gdp-growth-guangdong', 2026).target;
    expect([gd?.value, gd?.high, gd?.bound]).toEqual([4.5, 5, 'range']);
    const y = yearOf('gdp-growth-yunnan', 2026);
    expect(y.verdict).toBe('unknown');
    expect(y.working.join('')).toContain('2026年的结果还不在本站收录的报告里');
  });
});

describe('points', () => {
  it('trace to their figure and clause, ordered by year then target first', () => {
    for (const s of series) {
      const keys = s.points.map((p) => p.year * 2 + (p.role === 'target' ? 0 : 1));
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
      for (const p of s.points) {
        const record = records.find((r) => r.slug === p.speech)!;
        const figure = record.figures.find((f) => f.id === p.figure)!;
        expect(figure.paragraph).toBe(p.paragraph);
        expect(p.quote).toContain(p.text);
      }
    }
    const target = yearOf('gdp-growth-cn', 2014).target!;
    expect(target.text).toBe('7.5%左右');
    expect(target.quote).toContain('国内生产总值增长7.5%左右');
    expect(target.source).toBe('2014年国务院政府工作报告');
  });

  it('the working of a met 左右 target says how 左右 was read', () => {
    const working = yearOf('gdp-growth-cn', 2014).working.join('');
    expect(working).toContain('目标：7.5%左右（2014年国务院政府工作报告）');
    expect(working).toContain('结果：7.4%（2015年国务院政府工作报告）');
    expect(working).toContain('7.125%至7.875%');
    expect(working).toContain('达到（在“左右”范围内）');
    expect(working).not.toMatch(/[,;:()]/);
  });
});
