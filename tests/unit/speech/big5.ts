/**
 * A Big5 encoder for tests, built by inverting the platform's decoder over every two-byte
 * sequence. It throws on a character Big5 lacks, so a test cannot silently encode something else.
 */
const buildTable = (): Map<string, [number, number]> => {
  const decoder = new TextDecoder('big5', { fatal: true });
  const table = new Map<string, [number, number]>();
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail > 0x7e && trail < 0xa1) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
};

let table: Map<string, [number, number]> | null = null;

export const encodeBig5 = (s: string): Uint8Array => {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`no Big5 code for U+${code.toString(16)}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
};
