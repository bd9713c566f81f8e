/**
 * A run of text with its whitespace taken out, and the way back: what a reader reads across a
 * line broken in two (——2026年1月26日在广东省第十四届 / 人民代表大会第五次会议上), with every
 * character's offset into the original kept.
 */
export interface Compact {
  text: string;
  /** offsets[i] is where compact character i stands in the original. */
  offsets: number[];
}

export const compact = (s: string, base = 0): Compact => {
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] ?? '';
    if (/\s/u.test(ch)) continue;
    text += ch;
    offsets.push(base + i);
  }
  return { text, offsets };
};

/** Original offsets [start, end) of compact characters [from, to). */
export const original = (c: Compact, from: number, to: number): [number, number] => {
  const start = c.offsets[from] ?? c.offsets.at(-1) ?? 0;
  const end = to > from ? (c.offsets[to - 1] ?? start) + 1 : start;
  return [start, end];
};
