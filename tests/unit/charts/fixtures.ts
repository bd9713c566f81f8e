/**
 * Hand-made figures, relations and checks modelled on the seed speech, written independently of
 * the extractor so that the charts can be tested on every form whatever it finds.
 */
import { readFileSync } from 'node:fs';
import type {
  Check,
  Figure,
  FigureKind,
  FigureSet,
  Qualifier,
  Relation,
} from '../../../src/lib/figures/types';
import type { ChartMeta } from '../../../src/lib/charts/types';

export const SEED_PATH = 'content/speeches/bijie-2018-08-27-fangguanfu/source.txt';
export const SEED = readFileSync(SEED_PATH, 'utf8');

export const META: ChartMeta = {
  speaker: '张集智',
  date: '2018-08-27',
  title: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
};

interface Extra {
  /** Text just before the figure, to find the right occurrence. */
  after?: string;
  qualifier?: Qualifier;
  time?: string[];
  place?: string[];
  valueHigh?: number;
}

const BOUNDARY = /[。;!?\n]/;

function sentenceAround(start: number): { start: number; end: number } {
  let s = start;
  while (s > 0 && !BOUNDARY.test(SEED[s - 1] ?? '')) s--;
  let e = start;
  while (e < SEED.length && !BOUNDARY.test(SEED[e] ?? '')) e++;
  return { start: s, end: Math.min(SEED.length, e + 1) };
}

function paragraphOf(start: number): string {
  // Body paragraphs are the lines from line 8 on, headings (一、) excluded.
  const lines = SEED.slice(0, start).split('\n');
  const body = lines.slice(7).filter((l) => !/^[一二三四五六七八九十]+、/.test(l));
  return `p${body.length}`;
}

export function fig(
  id: string,
  text: string,
  value: number,
  unit: string,
  kind: FigureKind,
  subject: string,
  extra: Extra = {},
): Figure {
  const from = extra.after ? SEED.indexOf(extra.after) : 0;
  const start = SEED.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not in seed: ${text}`);
  return {
    id,
    text,
    display: text.replace('?', ''),
    start,
    end: start + text.length,
    value,
    ...(extra.valueHigh !== undefined ? { valueHigh: extra.valueHigh } : {}),
    unit,
    kind,
    qualifier: extra.qualifier ?? null,
    subject,
    scope: { time: extra.time ?? [], place: extra.place ?? [] },
    paragraph: paragraphOf(start),
    part: 'part-1',
    point: null,
    sentence: sentenceAround(start),
    repairs: [],
  };
}

const F = {
  items124: fig('items-124', '124项', 124, '项', 'count', '承接下放的行政审批事项', {
    time: ['五年来'],
    place: ['市级'],
  }),
  items14: fig('items-14', '14项', 14, '项', 'count', '国务院下放', {
    after: '国务院下放',
    time: ['五年来'],
  }),
  items110: fig('items-110', '110项', 110, '项', 'count', '省政府下放', { time: ['五年来'] }),
  proj1977: fig('projects-1977', '1977个', 1977, '个', 'count', '审批、核准、备案项目', {
    time: ['今年以来'],
    place: ['全市'],
  }),
  proj1957: fig('projects-1957', '1957个', 1957, '个', 'count', '县(区)审批项目', {
    place: ['县(区)'],
  }),
  share9899: fig('projects-98-99-pct', '98.99%', 98.99, '%', 'percent', '县(区)占全市', {
    place: ['县(区)'],
  }),
  proj20: fig('projects-20', '20个', 20, '个', 'count', '市级审批项目', {
    after: '市级20个',
    place: ['市级'],
  }),
  share101: fig('projects-1-01-pct', '1.01%', 1.01, '%', 'percent', '市级占全市', {
    place: ['市级'],
  }),
  firms: fig('firms-22-66wan', '22.66万户', 226600, '户', 'count', '新增市场主体', {
    time: ['五年来'],
  }),
  perDay: fig('firms-193-per-day', '193户', 193, '户', 'rate', '平均每天新增市场主体', {
    time: ['五年来'],
  }),
  rank3: fig('firms-rank-3', '在全省排第3位', 3, '位', 'rank', '市场主体总量', { place: ['全省'] }),
  growth1093: fig(
    'funds-growth-10-93',
    '10.93%',
    10.93,
    '%',
    'growth',
    '招商引资到位资金年均增长',
    { time: ['五年来'] },
  ),
  growth2544: fig('fdi-growth-25-44', '25.44%', 25.44, '%', 'growth', '实际利用外资年均增长', {
    time: ['五年来'],
  }),
  growth3467: fig('firms-growth-34-67', '34.67?%', 34.67, '%', 'growth', '新增市场主体同比增长', {
    time: ['今年上半年'],
  }),
  growth2223: fig('funds-growth-22-23', '22.23%', 22.23, '%', 'growth', '招商引资到位资金增长', {
    time: ['今年上半年'],
  }),
  rc1: fig('indicators-1st', '7个全省第一', 7, '个', 'rank-count', '主要指标', {
    time: ['上半年'],
  }),
  rc2: fig('indicators-2nd', '9个第二', 9, '个', 'rank-count', '主要指标', { time: ['上半年'] }),
  rc3: fig('indicators-3rd', '13个第三', 13, '个', 'rank-count', '主要指标', { time: ['上半年'] }),
  rc4: fig('indicators-4th', '7个第四', 7, '个', 'rank-count', '主要指标', { time: ['上半年'] }),
  rc5: fig('indicators-5th', '4个第五', 4, '个', 'rank-count', '主要指标', { time: ['上半年'] }),
  hall1200: fig('hall-1200', '1200平方米', 1200, '平方米', 'area', '市级政务服务大厅面积', {
    place: ['市级'],
  }),
  hall14800: fig('hall-1-48wan', '1.48万平方米', 14800, '平方米', 'area', '市级政务服务大厅面积', {
    place: ['市级'],
  }),
  rank4: fig('hall-rank-4', '排全省第四位', 4, '位', 'rank', '市级政务服务大厅面积', {
    place: ['全省'],
  }),
  last: fig('hall-rank-last', '居全省倒数第一', 1, '位', 'rank', '2016年前', {
    time: ['2016年前'],
    place: ['全省'],
  }),
  depts46: fig('hall-departments-46', '46个', 46, '个', 'count', '大厅进驻部门', {
    place: ['市级'],
  }),
  agency74: fig('agency-74', '74项', 74, '项', 'count', '行政审批中介服务事项'),
  agency44: fig('agency-44', '44项', 44, '项', 'count', '行政审批中介服务事项'),
  agency405: fig('agency-cut-40-5', '40.5%', 40.5, '%', 'change', '中介服务事项减少幅度'),
  problems890: fig('problems-890', '890个', 890, '个', 'count', '排查出问题'),
  fixed6045: fig('problems-fixed-60-45', '60.45%', 60.45, '%', 'percent', '整改率'),
  steps10: fig('steps-10', '10个环节', 10, '个环节', 'count', '审批流程'),
  steps3: fig('steps-3', '3个环节', 3, '个环节', 'count', '审批流程'),
  certs8000: fig('certs-8000', '8000份左右', 8000, '份', 'count', '全年预计发放职业资格证书', {
    time: ['全年预计'],
    qualifier: { word: '左右', bound: 'approx' },
  }),
  poor10wan: fig('poor-10wan', '10万人以上', 100000, '人', 'count', '带动建档立卡贫困户脱贫', {
    time: ['五年来'],
    qualifier: { word: '以上', bound: 'atLeast' },
  }),
  certs3790: fig('certs-3790', '3790份', 3790, '份', 'count', '鉴定发放初级以上职业资格证书', {
    time: ['今年'],
  }),
  certs36960: fig('certs-36960', '36960份', 36960, '份', 'count', '鉴定发放初级以上职业资格证书', {
    time: ['五年来'],
  }),
  online1168: fig('online-11-68', '11.68%', 11.68, '%', 'percent', '市级事项网上可办率', {
    place: ['市级'],
  }),
  online134: fig('online-134', '134项', 134, '项', 'count', '全市“一网通办”的事项', {
    place: ['全市'],
  }),
  online013: fig('online-0-13-pct', '0.13?%', 0.13, '%', 'percent', '“一网通办”事项占所有事项', {
    place: ['全市'],
  }),
};

export const FIG = F;

const rel = (
  id: string,
  type: Relation['type'],
  members: [string, Figure][],
  cue: string,
): Relation => ({
  id,
  type,
  members: members.map(([role, f]) => ({ role, figure: f.id })),
  cue,
  sentence: members[0]?.[1].sentence ?? { start: 0, end: 0 },
  evidence: members[0]?.[1].sentence ?? { start: 0, end: 0 },
});

export const RELATIONS: Relation[] = [
  rel(
    'rel-items-124-part-whole',
    'part-whole',
    [
      ['whole', F.items124],
      ['part', F.items14],
      ['part', F.items110],
    ],
    '其中',
  ),
  rel(
    'rel-projects-1977-part-whole',
    'part-whole',
    [
      ['whole', F.proj1977],
      ['part', F.proj1957],
      ['part', F.proj20],
    ],
    '其中',
  ),
  rel(
    'rel-projects-98-99-share',
    'share',
    [
      ['part', F.proj1957],
      ['share', F.share9899],
      ['whole', F.proj1977],
    ],
    '占全市的',
  ),
  rel(
    'rel-projects-1-01-share',
    'share',
    [
      ['part', F.proj20],
      ['share', F.share101],
      ['whole', F.proj1977],
    ],
    '占全市的',
  ),
  rel(
    'rel-firms-rate',
    'rate-per-period',
    [
      ['total', F.firms],
      ['rate', F.perDay],
    ],
    '平均每天',
  ),
  rel(
    'rel-firms-rank',
    'rank',
    [
      ['rank', F.rank3],
      ['subject', F.firms],
    ],
    '排第',
  ),
  rel(
    'rel-funds-growth',
    'growth',
    [
      ['growth', F.growth1093],
      ['growth', F.growth2544],
    ],
    '年均增长',
  ),
  rel(
    'rel-indicators',
    'rank-distribution',
    [
      ['rank-count', F.rc1],
      ['rank-count', F.rc2],
      ['rank-count', F.rc3],
      ['rank-count', F.rc4],
      ['rank-count', F.rc5],
    ],
    '全省第一',
  ),
  rel(
    'rel-hall-before-after',
    'before-after',
    [
      ['before', F.hall1200],
      ['after', F.hall14800],
    ],
    '从…增加到',
  ),
  rel(
    'rel-hall-rank',
    'before-after',
    [
      ['before', F.last],
      ['after', F.rank4],
    ],
    '结束了…的历史',
  ),
  rel(
    'rel-agency-change',
    'stated-change',
    [
      ['before', F.agency74],
      ['after', F.agency44],
      ['change', F.agency405],
    ],
    '减少幅度达',
  ),
  rel(
    'rel-problems-ratio',
    'ratio',
    [
      ['base', F.problems890],
      ['ratio', F.fixed6045],
    ],
    '整改率达',
  ),
  rel(
    'rel-steps-before-after',
    'before-after',
    [
      ['before', F.steps10],
      ['after', F.steps3],
    ],
    '从…减少为',
  ),
  rel(
    'rel-certs-forecast',
    'forecast',
    [
      ['history', F.certs36960],
      ['so-far', F.certs3790],
      ['forecast', F.certs8000],
    ],
    '预计',
  ),
  rel(
    'rel-online-share',
    'share',
    [
      ['part', F.online134],
      ['share', F.online013],
    ],
    '占所有事项的',
  ),
];

export const CHECKS: Check[] = [
  {
    id: 'chk-rel-firms-rate',
    relation: 'rel-firms-rate',
    title: '五年新增22.66万户,是否平均每天193户',
    verdict: 'inconsistent',
    working: ['226600 ÷ 1826天 ≈ 124.1户/天', '193户/天 × 1826天 = 352418户'],
    assumptions: ['五年按1826天计'],
    stated: 193,
    computed: { value: 124.1, low: 124.07, high: 124.12 },
    tolerance: 0.5,
    review: {
      decision: 'confirm',
      reason: '按日历天数算不出193户。',
      editor: '编辑部',
      date: '2026-11-30',
    },
  },
  {
    id: 'chk-rel-online-share',
    relation: 'rel-online-share',
    title: '134项占0.13%所隐含的事项总数',
    verdict: 'uncheckable',
    working: ['134 ÷ 0.13% ≈ 103077项', '0.125%至0.135%之间:99259至107200项'],
    assumptions: [],
    computed: { value: 103077, low: 99259, high: 107200 },
  },
  {
    id: 'chk-rel-agency-change',
    relation: 'rel-agency-change',
    title: '从74项减少到44项,减少幅度是否为40.5%',
    verdict: 'consistent',
    working: ['(74 − 44) ÷ 74 = 40.54%'],
    assumptions: [],
    stated: 40.5,
    computed: { value: 40.54, low: 40.54, high: 40.54 },
  },
];

export const SET: FigureSet = { figures: Object.values(F), relations: RELATIONS, checks: CHECKS };

/** Editors' context: Guizhou has nine prefecture-level divisions. */
export const CONTEXT = { rankTotals: { 全省: 9 } };
