import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 48;
const HAN = /[\u4e00-\u9fff]/;

// Pinyin of single characters, remembered: the same few hundred characters recur in every id.
const READINGS = new Map<string, string>();

function reading(ch: string): string {
  let found = READINGS.get(ch);
  if (found === undefined) {
    found = (pinyin(ch, { toneType: 'none', v: true }) || '')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    READINGS.set(ch, found);
  }
  return found;
}

function syllables(text: string): string[] {
  return [...text].map(reading);
}

/**
 * 市场主体 → shichang-zhuti: the last four characters (Chinese puts the head noun last), in pairs;
 * a run of Latin letters or digits counts as one character (500强企业 → 500qiang-qiye).
 */
export function subjectSlug(subject: string): string {
  const units = (subject.match(/[A-Za-z0-9]+|[\u4e00-\u9fff]/g) ?? []).slice(-4);
  const parts = units.map((u) => (HAN.test(u) ? syllables(u).join('') : u.toLowerCase()));
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 2) words.push(parts.slice(i, i + 2).join(''));
  return words.join('-');
}

/** 22.66万户 → 22-66wan-hu, 34.67?% → 34-67pct, 排第3位 → di3wei: the figure as written. */
export function textSlug(text: string): string {
  const tokens: string[] = [];
  let current = '';
  let kind: 'num' | 'han' | null = null;
  const flush = () => {
    if (current !== '') tokens.push(current);
    current = '';
  };
  for (const ch of text) {
    const normal = /[０-９]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
    if (/[-−－]/.test(normal) && tokens.length === 0 && current === '') {
      // A written minus sign: -6.8% and 6.8% must not share an id.
      current = 'fu';
      kind = 'num';
    } else if (/[0-9]/.test(normal)) {
      if (kind !== 'num') flush();
      kind = 'num';
      current += normal;
    } else if (normal === '.' || normal === '．') {
      if (kind === 'num') current += '-';
    } else if (normal === ':' || normal === '∶') {
      // 2.9∶1 → 2-9-bi-1, not 2-91.
      flush();
      tokens.push('bi');
      kind = null;
    } else if (normal === '%' || normal === '％') {
      flush();
      tokens.push('pct');
      kind = null;
    } else if (HAN.test(normal)) {
      // A multiplier or 多 right after digits stays with them: 22-66wan, 8000duowan.
      if (kind === 'num' && /[万亿多余]/.test(normal)) current += syllables(normal).join('');
      else {
        if (kind !== 'han') flush();
        kind = 'han';
        current += syllables(normal).join('');
      }
    }
  }
  flush();
  return tokens.join('-');
}

/** The id before any collision suffix, at most 48 characters, [a-z0-9-]. */
export function baseId(subject: string, text: string): string {
  const tail = textSlug(text) || 'figure';
  const room = MAX_LENGTH - tail.length - 4; // keep room for a -NN suffix
  let head = subjectSlug(subject);
  while (head.length > room && head.includes('-')) head = head.slice(head.indexOf('-') + 1);
  if (head.length > room) head = '';
  const id = head === '' ? tail : `${head}-${tail}`;
  return id.slice(0, MAX_LENGTH - 4).replace(/-+$/, '');
}

/** Suffix -2, -3 … only for true collisions, counted in document order. */
export function uniqueIds(bases: readonly string[]): string[] {
  const used = new Set<string>();
  const counts = new Map<string, number>();
  return bases.map((base) => {
    let n = (counts.get(base) ?? 0) + 1;
    let id = n === 1 ? base : `${base}-${n}`;
    // A written decimal can look like a suffix (3747.2 → 3747-2): step past any id in use.
    while (used.has(id)) id = `${base}-${++n}`;
    counts.set(base, n);
    used.add(id);
    return id;
  });
}
