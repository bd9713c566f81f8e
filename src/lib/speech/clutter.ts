/**
 * Page furniture that comes along when a speech is copied from a web page: buttons, navigation,
 * counters and photo captions. Such lines are reported as clutter, never dropped.
 */

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
]);

const TOKEN_SEPARATORS = /[\s|｜·•/／、【】[\]:：]+/u;

/** Navigation and counters: 上一篇:…, 阅读次数:123, 发布时间:… */
const PAGE_LABEL =
  /^[【[]?(上一篇|下一篇|上一条|下一条|相关阅读|相关文章|推荐阅读|热门文章|阅读次数|浏览次数|阅读量|点击数|点击量|发布时间|发布日期|字数)[】\]]?\s*[:：]/u;

/** Photo captions: 图为…, ▲…, 图:…, [图片], (记者 王五 摄), 摄影:王五 */
const CAPTION =
  /^(图为|图片为|图片来源|▲|△|图\s*[:：]|\[图片\]|【图片】|[(（]\s*图片)|[\s\u3000]摄\s*[)）]?$|摄影\s*[:：]|^[(（]?\s*(记者|通讯员)\s*\S{2,12}\s*摄/u;

const isButtonRow = (content: string): boolean => {
  const tokens = content.split(TOKEN_SEPARATORS).filter((t) => t !== '');
  return (
    tokens.length > 0 &&
    tokens.every((t) => PAGE_WORDS.has(t)) &&
    tokens.some((t) => Array.from(t).length >= 2)
  );
};

/** Whether a whole line is page furniture rather than speech. */
export const isClutter = (content: string): boolean =>
  content.length <= 80 &&
  (isButtonRow(content) || PAGE_LABEL.test(content) || CAPTION.test(content));
