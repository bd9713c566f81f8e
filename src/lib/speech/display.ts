/**
 * Where a speech was given and the name that tells it apart from others. Three work reports are
 * all titled 政府工作报告: a newsroom writes 2026年云南省政府工作报告.
 */

/** 云南省第十四届人民代表大会… → 云南省; 四川省人民政府… → 四川省 (never 全省, 全市). */
const PLACE =
  /((?![年在全的])\p{Script=Han}{1,8}?(?:省|自治区|特别行政区|自治州|市|州|县|盟|旗))(?=第[一二三四五六七八九十]+届|人民代表大会|人民政府|政府|委员会|人大)/u;
const NATIONAL = /全国人民代表大会|全国人大|全国政协/u;
const YEAR = /^[0-9]{4}年/u;
const OCCASION = /^在/u;

interface Described {
  place: string | null;
  displayName: string;
}

const placeIn = (s: string | null): string | null => {
  if (!s) return null;
  if (NATIONAL.test(s)) return '全国';
  return PLACE.exec(s)?.[1] ?? null;
};

/**
 * The place, from the venue or else the title, and the display name: a document title gets the
 * delivery year and the place it lacks; for 全国, the State Council when the office says so.
 */
export const describeSpeech = (m: {
  title: string | null;
  date: string | null;
  venue: string | null;
  office: string | null;
}): Described => {
  const place = placeIn(m.venue) ?? placeIn(m.title);
  const title = m.title ?? '讲话';
  if (OCCASION.test(title)) return { place, displayName: title };
  const who = place === '全国' ? (m.office?.startsWith('国务院') ? '国务院' : '全国') : place;
  const year = YEAR.exec(title)?.[0] ?? (m.date ? `${m.date.slice(0, 4)}年` : '');
  const rest = title.replace(YEAR, '');
  const named =
    who && !rest.includes(who) && !rest.includes(who.replace(/(?:省|市|自治区)$/u, '')) ? who : '';
  return { place, displayName: `${year}${named}${rest}` };
};
