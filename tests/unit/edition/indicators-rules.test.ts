/**
 * How the indicator model reads reports nobody has seen: made-up reports written the way work
 * reports are (a review of last year opened by 过去一年 or a heading 2019年工作回顾, a five-year
 * review opened by 这五年, this year's targets after 主要预期目标), and the frames that decide
 * which year a number is about.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { indicatorSeries } from '../../../src/lib/edition/indicators/index';
import {
  frameAt,
  frameAtStart,
  headingFrame,
  paragraphFrames,
} from '../../../src/lib/edition/indicators/frames';
import { coreSubject } from '../../../src/lib/edition/indicators/match';

const definitions = parse(readFileSync('content/indicators.yaml', 'utf8'));

const PLACES: Record<string, string> = { hunan: '湖南省', cn: '全国' };

/** A made-up report given in `year` in the place `key` (hunan or cn), `body` after its opening. */
function report(key: string, year: number, body: string, topic = 'zhengfu-gongzuo-baogao') {
  const place = PLACES[key]!;
  const national = place === '全国';
  const venue = national
    ? '第十三届全国人民代表大会第三次会议'
    : `${place}第十三届人民代表大会第三次会议`;
  const speaker = national ? '国务院总理 张三' : `${place}省长 张三`;
  const opening = `政府工作报告\n——${year}年3月5日在${venue}上\n${speaker}\n各位代表：\n现在，我向大会报告工作，请予审议。\n`;
  return buildSpeechRecord(`${key}-${year}-${topic}`, opening + body);
}

const points = (records: ReturnType<typeof report>[]) =>
  indicatorSeries(definitions, records).flatMap((s) =>
    s.points.map((p) => `${s.id} ${p.year} ${p.role} ${p.text}`),
  );

describe('frames', () => {
  it('period words opening a clause set the year, several years, or an unknown frame', () => {
    expect(frameAtStart('过去一年，全省', 2020)).toEqual({ kind: 'year', year: 2019 });
    expect(frameAtStart('一年来，我们', 2020)).toEqual({ kind: 'year', year: 2019 });
    expect(frameAtStart('各位代表！刚刚过去的2019年，', 2020)).toEqual({
      kind: 'year',
      year: 2019,
    });
    expect(frameAtStart('今年经济社会发展', 2020)).toEqual({ kind: 'year', year: 2020 });
    expect(frameAtStart('过去五年，', 2020)).toEqual({ kind: 'years' });
    expect(frameAtStart('五年来，', 2020)).toEqual({ kind: 'years' });
    expect(frameAtStart('“十三五”时期', 2020)).toEqual({ kind: 'years' });
    expect(frameAtStart('2010年以来', 2020)).toEqual({ kind: 'years' });
    expect(frameAtStart('2015年，', 2020)).toEqual({ kind: 'unknown' });
    expect(frameAtStart('是近年来最大降幅', 2020)).toBeNull();
  });

  it('a heading naming last year and a five-year period sets an unknown frame', () => {
    expect(headingFrame('一、2019年工作回顾', 2020)).toEqual({ kind: 'year', year: 2019 });
    expect(headingFrame('三、2020年重点工作', 2020)).toEqual({ kind: 'year', year: 2020 });
    expect(headingFrame('一、2019年和“十三五”时期工作回顾', 2020)).toEqual({ kind: 'unknown' });
    expect(headingFrame('二、“十四五”时期主要目标任务', 2020)).toEqual({ kind: 'years' });
    expect(headingFrame('四、加强政府自身建设', 2020)).toBeNull();
  });

  it('a frame opened inside a sentence holds only to the end of its paragraph', () => {
    const text = '今年要稳就业。加快建设，“十五五”内消除断头路。\n城镇新增就业50万人以上。';
    const first = text.indexOf('\n');
    const marks = [
      ...paragraphFrames(text, 0, first, 2026),
      ...paragraphFrames(text, first + 1, text.length, 2026),
    ];
    expect(frameAt(marks, text.indexOf('消除'))).toEqual({ kind: 'years' });
    expect(frameAt(marks, text.indexOf('50万人'))).toEqual({ kind: 'year', year: 2026 });
  });
});

describe('subjects compared with aliases', () => {
  it('sets aside words that only frame the subject, and nothing else', () => {
    expect(coreSubject('但赤字率')).toBe('赤字率');
    expect(coreSubject('把居民消费价格涨幅')).toBe('居民消费价格涨幅');
    expect(coreSubject('粮食产量要')).toBe('粮食产量');
    expect(coreSubject('全省城镇新增就业')).toBe('城镇新增就业');
    expect(coreSubject('中央财政赤字')).toBe('中央财政赤字');
  });
});

describe('made-up reports', () => {
  const hunan = report(
    'hunan',
    2020,
    `一、2019年工作回顾
过去一年，全省经济平稳运行。地区生产总值增长7.6%，高于7.5%左右的预期目标，城镇新增就业76万人，全国居民消费价格上涨2.9%。
这五年，我们坚持稳中求进。
城镇新增就业380万人，地区生产总值增长7.9%。
二、2020年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长7.5%左右，城镇新增就业70万人以上，城镇调查失业率5.5%以内。
`,
  );

  it('reads last year’s outcomes and this year’s targets, and nothing of the five years', () => {
    expect(points([hunan])).toEqual([
      'gdp-growth-hunan 2019 outcome 7.6%',
      'gdp-growth-hunan 2020 target 7.5%左右',
      'urban-jobs-hunan 2019 outcome 76万人',
      'urban-jobs-hunan 2020 target 70万人以上',
      'surveyed-unemployment-hunan 2020 target 5.5%以内',
    ]);
  });

  it('a province never borrows the national number it quotes (全国居民消费价格上涨2.9%)', () => {
    expect(points([hunan]).some((p) => p.startsWith('cpi'))).toBe(false);
  });

  it('a national and a provincial report make separate series, each judged by its own', () => {
    const national2021 = report(
      'cn',
      2021,
      `一、2020年工作回顾
过去一年，国内生产总值增长2.3%，城镇新增就业1186万人。
`,
    );
    const series = indicatorSeries(definitions, [hunan, national2021]);
    const hunanJobs = series.find((s) => s.id === 'urban-jobs-hunan')!;
    expect(hunanJobs.years.find((y) => y.year === 2020)?.verdict).toBe('unknown');
    expect(hunanJobs.years.find((y) => y.year === 2020)?.outcome).toBeNull();
    const cnJobs = series.find((s) => s.id === 'urban-jobs-cn')!;
    expect(cnJobs.points.map((p) => p.value)).toEqual([1186]);
  });

  it('next year’s report states the outcome: the target is judged, with its working', () => {
    const hunan2021 = report(
      'hunan',
      2021,
      `一、2020年工作回顾
过去一年，面对疫情冲击，地区生产总值增长3.8%，城镇新增就业72万人，城镇调查失业率5.1%。
`,
    );
    const series = indicatorSeries(definitions, [hunan2021, hunan]);
    const year = (id: string) =>
      series.find((s) => s.id === id)!.years.find((y) => y.year === 2020)!;
    expect(year('gdp-growth-hunan').verdict).toBe('missed');
    expect(year('urban-jobs-hunan').verdict).toBe('met');
    expect(year('surveyed-unemployment-hunan').verdict).toBe('met');
    expect(year('gdp-growth-hunan').working.join('')).toContain('3.8%不在这个范围内，所以未达到');
  });

  it('two different targets for one year give 无法判断, naming both', () => {
    const twice = report(
      'hunan',
      2020,
      `一、2020年工作安排
今年的主要预期目标是：城镇新增就业70万人以上。
今年城镇新增就业要达到75万人以上。
`,
      'liangci',
    );
    const next = report(
      'hunan',
      2021,
      `一、2020年工作回顾
过去一年，城镇新增就业80万人。
`,
      'liangci',
    );
    const year = indicatorSeries(definitions, [twice, next])
      .find((s) => s.id === 'urban-jobs-hunan')!
      .years.find((y) => y.year === 2020)!;
    expect(year.target).toBeNull();
    expect(year.verdict).toBe('unknown');
    expect(year.working.join('')).toContain('70万人以上、75万人以上');
  });

  it('part of a year is no year’s outcome, and last year recalled among plans is an aside', () => {
    const early = report(
      'hunan',
      2020,
      `一、2019年工作回顾
前三季度，地区生产总值增长7.6%。
二、2020年工作安排
去年，我们顶住了压力。
城镇新增就业70万人以上。
`,
    );
    expect(points([early])).toEqual(['urban-jobs-hunan 2020 target 70万人以上']);
  });
});
