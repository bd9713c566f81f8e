import { isAddressWord } from './address';

/** A personal name: 2–4 Han characters, or a name with a middle dot (买买提·艾力). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•]\p{Script=Han}{1,8})+)$/u;
const TITLE = /^\p{Script=Han}{2,20}$/u;

/**
 * A speaker line: a name alone (张集智), or a name and a title separated by a space
 * (市长 张集智, 张集智 市长), in brackets or not. Returns the name's offsets in `content`.
 */
export const readSpeakerLine = (content: string): { start: number; end: number } | null => {
  const inner = content.replace(/^[(（]\s*/u, '').replace(/\s*[)）]$/u, '');
  const offset = content.indexOf(inner);
  const tokens = inner.split(/[\s\u3000]+/u);
  if (tokens.length > 2 || tokens.some((t) => isAddressWord(t))) return null;
  const [a = '', b] = tokens;
  const name =
    b === undefined
      ? NAME.test(a)
        ? a
        : null
      : NAME.test(b) && TITLE.test(a)
        ? b
        : NAME.test(a) && TITLE.test(b)
          ? a
          : null;
  if (name === null) return null;
  const start = offset + inner.lastIndexOf(name);
  return { start, end: start + name.length };
};
