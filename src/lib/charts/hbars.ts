/** Horizontal bars from zero, one row per figure, name on the left and value at the bar's end:
 *  the drawing shared by growth rates beside their siblings and by rank counts. */
import { scaleLinear } from 'd3';
import { el, textEl } from './svg';
import { colour, fontSize } from './theme';
import { LINE, textWidth, wrap } from './text';

export interface HBar {
  id: string;
  name: string;
  value: number;
  valueText: string;
  highlight: boolean;
  /** A range to draw as a whisker over the bar (what rounding allows). */
  range?: [number, number];
  /** The claim a check finds inconsistent: alarm colour, and 不符 written beside its value. */
  bad?: boolean;
  /** A value the site computed, not one the speech states: drawn as an outline. */
  computed?: boolean;
  /** An approximate value (左右): the bar's end is drawn open, 8% either side of the value. */
  approx?: boolean;
}

/** How far either side of an approximate value its open end reaches. */
const FUZZ = 0.08;

const BAR = 18;

/** Said in words beside an inconsistent claim, so that it is not told by colour alone. */
const BAD_TAG = '✕不符';

/** The colour of a bar and its words: the alarm goes on the claim in question, before all else. */
const tone = (b: HBar, other: 'mark' | 'ink'): 'bad' | 'highlight' | 'mark' | 'ink' =>
  b.bad ? 'bad' : b.highlight ? 'highlight' : other;

export function hbars(bars: HBar[], width: number): { markup: string; height: number } {
  const size = fontSize.small;
  const nameWidth = Math.min(
    width * 0.4,
    Math.max(...bars.map((b) => textWidth(b.name, size))) + 8,
  );
  const valueText = (b: HBar): string => (b.bad ? `${b.valueText} ${BAD_TAG}` : b.valueText);
  const valueRoom = Math.max(...bars.map((b) => textWidth(valueText(b), fontSize.label))) + 6;
  const min = Math.min(0, ...bars.map((b) => b.value));
  const max = Math.max(
    0,
    ...bars.map((b) => Math.max(b.value * (b.approx ? 1 + FUZZ : 1), b.range?.[1] ?? 0)),
  );
  const x = scaleLinear()
    .domain([min, max === min ? 1 : max])
    .range([nameWidth + (min < 0 ? valueRoom : 0), width - valueRoom]);
  let y = 0;
  const rows = bars.map((b) => {
    const names = wrap(b.name, nameWidth - 8, size).slice(0, 2);
    const rowH = Math.max(BAR, names.length * size * LINE.height) + 8;
    const top = y;
    y += rowH;
    const barY = top + (rowH - 8 - BAR) / 2;
    const solidEnd = b.approx ? b.value * (1 - FUZZ) : b.value;
    const x0 = Math.min(x(0), x(solidEnd));
    const x1 = Math.max(x(0), x(solidEnd));
    const fuzzEnd = b.approx ? x(b.value * (1 + FUZZ)) : x1;
    const textY = barY + BAR / 2 + fontSize.label * 0.35;
    const nameTop = top + (rowH - 8 - names.length * size * LINE.height) / 2;
    return (
      names
        .map((n, i) =>
          textEl(nameWidth - 8, nameTop + i * size * LINE.height + size * LINE.ascent, n, {
            size,
            anchor: 'end',
            fill: tone(b, 'ink'),
          }),
        )
        .join('') +
      el('rect', {
        x: x0,
        y: barY,
        width: Math.max(1, x1 - x0),
        height: BAR,
        fill: b.computed ? 'none' : colour(tone(b, 'mark')),
        stroke: b.computed ? colour('ink') : undefined,
        'stroke-dasharray': b.computed ? '4 2' : undefined,
        'data-figure': b.id,
      }) +
      (b.approx
        ? el('rect', {
            x: x1,
            y: barY,
            width: fuzzEnd - x1,
            height: BAR,
            fill: 'none',
            stroke: colour(b.highlight ? 'highlight' : 'mark'),
            'stroke-dasharray': '3 2',
          })
        : '') +
      (b.range
        ? el('path', {
            d: `M${x(b.range[0])},${barY + BAR / 2}H${x(b.range[1])}M${x(b.range[0])},${barY + 3}v${BAR - 6}M${x(b.range[1])},${barY + 3}v${BAR - 6}`,
            stroke: colour('ink'),
            'stroke-width': 1.5,
            fill: 'none',
          })
        : '') +
      textEl(
        (b.value < 0 ? x0 : Math.max(fuzzEnd, x(b.range?.[1] ?? 0))) + (b.value < 0 ? -4 : 4),
        textY,
        valueText(b),
        {
          size: fontSize.label,
          anchor: b.value < 0 ? 'end' : 'start',
          weight: 700,
          fill: tone(b, 'ink'),
        },
      )
    );
  });
  const zero = el('path', { d: `M${x(0)},0V${y - 8}`, stroke: colour('ink'), 'stroke-width': 1 });
  return { markup: rows.join('') + zero, height: y };
}
