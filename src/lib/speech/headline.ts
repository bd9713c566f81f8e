import { codePointLength } from '../text/chars';
import { foldFullWidthDigits } from '../text/numerals';
import { isAddressWord } from './address';
import type { Line } from './lines';
import { span } from './span';
import type { Span } from './types';

/** (全文7312字), （全文约7312字）, with ASCII or full-width brackets and digits. */
const STATED_LENGTH = /[(（]\s*全文\s*(?:约|共)?\s*([0-9０-９][0-9０-９,，]*)\s*字\s*[)）]/u;

/** A "speaker:" prefix as websites put it before a speech's title: 张集智:在全市…讲话 */
const SPEAKER_PREFIX = /^([\p{Script=Han}][\p{Script=Han}·•]{1,7})\s*[:：]\s*(?=\S)/u;

const SPEECH_WORD = /讲话|致辞|发言|报告|演讲|讲稿|讲课/u;

export interface Headline {
  line: Line;
  statedLength: number | null;
  /** The speaker's name from a "name:" prefix, if the headline has one. */
  speaker: Span | null;
}

/** Website headlines are one short line; a longer first line is speech, whatever it holds. */
const MAX_HEADLINE = 150;

const withoutSpaces = (s: string): string => s.replace(/\s/gu, '');

/**
 * Whether the first line is the copying website's headline rather than the speech's own title.
 * It is when it states the full length (全文N字), when the next line repeats it as the title
 * (the headline being the title with more around it), or when it reads "name: …讲话".
 */
export const readHeadline = (text: string, lines: readonly Line[]): Headline | null => {
  const [first, next] = lines;
  if (!first || codePointLength(first.content) > MAX_HEADLINE) return null;
  const stated = STATED_LENGTH.exec(first.content);
  const prefix = SPEAKER_PREFIX.exec(first.content);
  const name = prefix?.[1] !== undefined && !isAddressWord(prefix[1]) ? prefix[1] : null;
  const nextText = next ? withoutSpaces(next.content) : '';
  const repeatsNext =
    nextText.length >= 4 &&
    !first.content.includes('。') &&
    withoutSpaces(first.content).length > nextText.length &&
    withoutSpaces(first.content).includes(nextText);
  const namedSpeech = name !== null && SPEECH_WORD.test(first.content);
  if (!stated && !repeatsNext && !namedSpeech) return null;
  const digits = stated?.[1] ? foldFullWidthDigits(stated[1]).replace(/[,，]/g, '') : '';
  return {
    line: first,
    statedLength: digits === '' ? null : Number(digits),
    speaker: name === null ? null : span(text, first.start, first.start + name.length),
  };
};
