import type { SpeechInput } from '../../../src/lib/figures/index';
import type { Paragraph, Repair } from '../../../src/lib/speech/types';

/** A SpeechInput from lines of text: one body paragraph per line (p1, p2 …), no parts or points. */
export function linesToSpeech(lines: readonly string[], repairs: Repair[] = []): SpeechInput {
  const text = lines.join('\n');
  const paragraphs: Paragraph[] = [];
  let at = 0;
  lines.forEach((line, i) => {
    paragraphs.push({
      id: `p${i + 1}`,
      ordinal: i + 1,
      start: at,
      end: at + line.length,
      text: line,
      part: null,
      point: null,
      items: [],
    });
    at += line.length + 1;
  });
  return { text, paragraphs, parts: [], repairs };
}

/** Mark every '?' standing between a digit and % as a lost character to drop, as the parser does. */
export function lostCharacterRepairs(text: string): Repair[] {
  return [...text.matchAll(/(?<=\d)\?(?=%)/g)].map((m, i) => ({
    id: `r${i + 1}`,
    kind: 'lost-character' as const,
    start: m.index,
    end: m.index + 1,
    text: '?',
    takenFor: '',
    repaired: true,
    note: '',
  }));
}
