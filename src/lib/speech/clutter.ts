/**
 * Page furniture that comes along when a speech is copied from a web page: buttons, font-size
 * controls, navigation and breadcrumbs, source and publish-time lines, datelines, photo captions
 * and related-link lists. Such lines are reported as clutter, never dropped and never read as
 * speech. Rules follow how Chinese news pages are built, not one site's strings.
 */
import type { Line } from './lines';

export type ClutterKind =
  'controls' | 'navigation' | 'source' | 'time' | 'dateline' | 'caption' | 'links';

const PAGE_WORDS = new Set([
  '下载',
  '打印',
  '全屏',
  '分享',
  '分享到',
  '收藏',
  '复制',
  '复制链接',
  '字号',
  '字体',
  '大',
  '中',
  '小',
  '默认',
  '返回',
  '返回顶部',
  '返回列表',
  '顶部',
  '关闭',
  '关闭窗口',
  '打印本页',
  '打印本文',
  '点赞',
  '评论',
  '扫一扫',
  '微信',
  '微博',
  'QQ',
  'QQ空间',
  '朋友圈',
  '举报',
  '纠错',
  '我要纠错',
  '转发',
  '放大',
  '缩小',
  '收起',
  '展开',
  '展开全文',
  '阅读全文',
  '上一页',
  '下一页',
  '查看原图',
  '保存',
  '×',
  '>',
  '>>',
  '»',
]);

const TOKEN_SEPARATORS = /[\s|｜·•/／、【】[\]:：]+/u;
const SHARE_TO = /^(?:分享|转发)到?(?:微信|微博|QQ空间|QQ|朋友圈)$/u;

/** Navigation and counters: 上一篇:…, 阅读次数:123, 发布时间:… */
const PAGE_LABEL =
  /^[【[]?(上一篇|下一篇|上一条|下一条|相关阅读|相关文章|推荐阅读|热门文章|阅读次数|浏览次数|阅读量|点击数|点击量|发布时间|发布日期|字数)[】\]]?\s*[:：]/u;

/** Photo captions: 图为…, ▲…, 图:…, [图片], (记者 王五 摄), 摄影:王五, 新华社记者姚大伟摄 */
const CAPTION =
  /^(图为|图片为|图片来源|▲|△|图\s*[:：]|\[图片\]|【图片】|[(（]\s*图片)|[\s\u3000]摄\s*[)）]?$|摄影\s*[:：]|^[(（]?\s*(记者|通讯员)\s*\S{2,12}\s*摄|记者\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4})*\s*摄\s*[)）]?$/u;

/** A news agency's dateline standing alone: 新华社北京3月17日电, 本报讯, (记者 王五) */
const DATELINE =
  /^\p{Script=Han}{2,12}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯]\s*(?:[(（][^)）]{0,20}[)）])?$|^本报讯$/u;

/** Source, author and editor lines, or their label alone: 来源：四川日报, 责任编辑： */
const SOURCE_LABEL = /^(?:来源|稿源|信息来源|作者|编辑|责任编辑|责编|审核|校对|供稿)\s*[:：]/u;

/** A publish time: 2026年02月10日 07时41分, 2026-02-03 09:02:33, 2026/2/3 */
const PUBLISH_TIME =
  /^(?:发布时间\s*[:：]\s*)?([0-9]{4})\s*(?:年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日|[-/.]([0-9]{1,2})[-/.]([0-9]{1,2}))\s*(?:[0-9]{1,2}\s*[:时]\s*[0-9]{1,2}\s*(?:分|[:：]\s*[0-9]{1,2})?)?$/u;

/** Where one is, as a breadcrumb: 您的位置: 首页 > 要闻, or its label alone. */
const BREADCRUMB_LABEL = /^(?:您的位置|您现在的位置|当前位置|所在位置)\s*[:：]/u;
const BREADCRUMB_LINE = /^\S{1,10}(?:\s*[>＞»›]\s*\S{1,12})+$/u;

/** The head of a related-links list: 相关链接>>, 相关报道：, 延伸阅读 */
const LINKS_LABEL =
  /^[【[]?(?:相关链接|相关报道|相关新闻|相关阅读|相关文章|相关附件|相关文档|相关稿件|延伸阅读|推荐阅读|热点推荐)[】\]]?\s*(?:[:：]|>>|》》|>)?\s*$/u;

/** A key in a list of links: abcd39f1fb7f426d9dfb6bd0fa1f2146: */
const HASH_KEY = /^[0-9a-f]{16,64}\s*[:：]?$/iu;

/** Short lines that speak to a web page's reader: 点击图片进入专题, 扫一扫在手机打开当前页 */
const READER_UI = /点击|进入专题|扫一扫|手机(?:上)?打开|二维码|分享到|打印本页|关闭窗口|返回顶部/u;
const MAX_UI_LINE = 24;

const SENTENCE_END = /[。！？!?]$/u;

const isPageWord = (t: string): boolean => PAGE_WORDS.has(t) || SHARE_TO.test(t);

/** A row of buttons: every token a page word, one at least two characters long or a symbol. */
const isButtonRow = (content: string): boolean => {
  const tokens = content.split(TOKEN_SEPARATORS).filter((t) => t !== '');
  return (
    tokens.length > 0 &&
    tokens.every(isPageWord) &&
    tokens.some((t) => Array.from(t).length >= 2 || /^[×>»]+$/u.test(t))
  );
};

interface PublishTime {
  iso: string;
  start: number;
  end: number;
}

const pad = (n: string | undefined): string => (n ?? '').padStart(2, '0');

/** A line that is only a publish time; a time of day or an ISO-style date marks the web page's. */
export const readPublishTime = (content: string): PublishTime | null => {
  const m = PUBLISH_TIME.exec(content);
  if (!m) return null;
  const iso = m[4] !== undefined;
  const timed = /[:时]/u.test(content.slice((m[1] ?? '').length + 4));
  if (!iso && !timed && !content.startsWith('发布时间')) return null;
  const month = Number(m[2] ?? m[4]);
  const day = Number(m[3] ?? m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const at = content.indexOf(m[1] ?? '');
  return {
    iso: `${m[1]}-${pad(m[2] ?? m[4])}-${pad(m[3] ?? m[5])}`,
    start: at,
    end: content.length,
  };
};

/** What kind of furniture a whole line is, judged on its own; null for anything else. */
const clutterKind = (content: string): ClutterKind | null => {
  if (content.length > 80) return null;
  if (isButtonRow(content)) return 'controls';
  if (readPublishTime(content)) return 'time';
  if (PAGE_LABEL.test(content) || BREADCRUMB_LABEL.test(content)) return 'navigation';
  if (LINKS_LABEL.test(content) || HASH_KEY.test(content)) return 'links';
  if (CAPTION.test(content)) return 'caption';
  if (DATELINE.test(content)) return 'dateline';
  if (SOURCE_LABEL.test(content)) return 'source';
  if (content.length <= MAX_UI_LINE && !SENTENCE_END.test(content)) {
    if (READER_UI.test(content)) return 'controls';
    if (BREADCRUMB_LINE.test(content) && /[>＞»›]/u.test(content)) return 'navigation';
  }
  return null;
};

/** A line short enough to be a button, a label's value or a link's title. */
const MAX_SHORT = 8;
const MAX_LINK_TITLE = 60;

const isShort = (l: Line): boolean =>
  Array.from(l.content).length <= MAX_SHORT && !SENTENCE_END.test(l.content);

/**
 * Furniture that only its neighbours reveal: a label's value on the next line (来源: / 四川日报),
 * controls broken over several short lines (【字体： / 大 / 中 / 小 / 】), a breadcrumb's items,
 * a short line repeated at once (a column name shown twice) and the titles under a links label.
 * Returns, by index into `lines`, the kind of each line so marked.
 */
export const markFurniture = (lines: readonly Line[]): Map<number, ClutterKind> => {
  const marks = new Map<number, ClutterKind>();
  lines.forEach((line, i) => {
    const kind = clutterKind(line.content);
    if (kind) marks.set(i, kind);
  });
  // Each walk forward starts where the last one stopped, so that the whole pass stays linear.
  let walked = 0;
  lines.forEach((line, i) => {
    const kind = marks.get(i);
    const next = lines[i + 1];
    const labelOnly = /[:：]\s*$|>>$|》》$/u.test(line.content);
    if (kind === 'source' && labelOnly && next && isShort(next) && !marks.has(i + 1)) {
      marks.set(i + 1, 'source');
    }
    if (kind === 'navigation' && labelOnly && BREADCRUMB_LABEL.test(line.content) && i >= walked) {
      let j = i + 1;
      while (
        lines[j] &&
        isShort(lines[j]!) &&
        (j === i + 1 ||
          /^[>＞»›]$/u.test(lines[j - 1]!.content) ||
          /^[>＞»›]$/u.test(lines[j]!.content))
      ) {
        marks.set(j, 'navigation');
        j++;
      }
      walked = j;
    }
    if (kind === 'links' && i >= walked) {
      let j = i + 1;
      while (
        lines[j] &&
        Array.from(lines[j]!.content).length <= MAX_LINK_TITLE &&
        !SENTENCE_END.test(lines[j]!.content)
      ) {
        if (!marks.has(j)) marks.set(j, 'links');
        j++;
      }
      walked = j;
    }
    const previous = lines[i - 1];
    if (previous && isShort(line) && line.content === previous.content && marks.has(i - 1)) {
      marks.set(i, marks.get(i - 1) ?? 'navigation');
    }
  });
  markButtonRuns(lines, marks);
  return marks;
};

/** Runs of short unmarked lines that read together as a row of controls. */
const markButtonRuns = (lines: readonly Line[], marks: Map<number, ClutterKind>): void => {
  let i = 0;
  while (i < lines.length) {
    let j = i;
    while (lines[j] && isShort(lines[j]!) && (marks.get(j) ?? 'controls') === 'controls') j++;
    if (
      j - i >= 2 &&
      isButtonRow(
        lines
          .slice(i, j)
          .map((l) => l.content)
          .join(' '),
      )
    ) {
      for (let k = i; k < j; k++) marks.set(k, 'controls');
    }
    i = Math.max(j, i + 1);
  }
};
