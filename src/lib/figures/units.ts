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
const RATIO = ['倍'];
// A difference of two percentages, in points: 提高3个百分点.
const POINTS = ['个百分点', '百分点'];
const PERCENT = ['%', '‰'];
const OTHER = [
  '立方米',
  '千克',
  '公斤',
  '斤',
  '吨',
  '千瓦时',
  '千瓦',
  '兆瓦',
  '吉瓦',
  '标准箱',
  '标箱',
  '微克',
  '毫克',
  '岁',
  '度',
  // Energy, power and computing power as the reports write them (5GWh, 4000P of compute).
  'GWh',
  'MWh',
  'kWh',
  'GW',
  'MW',
  'kW',
  'EFLOPS',
  'PFLOPS',
  'TFLOPS',
  'TEU',
  'P',
];
// Classifiers of counted things. Compound ones (个环节) before their head (个).
const COUNT = [
  '个环节',
  '人次',
  '架次',
  '场次',
  '批次',
  '辆次',
  '班次',
  '艘次',
  '期',
  '届',
  '轮',
  '部门',
  '列',
  '对',
  '类',
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
  '艘',
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
  ...POINTS.map((unit) => ({ unit, kind: 'change' as const })),
  ...PERCENT.map((unit) => ({ unit, kind: 'percent' as const })),
  ...OTHER.map((unit) => ({ unit, kind: 'other' as const })),
  ...COUNT.map((unit) => ({ unit, kind: 'count' as const })),
].sort((a, b) => b.unit.length - a.unit.length);

/** The longest unit at the start of `rest`, or null; a Latin unit must end its word (4000P, not 4000PB). */
export function matchUnit(rest: string): UnitInfo | null {
  return (
    TABLE.find(
      (entry) =>
        rest.startsWith(entry.unit) &&
        !(/[A-Za-z]$/.test(entry.unit) && /^[A-Za-z]/.test(rest.slice(entry.unit.length))),
    ) ?? null
  );
}

const PER = /^[/／](小时|平方米|立方米|千瓦时|年|月|日|天|周|人|户|亩|吨|次|件|台|辆|个)/;

/** The period or thing a unit is counted per, kept with it: 元/月, 人次/日, 元/吨; as "/月". */
export function perPeriod(rest: string): { unit: string; length: number } | null {
  const m = PER.exec(rest);
  return m === null ? null : { unit: `/${m[1]}`, length: m[0].length };
}

export function isPercentUnit(unit: string): boolean {
  return PERCENT.includes(unit);
}
