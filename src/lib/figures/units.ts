import type { FigureKind } from './types';

/** A unit or classifier as written after a number, and the kind of figure it makes. */
export interface UnitInfo {
  unit: string;
  kind: FigureKind;
}

const MONEY = ['元', '美元', '欧元', '港元'];
const AREA = ['平方公里', '平方千米', '平方米', '平米', '公顷', '亩'];
const LENGTH = ['公里', '千米', '米'];
const DURATION = ['个工作日', '工作日', '个小时', '小时', '个月', '分钟', '天', '年', '周'];
const RATIO = ['个百分点', '百分点', '倍'];
const PERCENT = ['%', '‰'];
const OTHER = ['立方米', '公斤', '斤', '吨', '千瓦时', '千瓦', '岁', '度'];
// Classifiers of counted things. Compound ones (个环节) before their head (个).
const COUNT = [
  '个环节',
  '人次',
  '户',
  '家',
  '项',
  '份',
  '个',
  '名',
  '人',
  '件',
  '所',
  '座',
  '条',
  '台',
  '辆',
  '套',
  '间',
  '张',
  '批',
  '次',
  '场',
  '宗',
  '笔',
  '处',
  '头',
  '株',
  '棵',
  '篇',
  '部',
  '本',
  '种',
  '支',
  '只',
  '位',
  '起',
];

const TABLE: UnitInfo[] = [
  ...MONEY.map((unit) => ({ unit, kind: 'amount' as const })),
  ...AREA.map((unit) => ({ unit, kind: 'area' as const })),
  ...LENGTH.map((unit) => ({ unit, kind: 'length' as const })),
  ...DURATION.map((unit) => ({ unit, kind: 'duration' as const })),
  ...RATIO.map((unit) => ({ unit, kind: 'ratio' as const })),
  ...PERCENT.map((unit) => ({ unit, kind: 'percent' as const })),
  ...OTHER.map((unit) => ({ unit, kind: 'other' as const })),
  ...COUNT.map((unit) => ({ unit, kind: 'count' as const })),
].sort((a, b) => b.unit.length - a.unit.length);

/** The longest unit at the start of `rest`, or null. */
export function matchUnit(rest: string): UnitInfo | null {
  return TABLE.find((entry) => rest.startsWith(entry.unit)) ?? null;
}

export function isPercentUnit(unit: string): boolean {
  return PERCENT.includes(unit);
}
