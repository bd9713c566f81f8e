import { describe, expect, it } from 'vitest';
import { indicatorCsv, indicatorJson } from '../../../src/lib/site/indicator-files';
import type { CitedPoint, IndicatorView } from '../../../src/lib/site/indicator-view';
import { readCsv, runsAsFormula } from './read-csv';

const point = (over: Partial<CitedPoint>): CitedPoint => ({
  speech: 'cn-2014-zhengfu-gongzuo-baogao',
  source: '2014年国务院政府工作报告',
  figure: 'xinzeng-jiuye-1000wan-renyishang',
  paragraph: 'p17',
  year: 2014,
  role: 'target',
  value: 1000,
  bound: 'at-least',
  text: '1000万人以上',
  quote: '城镇新增就业1000万人以上',
  page: '/speeches/cn-2014-zhengfu-gongzuo-baogao/figures/xinzeng-jiuye-1000wan-renyishang/',
  where: '2014年国务院政府工作报告，第17段',
  ...over,
});

const target = point({});
const outcome = point({
  speech: 'cn-2015-zhengfu-gongzuo-baogao',
  source: '2015年国务院政府工作报告',
  figure: 'xinzeng-jiuye-1322wan-ren',
  paragraph: 'p3',
  role: 'outcome',
  value: 1322,
  bound: 'exact',
  text: '1322万人',
  // A quote a spreadsheet would run as a formula, were it not neutralised.
  quote: '=HYPERLINK("http://example.com","1322万人")',
  page: '/speeches/cn-2015-zhengfu-gongzuo-baogao/figures/xinzeng-jiuye-1322wan-ren/',
  where: '2015年国务院政府工作报告，第3段',
});

const view = {
  series: {
    id: 'urban-jobs-cn',
    indicator: {
      id: 'urban-jobs',
      name: '城镇新增就业',
      aliases: [],
      unit: '万人',
      direction: 'at-least',
    },
    place: { key: 'cn', name: '全国' },
    points: [target, outcome],
    years: [],
  },
  years: [
    {
      year: 2014,
      target,
      outcome,
      verdict: 'met',
      verdictName: '达到',
      working: ['目标：1000万人以上。', '结果：1322万人。', '所以达到。'],
    },
    {
      year: 2015,
      target: null,
      outcome: null,
      statement: {
        speech: 'cn-2016-zhengfu-gongzuo-baogao',
        source: '2016年国务院政府工作报告',
        paragraph: 'p23',
        quote: '去年我国进出口总额出现下降，预期增长目标未能实现。',
        reads: 'missed',
        page: '/speeches/cn-2016-zhengfu-gongzuo-baogao/read/#p23',
        where: '2016年国务院政府工作报告，第23段',
      },
      verdict: 'missed',
      verdictName: '未达到',
      working: [],
    },
    {
      year: 2016,
      target: null,
      outcome: null,
      statement: null,
      verdict: 'unknown',
      verdictName: '无法判断',
      working: [],
    },
  ],
} as unknown as IndicatorView;

describe('indicator files', () => {
  const rows = readCsv(indicatorCsv(view).slice(1));

  it('writes a CSV row a year with both values, where they stand, the verdict and its working', () => {
    const [head, y2014, y2015, y2016] = rows;
    const at = (row: string[] | undefined, column: string) => row?.[head!.indexOf(column)];
    expect(rows).toHaveLength(4);
    const expected: [string[] | undefined, string, string][] = [
      [y2014, '年份', '2014'],
      [y2014, '目标（原文）', '1000万人以上'],
      [y2014, '目标出处', '2014年国务院政府工作报告，第17段'],
      [y2014, '结果数值', '1322'],
      [
        y2014,
        '结果页面',
        'http://localhost:4321/speeches/cn-2015-zhengfu-gongzuo-baogao/figures/xinzeng-jiuye-1322wan-ren/',
      ],
      [y2014, '判断', '达到'],
      [y2014, '推理', '目标：1000万人以上。结果：1322万人。所以达到。'],
      // An outcome stated in words: no number, its clause and the paragraph it stands in.
      [y2015, '结果（原文）', ''],
      [y2015, '结果原句', '去年我国进出口总额出现下降，预期增长目标未能实现。'],
      [
        y2015,
        '结果页面',
        'http://localhost:4321/speeches/cn-2016-zhengfu-gongzuo-baogao/read/#p23',
      ],
      [y2015, '判断', '未达到'],
      [y2016, '结果（原文）', ''],
      [y2016, '判断', '无法判断'],
    ];
    for (const [row, column, value] of expected) expect(at(row, column), column).toBe(value);
  });

  it('keeps a quoted clause from running as a formula', () => {
    for (const row of rows) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
  });

  it('writes JSON with the page of the series and absolute figure pages', () => {
    const json = JSON.parse(indicatorJson(view)) as {
      url: string;
      years: { outcome: { page: string } | null; statement?: { page: string } | null }[];
    };
    expect(json.url).toBe('http://localhost:4321/indicators/urban-jobs-cn/');
    expect(json.years[0]?.outcome?.page).toMatch(/^http:\/\/localhost:4321\/speeches\/cn-2015-/);
    expect(json.years[2]?.outcome).toBeNull();
    expect(json.years[1]?.statement?.page).toBe(
      'http://localhost:4321/speeches/cn-2016-zhengfu-gongzuo-baogao/read/#p23',
    );
  });
});
