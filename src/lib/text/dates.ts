/** Dates as Chinese text. */

/** An ISO date as Chinese: 2018-08-27 → 2018年8月27日 (no Date object: no time zone involved). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
