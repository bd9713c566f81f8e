/**
 * Where a report's annex lines stand among its paragraphs: the headings of an attachment read
 * like the body (附件1 / 2026年省十件民生实事) go before the paragraph they open; a glossary after
 * the last paragraph (名词解释 and its notes) is shown at the end, as the report carries it.
 */
import type { Paragraph, Segment } from '../speech/types';

export interface AnnexPlacement {
  /** Annex lines to show right before a paragraph, by paragraph id. */
  before: Map<string, string[]>;
  /** Annex lines after the last paragraph. */
  after: string[];
}

export function placeAnnex(
  segments: readonly Segment[],
  paragraphs: readonly Pick<Paragraph, 'id' | 'start'>[],
): AnnexPlacement {
  const before = new Map<string, string[]>();
  const after: string[] = [];
  let next = 0;
  for (const s of segments) {
    if (s.role !== 'annex') continue;
    while (next < paragraphs.length && paragraphs[next]!.start < s.start) next++;
    const paragraph = paragraphs[next];
    if (!paragraph) {
      after.push(s.text);
    } else {
      before.set(paragraph.id, [...(before.get(paragraph.id) ?? []), s.text]);
    }
  }
  return { before, after };
}
