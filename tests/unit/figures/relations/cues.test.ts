/**
 * Each cue gives the relation the text states, and none where it states none: the false
 * relations and verdicts found on real reports (issue 10, “Why”) each give no relation or the
 * right one. Sentences are the reports’ own.
 */
import { describe, expect, it } from 'vitest';
import { checkOf, read, relationsOf } from './find';

describe('其中: parts of a whole', () => {
  it('sums parts the text marks complete (中央/地方), passing over the change before 其中', () => {
    const set = read(
      '今年拟安排财政赤字13500亿元，比上年增加1500亿元，其中中央财政赤字9500亿元，由中央代地方发债4000亿元。',
    );
    expect(relationsOf(set, 'part-whole')).toEqual([
      [
        ['whole', '13500亿元'],
        ['part', '9500亿元'],
        ['part', '4000亿元'],
      ],
    ]);
    expect(checkOf(set, 'part-whole').verdict).toBe('consistent');
  });

  it('finds parts in the next sentence (。其中，), and writes the sum as a reader would', () => {
    const set = read(
      '今年拟安排财政赤字2.18万亿元，比去年增加5600亿元，赤字率提高到3%。其中，中央财政赤字1.4万亿元，地方财政赤字7800亿元。',
    );
    expect(relationsOf(set, 'part-whole')).toEqual([
      [
        ['whole', '2.18万亿元'],
        ['part', '1.4万亿元'],
        ['part', '7800亿元'],
      ],
    ]);
    const check = checkOf(set, 'part-whole');
    expect(check.verdict).toBe('consistent');
    expect(check.working.join('')).toContain('1.4万亿元 + 7800亿元 = 2.18万亿元');
  });

  it('follows the parts across a semicolon when the list is complete (2015 deficit)', () => {
    const set = read(
      '今年拟安排财政赤字1.62万亿元，比去年增加2700亿元。其中，中央财政赤字1.12万亿元，增加1700亿元；地方财政赤字5000亿元，增加1000亿元。',
    );
    expect(relationsOf(set, 'part-whole')).toEqual([
      [
        ['whole', '1.62万亿元'],
        ['part', '1.12万亿元'],
        ['part', '5000亿元'],
      ],
    ]);
    expect(checkOf(set, 'part-whole').verdict).toBe('consistent');
  });

  it('does not sum one part against the whole (实有经营主体688.3万户，其中企业162.5万户)', () => {
    const set = read('实有经营主体688.3万户，其中企业162.5万户、增长1.1倍。');
    const check = checkOf(set, 'part-whole');
    expect(check.verdict).toBe('uncheckable');
    expect(check.working.join('')).not.toContain('差额');
  });

  it('does not run on into the next clause of a semicolon list that is not complete', () => {
    const set = read(
      '市级共承接下放的行政审批事项124项，其中国务院下放14项、省政府下放110项；市级取消调整行政审批事项195项。',
    );
    expect(relationsOf(set, 'part-whole')[0]).not.toContainEqual(['part', '195项']);
    expect(set.checks.every((c) => c.verdict !== 'inconsistent')).toBe(true);
  });

  it('takes no per-person figure for a whole (食品抽检量超每千人6.6批次)', () => {
    const set = read('食品抽检量超每千人6.6批次，其中开展食品抽检超5万批次。');
    expect(relationsOf(set, 'part-whole')).toEqual([]);
  });

  it('sums parts a count marks complete (分为…两类) and flags them when they do not add up', () => {
    const set = read('共有项目100个，分为新建和续建两类，其中新建60个、续建30个。');
    expect(checkOf(set, 'part-whole').verdict).toBe('inconsistent');
  });
});

describe('占: shares', () => {
  it('does not check “超过1.9万公里占12.1万公里” against 占世界60%', () => {
    const set = read('铁路营业里程达到12.1万公里，其中高速铁路超过1.9万公里，占世界60%以上。');
    const shares = relationsOf(set, 'share');
    expect(shares).toHaveLength(1);
    expect(shares[0]).not.toContainEqual(['whole', '12.1万公里']);
    expect(checkOf(set, 'share').verdict).toBe('uncheckable');
  });

  it('gives a share with its own subject no part (完成投资近1万亿元，产业投资占全部投资比重从…)', () => {
    const set = read('完成投资近1万亿元，产业投资占全部投资比重从26.7%提高到52.1%。');
    expect(relationsOf(set, 'share')).toEqual([]);
  });
});

describe('从/由…到: before and after', () => {
  it('reads years between (从2020年的X提升到2025年的Y)', () => {
    const set = read('常住人口城镇化率从2020年的60.3%提升到2025年的65.2%。');
    expect(relationsOf(set, 'before-after')).toEqual([
      [
        ['before', '60.3%'],
        ['after', '65.2%'],
      ],
    ]);
    const check = checkOf(set, 'before-after');
    expect(check.verdict).toBe('direction');
    expect(check.working.join('')).toContain('4.9个百分点');
  });

  it('lines up 分别 lists into pairs', () => {
    const set = read('城乡低保标准分别从每人每月209元、280元提高到217元、290元。');
    expect(relationsOf(set, 'before-after')).toEqual([
      [
        ['before', '209元'],
        ['after', '217元'],
      ],
      [
        ['before', '280元'],
        ['after', '290元'],
      ],
    ]);
  });

  it('says 不符 when the verb and the numbers disagree, and nothing of a ratio written with ∶', () => {
    expect(checkOf(read('网点从500个增加到450个。'), 'before-after').verdict).toBe('inconsistent');
    const ratio = read('城乡居民收入比由2.9∶1缩小至2.52∶1。');
    expect(ratio.checks.filter((c) => c.verdict === 'inconsistent')).toEqual([]);
  });
});

describe('比…增加, 个百分点: changes', () => {
  it('reads 上升3个百分点，达到51.2% as a change implying 48.2%', () => {
    const set = read('消费对经济增长的贡献率上升3个百分点，达到51.2%。');
    expect(relationsOf(set, 'change')).toEqual([
      [
        ['change', '3个百分点'],
        ['after', '51.2%'],
      ],
    ]);
    expect(checkOf(set, 'change').working.join('')).toContain('51.2% − 3个百分点 = 48.2%');
  });

  it('reads 比上年增加1500亿元 as a change of the amount before it', () => {
    const set = read('今年拟安排财政赤字13500亿元，比上年增加1500亿元。');
    expect(relationsOf(set, 'change')).toEqual([
      [
        ['after', '13500亿元'],
        ['change', '1500亿元'],
      ],
    ]);
    expect(checkOf(set, 'change').working.join('')).toContain('1.2万亿元');
  });
});

describe('年均增长: growth over a stated period', () => {
  it('never compounds rates listed after a pair of levels (参保率…分别提高84%)', () => {
    const set = read(
      '基本养老保险参保率从91%提高到95%，城乡居民基础养老金、城市低保、农村低保标准分别提高84%、40%、59%。',
    );
    expect(relationsOf(set, 'growth')).toEqual([]);
    expect(set.checks.every((c) => !c.working.join('').includes('^'))).toBe(true);
  });

  it('does not compound a growth rate of a rate', () => {
    const set = read('参保率从91%提高到95%，年均增长0.8%。');
    const check = checkOf(set, 'growth');
    expect(check.verdict).toBe('uncheckable');
    expect(check.working.join('')).not.toContain('^');
  });

  it('takes the years from the text (从2020年的…到2025年的…): 100 → 200 at 14.9% a year', () => {
    const set = read('企业数量从2020年的100万户增加到2025年的200万户，年均增长14.9%。');
    const check = checkOf(set, 'growth');
    // 2^(1/5) − 1 = 14.87%, 14.9% when rounded.
    expect(check.computed!.value).toBeCloseTo((2 ** (1 / 5) - 1) * 100, 6);
    expect(check.verdict).toBe('consistent');
  });

  it('relates 比上年增长 to the amount it directly follows', () => {
    const set = read('国内生产总值达到56.9万亿元，比上年增长7.7%。');
    expect(relationsOf(set, 'growth')).toEqual([
      [
        ['amount', '56.9万亿元'],
        ['growth', '7.7%'],
      ],
    ]);
  });
});

describe('平均每天, 整改率: rates', () => {
  it('takes a per-person standard for no rate per period', () => {
    const set = read(
      '集中供养孤儿基本生活保障标准从每人每月2375元提高到2423元，散居孤儿从每人每月1536元提高到1567元。',
    );
    expect(relationsOf(set, 'rate-per-period')).toEqual([]);
  });

  it('does not multiply a rate by whatever count stands in the sentence', () => {
    expect(
      relationsOf(
        read('基础教育公办学位增加326万个，高等教育毛入学率从53.4%提高到63%以上。'),
        'ratio',
      ),
    ).toEqual([]);
    expect(
      relationsOf(read('城镇新增就业1000万人以上，城镇登记失业率4.5%以内。'), 'ratio'),
    ).toEqual([]);
    expect(relationsOf(read('乡村绿化植树3900万株，森林覆盖率达53.4%。'), 'ratio')).toEqual([]);
  });

  it('says 无法核对 when a large base makes any rate possible (办理建议4249件，办结率100%)', () => {
    const set = read('办理人大代表建议4249件，办结率100%。');
    expect(checkOf(set, 'ratio').verdict).toBe('uncheckable');
  });
});

describe('排第N位: ranks', () => {
  it('ranks the figure it directly follows, or the one 总量 refers back to', () => {
    expect(relationsOf(read('高速公路通车里程1.1万公里、居全国第3位。'), 'rank')).toEqual([
      [
        ['ranked', '1.1万公里'],
        ['rank', '第3位'],
      ],
    ]);
    expect(
      relationsOf(read('地区生产总值67665亿元，增长5.5%，总量和增速均居全国第5位。'), 'rank'),
    ).toEqual([
      [
        ['ranked', '67665亿元'],
        ['rank', '第5位'],
      ],
    ]);
  });

  it('does not rank a figure the rank is not about, and keeps ranks of two things apart', () => {
    expect(
      relationsOf(read('40条高速公路相继开通，高速公路、农村公路通车里程均居全国第2位。'), 'rank'),
    ).toEqual([[['rank', '第2位']]]);
    expect(
      relationsOf(
        read('旅客吞吐量达到9000万人次、居全国第3位，货邮吞吐量达到117万吨、居全国第5位。'),
        'rank',
      ),
    ).toEqual([
      [
        ['ranked', '9000万人次'],
        ['rank', '第3位'],
      ],
      [
        ['ranked', '117万吨'],
        ['rank', '第5位'],
      ],
    ]);
  });
});

describe('目标: target and outcome', () => {
  it('sets an outcome against the target the sentence names', () => {
    const set = read('国内生产总值增长7.7%，高于7.5%的预期目标。');
    expect(relationsOf(set, 'target')).toEqual([
      [
        ['outcome', '7.7%'],
        ['target', '7.5%'],
      ],
    ]);
    expect(checkOf(set, 'target').verdict).toBe('direction');
  });
});

describe('分别: aligned lists', () => {
  it('lists the figures a 分别 distributes, when nothing else relates them', () => {
    const set = read('营业总收入、利润总额五年分别增长97.3%、27.7%。');
    expect(relationsOf(set, 'aligned')).toEqual([
      [
        ['item', '97.3%'],
        ['item', '27.7%'],
      ],
    ]);
    expect(set.checks).toEqual([]);
  });
});

describe('新增…突破, 增长…达到, 用于, 年均增长 with a level', () => {
  it('reads what was added and the total it brought', () => {
    expect(relationsOf(read('铁路运营里程新增1700公里、突破7000公里。'), 'change')).toEqual([
      [
        ['change', '1700公里'],
        // The qualifier is part of the figure as readers see it.
        ['after', '突破7000公里'],
      ],
    ]);
  });

  it('relates a growth stated before the level it reached', () => {
    expect(relationsOf(read('全省地方国企资产总额增长116.2%、达到23.2万亿元。'), 'growth')).toEqual(
      [
        [
          ['amount', '23.2万亿元'],
          ['growth', '116.2%'],
        ],
      ],
    );
  });

  it('reads 74%以上用于民生 as a share of the spending before it', () => {
    const set = read('一般公共预算支出3.4万亿元，74%以上用于民生。');
    expect(relationsOf(set, 'share')).toEqual([
      [
        ['share', '74%以上'],
        ['whole', '3.4万亿元'],
      ],
    ]);
    expect(checkOf(set, 'share').verdict).toBe('uncheckable');
  });

  it('relates 年均增长 to the level before it without compounding from a start it lacks', () => {
    const set = read('地区生产总值突破3万亿元、年均增长4.7%。');
    expect(relationsOf(set, 'growth')).toHaveLength(1);
    expect(checkOf(set, 'growth').working.join('')).not.toContain('÷');
  });

  it('takes a rate of a list of counts for a rate of none of them alone', () => {
    const set = read('办理人大代表建议4249件、政协提案3542件，办结率100%。');
    expect(relationsOf(set, 'ratio')).toEqual([]);
  });
});

describe('the same check never twice', () => {
  it('checks a passage a copy holds twice once', () => {
    const line = '今年新开工700万套以上，其中各类棚户区470万套以上。';
    expect(read(line, line).checks).toHaveLength(read(line).checks.length);
  });
});
