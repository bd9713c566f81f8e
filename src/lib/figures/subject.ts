import { PLACE_SCOPE, TIME_SCOPE } from './scope';

/**
 * What a figure measures, in the speech's words, from the clause before it (新增市场主体22.66万户),
 * else the noun after it (13项审批业务), else the subject of the figure before it in the paragraph
 * (减少到44项 measures what 从74项 measured). Heuristic by design: it trims the verbs and scope
 * words that stand between a subject and its number, nothing more.
 */

const LEADING =
  /^(?:[、,，:：;；\s]|其中|另外|此外|同时|并且|并|还|已|均|全部|分别|累计|共计|合计|共|平均每[天日年月周]|每[天日年月周])+/;
// Repeatedly trimmed from the end: verbs and particles that lead into the number.
const TRAILING =
  /(?:达到|达|为|共计|累计|合计|共|约|将近|接近|近|超过|逾|同比|年均|比上年|增长|增加到|增加|提高到|提高|上升|下降|降到|降至|减少到|减少为|减少|到|至|了|有|是|中|仅|只有|完成|实现|排名|排在|排|位居|位列|居|在|持续|分别|平均|的|全国|全省|全市)$/;
const TIME_WORDS = new RegExp(TIME_SCOPE.source, 'g');
const PLACE_WORDS = new RegExp(PLACE_SCOPE.source, 'g');
const GENERIC_PLACE = /^(?:全国|全省|全市|全州|全县|全区)+/;
// A verb alone says nothing about what is measured; the subject comes from a neighbour.
const BARE = new Set([
  '新增',
  '增加',
  '增长',
  '减少',
  '发放',
  '完成',
  '实现',
  '达到',
  '招募',
  '带动',
  '开发',
  '组建',
  '将',
  '结束',
  '引进',
  '录入',
  '列入',
]);
const FOLLOWING_STOP =
  /[和与及、,，:：;；。!！？\d]|的|被|实现|上岗|脱贫|录入|承接|列入|进驻|参加|获得|完成|达到|实施|开展|建成/;

function trimEnd(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(TRAILING, '');
    if (next === current) return current;
    current = next;
  }
}

/** Clean a clause down to the noun phrase it names, or '' if nothing is left. */
export function cleanSubject(clause: string): string {
  let text = clause.replace(TIME_WORDS, '');
  // A before/after clause names its subject before 从 or 由; a share (占…的) names none.
  text = text.replace(/(?:从|由)[^从由]*$/, '').replace(/占[^占]*$/, '');
  text = text.replace(LEADING, '').replace(GENERIC_PLACE, '').replace(LEADING, '');
  text = trimEnd(text);
  const lastDe = text.lastIndexOf('的');
  if (lastDe >= 0 && text.length - lastDe - 1 >= 2) text = text.slice(lastDe + 1);
  text = text.replace(/^[、,，\s]+|[、,，\s]+$/g, '');
  if (text.length < 2 || BARE.has(text) || isOnlyPlace(text)) return '';
  return text;
}

function isOnlyPlace(text: string): boolean {
  return text.replace(PLACE_WORDS, '') === '';
}

/** The noun right after a figure (13项审批业务实现… → 审批业务), or ''. */
export function followingSubject(after: string): string {
  const stop = after.search(FOLLOWING_STOP);
  const noun = (stop < 0 ? after : after.slice(0, stop)).slice(0, 10);
  return noun.length >= 2 && !BARE.has(noun) && !isOnlyPlace(noun) ? noun : '';
}

/**
 * `before` runs from the clause start (or the previous figure's end, when `afterFigure`);
 * `previous` is the subject of the figure before it in the same sentence.
 */
export function chooseSubject(input: {
  before: string;
  after: string;
  previous: string;
  afterFigure: boolean;
}): string {
  // After a figure, 和/与/及/、 join the next item of a list: 434.9万名…信息和市内外27.14万个.
  const before = input.afterFigure ? input.before.replace(/^.*[和与及、]/, '') : input.before;
  return cleanSubject(before) || followingSubject(input.after) || input.previous;
}
