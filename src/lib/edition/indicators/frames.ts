/**
 * The period a passage of a work report speaks about. Reports are written in frames: a part
 * heading (一、2015年工作回顾; 三、2016年重点工作) or a phrase opening a clause (过去一年，
 * 一年来，今年…，过去五年，“十二五”时期…) sets the period, and it holds until the next one.
 * A frame is one year (the report's year or the year before), several years (a five-year
 * review or plan), or unknown (another year, or a heading that names several periods).
 */

export type Frame = { kind: 'year'; year: number } | { kind: 'years' } | { kind: 'unknown' };

export interface FrameMark {
  /** Offset in the speech text from which the frame holds. */
  at: number;
  frame: Frame;
  /** Where a frame opened inside a sentence stops holding: the end of its paragraph. */
  until?: number;
}

const NUMERAL = '[两二三四五六七八九十\\d]';
// A span of several years: 五年来, 过去五年, 这五年, 经过五年, 今后五年, 2010年以来, “十二五”.
const YEARS = new RegExp(
  `^(?:(?:过去|这|近|前|今后|未来|经过)?${NUMERAL}+年(?:来|以来|间|中)?|\\d{4}年以来|“?十[一二三四五六七八九]五”?|今明两年|到\\d{4}年)`,
);
const YEAR = /^(\d{4})年(?![以来])/;
const LAST_YEAR = /^(?:去年|过去一年|过去的一年|一年来|上一年)/;
const THIS_YEAR = /^(?:今年|本年度)/;
// Lead-ins before a period word at the start of a clause: 各位代表！刚刚过去的2025年，
const LEAD_IN = /^(?:各位代表[！!，,]?)?(?:刚刚过去的|回顾|在)?/;

/** The frame a period word at the start of `text` sets, or null when none begins it. */
export function frameAtStart(text: string, reportYear: number): Frame | null {
  const rest = text.slice(LEAD_IN.exec(text)![0].length);
  const year = YEAR.exec(rest);
  if (year !== null) return yearFrame(Number(year[1]), reportYear);
  if (YEARS.test(rest)) return { kind: 'years' };
  if (LAST_YEAR.test(rest)) return { kind: 'year', year: reportYear - 1 };
  if (THIS_YEAR.test(rest)) return { kind: 'year', year: reportYear };
  return null;
}

const yearFrame = (year: number, reportYear: number): Frame =>
  year === reportYear || year === reportYear - 1 ? { kind: 'year', year } : { kind: 'unknown' };

const same = (a: Frame, b: Frame): boolean =>
  a.kind === b.kind && (a.kind !== 'year' || (b.kind === 'year' && a.year === b.year));

// Period words anywhere in a heading: 2015年, “十三五”, 过去五年, 今年 ….
const HEADING_PERIOD = new RegExp(
  `\\d{4}年(?:以来)?|“?十[一二三四五六七八九]五|去年|今年|过去一年|一年来|(?:过去|今后|未来)?${NUMERAL}+年(?:来|以来)?`,
  'g',
);

/**
 * The frame a part heading sets: from every period word in it; a heading naming two periods
 * (2025年和“十四五”时期工作回顾) sets an unknown frame that its paragraphs then make precise.
 * A review (工作回顾) naming no period reviews the year before the report.
 */
export function headingFrame(heading: string, reportYear: number): Frame | null {
  const frames = [...heading.matchAll(HEADING_PERIOD)].flatMap((m) => {
    const frame = frameAtStart(m[0], reportYear);
    return frame === null ? [] : [frame];
  });
  if (frames.length === 0)
    return /回顾/.test(heading) ? { kind: 'year', year: reportYear - 1 } : null;
  return frames.every((f) => same(f, frames[0]!)) ? frames[0]! : { kind: 'unknown' };
}

// Where a sentence begins (a frame opened there holds until the next one) and where a clause
// begins inside a sentence (an aside such as ，“十五五”内争取…, which holds to the paragraph's end).
const SENTENCE_END = /[。！!？?\n]/;
const CLAUSE_END = /[。；;！!？?：:，,\n]/g;

/**
 * Every frame a paragraph's sentences and clauses open with, in order. A frame opened inside a
 * sentence is an aside; so is a single year other than the year its part's heading names (去年，
 * … in a part headed 2020年重点工作): both hold only to the paragraph's end. `part` is the frame
 * the part's heading (or the last heading that named one) sets.
 */
export function paragraphFrames(
  text: string,
  start: number,
  end: number,
  reportYear: number,
  part: Frame | null = null,
): FrameMark[] {
  const slice = text.slice(start, end);
  const starts = [0, ...[...slice.matchAll(CLAUSE_END)].map((m) => m.index + 1)];
  return starts.flatMap((at) => {
    const frame = frameAtStart(slice.slice(at, at + 16), reportYear);
    if (frame === null) return [];
    const opensSentence = at === 0 || SENTENCE_END.test(slice[at - 1]!);
    const otherYear = frame.kind === 'year' && part?.kind === 'year' && part.year !== frame.year;
    return [
      opensSentence && !otherYear
        ? { at: start + at, frame }
        : { at: start + at, frame, until: end },
    ];
  });
}

/** The frame in force at `offset`, from the marks before it (in order); null before any. */
export function frameAt(marks: readonly FrameMark[], offset: number): Frame | null {
  let held: Frame | null = null;
  let aside: FrameMark | null = null;
  for (const mark of marks) {
    if (mark.at > offset) break;
    if (mark.until === undefined) {
      held = mark.frame;
      aside = null;
    } else aside = mark;
  }
  return aside !== null && offset < aside.until! ? aside.frame : held;
}
