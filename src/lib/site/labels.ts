/** Chinese names for figure kinds, relation types and qualifier bounds, as pages show them. */
import type { FigureKind, Qualifier, RelationType } from '../figures/types';

export const kindLabel: Record<FigureKind, string> = {
  count: '数量',
  amount: '金额',
  percent: '百分比',
  growth: '增长率',
  change: '变化幅度',
  rank: '排名',
  'rank-count': '名次计数',
  area: '面积',
  length: '长度',
  duration: '时长',
  rate: '速率',
  ratio: '倍数/百分点',
  other: '其他',
};

export const relationLabel: Record<RelationType, string> = {
  'part-whole': '部分与整体',
  'before-after': '前后对比',
  'stated-change': '所述变化幅度',
  share: '占比',
  'rate-per-period': '平均速率',
  growth: '增长',
  rank: '排名',
  'rank-distribution': '名次分布',
  ratio: '比率',
  forecast: '预计',
  change: '变化与原值',
  target: '目标与实绩',
  aligned: '分别列举',
};

export const boundLabel: Record<Qualifier['bound'], string> = {
  approx: '约数',
  atLeast: '不少于',
  moreThan: '多于',
  nearly: '接近',
  upTo: '不超过',
};
