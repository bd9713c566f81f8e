import { parseChineseInteger } from '../text/numerals';

/**
 * How many days a time scope spans, as a range (leap days unknown), and the assumption made.
 * Null when the text does not fix the period (今年以来 without a date).
 */
export interface Period {
  low: number;
  high: number;
  /** The value used for the central estimate. */
  value: number;
  years: number;
  assumption: string;
}

function yearsIn(scope: string): number | null {
  const m = /([一二两三四五六七八九十]|\d+)(?:个)?年(?:来|以来)/.exec(scope);
  if (m === null) return null;
  return parseChineseInteger(m[1]!);
}

export function periodOf(scopes: readonly string[]): Period | null {
  for (const scope of scopes) {
    const years = yearsIn(scope);
    if (years !== null) {
      const low = years * 365 + Math.floor(years / 4);
      const high = years * 365 + Math.ceil(years / 4);
      return {
        low,
        high,
        value: low,
        years,
        assumption: `“${scope}”按${years}年计，即${years}×365天，另加闰日，共${low}至${high}天。`,
      };
    }
    if (/上半年/.test(scope)) {
      return {
        low: 181,
        high: 182,
        value: 181,
        years: 0.5,
        assumption: `“${scope}”按1月1日至6月30日计：平年181天，闰年182天。`,
      };
    }
    if (/全年/.test(scope)) {
      return {
        low: 365,
        high: 366,
        value: 365,
        years: 1,
        assumption: `“${scope}”按一整年计：365或366天。`,
      };
    }
  }
  return null;
}
