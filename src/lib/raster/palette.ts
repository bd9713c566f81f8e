/**
 * PNG encoding of opaque RGBA pixels as a palette (indexed) image when they hold at most 256
 * distinct colours: the same pixels in fewer bytes. Lossless: an image with more colours, or any
 * transparency (resvg's pixels are premultiplied there), is left to the caller's truecolour PNG.
 */
import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/**
 * The pixels as 32-bit words (byte order as in memory), copied when not 4-byte aligned. Signed,
 * so that each word is a small integer to V8 and a Map keyed by words stays fast.
 */
function words(rgba: Uint8Array): Int32Array {
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

/** The alpha byte of a pixel's word, wherever this machine's byte order puts it. */
const ALPHA = new Int32Array(Uint8Array.from([0, 0, 0, 255]).buffer)[0]!;

/**
 * The distinct colours of `rgba` (as 0xRRGGBBAA, ascending, so the palette does not depend on
 * pixel order) and each pixel's index into them; null past 256 colours or for any pixel not
 * fully opaque.
 */
export function paletteOf(rgba: Uint8Array): { colours: number[]; indices: Uint8Array } | null {
  const pixels = words(rgba);
  // One pass: each colour numbered in order of first sight, each pixel given that number; the
  // numbers are turned into ranks in the sorted palette afterwards, through a table.
  const seen = new Map<number, number>();
  const found: number[] = [];
  const indices = new Uint8Array(pixels.length);
  // Charts are mostly runs of one colour: the map is asked only where the colour changes.
  let last = 0;
  let number = -1;
  for (let i = 0; i < pixels.length; i++) {
    const word = pixels[i]!;
    if (word !== last || number === -1) {
      last = word;
      if ((word & ALPHA) !== ALPHA) return null;
      const known = seen.get(word);
      if (known === undefined) {
        if (seen.size === 256) return null;
        number = seen.size;
        seen.set(word, number);
        const at = i * 4;
        found.push(((rgba[at]! << 24) | (rgba[at + 1]! << 16) | (rgba[at + 2]! << 8) | 255) >>> 0);
      } else number = known;
    }
    indices[i] = number;
  }
  const colours = [...found].sort((a, b) => a - b);
  const rank = new Map(colours.map((c, i) => [c, i]));
  const rankOf = Uint8Array.from(found, (c) => rank.get(c)!);
  for (let i = 0; i < indices.length; i++) indices[i] = rankOf[indices[i]!]!;
  return { colours, indices };
}

/** What a palette PNG holds before its pixel rows are compressed. */
interface PaletteImage {
  width: number;
  height: number;
  colours: number[];
  /** Each row's filter byte (0, none: palette indices do not predict well) and its indices. */
  rows: Uint8Array;
}

function paletteImage(width: number, height: number, rgba: Uint8Array): PaletteImage | null {
  if (rgba.length !== width * height * 4) throw new Error('RGBA length does not match the size');
  const palette = paletteOf(rgba);
  if (!palette) return null;
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++)
    rows.set(palette.indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return { width, height, colours: palette.colours, rows };
}

// Level 4: level 9 makes files 10% smaller at 100 times the time on these long runs.
const DEFLATE = { level: 4 };

function pngBytes({ width, height, colours }: PaletteImage, idat: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, 3, 0, 0, 0], 8);
  const plte = new Uint8Array(colours.length * 3);
  colours.forEach((c, i) => plte.set([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff], i * 3));
  const parts = [
    Uint8Array.from(SIGNATURE),
    chunk('IHDR', header),
    chunk('PLTE', plte),
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The pixels as an 8-bit palette PNG, or null when they hold more than 256 colours. */
export function indexedPng(width: number, height: number, rgba: Uint8Array): Uint8Array | null {
  const image = paletteImage(width, height, rgba);
  return image && pngBytes(image, deflateSync(image.rows, DEFLATE));
}

const deflateOffThread = promisify(deflate);

/**
 * The same bytes as indexedPng, compressed on libuv's thread pool: while many images are drawn,
 * the main thread, which numbers the colours, is not also the one compressing them.
 */
export async function indexedPngAsync(
  width: number,
  height: number,
  rgba: Uint8Array,
): Promise<Uint8Array | null> {
  const image = paletteImage(width, height, rgba);
  return image && pngBytes(image, await deflateOffThread(image.rows, DEFLATE));
}
