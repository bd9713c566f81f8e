import { isAsciiLetter, isDigit } from '../text/chars';

/** How a "?" in Chinese text is read. */
export type QuestionMarkReading =
  | { kind: 'punctuation' }
  | {
      kind: 'lost';
      takenFor: string | null;
      reason: 'number-percent' | 'joint-issuers' | 'unknown';
    };

const PERCENT = /^[%％‰]/u;

/** Issuing bodies whose joint names are officially written with a space: 中共中央 国务院. */
const ISSUER_BEFORE =
  /(中共中央|国务院|中央军委|全国人大常委会|办公厅|人民政府|委员会|省委|市委|县委)$/u;
/** Longest issuing-body name that ISSUER_BEFORE looks back for. */
const ISSUER_REACH = 8;
const ISSUER_AFTER = /^(中共|中央|国务院|全国人大|\p{Script=Han}{1,8}?(人民政府|办公厅|委员会))/u;

/** Sentence-final particles and interrogative words that make a "?" a question mark. */
const FINAL_PARTICLE = /([吗呢吧么嘛啊呀]|没有|不是)$/u;
const INTERROGATIVE =
  /什么|怎么|怎样|为什么|为何|如何|哪|谁|是否|难道|岂|是不是|有没有|能不能|会不会|要不要|行不行|好不好|对不对|可不可以/u;
const SENTENCE_END = /[。!！?？;；\n\r]/u;

const clauseBefore = (line: string, at: number): string => {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(line[start - 1] ?? '')) start--;
  return line.slice(start, at);
};

/**
 * Reads the "?" (or run of them) at `at`..`end` in a line: a question mark when the clause before
 * it asks something, otherwise a character the copy lost. Between a number and % the lost character
 * was a space to drop; between two issuing bodies it was the space of the joint name.
 */
export const readQuestionMark = (line: string, at: number, end: number): QuestionMarkReading => {
  const before = line[at - 1];
  const after = line.slice(end, end + ISSUER_REACH + 4);
  if (isDigit(before) && PERCENT.test(after)) {
    return { kind: 'lost', takenFor: '', reason: 'number-percent' };
  }
  if (
    ISSUER_BEFORE.test(line.slice(Math.max(0, at - ISSUER_REACH), at)) &&
    ISSUER_AFTER.test(after)
  ) {
    return { kind: 'lost', takenFor: ' ', reason: 'joint-issuers' };
  }
  if (isAsciiLetter(before)) return { kind: 'punctuation' };
  const clause = clauseBefore(line, at);
  if (!isDigit(before) && (FINAL_PARTICLE.test(clause) || INTERROGATIVE.test(clause))) {
    return { kind: 'punctuation' };
  }
  return { kind: 'lost', takenFor: null, reason: 'unknown' };
};
