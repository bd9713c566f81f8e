/**
 * A minimal PNG decoder for tests (8-bit RGBA as resvg writes it, or 8-bit palette as the site
 * writes it; non-interlaced), so that tests read the PNG the site ships rather than the
 * renderer's own pixel buffer. Pixels come out as RGBA either way.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export function decodePng(png: Uint8Array): Pixels {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const idat: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  let palette: Uint8Array | undefined;
  let channels = 4;
  for (let at = 8; at < png.byteLength;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colour, , , interlace] = body.subarray(8);
      if (depth !== 8 || (colour !== 6 && colour !== 3) || interlace !== 0)
        throw new Error('Only 8-bit RGBA or palette');
      channels = colour === 6 ? 4 : 1;
    }
    if (type === 'PLTE') palette = body;
    if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const byte = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (data[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (data[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (data[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      data[y * stride + x] = (byte + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data };
  if (!palette) throw new Error('Palette PNG without PLTE');
  const rgba = new Uint8Array(width * height * 4);
  data.forEach((index, i) => {
    rgba.set(palette!.subarray(index * 3, index * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  });
  return { width, height, data: rgba };
}

/** The share of pixels in the box whose colour differs from `background` (#rrggbb). */
export function inkShare(
  px: Pixels,
  background: string,
  box = { x: 0, y: 0, width: px.width, height: px.height },
): number {
  const bg = [1, 3, 5].map((i) => Number.parseInt(background.slice(i, i + 2), 16));
  let ink = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * px.width + x) * 4;
      const far = bg.some((v, k) => Math.abs((px.data[i + k] ?? 0) - (v ?? 0)) > 40);
      if (far) ink++;
    }
  }
  return ink / (box.width * box.height);
}

/** The pixel at (x, y) as #rrggbb. */
export function colourAt(px: Pixels, x: number, y: number): string {
  const i = (y * px.width + x) * 4;
  return '#' + [0, 1, 2].map((k) => (px.data[i + k] ?? 0).toString(16).padStart(2, '0')).join('');
}
