/**
 * Stretches of text whose numbers are not figures: names and slogans in quotes or book titles
 * ("10+N", 《…三年行动…》), calendar dates and years (8月9日, 2018年), and time spans that are
 * scope (五年来, 近3年).
 */

const NUM = String.raw`(?:\d+|[〇零一二两三四五六七八九十]+)`;

const PATTERNS: RegExp[] = [
  // Quoted names and slogans, and titles of documents.
  /“[^”\n]{0,40}”|"[^"\n]{0,40}"|《[^》\n]{0,80}》|「[^」\n]{0,40}」/g,
  // Dates: 2018年8月27日, 8月9日, 4月, 2016年, 2018—2020年, 二〇一八年.
  new RegExp(
    String.raw`(?:\d{4}(?:[—\-–~～至到]\d{4})?年(?:度)?)(?:${NUM}月(?:份)?(?:${NUM}[日号])?)?`,
    'g',
  ),
  new RegExp(String.raw`[〇零一二三四五六七八九]{4}年`, 'g'),
  // Dates written with hyphens or slashes: 2026-02-03, 2026/2/3 (not ranges: 3000-5000元).
  /(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])(?!\d)(?:[-/](?:0?[1-9]|[12]\d|3[01])(?!\d))?/g,
  new RegExp(String.raw`(?<![\d个])${NUM}月(?:份)?(?:${NUM}[日号])?`, 'g'),
  // Time spans: 五年来, 10年以来, 近3年, 六年间.
  new RegExp(String.raw`(?:近|过去)?${NUM}(?:个)?年(?:来|以来|间|中)`, 'g'),
  new RegExp(String.raw`近${NUM}年`, 'g'),
  // 连续9年 is how long a record has held: scope, not a quantity.
  new RegExp(String.raw`连续${NUM}(?:个)?年`, 'g'),
  // Points in time counted back or on: 5年前, 10年后.
  new RegExp(String.raw`${NUM}(?:个)?年[前后]`, 'g'),
  // Ratios written with colons (4.0∶37.7∶58.3, 2.50:1): one notation, not separate figures.
  // (A ratio to one, 2.9∶1, is read as one figure.)
  /\d+(?:\.\d+)?(?:[:∶]\d+(?:\.\d+)?){2,}|\d+(?:\.\d+)?[:∶](?!1(?![\d.]))\d+(?:\.\d+)?/g,
];

/** A mask over the view: 1 where a number would not be a figure. Linear in the text. */
export function findExclusions(view: string): Uint8Array {
  const mask = new Uint8Array(view.length);
  for (const pattern of PATTERNS) {
    for (const m of view.matchAll(pattern)) mask.fill(1, m.index, m.index + m[0].length);
  }
  return mask;
}

export function isExcluded(mask: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (mask[i] === 1) return true;
  return false;
}
