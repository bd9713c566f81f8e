import { isAddressWord } from './address';

/** A personal name: 2–4 Han characters, or a name with a middle dot (买买提·艾力). */
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,8}(?:[·•]\p{Script=Han}{1,8})+)$/u;
const TITLE = /^\p{Script=Han}{2,20}$/u;

/** What an office ends with: 省长, 国务院总理, 四川省人民政府省长, 市委书记 … */
const OFFICE =
  /(?:总理|省长|市长|县长|区长|州长|旗长|主席|书记|部长|厅长|局长|主任|委员长|秘书长|院长|署长|行长)$/u;

export interface SpeakerLine {
  /** The name's offsets in the content read. */
  start: number;
  end: number;
  /** The office's offsets, when the line gives one (省长　王予波 → 省长). */
  office: [number, number] | null;
}

/** Whether a run of text is an office rather than a name: 省长, 国务院总理. */
export const isOffice = (s: string): boolean => TITLE.test(s) && OFFICE.test(s);

/**
 * A speaker line: a name alone (张集智), or an office and a name separated by a space
 * (省长　王予波, 张集智 市长), in brackets or not.
 */
export const readSpeakerLine = (content: string): SpeakerLine | null => {
  const inner = content.replace(/^[(（]\s*/u, '').replace(/\s*[)）]$/u, '');
  const offset = content.indexOf(inner);
  const tokens = inner.split(/[\s\u3000]+/u);
  if (tokens.length > 2 || tokens.some((t) => isAddressWord(t))) return null;
  const [a = '', b] = tokens;
  const at = (t: string, from = 0): [number, number] => {
    const s = offset + inner.indexOf(t, from);
    return [s, s + t.length];
  };
  if (b === undefined) {
    return NAME.test(a) && !isOffice(a)
      ? { start: offset, end: offset + a.length, office: null }
      : null;
  }
  if (NAME.test(b) && TITLE.test(a)) {
    const [start, end] = at(b, a.length);
    return { start, end, office: at(a) };
  }
  if (NAME.test(a) && TITLE.test(b)) {
    const [start, end] = at(a);
    return { start, end, office: at(b, a.length) };
  }
  return null;
};
