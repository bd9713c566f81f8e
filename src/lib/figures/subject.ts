import { PLACE_SCOPE, TIME_SCOPE } from './scope';

/**
 * What a figure measures: the noun phrase a journalist would name it by, in the speech's words —
 * from the clause before it (新增市场主体22.66万户), else the noun after it (13项审批业务), else
 * the subject of the figure before it in the sentence (减少到44项 measures what 从74项 measured).
 * Verbs and scope words that stand between a subject and its number are trimmed; what is left
 * must be a noun phrase, not a verb (提升, 推进), a fragment (完成投资超) or a bare unit (/年).
 * Where none is found the subject is '' and the site shows the figure in its sentence instead.
 */

const LEADING =
  /^(?:[、,，:：;；\s]|及?以[上下]|到|现在|我们要|我们|包括|其中|另外|此外|同时|并且|并|还|已|均|全部|分别|累计|共计|合计|共|是|预计|平均每[天日年月周]|每[天日年月周])+/;
// List markers and headings the paragraph kept: 7.“四新”产业, 二、, (三).
const MARKER = /^(?:\d+[.．、]|[一二三四五六七八九十]+[、是]|[(（][一二三四五六七八九十\d]+[)）])/;
// Repeatedly trimmed from the end: verbs, adverbs and particles that lead into the number.
const TRAILING =
  /(?:达到|达|为|共计|累计|合计|共|约|将近|接近|近|超过|超|突破|逾|不到|不足|至少|同比|年均|比上年|[一二三四五六七八九十两\d]+年|实际|增长|增加到|增加|增至|增|提高到|提高至|提高|提升到|提升至|提升|上升到|上升至|上升|升至|下降|降到|降至|减少到|减少为|减少|扩大到|扩大至|缩小到|缩小至|缩小|拓展到|拓展至|拓展|稳定在|稳定|保持在|保持|控制在|控制|维持在|到|至|了|有|是|中|仅|只有|高达|将|预期|以下|如下|完成|实现|排名|排在|(?<!安)排|安排|位居|位列|居|跃居|在|持续|连续|分别|均|都|全部|平均|基本|每|的|全国|全省|全市)$/;
// Verbs that begin a clause without naming anything measured (推进4个, 支持29个, 高于全国8.5个百分点).
const VERB_HEAD =
  /^(?:基本|重点|全力|大力|积极|扎实|深入|着力|持续|进一步|高质量|成功|抓好|把握好|把握|统筹|调整|引导|启动|强化|动员|改造|做强|做优|做大|推进|推动|支持|创建|培育|新培育|形成|培育形成|加快|加强|深化|开展|举办|实施|落实|科学应对|应对|打造|建设|新建|建成|组织|完成|实现|达到|提升|提高|增加|增长|下降|减少|相当于|高于|低于|快于|慢于|超过|超|突破|连续|扎扎实实办好|办好|办理|安排|争取|带动|吸引|吸纳|惠及|覆盖|帮助|解决|引进|招募|发放|开发|组建|结束|录入|列入|纳入|居住|用|占|比|较)/;
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
  '原来',
  '时间',
  '年度',
  '调整',
  '统筹',
  '引导',
  '启动',
]);
const REPORTING_VERB = /^(?:累计)?(?:实现|完成|达到|拟安排|安排)/;
const TIME_WORDS = new RegExp(TIME_SCOPE.source, 'g');
const PLACE_WORDS = new RegExp(PLACE_SCOPE.source, 'g');
const GENERIC_PLACE =
  /^(?:全国|全省|全市|全州|全县|全区|我省|我市|我州|我县|我区|我国|省内|市内|县内|区内|境内)+/;
const FOLLOWING_STOP =
  /[和与及、,，:：;；。!！？\d《》]|的|被|实现|上岗|脱贫|录入|承接|列入|进驻|参加|获得|获评|获|入选|缔结|签署|签订|开通|揭牌|运行|投用|投运|落地|完成|达到|实施|开展|建成|开工|居|位居|占|等(?![教级次])|提供|发放|免费|参加|参与|享受|入住|接受|覆盖|全部|均|压减|压缩|精简|取消/;
const MAX_FOLLOWING = 16;
// Items listed after the number (视力、听力等残疾儿童), not one named thing (3届滇商大会等).
const LISTED_BEFORE = /^[^，,。；;：:\d、]{1,12}、[^，,。；;：:\d]{0,30}?等(?![教级次])/;
// 提高到217元: what follows a figure is a verb, not the noun it counts.
const VERB_AFTER =
  /^(?:用于|提高|增加|减少|下降|增长|提升|降低|上升|达到|分别|以上|左右|占|比|较|居|位居|实现|完成|获|入选)/;

function trimEnd(text: string): string {
  let current = text;
  for (;;) {
    const next = current.replace(TRAILING, '');
    if (next === current) return current;
    current = next;
  }
}

/** Whether a phrase is only verbs (提升, 培育形成, 扎扎实实办好): no noun is left once they go. */
function isVerbOnly(text: string): boolean {
  let rest = text;
  for (let m = VERB_HEAD.exec(rest); m !== null && m[0] !== ''; m = VERB_HEAD.exec(rest)) {
    rest = rest.slice(m[0].length);
  }
  return rest.length < 2 || BARE.has(rest);
}

function isOnlyPlace(text: string): boolean {
  return text.replace(PLACE_WORDS, '').replace(GENERIC_PLACE, '') === '';
}

function acceptable(text: string): boolean {
  return text.length >= 2 && !BARE.has(text) && !isOnlyPlace(text) && !isVerbOnly(text);
}

/** Clean a clause down to the noun phrase it names, or '' if nothing is left. */
export function cleanSubject(clause: string): string {
  // 收入比2010年翻一番: the year compared against is no part of the subject (收入比 is).
  let text = clause
    .replace(/[比较](?:\d{4}年|上年|去年)(?:同期|末|底)?$/, '')
    .replace(TIME_WORDS, '')
    .replace(/\d+年[前后]/g, '');
  // A before/after clause names its subject before 从 or 由; a share (占…的) names none.
  text = text.replace(/(?:从|由)[^从由]*$/, '').replace(/占[^占]*$/, '');
  // A heading or quotation run into the clause ends at its closing mark: 7.“四新”产业… .
  text = text
    .replace(MARKER, '')
    .replace(/^[^“”]*”/, '')
    .replace(/^[)）」》]+/, '');
  text = text.replace(LEADING, '').replace(GENERIC_PLACE, '').replace(LEADING, '');
  text = trimEnd(text);
  const lastDe = text.lastIndexOf('的');
  if (lastDe >= 0 && text.length - lastDe - 1 >= 2) text = text.slice(lastDe + 1);
  text = trimEnd(text.replace(/^[、,，\s]+|[、,，\s]+$/g, ''));
  // 实现地区生产总值, 完成投资: the statistic is named without the verb that reports it.
  const named = text.replace(REPORTING_VERB, '');
  if (named !== text) text = acceptable(named) ? named : isOnlyPlace(named) ? '' : text;
  return acceptable(text) ? text : '';
}

/** The noun right after a figure (13项审批业务实现… → 审批业务), or ''. */
export function followingSubject(text: string): string {
  // 50万名3岁以下婴幼儿: the age bounds the noun; 视力、听力等残疾儿童: the noun follows 等.
  const aged = text.replace(/^\d+(?:[—\-–]\d+)?岁(?:及?以[上下])?/, '');
  const list = LISTED_BEFORE.exec(aged);
  const after = list === null ? aged : aged.slice(list[0].length);
  if (VERB_AFTER.test(after)) return '';
  let stop = after.search(FOLLOWING_STOP);
  // 县（市、区）: a bracket closes before the noun ends.
  const open = after.lastIndexOf('（', stop < 0 ? after.length : stop);
  if (stop >= 0 && open >= 0 && after.indexOf('）', open) > stop) {
    const close = after.indexOf('）', open) + 1;
    const next = after.slice(close).search(FOLLOWING_STOP);
    stop = next < 0 ? -1 : close + next;
  }
  const noun = trimEnd(stop < 0 ? after : after.slice(0, stop));
  return noun.length <= MAX_FOLLOWING && acceptable(noun) ? noun : '';
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
  // 新建2500个低空起降设施: a verb right before the number counts the noun after it; so do
  // 等 closing examples (生物医药等3个…产业) and 和 joining a second object (生态岛和11个分岛).
  const raw = before.replace(TIME_WORDS, '').replace(QUALIFIERS_AT_END, '');
  const lead = trimEnd(raw);
  if (OBJECT_VERB.test(raw) || OBJECT_VERB.test(lead) || /[等和与及]$/.test(lead)) {
    const following = followingSubject(input.after);
    if (following !== '') return following;
    // 城镇更新改造惠及390万人: with no noun after, what the verb reports on names it.
    // (A verb that also names the work, 教师培训 or 适老化改造, stays.)
    const reported = cleanSubject(NOMINAL_VERB.test(raw) ? raw : raw.replace(OBJECT_VERB, ''));
    if (reported !== '') return reported;
  }
  return cleanSubject(before) || followingSubject(input.after) || input.previous;
}

const QUALIFIERS_AT_END = /(?:超过|超|将近|接近|近|约|逾|突破|累计|共|全省|全市|全国)+$/;
const NOMINAL_VERB = /(?:培训|改造|建设|治理|整治|修复|搬迁|抽检|监测|帮扶|救助)$/;
const OBJECT_VERB =
  /(?:覆盖|带动|惠及|吸纳|吸引|推动|支持|动员|强化|改造|培育|新建|建成|创建|推进|建设|建好|打造|引进|开发|组建|新增|举办|开展|实施|形成|培训|帮扶|救助|资助|招募|发放|安置|转移|认定|新设|设立|培养|选派|抓好|提出|出台|制定|印发|做强|做优|做大|安排)$/;

// Heads a list's last item shares with the others: 先进制造业、高技术制造业增加值.
const SHARED_HEAD =
  /(?:增加值|标准|比重|占比|收入|产量|总量|总额|余额|增速|规模|数量|人数|面积|里程|投资|产值)+$/;

const PLACE_NAME = /^[\u4e00-\u9fff]{1,3}(?:[省市县区州镇乡村圳京津沪渝])$/;
// An item that already names a measure keeps its own words: 生产安全事故起数、死亡人数.
const MEASURE_END = /[数量率额值重准入模积程资]$/;

/**
 * The items of a 分别 list's subject (用水量、能耗、二氧化碳排放量分别下降23%、15%、18%), when
 * there are exactly `count` of them; a head the last item carries is given to the others.
 */
export function listItems(subject: string, count: number): string[] | null {
  const items = subject.split(/、|和|及|与/).filter((s) => s !== '');
  if (items.length !== count || count < 2) return null;
  const last = items[items.length - 1]!;
  const head = SHARED_HEAD.exec(last)?.[0];
  const named = items.map((item, i) => {
    if (i === items.length - 1) return item;
    if (head !== undefined && !MEASURE_END.test(item)) return `${item}${head}`;
    // 广州、深圳地铁线网单日最高客运量: places share what follows the last one's name.
    const lastPlace = last.slice(0, item.length);
    if (PLACE_NAME.test(item) && PLACE_NAME.test(lastPlace) && last.length > item.length + 1)
      return `${item}${last.slice(item.length)}`;
    return item;
  });
  return named.every((item) => item.length >= 2) ? named : null;
}
