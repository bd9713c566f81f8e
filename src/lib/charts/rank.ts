/** A rank placed among the places ranked: a strip of N cells with the ranked place marked. When N
 *  is unknown the strip is left open and says so. */
import type { Figure } from '../figures/types';
import { formatFigure } from './format';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { LINE, placeLabels, textBlock } from './text';
import { figureRow, labelColour, markColour, type FormOptions, type Panel } from './panel';

export interface RankData {
  /** Rank figures of one subject (排全省第四位, 居全省倒数第一), drawn on one strip. */
  ranks: Figure[];
  /** How many places are ranked, from the text or editors' context; null when unknown. */
  total: number | null;
  /** Where the total comes from, said on the chart. */
  totalSource: 'text' | 'context' | null;
  /** Other figures the rank is about (the 22.66万户 ranked third), named under the strip. */
  about: Figure[];
}

/** Whether a rank counts from the bottom: 倒数第一. */
export const fromBottom = (f: Figure): boolean => f.fromEnd ?? f.text.includes('倒数');

const CELL_GAP = 2;
const CELL_H = 24;

export function rank(data: RankData, o: FormOptions): Panel {
  const known = data.total;
  const deepest = Math.max(...data.ranks.map((r) => r.value));
  // Unknown N: draw the places up to two past the deepest rank, then an open end.
  const shown = known ?? deepest + 2;
  const position = (r: Figure): number =>
    fromBottom(r) ? (known !== null ? known - r.value + 1 : shown - r.value + 1) : r.value;
  const slots = known ?? shown + 1;
  const cell = (o.width - CELL_GAP * (slots - 1)) / slots;
  const cx = (p: number): number => (p - 1) * (cell + CELL_GAP) + cell / 2;
  const ranked = new Map(data.ranks.map((r) => [position(r), r]));
  const cells = Array.from({ length: slots }, (_, i) => {
    const p = i + 1;
    const r = ranked.get(p);
    const open = known === null && p === slots;
    const x0 = i * (cell + CELL_GAP);
    const bottomUnknown = known === null && data.ranks.some(fromBottom);
    const number = open ? '…' : bottomUnknown ? '' : String(p);
    return (
      el('rect', {
        x: x0,
        y: 0,
        width: cell,
        height: CELL_H,
        fill: r ? colour(markColour(r.id, o.highlight)) : 'none',
        stroke: colour(r ? markColour(r.id, o.highlight) : 'grid'),
        'stroke-dasharray': open ? '3 3' : undefined,
        'data-figure': r?.id,
      }) +
      (r || number === '' || cell < 16
        ? ''
        : textEl(x0 + cell / 2, CELL_H / 2 + fontSize.small * 0.35, number, {
            size: fontSize.small,
            fill: 'muted',
            anchor: 'middle',
          }))
    );
  });
  // Ranks of one subject differ by when they held: 2016年前 倒数第一, now 第四.
  const names = data.ranks.map((r) => r.scope.time.join(''));
  const labels = placeLabels(
    data.ranks.map((r, i) => ({
      x: cx(position(r)),
      lines: [
        {
          text: r.text,
          style: { size: fontSize.label, fill: labelColour(r.id, o.highlight), weight: 700 },
        },
        ...(names[i] && names[i] !== r.text
          ? [{ text: names[i] ?? '', style: { size: fontSize.small, fill: 'muted' as const } }]
          : []),
      ],
    })),
    CELL_H + 6,
    0,
    o.width,
  );
  let y = CELL_H + 6 + labels.height + 2;
  const ends =
    known !== null
      ? textEl(0, y + fontSize.small * LINE.ascent, '第1位', {
          size: fontSize.small,
          fill: 'muted',
        }) +
        textEl(o.width, y + fontSize.small * LINE.ascent, `第${known}位`, {
          size: fontSize.small,
          fill: 'muted',
          anchor: 'end',
        })
      : '';
  if (known !== null) y += fontSize.small * LINE.height + 4;
  const totalText =
    known === null
      ? '参与排名的总数（N）未知：文中没有说明，编辑也未提供。'
      : data.totalSource === 'context'
        ? `共${known}个参与排名（文中未说明，据编辑提供的背景资料）。`
        : `共${known}个参与排名。`;
  const aboutText = data.about.length
    ? `排名所指：${data.about.map((f) => `${f.subject}${formatFigure(f)}`).join('、')}。`
    : '';
  const block = textBlock(totalText + aboutText, 0, y, o.width, {
    size: fontSize.small,
    fill: known === null ? 'ink' : 'muted',
    weight: known === null ? 700 : undefined,
  });
  const ranksText = data.ranks.map((r) => r.display).join(',');
  return {
    body: cells.join('') + labels.markup + ends + block.markup,
    height: y + block.height,
    summary:
      known === null ? `${ranksText}；参与排名的总数未知` : `${ranksText}，共${known}个参与排名`,
    rows: [
      ...data.ranks.map((r, i) => figureRow(names[i] || '名次', r)),
      [
        '参与排名的总数',
        known === null ? '未知' : String(known),
        data.totalSource === 'text' ? '文中' : data.totalSource === 'context' ? '背景资料' : '',
      ],
      ...data.about.map((f) => figureRow(f.subject || '排名所指', f)),
    ],
  };
}
