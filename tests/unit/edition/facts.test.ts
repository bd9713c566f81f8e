import { describe, expect, it } from 'vitest';
import { officeOfPlace, speechFacts } from '../../../src/lib/edition/facts';

describe('speechFacts', () => {
  // The seed's text says only 全市/我市 and gives its speaker's name, not his office.
  const seed = {
    slug: 'bijie-2018-08-27-fangguanfu',
    displayName: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
    place: null,
    office: null,
    speaker: '张集智',
    date: '2018-08-27',
  };

  it('takes place and office from the editor, with their sources, where the text is silent', () => {
    const facts = speechFacts(seed, {
      place: { name: '毕节市', source: '编辑据文本判断' },
      office: { name: '毕节市市长', source: '编辑据公开报道' },
    });
    expect(facts.place).toEqual({ key: 'bijie', name: '毕节市', source: '编辑据文本判断' });
    expect(facts.office).toEqual({ name: '毕节市市长', source: '编辑据公开报道' });
    expect(facts.year).toBe(2018);
  });

  it('leaves place and office unknown when neither the text nor an editor gives them', () => {
    const facts = speechFacts(seed);
    expect(facts.place).toEqual({ key: 'bijie', name: null, source: null });
    expect(facts.office).toBeNull();
  });

  it('keeps what the text states, with no source, and names a bare office by its place', () => {
    // 云南 2026: venue 云南省第十四届人民代表大会第四次会议, byline 省长　王予波.
    const facts = speechFacts({
      slug: 'yunnan-2026-zhengfu-gongzuo-baogao',
      displayName: '2026年云南省政府工作报告',
      place: '云南省',
      office: '省长',
      speaker: '王予波',
      date: '2026-01-28',
    });
    expect(facts.place).toEqual({ key: 'yunnan', name: '云南省', source: null });
    expect(facts.office).toEqual({ name: '云南省省长', source: null });
    expect(facts.year).toBe(2026);
  });

  it('has no year without a date', () => {
    expect(speechFacts({ ...seed, date: null }).year).toBeNull();
  });
});

describe('officeOfPlace', () => {
  it('leaves offices that name their place, and national ones, as written', () => {
    expect(officeOfPlace('广东省省长', '广东省')).toBe('广东省省长');
    expect(officeOfPlace('四川省人民政府省长', '四川省')).toBe('四川省人民政府省长');
    expect(officeOfPlace('国务院总理', '全国')).toBe('国务院总理');
    expect(officeOfPlace('毕节市委书记', '毕节市')).toBe('毕节市委书记');
  });

  it('puts the place before a bare office, and leaves it when the place is unknown', () => {
    expect(officeOfPlace('市长', '毕节市')).toBe('毕节市市长');
    expect(officeOfPlace('州长', '黔南布依族苗族自治州')).toBe('黔南布依族苗族自治州州长');
    expect(officeOfPlace('省长', null)).toBe('省长');
  });
});
