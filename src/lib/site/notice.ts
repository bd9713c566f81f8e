/**
 * The provenance and completeness notice, in plain words, from what the parser found.
 */
import type { Completeness, Finding, FindingCode, Provenance } from '../speech/types';

export interface Notice {
  /** One sentence: fragment or whole, and how much is here. */
  headline: string;
  /** What readers must know (warnings), in the parser's words. */
  warnings: string[];
  /** Further notes on the text (information). */
  notes: string[];
  /** Where the text was copied from, if known. */
  sourceUrl: string | null;
}

import { formatNumber } from '../charts/format';

const grouped = new Intl.NumberFormat('zh-CN');
/** A length in characters as readers read one: 7,312 below 万, 2.4万 from there. */
const chars = (n: number): string => (n >= 10_000 ? formatNumber(n, 1) : grouped.format(n));
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 });

/** Findings the headline already states. */
const IN_HEADLINE: readonly FindingCode[] = ['stated-length', 'length-shortfall'];

export function completenessNotice(
  completeness: Completeness,
  provenance: Provenance,
  findings: readonly Finding[],
): Notice {
  const { statedLength, measuredLength, ratio, isFragment } = completeness;
  const here = `这里的讲话正文约${chars(measuredLength)}字`;
  const fragment = isFragment ? '这是讲话的一个片段，不是全文。' : '';
  const headline =
    statedLength !== null && ratio !== null
      ? `${fragment}来源网站称全文${chars(statedLength)}字，${here}，约为所称全文的${percent.format(ratio)}。`
      : `${fragment}${here}。`;
  const shown = findings.filter((f) => !IN_HEADLINE.includes(f.code));
  return {
    headline,
    warnings: shown.filter((f) => f.severity === 'warning').map((f) => f.message),
    notes: shown.filter((f) => f.severity === 'info').map((f) => f.message),
    sourceUrl: provenance.sourceUrl,
  };
}
