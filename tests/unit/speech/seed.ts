import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED_PATH = fileURLToPath(
  new URL('../../../content/speeches/bijie-2018-08-27-fangguanfu/source.txt', import.meta.url),
);

/** The seed speech's bytes, exactly as received. */
export const SEED_BYTES: Uint8Array = new Uint8Array(readFileSync(SEED_PATH));

/** The seed speech's text (it is UTF-8 without BOM, LF line endings). */
export const SEED_TEXT: string = new TextDecoder().decode(SEED_BYTES);

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Offsets of `needle` in `haystack`, from a plain search (not from the parser). */
export const locate = (
  haystack: string,
  needle: string,
  from = 0,
): { start: number; end: number } => {
  const start = haystack.indexOf(needle, from);
  if (start === -1) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
};
