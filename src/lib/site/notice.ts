/**
 * The provenance and completeness notice, in plain words, from what the parser found.
 */
import type { Completeness, Finding, Provenance } from '../speech/types';

export interface Notice {
  /** One sentence: fragment or whole, and how much is here. */
  headline: string;
  /** The findings readers must know, most important first. */
  details: string[];
  /** Where the text was copied from, if known. */
  sourceUrl: string | null;
}

const grouped = new Intl.NumberFormat('zh-CN');
const percent = new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 0 });

export function completenessNotice(
  completeness: Completeness,
  provenance: Provenance,
  findings: readonly Finding[],
): Notice {
  const { statedLength, measuredLength, ratio, isFragment } = completeness;
  const here = `这里的讲话正文约${grouped.format(measuredLength)}字`;
  const headline =
    statedLength !== null && ratio !== null
      ? `${isFragment ? '这是讲话的一个片段。' : ''}来源网站称全文${grouped.format(statedLength)}字,${here},约为所称全文的${percent.format(ratio)}。`
      : `${isFragment ? '这是讲话的一个片段。' : ''}${here}。`;
  const details = [...findings]
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'warning' ? -1 : 1))
    .map((f) => f.message);
  return { headline, details, sourceUrl: provenance.sourceUrl };
}
