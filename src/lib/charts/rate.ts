/** A rate per period (平均每天新增193户) beside the rate the total and the period imply, as the
 *  check computes it; an inconsistency is drawn in its own colour and said in words. */
import { standingLabel, standingOf } from '../figures/standing';
import type { Check, Figure } from '../figures/types';
import { formatFigure, formatNumber } from './format';
import { computedRow, figureRow, type FormOptions, type Panel } from './panel';
import { hbars } from './hbars';
import { textBlock } from './text';
import { sentences } from '../text/prose';
import { group } from './svg';
import { fontSize } from './theme';

export interface RateData {
  total: Figure | null;
  rate: Figure;
  check: Check | null;
}

export function rate(data: RateData, o: FormOptions): Panel {
  const { total, rate: r, check } = data;
  const computed = check?.computed;
  const standing = check ? standingOf(check) : 'uncheckable';
  const bad = standing === 'inconsistent';
  const unit = r.unit;
  const head = total
    ? textBlock(
        `总数：${[...total.scope.time, total.subject].filter(Boolean).join('')}${formatFigure(total)}`,
        0,
        0,
        o.width,
        {
          size: fontSize.label,
          fill: total.id === o.highlight ? 'highlight' : 'ink',
          weight: 700,
          figure: total.id,
        },
      )
    : { markup: '', height: 0 };
  const bars = hbars(
    [
      {
        id: r.id,
        name: '文中所述',
        value: r.value,
        valueText: formatFigure(r),
        highlight: r.id === o.highlight,
        bad,
      },
      ...(computed
        ? [
            {
              id: `${r.id}-computed`,
              name: '按文中数字计算',
              value: computed.value,
              valueText: `约${formatNumber(computed.value, 1)}${unit}`,
              highlight: false,
              computed: true,
              range: [computed.low, computed.high] as [number, number],
            },
          ]
        : []),
    ],
    o.width,
  );
  const barsTop = head.height + (head.height ? 6 : 0);
  const verdict = check
    ? `核对：${standingLabel[standing]}` +
      (computed
        ? `。文中${formatNumber(check.stated ?? r.value, 2)}，计算得${formatNumber(computed.low, 2)}至${formatNumber(computed.high, 2)}`
        : '')
    : '核对：无法从文中核对';
  const verdictBlock = textBlock(verdict, 0, barsTop + bars.height + 2, o.width, {
    size: fontSize.label,
    fill: bad ? 'bad' : 'ink',
    weight: 700,
  });
  const workTop = barsTop + bars.height + 2 + verdictBlock.height + 2;
  const work = textBlock(
    sentences([...(check?.working ?? []), ...(check?.assumptions ?? []).map((a) => `假定：${a}`)]),
    0,
    workTop,
    o.width,
    { size: fontSize.small, fill: 'muted' },
  );
  return {
    body: head.markup + group(0, barsTop, bars.markup) + verdictBlock.markup + work.markup,
    height: workTop + work.height,
    summary:
      `${total ? `${total.subject}${formatFigure(total)},` : ''}${r.subject}${formatFigure(r)}` +
      (computed ? `；按文中数字计算约为${formatNumber(computed.value, 1)}${unit}` : '') +
      `;${verdict.split('。')[0]}`,
    rows: [
      ...(total ? [figureRow('总数', total)] : []),
      figureRow('文中所述速率', r),
      ...(computed
        ? [
            computedRow(
              '按文中数字计算',
              `${formatNumber(computed.value, 1)}${unit}(${formatNumber(computed.low, 1)}至${formatNumber(computed.high, 1)})`,
            ),
          ]
        : []),
      ['核对结论', standingLabel[standing], ''],
    ],
  };
}
