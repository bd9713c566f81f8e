/**
 * Outcomes stated in words on made-up reports written the way work reports are: the next
 * report's review says a target was missed (预期增长目标未能实现), exceeded (超过全年预期目标)
 * or that a growth indicator's amount fell (出现下降), with or without a number. Words name one
 * indicator or none; a number outranks words; words and a number that disagree give 无法判断.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildSpeechRecord } from '../../../src/lib/speech-record';
import { indicatorSeries, type IndicatorYear } from '../../../src/lib/edition/indicators/index';
import { coreSubject } from '../../../src/lib/edition/indicators/match';
import { readClause } from '../../../src/lib/edition/indicators/statements';

const definitions = parse(readFileSync('content/indicators.yaml', 'utf8'));

/** A made-up national report given in `year`, `body` after its opening. */
function report(year: number, body: string) {
  const opening = `政府工作报告\n——${year}年3月5日在第十三届全国人民代表大会第三次会议上\n国务院总理 张三\n各位代表：\n现在，我向大会报告工作，请予审议。\n`;
  return buildSpeechRecord(`cn-${year}-zhengfu-gongzuo-baogao`, opening + body);
}

const TARGETS = report(
  2020,
  `一、2020年工作安排
今年发展的主要预期目标是：城镇新增就业900万人以上，居民消费价格涨幅3.5%左右，进出口增长6%左右。
`,
);

const review = (text: string) => report(2021, `一、2020年工作回顾\n${text}\n`);

/** 2020 as judged by a 2021 report whose review of 2020 is `text`. */
function judged(id: string, text: string): IndicatorYear {
  const series = indicatorSeries(definitions, [TARGETS, review(text)]).find((s) => s.id === id)!;
  return series.years.find((y) => y.year === 2020)!;
}

describe('a verdict in words decides when no number does', () => {
  it('出现下降，预期增长目标未能实现: 未达到, the clause quoted with its paragraph', () => {
    const text = '过去一年，受外需萎缩影响，进出口总额出现下降，预期增长目标未能实现。';
    const y = judged('trade-growth-cn', text);
    const record = review(text);
    const paragraph = record.paragraphs.find((p) => record.text.slice(p.start, p.end) === text)!;
    expect(y.outcome).toBeNull();
    expect(y.verdict).toBe('missed');
    expect(y.statement).toMatchObject({
      speech: 'cn-2021-zhengfu-gongzuo-baogao',
      source: '2021年国务院政府工作报告',
      paragraph: paragraph.id,
      quote: '进出口总额出现下降，预期增长目标未能实现。',
      reads: 'missed',
    });
    const working = y.working.join('');
    expect(working).toContain(
      `2021年国务院政府工作报告第${paragraph.ordinal}段说：“进出口总额出现下降，预期增长目标未能实现。”`,
    );
    expect(working).toContain('所以未达到。');
    expect(working).not.toMatch(/[,;:()]/);
  });

  it('a fall alone settles a growth target: below 0% is short of 6%左右', () => {
    const y = judged('trade-growth-cn', '过去一年，我国进出口总额出现下降。');
    expect(y.verdict).toBe('missed');
    expect(y.statement?.reads).toBe('below-zero');
    expect(y.working.join('')).toContain('低于0%不在这个范围内，所以未达到');
  });

  it('prices that fell are within a ceiling; a fall of the rate (涨幅下降) settles nothing', () => {
    expect(judged('cpi-cn', '过去一年，居民消费价格下降。').verdict).toBe('met');
    const rate = judged('cpi-cn', '过去一年，居民消费价格涨幅有所下降。');
    expect([rate.verdict, rate.statement]).toEqual(['unknown', null]);
  });

  it('the verdict may name its indicator: 进出口增长目标没有完成', () => {
    expect(judged('trade-growth-cn', '过去一年，外需低迷，进出口增长目标没有完成。').verdict).toBe(
      'missed',
    );
  });

  it('超过 or 低于 the target reads by the indicator’s direction', () => {
    expect(judged('cpi-cn', '过去一年，居民消费价格涨幅低于预期目标。').verdict).toBe('met');
    expect(judged('cpi-cn', '过去一年，居民消费价格涨幅超过预期目标。').verdict).toBe('missed');
  });
});

describe('words that settle nothing', () => {
  const none = (id: string, text: string) => {
    const y = judged(id, text);
    expect([y.verdict, y.statement], text).toEqual(['unknown', null]);
  };

  it('a verdict on another subject in the same sentence does not count', () => {
    none('trade-growth-cn', '过去一年，进出口总额保持稳定，居民收入增长目标未能实现。');
    // Beside trade's own number, a verdict on 居民收入 neither overturns nor joins it.
    const y = judged('trade-growth-cn', '过去一年，进出口总额增长5.9%，居民收入增长目标未能实现。');
    expect([y.verdict, y.statement]).toEqual(['met', null]);
    // Two clauses on, the verdict's topic is the clause just before it, which names no indicator.
    none('trade-growth-cn', '过去一年，进出口总额保持稳定，外需低迷，预期目标未能实现。');
  });

  it('a verdict naming another indicator counts for that one only', () => {
    const text = '过去一年，进出口总额保持稳定，城镇新增就业目标未能实现。';
    none('trade-growth-cn', text);
    expect(judged('urban-jobs-cn', text).verdict).toBe('missed');
  });

  it('a general verdict (主要目标任务全面完成) names no indicator', () => {
    none('trade-growth-cn', '过去一年，全面完成全年主要目标任务，进出口总额稳中有进。');
    none('trade-growth-cn', '过去一年，进出口总额稳中有进，圆满完成全年主要预期目标。');
    none('trade-growth-cn', '过去一年，进出口总额稳中有进，主要预期目标全面完成。');
  });

  it('a level (保持较低水平), a fall of a count, and words of other periods settle nothing', () => {
    none('cpi-cn', '过去一年，居民消费价格涨幅保持较低水平。');
    none('urban-jobs-cn', '过去一年，城镇新增就业有所减少。');
    none('trade-growth-cn', '这五年，进出口总额出现下降，预期增长目标未能实现。');
    none('trade-growth-cn', '前三季度，进出口总额出现下降。');
  });

  it('a province quoting the nation’s words states nothing of its own', () => {
    const plans = buildSpeechRecord(
      'hunan-2020-zhengfu-gongzuo-baogao',
      '政府工作报告\n——2020年1月12日在湖南省第十三届人民代表大会第三次会议上\n湖南省省长 张三\n各位代表：\n一、2020年工作安排\n今年的主要预期目标是：进出口增长6%左右。\n',
    );
    const next = buildSpeechRecord(
      'hunan-2021-zhengfu-gongzuo-baogao',
      '政府工作报告\n——2021年1月12日在湖南省第十三届人民代表大会第四次会议上\n湖南省省长 张三\n各位代表：\n一、2020年工作回顾\n过去一年，全国进出口总额出现下降，预期增长目标未能实现。\n',
    );
    const y = indicatorSeries(definitions, [plans, next])
      .find((s) => s.id === 'trade-growth-hunan')!
      .years.find((x) => x.year === 2020)!;
    expect([y.verdict, y.statement]).toEqual(['unknown', null]);
  });

  it('words about this year (今年) are plans, not outcomes', () => {
    const plans = report(
      2020,
      `一、2020年工作安排
今年发展的主要预期目标是：进出口增长6%左右。今年，进出口增长目标未能实现的风险较大。
`,
    );
    const y = indicatorSeries(definitions, [plans])
      .find((s) => s.id === 'trade-growth-cn')!
      .years.find((x) => x.year === 2020)!;
    expect(y.statement).toBeNull();
  });

  it('without a target the words judge nothing', () => {
    const alone = report(
      2021,
      '一、2020年工作回顾\n过去一年，进出口总额出现下降，预期增长目标未能实现。\n',
    );
    expect(indicatorSeries(definitions, [alone]).some((s) => s.id === 'trade-growth-cn')).toBe(
      false,
    );
  });
});

describe('a number outranks words', () => {
  it('words that agree with the number are cited beside it', () => {
    const y = judged('urban-jobs-cn', '过去一年，城镇新增就业1100万人，超过全年预期目标。');
    expect(y.verdict).toBe('met');
    expect(y.outcome?.value).toBe(1100);
    expect(y.working.join('')).toContain('与数字一致');
  });

  it('words that disagree with a number that decides give 无法判断, saying why', () => {
    const y = judged('urban-jobs-cn', '过去一年，城镇新增就业800万人，超过全年预期目标。');
    expect(y.verdict).toBe('unknown');
    const working = y.working.join('');
    expect(working).toContain('按数字是未达到');
    expect(working).toContain('按文字是达到');
    expect(working).toContain('数字和文字说法不一，所以无法判断');
    // A quoted sentence inside a sentence drops its own stop: “……超过全年预期目标”，按文字….
    expect(working).toContain('“城镇新增就业800万人，超过全年预期目标”，按文字是达到');
  });

  it('a number that does not settle it (超过800万人 against 900万人以上) leaves it to the words', () => {
    const y = judged('urban-jobs-cn', '过去一年，城镇新增就业超过800万人，超过全年预期目标。');
    expect(y.outcome).toMatchObject({ value: 800, bound: 'over' });
    expect(y.verdict).toBe('met');
    expect(y.working.join('')).toContain('数字说不清；');
  });

  it('for any outcome, words never overturn a number that decides', () => {
    const PHRASES = ['超过全年预期目标', '预期目标未能实现', '低于预期目标'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 500, max: 1500 }),
        fc.constantFrom(...PHRASES),
        (jobs, phrase) => {
          const y = judged('urban-jobs-cn', `过去一年，城镇新增就业${jobs}万人，${phrase}。`);
          const byNumber = jobs >= 900 ? 'met' : 'missed';
          const byWords = phrase === '超过全年预期目标' ? 'met' : 'missed';
          expect(y.verdict).toBe(byNumber === byWords ? byNumber : 'unknown');
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('clauses', () => {
  it('a clause with a number is never read as words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (n) => {
        expect(readClause(`进出口总额下降${n}%`, definitions)).toBeNull();
      }),
    );
  });

  it('a verdict’s subject names an indicator whole, or it counts for none', () => {
    const aliases = definitions.flatMap((d: { aliases: string[] }) => d.aliases);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...aliases),
          fc
            .array(
              fc.constantFrom('进', '出', '口', '总', '额', '收', '入', '主', '要', '但', '去年'),
            )
            .map((parts) => parts.join('')),
        ),
        (subject) => {
          const reading = readClause(`${subject}增长目标未能实现`, definitions);
          const core = coreSubject(subject);
          if (core === '') expect(reading?.indicator).toBeNull();
          else if (aliases.includes(core)) expect(reading?.indicator?.aliases).toContain(core);
          else expect(reading).toBeNull();
        },
      ),
    );
  });
});
