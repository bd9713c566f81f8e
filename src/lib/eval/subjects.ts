/**
 * Whether a predicted subject names the same thing as the gold one. Subjects are phrases, so
 * exact equality asks too much: one containing the other (国内生产总值 in 国内生产总值增长) counts
 * when the shorter holds at least half the longer — a bare 比例 or 贡献率 names nothing — and so
 * does sharing at least half their character pairs (Dice coefficient).
 */
const NOISE = /[\s“”"‘’'（）()、，,：:；;。]/g;

const bigrams = (s: string): string[] => [...s].slice(0, -1).map((c, i) => c + [...s][i + 1]);

export function subjectsAgree(predicted: string, gold: string): boolean {
  const a = predicted.replace(NOISE, '');
  const b = gold.replace(NOISE, '');
  if (a.length === 0 || b.length === 0) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.includes(short) && 2 * short.length >= long.length) return true;
  const pa = bigrams(a);
  const pb = bigrams(b);
  const pool = [...pb];
  let shared = 0;
  for (const g of pa) {
    const at = pool.indexOf(g);
    if (at >= 0) {
      shared += 1;
      pool.splice(at, 1);
    }
  }
  return pa.length + pb.length > 0 && (2 * shared) / (pa.length + pb.length) >= 0.5;
}
