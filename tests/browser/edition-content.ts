/**
 * The speeches in content/speeches and what a person reads in each text (or, where the text is
 * silent, in content/context): the place, the speaker with office, and the date. The browser
 * tests of the home and of every page compare the site with these, not with the program.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folder names of the speeches the edition publishes. */
export const SPEECHES = readdirSync('content/speeches', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join('content/speeches', d.name, 'source.txt')))
  .map((d) => d.name)
  .sort();

export interface Read {
  /** The name pages give the speech. */
  name: string;
  place: string;
  /** Office and name, as a newsroom writes them. */
  speaker: string;
  /** Date of delivery as the site writes it. */
  date: string;
  year: number;
}

const read = (name: string, place: string, speaker: string, date: string): Read => ({
  name,
  place,
  speaker,
  date,
  year: Number(date.slice(0, 4)),
});

export const READ: Record<string, Read> = {
  // Title and date line of the text; place and office from content/context (the text says 全市).
  'bijie-2018-08-27-fangguanfu': read(
    '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
    '毕节市',
    '毕节市市长张集智',
    '2018年8月27日',
  ),
  // ——2014年3月5日在第十二届全国人民代表大会第二次会议上 国务院总理 李克强
  'cn-2014-zhengfu-gongzuo-baogao': read(
    '2014年国务院政府工作报告',
    '全国',
    '国务院总理李克强',
    '2014年3月5日',
  ),
  'cn-2015-zhengfu-gongzuo-baogao': read(
    '2015年国务院政府工作报告',
    '全国',
    '国务院总理李克强',
    '2015年3月5日',
  ),
  'cn-2016-zhengfu-gongzuo-baogao': read(
    '2016年国务院政府工作报告',
    '全国',
    '国务院总理李克强',
    '2016年3月5日',
  ),
  // ——2026年1月26日在广东省第十四届人民代表大会第五次会议上 广东省省长 孟凡利
  'guangdong-2026-zhengfu-gongzuo-baogao': read(
    '2026年广东省政府工作报告',
    '广东省',
    '广东省省长孟凡利',
    '2026年1月26日',
  ),
  // 2026年2月3日在四川省第十四届人民代表大会第五次会议上 四川省人民政府省长 施小琳
  'sichuan-2026-zhengfu-gongzuo-baogao': read(
    '2026年四川省人民政府工作报告',
    '四川省',
    '四川省人民政府省长施小琳',
    '2026年2月3日',
  ),
  // ——2026年1月28日在云南省第十四届人民代表大会第四次会议上 省长　王予波
  'yunnan-2026-zhengfu-gongzuo-baogao': read(
    '2026年云南省政府工作报告',
    '云南省',
    '云南省省长王予波',
    '2026年1月28日',
  ),
};

/** What a person read of a speech; a speech added without it fails here, by name. */
export function readOf(slug: string): Read {
  const r = READ[slug];
  if (!r) throw new Error(`tests/browser/edition-content.ts: add what the text of ${slug} states`);
  return r;
}
