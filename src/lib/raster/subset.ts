/**
 * Font subsetting with HarfBuzz (harfbuzzjs, WebAssembly, no install script), run synchronously:
 * the module has no imports, so it is compiled and instantiated once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface HbSubset {
  memory: WebAssembly.Memory;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  _initialize(): void;
}

/** HB_MEMORY_MODE_WRITABLE: HarfBuzz may use the bytes in place. */
const MEMORY_MODE_WRITABLE = 2;
/** HB_SUBSET_FLAGS_NO_HINTING: the rasteriser ignores hinting, so its bytes are dead weight. */
const FLAG_NO_HINTING = 0x1;

let instance: HbSubset | undefined;

function hb(): HbSubset {
  if (!instance) {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
    const exports = new WebAssembly.Instance(new WebAssembly.Module(wasm), {}).exports;
    instance = exports as unknown as HbSubset;
    instance._initialize();
  }
  return instance;
}

/**
 * The font cut down to the glyphs of the given code points (those the font lacks are skipped).
 * Same font and same code points give the same bytes.
 */
export function subsetFont(font: Uint8Array, codePoints: Iterable<number>): Uint8Array {
  const h = hb();
  const ptr = h.malloc(font.byteLength);
  new Uint8Array(h.memory.buffer, ptr, font.byteLength).set(font);
  const blob = h.hb_blob_create(ptr, font.byteLength, MEMORY_MODE_WRITABLE, 0, 0);
  const face = h.hb_face_create(blob, 0);
  h.hb_blob_destroy(blob);
  const input = h.hb_subset_input_create_or_fail();
  try {
    if (input === 0) throw new Error('HarfBuzz could not create a subset input');
    const unicodes = h.hb_subset_input_unicode_set(input);
    for (const cp of codePoints) h.hb_set_add(unicodes, cp);
    h.hb_subset_input_set_flags(input, FLAG_NO_HINTING);
    const subset = h.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error('HarfBuzz could not subset the font');
    const out = h.hb_face_reference_blob(subset);
    // Copy out before freeing: the wasm memory is reused by the next call.
    const bytes = new Uint8Array(
      h.memory.buffer,
      h.hb_blob_get_data(out, 0),
      h.hb_blob_get_length(out),
    ).slice();
    h.hb_blob_destroy(out);
    h.hb_face_destroy(subset);
    return bytes;
  } finally {
    if (input !== 0) h.hb_subset_input_destroy(input);
    h.hb_face_destroy(face);
    h.free(ptr);
  }
}
