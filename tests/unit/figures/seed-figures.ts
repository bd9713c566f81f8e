import type { FigureKind } from '../../../src/lib/figures/types';

/**
 * Every figure in the seed speech, written down by reading the text (not by running the code):
 * paragraph id (p + ordinal of body paragraphs), the text as it stands, the fully scaled value,
 * the unit and the kind. 65 in all. Left out on purpose: 8月9日 and 今年4月 (dates), 2016年前
 * (a time scope), 五年来 and 六年来 (time spans), 三点意见 and 四个方面 (the speech announcing its
 * own structure), 三类人员 and 市县两级 (counts of items just listed), 500强 and "10+N" (labels),
 * 一网通办, 一人就业、全家脱贫 and 每周一次 (set phrases), 第一… and 一是… (list markers), 居全国前列
 * style phrases (none here), and the website's headline and footer (not speech).
 */
export interface ExpectedFigure {
  paragraph: string;
  text: string;
  value: number;
  unit: string;
  kind: FigureKind;
}

const f = (paragraph: string, text: string, value: number, unit: string, kind: FigureKind) => ({
  paragraph,
  text,
  value,
  unit,
  kind,
});

export const SEED_FIGURES: ExpectedFigure[] = [
  // 第一,上级放权有效承接
  f('p2', '124项', 124, '项', 'count'),
  f('p2', '14项', 14, '项', 'count'),
  f('p2', '110项', 110, '项', 'count'),
  f('p2', '11个', 11, '个', 'count'),
  f('p2', '195项', 195, '项', 'count'),
  f('p2', '1977个', 1977, '个', 'count'),
  f('p2', '1957个', 1957, '个', 'count'),
  f('p2', '98.99%', 98.99, '%', 'percent'),
  f('p2', '20个', 20, '个', 'count'),
  f('p2', '1.01%', 1.01, '%', 'percent'),
  // 第二,市场活力持续激发
  f('p3', '22.66万户', 226600, '户', 'count'),
  f('p3', '193户', 193, '户', 'rate'),
  f('p3', '第3位', 3, '位', 'rank'),
  f('p3', '67家', 67, '家', 'count'),
  f('p3', '10.93%', 10.93, '%', 'growth'),
  f('p3', '25.44%', 25.44, '%', 'growth'),
  f('p3', '3.87万户', 38700, '户', 'count'),
  f('p3', '34.67?%', 34.67, '%', 'growth'),
  f('p3', '300户', 300, '户', 'rate'),
  f('p3', '148家', 148, '家', 'count'),
  f('p3', '22.23%', 22.23, '%', 'growth'),
  f('p3', '7个全省第一', 7, '个', 'rank-count'),
  f('p3', '9个第二', 9, '个', 'rank-count'),
  f('p3', '13个第三', 13, '个', 'rank-count'),
  f('p3', '7个第四', 7, '个', 'rank-count'),
  f('p3', '4个第五', 4, '个', 'rank-count'),
  // 第三,便民服务稳步提升
  f('p4', '1200平方米', 1200, '平方米', 'area'),
  f('p4', '1.48万平方米', 14800, '平方米', 'area'),
  f('p4', '第四位', 4, '位', 'rank'),
  f('p4', '倒数第一', 1, '位', 'rank'),
  f('p4', '46个', 46, '个', 'count'),
  f('p4', '231人', 231, '人', 'count'),
  f('p4', '1.6万平方米', 16000, '平方米', 'area'),
  f('p4', '3.71万平方米', 37100, '平方米', 'area'),
  f('p4', '74项', 74, '项', 'count'),
  f('p4', '44项', 44, '项', 'count'),
  f('p4', '40.5%', 40.5, '%', 'change'),
  f('p4', '244项', 244, '项', 'count'),
  f('p4', '213项', 213, '项', 'count'),
  f('p4', '12.7%', 12.7, '%', 'change'),
  f('p4', '25.4个工作日', 25.4, '个工作日', 'duration'),
  f('p4', '7.5个工作日', 7.5, '个工作日', 'duration'),
  f('p4', '3747个', 3747, '个', 'count'),
  f('p4', '890个', 890, '个', 'count'),
  f('p4', '60.45%', 60.45, '%', 'percent'),
  f('p4', '171项', 171, '项', 'count'),
  f('p4', '10个环节', 10, '个环节', 'count'),
  f('p4', '3个环节', 3, '个环节', 'count'),
  f('p4', '13项', 13, '项', 'count'),
  // 第四,就业创新得到带动
  f('p5', '36960份', 36960, '份', 'count'),
  f('p5', '3790份', 3790, '份', 'count'),
  f('p5', '8000份左右', 8000, '份', 'count'),
  f('p5', '5.5万个', 55000, '个', 'count'),
  f('p5', '3.7万名', 37000, '名', 'count'),
  f('p5', '10万人以上', 100000, '人', 'count'),
  f('p5', '10个', 10, '个', 'count'),
  f('p5', '257个', 257, '个', 'count'),
  f('p5', '3585个', 3585, '个', 'count'),
  f('p5', '434.9万名', 4349000, '名', 'count'),
  f('p5', '27.14万个', 271400, '个', 'count'),
  // 第五,政府自身建设不断加强
  f('p6', '11.68%', 11.68, '%', 'percent'),
  f('p6', '3086人', 3086, '人', 'count'),
  f('p6', '1447户', 1447, '户', 'count'),
  // 第三,服务不够优质 (problems)
  f('p10', '134项', 134, '项', 'count'),
  f('p10', '0.13?%', 0.13, '%', 'percent'),
];
