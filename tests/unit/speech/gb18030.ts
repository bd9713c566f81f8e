/**
 * A small GB18030 encoder for tests, covering ASCII and the two-byte (GBK) range, built by
 * inverting the platform's decoder over every two-byte sequence. It throws on a character
 * outside that range, so a test cannot silently encode something else.
 */
const buildTable = (): Map<string, [number, number]> => {
  const decoder = new TextDecoder('gb18030', { fatal: true });
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
};

let table: Map<string, [number, number]> | null = null;

export const encodeGb18030 = (s: string): Uint8Array => {
  table ??= buildTable();
  const bytes: number[] = [];
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = table.get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for U+${code.toString(16)}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
};
