/**
 * What rounding and qualifying words allow a written figure to be, and the verdict a comparison
 * gives. A verdict is said once, in the last working line, so no line can contradict it.
 */
import { verdictLabel } from '../verdicts';
import type { Figure, Verdict } from '../types';
import type { CheckDraft } from './kind';
import { span } from './working';

const EPSILON = 1e-9;

/** Half a unit of the last written digit; 0 when the figure does not say. */
export function rounding(f: Figure): number {
  return f.rounding ?? 0;
}

/** The values a figure allows: rounding either side, opened by 以上, 超过, 近, 以内 …; exact when unqualified. */
export interface Bounds {
  low: number;
  high: number;
  exact: boolean;
}

export function boundsOf(f: Figure): Bounds {
  const r = rounding(f);
  const low = f.value - r;
  const high = (f.valueHigh ?? f.value) + r;
  switch (f.qualifier?.bound) {
    case undefined:
      return { low, high, exact: f.valueHigh === undefined };
    case 'atLeast':
    case 'moreThan':
      return { low, high: Infinity, exact: false };
    case 'nearly':
    case 'upTo':
      return { low: -Infinity, high, exact: false };
    case 'approx':
      return { low, high, exact: false };
  }
}

/** Whether `stated` lies in [low − tolerance, high + tolerance]. */
export function within(stated: number, low: number, high: number, tolerance: number): boolean {
  return stated >= low - tolerance - EPSILON && stated <= high + tolerance + EPSILON;
}

/**
 * The verdict on a stated figure against what the others imply: consistent when the arithmetic
 * reproduces it within rounding; inconsistent only when no value it allows can be reached and it
 * is exact or a one-sided bound; uncheckable when a figure is approximate (左右, 约) or only a
 * bound is met, since neither pins the value down.
 */
export function compare(stated: Figure, low: number, high: number, tolerance: number): Verdict {
  const b = boundsOf(stated);
  const meets = b.low <= high + tolerance + EPSILON && b.high >= low - tolerance - EPSILON;
  if (!meets) return stated.qualifier?.bound === 'approx' ? 'uncheckable' : 'inconsistent';
  return b.exact ? 'consistent' : 'uncheckable';
}

/**
 * `compare`, but a match counts as 数值相符 only when the figures it was computed from are exact
 * too; otherwise it is 无法核对.
 */
export function judge(
  stated: Figure,
  low: number,
  high: number,
  inputs: readonly Figure[],
): Verdict {
  const verdict = compare(stated, low, high, 0);
  return verdict === 'consistent' && !inputs.every((f) => boundsOf(f).exact)
    ? 'uncheckable'
    : verdict;
}

/** Why a comparison with approximate figures or bounds gives no verdict. */
export const ROUGH = '文中的数是约数或下限，只能粗略比对。';

/** The closing line of every working: the verdict's name and why. */
export function conclusion(verdict: Verdict, why: string): string {
  return `${verdictLabel[verdict]}：${why}`;
}

/** A check that cannot be made, saying why. */
export function cannot(title: string, why: string): CheckDraft {
  return {
    title,
    verdict: 'uncheckable',
    working: [conclusion('uncheckable', why)],
    assumptions: [],
  };
}

/** What rounding allows for each figure written with rounded digits. */
export function roundingNote(figures: readonly Figure[]): string[] {
  return figures
    .filter((f) => rounding(f) > 0 && f.qualifier === null)
    .map(
      (f) =>
        `${f.display}按四舍五入理解，可在${span(f.value - rounding(f), (f.valueHigh ?? f.value) + rounding(f), f.unit, 4)}之间。`,
    );
}

/** What a qualifier means for each figure that has one. */
export function qualifierNote(figures: readonly Figure[]): string[] {
  return figures
    .filter((f) => f.qualifier !== null)
    .map((f) => `${f.display}带“${f.qualifier!.word}”，只给出${QUALIFIED[f.qualifier!.bound]}。`);
}

const QUALIFIED: Record<NonNullable<Figure['qualifier']>['bound'], string> = {
  approx: '约数',
  atLeast: '下限',
  moreThan: '下限',
  nearly: '上限',
  upTo: '上限',
};
