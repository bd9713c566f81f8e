/**
 * The fonts every PNG is drawn with: Noto Sans SC from npm (no system font is relied on), regular
 * and bold, cut down once per build to the characters the build renders.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { subsetFont } from './subset';

export const FONT_FAMILY = 'Noto Sans SC';

export interface FontSet {
  /** The family name both faces carry; the rasteriser's default and sans-serif family. */
  family: string;
  regular: Uint8Array;
  bold: Uint8Array;
  /** Every character the faces were asked to cover, sorted by code point. */
  chars: string;
}

const FACES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

/** Always kept, whatever the text: printable ASCII, general punctuation (“”…—), CJK symbols and
 *  punctuation (、。《》【】), full-width forms, and the signs numbers are written with. */
const ALWAYS: [number, number][] = [
  [0x20, 0x7e],
  [0xb7, 0xb7],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x2212, 0x2212],
  [0x3000, 0x303f],
  [0xff01, 0xff5e],
];

/** The sorted, distinct code points of the text plus those always kept. */
export function codePointsFor(text: string): number[] {
  const set = new Set<number>();
  for (const [from, to] of ALWAYS) for (let c = from; c <= to; c++) set.add(c);
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    // Controls and line breaks are never drawn.
    if (c >= 0x20 && c !== 0x7f) set.add(c);
  }
  return [...set].sort((a, b) => a - b);
}

/** The full faces, read once per process: 10 MB each, and a build may make several sets. */
const faces = new Map<string, Uint8Array>();

function readFace(specifier: string): Uint8Array {
  let bytes = faces.get(specifier);
  if (!bytes) {
    bytes = readFileSync(createRequire(import.meta.url).resolve(specifier));
    faces.set(specifier, bytes);
  }
  return bytes;
}

let facesHash: string | undefined;

/** The identity of the full faces every subset is cut from: a hash of their bytes. */
export function facesId(): string {
  facesHash ??= createHash('sha256')
    .update(readFace(FACES.regular))
    .update(readFace(FACES.bold))
    .digest('hex');
  return facesHash;
}

/**
 * Regular and bold subset to the characters of `text` (pass every string the build will render,
 * SVG markup included: its markup is ASCII, kept anyway). Same text, same bytes.
 */
export function loadFonts(text: string): FontSet {
  const codePoints = codePointsFor(text);
  return {
    family: FONT_FAMILY,
    regular: subsetFont(readFace(FACES.regular), codePoints),
    bold: subsetFont(readFace(FACES.bold), codePoints),
    chars: String.fromCodePoint(...codePoints),
  };
}
