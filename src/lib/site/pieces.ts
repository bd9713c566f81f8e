/**
 * Cuts a stretch of the source into the pieces a page shows: plain text, repaired damage and
 * marked figures (which may hold a repair inside). Pure, so the reading page only places them.
 */

export interface Mark {
  start: number;
  end: number;
  id: string;
}

export type Piece =
  | { kind: 'text'; text: string }
  | {
      kind: 'repair';
      id: string;
      original: string;
      shown: string;
      /** Punctuation shown full-width: set as plain text, too common to mark each. */
      plain: boolean;
    }
  | { kind: 'figure'; id: string; children: Piece[] };

export interface RepairMark extends Mark {
  text: string;
  takenFor: string | null;
  repaired: boolean;
  kind?: string;
}

function within<T extends Mark>(marks: readonly T[], start: number, end: number): T[] {
  return marks.filter((m) => m.start >= start && m.end <= end).sort((a, b) => a.start - b.start);
}

function repairPieces(
  text: string,
  start: number,
  end: number,
  repairs: readonly RepairMark[],
): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const r of within(repairs, start, end)) {
    if (r.start < at) continue;
    if (r.start > at) out.push({ kind: 'text', text: text.slice(at, r.start) });
    const shown = r.repaired && r.takenFor !== null ? r.takenFor : r.text;
    out.push({
      kind: 'repair',
      id: r.id,
      original: r.text,
      shown,
      plain: r.kind === 'punctuation',
    });
    at = r.end;
  }
  if (at < end) out.push({ kind: 'text', text: text.slice(at, end) });
  return out;
}

/**
 * Pieces of `text.slice(start, end)`. Figures are outer marks; repairs may sit inside a figure
 * or between figures. Overlapping figures keep the first.
 */
export function piecesOf(
  text: string,
  start: number,
  end: number,
  figures: readonly Mark[],
  repairs: readonly RepairMark[],
): Piece[] {
  const out: Piece[] = [];
  let at = start;
  for (const f of within(figures, start, end)) {
    if (f.start < at) continue;
    out.push(...repairPieces(text, at, f.start, repairs));
    out.push({ kind: 'figure', id: f.id, children: repairPieces(text, f.start, f.end, repairs) });
    at = f.end;
  }
  out.push(...repairPieces(text, at, end, repairs));
  return out;
}

/** The original characters a list of pieces came from, for tests and copy-out. */
export function originalOf(pieces: readonly Piece[]): string {
  return pieces
    .map((p) =>
      p.kind === 'text' ? p.text : p.kind === 'repair' ? p.original : originalOf(p.children),
    )
    .join('');
}

/** What a reader sees of some pieces (repairs applied), and where the figure pieces stand in it. */
export function shownOf(pieces: readonly Piece[]): { text: string; figures: Mark[] } {
  let text = '';
  const figures: Mark[] = [];
  for (const p of pieces) {
    if (p.kind === 'text') text += p.text;
    else if (p.kind === 'repair') text += p.shown;
    else {
      const start = text.length;
      text += shownOf(p.children).text;
      figures.push({ id: p.id, start, end: text.length });
    }
  }
  return { text, figures };
}
