/**
 * The first sentence of an editor's note, as plain text, for a card that has room for a line:
 * Markdown and MDX markup dropped, link text kept, headings skipped (the note's title is shown
 * beside it), cut after the first 。！？ (or the whole first paragraph when it has none).
 */
const SENTENCE_END = /[。！？!?]/u;

/** The note's body (MDX, frontmatter already removed) as plain text, paragraph by paragraph. */
function plainParagraphs(body: string): string[] {
  return body
    .replace(/```[\s\S]*?```/gu, '')
    .replace(/^(?:import|export)\s.*$/gmu, '')
    .split(/\n\s*\n/u)
    .filter((p) => !/^\s{0,3}#/u.test(p))
    .map((p) =>
      p
        .replace(/<[^>]*>/gu, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
        .replace(/^\s{0,3}(?:>|[-*+]|\d+\.)\s+/gmu, '')
        .replace(/[*_`~]/gu, '')
        .replace(/\s*\n\s*/gu, '')
        .trim(),
    )
    .filter((p) => p !== '');
}

export function firstSentence(body: string): string {
  const first = plainParagraphs(body)[0] ?? '';
  const end = SENTENCE_END.exec(first);
  return end ? first.slice(0, end.index + 1) : first;
}
