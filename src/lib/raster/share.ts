/**
 * Open Graph share images (1200×630) as SVG: one for a figure, one for a speech's home page.
 * Laid out top-down with estimated text widths; every block shrinks, then is cut with "…",
 * rather than overflow.
 */
import { el, esc } from '../charts/svg';
import { fitText } from '../text/wrap';

export const SITE_NAME = '讲话里的数字';
export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;

/** The speech a figure comes from, as shown. */
export interface ShareSpeech {
  speaker: string;
  /** As displayed, e.g. 2018年8月27日. */
  date: string;
  title: string;
}

export interface FigureShareCard {
  kind: 'figure';
  /** The figure as written, with multiplier, unit and qualifier: 22.66万户, 近4000家. */
  value: string;
  /** What it measures: 新增市场主体. */
  subject: string;
  /** Its scopes joined as read: 五年来 or 全市 · 今年上半年; may be empty. */
  scope: string;
  /** The chart title, or the sentence the figure stands in. */
  text: string;
  /** Where the figure stands in `text` (UTF-16 offsets, end exclusive): drawn in the accent. */
  mark?: { start: number; end: number };
  /** A claim a check finds inconsistent: the value in the alarm colour, and 核对不符 said. */
  inQuestion?: boolean;
  speech: ShareSpeech;
  site?: string;
}

export interface SpeechShareCard {
  kind: 'speech';
  speech: ShareSpeech;
  figureCount: number;
  checkCount: number;
  /** The completeness notice when the text is a fragment; absent for a whole speech. */
  notice?: string;
  site?: string;
}

export type ShareCard = FigureShareCard | SpeechShareCard;

const COLOURS = {
  bg: '#fafaf9',
  ink: '#1c1917',
  muted: '#57534e',
  accent: '#c2410c',
  /** The alarm colour of the charts (--chart-bad, light): a claim in question. */
  bad: '#b91c1c',
  rule: '#d6d3d1',
  noticeBg: '#fff7ed',
} as const;

/** Noto Sans SC's middle dot is full width: it needs no spaces beside it. */
const SEP = '·';
const MARGIN = 80;
const INNER = SHARE_WIDTH - 2 * MARGIN;
/** Top of the tallest CJK glyph above the baseline, in em (Noto Sans SC). */
const ASCENT = 0.88;

interface Style {
  fill: string;
  weight?: number;
  lineHeight?: number;
  /** Where in the text to set in accent bold: [start, end) in UTF-16 offsets of the text. */
  mark?: [number, number];
}

interface Block {
  markup: string;
  /** From the block's top to below its last line. */
  height: number;
}

/** A line's markup with the part of [from, to) that falls in it (line starts at `at`) marked. */
function marked(line: string, at: number, mark: [number, number] | undefined): string {
  if (!mark) return esc(line);
  const a = Math.min(Math.max(mark[0] - at, 0), line.length);
  const b = Math.min(Math.max(mark[1] - at, 0), line.length);
  if (a >= b) return esc(line);
  const accent = el('tspan', { fill: COLOURS.accent, 'font-weight': 700 }, esc(line.slice(a, b)));
  return esc(line.slice(0, a)) + accent + esc(line.slice(b));
}

/** Lines set from `top` downward at `size`, first baseline one ascent down; `source` is the
 *  text they were wrapped from, to find where each line starts for the mark. */
function lines(texts: string[], size: number, top: number, style: Style, source = ''): Block {
  const step = size * (style.lineHeight ?? 1.3);
  let from = 0;
  const markup = texts
    .map((t, i) => {
      let at = source.indexOf(t, from);
      if (at === -1 && t.endsWith('…')) at = source.indexOf(t.slice(0, -1), from);
      if (at !== -1) from = at + t.length;
      return el(
        'text',
        {
          x: MARGIN,
          y: top + size * ASCENT + i * step,
          'font-size': size,
          'font-weight': style.weight,
          fill: style.fill,
        },
        marked(t, at, at === -1 ? undefined : style.mark),
      );
    })
    .join('');
  return { markup, height: size * ASCENT + (texts.length - 1) * step + size * 0.2 };
}

/** `text` fitted into at most `maxHeight` below `top`, as large as `sizes` allow. */
function fitted(
  text: string,
  top: number,
  maxHeight: number,
  sizes: readonly number[],
  style: Style,
): Block {
  const step = style.lineHeight ?? 1.3;
  const fit = fitText(
    text,
    INNER,
    sizes,
    (size) => Math.floor((maxHeight - size * (ASCENT + 0.2)) / (size * step)) + 1,
  );
  return lines(fit.lines, fit.size, top, style, text);
}

function frame(body: string): string {
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: SHARE_WIDTH,
      height: SHARE_HEIGHT,
      viewBox: `0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}`,
      'font-family': '"Noto Sans SC", sans-serif',
    },
    el('rect', { width: SHARE_WIDTH, height: SHARE_HEIGHT, fill: COLOURS.bg }) +
      el('rect', { width: 16, height: SHARE_HEIGHT, fill: COLOURS.accent }) +
      body,
  );
}

const HEADER_TOP = 72;

/** Blocks laid one under another, starting below the site name. */
function stack(head: Block): {
  add: (b: Block, gap: number) => void;
  at: () => number;
  markup: () => string;
} {
  const parts = [head.markup];
  let y = HEADER_TOP + head.height + 36;
  return {
    add: (b, gap) => {
      parts.push(b.markup);
      y += b.height + gap;
    },
    at: () => y,
    markup: () => parts.join(''),
  };
}

function header(site: string): Block {
  return lines([site], 30, HEADER_TOP, { fill: COLOURS.accent, weight: 700 });
}

const speechLine = (s: ShareSpeech): string => [s.speaker, s.date, s.title].join(SEP);

function figureSvg(card: FigureShareCard): string {
  const { add, at, markup } = stack(header(card.site ?? SITE_NAME));
  add(
    fitted(card.value, at(), 150, [144, 128, 112, 96, 80, 64], {
      fill: card.inQuestion ? COLOURS.bad : COLOURS.ink,
      weight: 700,
    }),
    20,
  );
  const about = [card.subject, card.scope, card.inQuestion ? '核对不符' : '']
    .filter((s) => s !== '')
    .join(SEP);
  if (about !== '') add(fitted(about, at(), 52, [40, 36, 32, 28], { fill: COLOURS.muted }), 28);
  const ruleY = SHARE_HEIGHT - 100;
  if (card.text !== '') {
    add(
      fitted(card.text, at(), ruleY - 28 - at(), [36, 32, 30, 28], {
        fill: COLOURS.ink,
        lineHeight: 1.5,
        mark: card.mark && [card.mark.start, card.mark.end],
      }),
      0,
    );
  }
  const footer = fitted(speechLine(card.speech), ruleY + 28, 40, [26, 24, 22], {
    fill: COLOURS.muted,
  });
  const rule = el('rect', { x: MARGIN, y: ruleY, width: INNER, height: 2, fill: COLOURS.rule });
  return frame(markup() + rule + footer.markup);
}

/** The fragment notice in a tinted box with an accent bar, its bottom at the bottom margin. */
function noticeBox(text: string): Block {
  const pad = 20;
  const fit = fitText(text, INNER, [26, 24, 22], 2);
  const height = fit.size * (ASCENT + 0.2) + (fit.lines.length - 1) * fit.size * 1.4 + 2 * pad;
  const top = SHARE_HEIGHT - 56 - height;
  const box = { x: MARGIN - 24, y: top, height };
  const markup =
    el('rect', { ...box, width: INNER + 48, rx: 8, fill: COLOURS.noticeBg }) +
    el('rect', { ...box, width: 6, fill: COLOURS.accent }) +
    lines(fit.lines, fit.size, top + pad, { fill: COLOURS.ink, lineHeight: 1.4 }).markup;
  return { markup, height: height + 24 };
}

function speechSvg(card: SpeechShareCard): string {
  const { add, at, markup } = stack(header(card.site ?? SITE_NAME));
  const notice = card.notice ? noticeBox(card.notice) : { markup: '', height: 0 };
  const bottom = SHARE_HEIGHT - 56 - notice.height;
  const title = fitted(card.speech.title, at(), bottom - at() - 150, [64, 56, 52, 48, 44], {
    fill: COLOURS.ink,
    weight: 700,
    lineHeight: 1.25,
  });
  add(title, 24);
  add(
    fitted(card.speech.speaker + SEP + card.speech.date, at(), 48, [34, 30, 28], {
      fill: COLOURS.muted,
    }),
    28,
  );
  const counts = `共${card.figureCount}个数字${SEP}${card.checkCount}项核对`;
  add(fitted(counts, at(), 60, [44, 40, 36], { fill: COLOURS.accent, weight: 700 }), 0);
  return frame(markup() + notice.markup);
}

/** The share image of a figure or a speech, as an SVG document of 1200×630. */
export function shareSvg(card: ShareCard): string {
  return card.kind === 'figure' ? figureSvg(card) : speechSvg(card);
}
