import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../src/lib/figures/index';
import type { Check, FigureSet } from '../../../src/lib/figures/types';
import { linesToSpeech } from './helpers';
import { parsedSeed } from './seed';

const seed = extractFigures(parsedSeed());

/** The check on the relation whose members include every figure text given. */
function checkOn(set: FigureSet, type: string, ...texts: string[]): Check {
  const idOf = (t: string) => set.figures.find((f) => f.text === t)?.id;
  const relation = set.relations.find(
    (r) => r.type === type && texts.every((t) => r.members.some((m) => m.figure === idOf(t))),
  );
  const check = set.checks.find((c) => c.relation === relation?.id);
  if (check === undefined) throw new Error(`no ${type} check on ${texts.join(', ')}`);
  expect(check.working.length).toBeGreaterThan(0);
  return check;
}

describe('checks on the seed', () => {
  it('adds parts to wholes: 124 = 14 + 110, 1977 = 1957 + 20', () => {
    expect(checkOn(seed, 'part-whole', '124项', '14项', '110项')).toMatchObject({
      verdict: 'consistent',
      computed: { value: 14 + 110 },
    });
    expect(checkOn(seed, 'part-whole', '1977个', '1957个', '20个')).toMatchObject({
      verdict: 'consistent',
      computed: { value: 1957 + 20 },
    });
  });

  it('checks the shares 98.99% = 1957/1977 and 1.01% = 20/1977', () => {
    const big = checkOn(seed, 'share', '98.99%', '1957个', '1977个');
    expect(big.verdict).toBe('consistent');
    expect(big.computed!.value).toBeCloseTo((1957 / 1977) * 100, 6);
    expect(big.tolerance).toBeCloseTo(0.005, 9);
    const small = checkOn(seed, 'share', '1.01%', '20个', '1977个');
    expect(small.verdict).toBe('consistent');
    expect(small.computed!.value).toBeCloseTo((20 / 1977) * 100, 6);
  });

  it('works out the multiple of 1200 → 1.48万平方米 and the growth of 1.6万 → 3.71万', () => {
    const hall = checkOn(seed, 'before-after', '1200平方米', '1.48万平方米');
    // Only the direction of 增加到 can be checked: the size of the change is not stated twice.
    expect(hall.verdict).toBe('direction');
    expect(hall.computed!.value).toBeCloseTo(14800 / 1200, 6);
    expect(hall.computed!.low).toBeCloseTo(14750 / 1200, 6);
    expect(hall.working.join('')).toContain('12.33倍');
    expect(
      checkOn(seed, 'before-after', '1.6万平方米', '3.71万平方米').computed!.value,
    ).toBeCloseTo(37100 / 16000, 6);
  });

  it('checks the stated reductions 40.5% (74 → 44) and 12.7% (244 → 213)', () => {
    const first = checkOn(seed, 'stated-change', '74项', '44项', '40.5%');
    expect(first.verdict).toBe('consistent');
    expect(first.computed!.value).toBeCloseTo((30 / 74) * 100, 6);
    const second = checkOn(seed, 'stated-change', '244项', '213项', '12.7%');
    expect(second.verdict).toBe('consistent');
    expect(second.computed!.value).toBeCloseTo((31 / 244) * 100, 6);
    expect(second.tolerance).toBeCloseTo(0.05, 9);
  });

  it('follows the direction of 降到 and 减少为 (25.4 → 7.5 个工作日, 10 → 3 个环节)', () => {
    expect(checkOn(seed, 'before-after', '25.4个工作日', '7.5个工作日').verdict).toBe('direction');
    expect(checkOn(seed, 'before-after', '10个环节', '3个环节').computed!.value).toBeCloseTo(
      0.3,
      9,
    );
  });

  it('finds 整改率60.45% of 890 consistent with 538 problems rectified', () => {
    const check = checkOn(seed, 'ratio', '890个', '60.45%');
    expect(check.verdict).toBe('consistent');
    expect(check.computed!.value).toBeCloseTo(890 * 0.6045, 6);
    expect(check.working.join('')).toContain('538');
  });

  it('finds 平均每天新增193户 inconsistent with 22.66万户 over five years, and says what period it implies', () => {
    const check = checkOn(seed, 'rate-per-period', '22.66万户', '193户');
    expect(check.verdict).toBe('inconsistent');
    expect(check.computed!.value).toBeCloseTo(226600 / 1826, 6);
    expect(check.computed!.low).toBeCloseTo(226550 / 1827, 6);
    expect(check.assumptions.join('')).toMatch(/1826至1827天/);
    expect(check.working.join('')).toContain(`约${Math.round(226600 / 193)}天`);
  });

  it('finds 平均每天300户 inconsistent with 3.87万户 in the first half-year (181 days)', () => {
    const check = checkOn(seed, 'rate-per-period', '3.87万户', '300户');
    expect(check.verdict).toBe('inconsistent');
    expect(check.computed!.value).toBeCloseTo(38700 / 181, 6);
    expect(check.assumptions.join('')).toContain('181天');
  });

  it('shows the total implied by 0.13% with the range its rounding allows, uncheckable', () => {
    const check = checkOn(seed, 'share', '134项', '0.13?%');
    expect(check.verdict).toBe('uncheckable');
    expect(check.computed!.value).toBeCloseTo(134 / 0.0013, 3);
    expect(check.computed!.low).toBeCloseTo(134 / 0.00135, 3);
    expect(check.computed!.high).toBeCloseTo(134 / 0.00125, 3);
  });

  it('sums the rank distribution 7 + 9 + 13 + 7 + 4', () => {
    const check = checkOn(seed, 'rank-distribution', '7个全省第一', '4个第五');
    expect(check.computed!.value).toBe(7 + 9 + 13 + 7 + 4);
    expect(check.verdict).toBe('uncheckable');
  });

  it('sets the 8000份左右 forecast against 3790 this year and 36960 over five years', () => {
    const check = checkOn(seed, 'forecast', '36960份', '3790份', '8000份左右');
    expect(check.verdict).toBe('uncheckable');
    expect(check.working.join('')).toContain(`${36960 / 5}份`);
    expect(check.working.join('')).toContain(`${8000 - 3790}份`);
  });

  it('has a check for every relation that implies arithmetic, each with a known verdict', () => {
    const verdicts = new Set(['consistent', 'direction', 'inconsistent', 'uncheckable']);
    for (const c of seed.checks) expect(verdicts.has(c.verdict)).toBe(true);
    const relationIds = new Set(seed.relations.map((r) => r.id));
    for (const c of seed.checks) expect(relationIds.has(c.relation)).toBe(true);
    expect(new Set(seed.relations.map((r) => r.id)).size).toBe(seed.relations.length);
  });
});

describe('relations and checks in report-style sentences', () => {
  const gdp = extractFigures(
    linesToSpeech(['五年来,国内生产总值从54万亿元增加到82.7万亿元,年均增长7.1%。']),
  );

  it('finds two amounts, a growth, a before/after and a growth relation', () => {
    expect(gdp.figures.map((f) => [f.text, f.value, f.kind])).toEqual([
      ['54万亿元', 54e12, 'amount'],
      ['82.7万亿元', 82.7e12, 'amount'],
      ['7.1%', 7.1, 'growth'],
    ]);
    expect(gdp.relations.map((r) => r.type)).toEqual(['before-after', 'growth']);
  });

  it('checks 7.1% a year over five years, saying real and nominal may differ', () => {
    const check = checkOn(gdp, 'growth', '54万亿元', '82.7万亿元', '7.1%');
    // 54万亿元 × 1.071^5, written in 万亿 as the report writes it.
    expect(check.working[0]).toContain(`${(54 * 1.071 ** 5).toFixed(2)}`);
    expect(check.working[0]).toContain('万亿元');
    expect(check.computed!.value).toBeCloseTo(((82.7 / 54) ** (1 / 5) - 1) * 100, 6);
    expect([...check.working, ...check.assumptions].join('')).toMatch(/可比价格/);
    expect(check.assumptions.join('')).toMatch(/5年/);
    expect(check.verdict).toBe('uncheckable');
  });

  it('assumes no period when the sentence states none: it says how many years the rate implies', () => {
    const bare = extractFigures(linesToSpeech(['企业数量从1000户增加到2000户,年均增长14.9%。']));
    const check = checkOn(bare, 'growth', '1000户', '2000户', '14.9%');
    expect(check.verdict).toBe('uncheckable');
    // 1.149^5 ≈ 2.0: doubling at 14.9% a year takes about five years.
    expect(check.working.join('')).toContain('约需5年');
    expect(check.working.join('')).toContain('没有写明年数');
  });

  it('flags a part-whole that does not add up when the text says the parts are all of it', () => {
    const set = extractFigures(
      linesToSpeech(['共有项目100个,分为新建和续建两类,其中新建60个、续建30个。']),
    );
    expect(checkOn(set, 'part-whole', '100个', '60个', '30个').verdict).toBe('inconsistent');
  });

  it('does not sum parts the text does not call complete', () => {
    const set = extractFigures(linesToSpeech(['共有项目100个,其中新建60个、续建30个。']));
    expect(checkOn(set, 'part-whole', '100个', '60个', '30个').verdict).toBe('uncheckable');
  });

  it('flags a stated reduction that the before and after do not give', () => {
    const set = extractFigures(linesToSpeech(['审批事项由200项减少到150项,减少幅度达30%。']));
    expect(checkOn(set, 'stated-change', '200项', '150项', '30%').verdict).toBe('inconsistent');
  });

  it('flags 增加到 when the number fell', () => {
    const set = extractFigures(linesToSpeech(['网点从500个增加到450个。']));
    expect(checkOn(set, 'before-after', '500个', '450个').verdict).toBe('inconsistent');
  });

  it('relates a 同比 growth to the amount it grew', () => {
    const set = extractFigures(linesToSpeech(['今年上半年,新增市场主体3.87万户,同比增长34.67%。']));
    expect(checkOn(set, 'growth', '3.87万户', '34.67%').computed!.value).toBeCloseTo(
      38700 / 1.3467,
      6,
    );
  });

  it('checks a per-day rate over a full year', () => {
    const set = extractFigures(linesToSpeech(['全年新增企业3650户,平均每天新增10户。']));
    expect(checkOn(set, 'rate-per-period', '3650户', '10户').verdict).toBe('consistent');
  });
});

describe('ranks, with and without editors’ context', () => {
  const nine = {
    rankTotals: [{ scope: '全省', total: 9, what: '贵州省的9个地级行政区', source: '常识' }],
    rankTotalByFigure: [],
  };
  const hall = (context?: typeof nine) =>
    checkOn(extractFigures(parsedSeed(), context), 'rank', '第四位', '倒数第一');

  it('cannot be checked when nothing says how many places are ranked', () => {
    const c = hall();
    expect(c.verdict).toBe('uncheckable');
    expect(c.working.join('')).toContain('多少个单位');
  });

  it('places each rank among the places the context gives, and shows the movement', () => {
    const c = hall(nine);
    expect(c.verdict).toBe('consistent');
    const working = c.working.join('\n');
    expect(working).toContain('共9个单位');
    expect(working).toContain('倒数第一即第9位');
    expect(working).toContain('上升5位');
    expect(c.assumptions.join('')).toContain('常识');
  });

  it('says so when a rank lies outside the places ranked', () => {
    const three = { ...nine, rankTotals: [{ ...nine.rankTotals[0]!, total: 3 }] };
    expect(hall(three).verdict).toBe('inconsistent');
  });
});
