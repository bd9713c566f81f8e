/** SVG made comparable for snapshots, as observablehq/plot does: numbers rounded to 2 decimals,
 *  ids renumbered in order of appearance (and every reference to them), one element a line. */
export function normaliseSvg(svg: string): string {
  const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1] ?? '');
  let out = svg.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(["#( ])${escaped}(?=[") ])`, 'g'), `$1id-${i}`);
  });
  return out.replace(/></g, '>\n<') + '\n';
}
