/**
 * 全年预计: the same quantity over different periods in one sentence (五年来…36960份，今年发放
 * 3790份，全年预计完成8000份左右). Nothing to compare; the working sets them side by side.
 */
import { fmt } from '../format';
import { periodOf } from '../periods';
import type { Figure } from '../types';
import { conclusion } from './arithmetic';
import { draft } from './common';
import type { Draft, FindInput, RelationKind } from './kind';
import { cn, shown } from './working';

function find({ view, figures }: FindInput): Draft[] {
  const forecast = figures.find((f) => f.scope.time.some((t) => t.includes('预计')));
  if (forecast === undefined) return [];
  const others = figures.filter(
    (f) =>
      f !== forecast &&
      f.unit === forecast.unit &&
      f.subject === forecast.subject &&
      f.start < forecast.start,
  );
  if (others.length === 0) return [];
  const role = (f: Figure) =>
    f.scope.time.some((t) => /年来|以来/.test(t)) ? 'history' : 'so-far';
  const word = view.lastIndexOf('预计', forecast.start);
  const at = word >= forecast.sentence.start ? word : forecast.start;
  return [
    draft(
      'forecast',
      [...others.map((f): [string, Figure] => [role(f), f]), ['forecast', forecast]],
      { text: '预计', start: at, end: forecast.start },
    ),
  ];
}

export const forecast: RelationKind = {
  type: 'forecast',
  cues: ['全年预计', '预计'],
  find,
  check(_relation, m) {
    const planned = m.one('forecast');
    if (planned === undefined) return null;
    const history = m.one('history');
    const soFar = m.one('so-far');
    const working: string[] = [];
    if (history !== undefined) {
      const years = periodOf(history.scope.time)?.years ?? 5;
      working.push(
        `${history.scope.time.join('')}共${shown(history)}，按${years}年平均每年约${cn(history.value / years, history.unit, 0)}；全年预计${planned.display}约为这个平均数的${fmt(planned.value / (history.value / years), 2)}倍。`,
      );
    }
    if (soFar !== undefined) {
      working.push(
        `今年已完成${shown(soFar)}，占全年预计的${fmt((soFar.value / planned.value) * 100, 1)}%，余下约${cn(planned.value - soFar.value, planned.unit, 0)}。`,
      );
    }
    working.push(conclusion('uncheckable', '预计数无从核对，仅列出推算。'));
    return {
      title: `全年预计：${planned.subject}`,
      verdict: 'uncheckable',
      working,
      assumptions: ['“五年来”的累计数是否包含今年的数，文中未说明。'],
      computed: { value: planned.value, low: planned.value, high: planned.value },
    };
  },
};
