/**
 * Figures, the relations between them, and the checks those relations imply.
 * Offsets are UTF-16 indices into `ParsedSpeech.text`.
 */

export type FigureKind =
  | 'count' // 22.66万户, 46个
  | 'amount' // money: 元, 万元, 亿元
  | 'percent' // a share or level: 98.99%
  | 'growth' // a growth rate: 增长10.93%, 同比增长34.67%
  | 'change' // a stated change rate: 减少幅度达40.5%
  | 'rank' // 排第3位, 排全省第四位, 倒数第一
  | 'rank-count' // 7个全省第一
  | 'area' // 平方米, 亩, 平方公里
  | 'length' // 公里, 米
  | 'duration' // 个工作日, 天, 小时
  | 'rate' // per period: 平均每天新增193户
  | 'ratio' // 倍, 个百分点
  | 'other';

/** Words that qualify a value, and what they mean for the bound on it. */
export interface Qualifier {
  /** As written: 左右, 以上, 多, 余, 近, 约, 超过, 逾 … */
  word: string;
  /** approx: about; atLeast: ≥; moreThan: >; nearly: just under; upTo: ≤ */
  bound: 'approx' | 'atLeast' | 'moreThan' | 'nearly' | 'upTo';
}

export interface FigureScope {
  /** Time scopes in force, as written: 五年来, 今年以来, 今年上半年, 2016年前, 全年预计 … */
  time: string[];
  /** Place and level scopes, as written: 全市, 市级, 县(区), 乡(镇), 全省 … */
  place: string[];
}

export interface Figure {
  /** Stable, readable ASCII id, unique within the speech; unchanged when other paragraphs change. */
  id: string;
  /** Exactly `source.slice(start, end)`, e.g. 22.66万户 or 34.67?% (the damage kept). */
  text: string;
  start: number;
  end: number;
  /** Fully scaled value: 22.66万户 → 226600; percentages and 个百分点 as written (98.99). */
  value: number;
  /** Upper end of a range (3至5个 → value 3, valueHigh 5); absent for a single value. */
  valueHigh?: number;
  /** Unit or classifier as it should be shown: 户, %, 平方米, 个工作日 … ('' when bare). */
  unit: string;
  kind: FigureKind;
  qualifier: Qualifier | null;
  /** What it measures, in the speech's words: 新增市场主体, 市级政务服务大厅面积. */
  subject: string;
  scope: FigureScope;
  /** Id of the paragraph it stands in. */
  paragraph: string;
  /** Id of the part, or null. */
  part: string | null;
  /** Id of the point, or null. */
  point: string | null;
  /** The sentence (to the nearest 。;!?) that holds it. */
  sentence: { start: number; end: number };
  /** Ids of repairs whose span overlaps the figure. */
  repairs: string[];
  /** Half a unit of the last written digit, in `value`'s units (22.66万 → 50; 98.99% → 0.005). */
  rounding?: number;
  /** A rank counted from the bottom: 倒数第一. */
  fromEnd?: boolean;
  /** For a rank count (9个第二): the place that is counted (2). */
  countedRank?: number;
}

export type RelationType =
  | 'part-whole'
  | 'before-after'
  | 'stated-change'
  | 'share'
  | 'rate-per-period'
  | 'growth'
  | 'rank'
  | 'rank-distribution'
  | 'ratio'
  // The same quantity over different periods: 五年来 36960份, 今年 3790份, 全年预计 8000份左右.
  | 'forecast';

export interface RelationMember {
  /** The figure's role: whole, part, before, after, change, share, total, rate, rank … */
  role: string;
  figure: string;
}

export interface Relation {
  /** e.g. `rel-` + the first member's id + `-` + type. */
  id: string;
  type: RelationType;
  members: RelationMember[];
  /** The words that make the relation (其中, 从…增加到, 占…的, 平均每天 …). */
  cue: string;
  /** The sentence it comes from. */
  sentence: { start: number; end: number };
}

export type Verdict = 'consistent' | 'inconsistent' | 'uncheckable';

export interface Check {
  /** e.g. `chk-` + relation id. */
  id: string;
  relation: string;
  /** Short Chinese statement of what is checked. */
  title: string;
  verdict: Verdict;
  /** The arithmetic, step by step, in plain Chinese with numbers. */
  working: string[];
  /** Assumptions made where the text is silent (period lengths, bases). */
  assumptions: string[];
  /** The value the text states, if one is checked against a computed value. */
  stated?: number;
  /** What the other figures imply, with the range rounding allows. */
  computed?: { value: number; low: number; high: number };
  /** The tolerance used, in the stated value's units. */
  tolerance?: number;
}

export interface FigureSet {
  figures: Figure[];
  relations: Relation[];
  checks: Check[];
}
