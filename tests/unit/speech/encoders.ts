/**
 * Small encoders for tests, for encodings the platform decodes but cannot encode, built by
 * inverting its decoder over every two-byte sequence. ASCII passes through; a character outside
 * the table throws, so a test cannot silently encode something else.
 */
const twoByteEncoder = (
  label: string,
  lead: readonly [number, number],
  isTrail: (byte: number) => boolean,
): ((s: string) => Uint8Array) => {
  let table: Map<string, [number, number]> | null = null;
  const build = (): Map<string, [number, number]> => {
    const decoder = new TextDecoder(label, { fatal: true });
    const built = new Map<string, [number, number]>();
    for (let l = lead[0]; l <= lead[1]; l++) {
      for (let t = 0x40; t <= 0xfe; t++) {
        if (!isTrail(t)) continue;
        try {
          const ch = decoder.decode(new Uint8Array([l, t]));
          if (!built.has(ch)) built.set(ch, [l, t]);
        } catch {
          // No character at this code.
        }
      }
    }
    return built;
  };
  return (s) => {
    table ??= build();
    const bytes: number[] = [];
    for (const ch of s) {
      const code = ch.codePointAt(0) ?? 0;
      if (code < 0x80) {
        bytes.push(code);
        continue;
      }
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte ${label} code for U+${code.toString(16)}`);
      bytes.push(...pair);
    }
    return new Uint8Array(bytes);
  };
};

/** GB18030's two-byte (GBK) range. */
export const encodeGb18030 = twoByteEncoder('gb18030', [0x81, 0xfe], (t) => t !== 0x7f);

/** Big5's standard range (lead bytes A1–F9). */
export const encodeBig5 = twoByteEncoder('big5', [0xa1, 0xf9], (t) => t <= 0x7e || t >= 0xa1);
