/** The copying website's own text after the speech: disclaimer, copyright, source address. */
const PROVENANCE =
  /本文内容由|本站仅提供|信息存储空间|不拥有所有权|不承担相关法律责任|涉嫌抄袭|如若转载|请注明出处|转载请注明|版权所有|版权归|版权声明|免责声明|原文链接|原文地址|本文地址|本文来源|文章来源|^来源\s*[:：]|责任编辑/u;

/** A line that gives where the text came from (如若转载,请注明出处:URL; 原文链接:URL). */
const SOURCE_LINE = /出处|来源|原文链接|原文地址|本文地址|https?:\/\//u;

/** A web address, stopping before Chinese punctuation and brackets. */
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/giu;

/** Where each web address stands in a line: [start, end) offsets into the line's content. */
export const urlRanges = (content: string): Array<[number, number]> =>
  Array.from(content.matchAll(URL), (m) => {
    const trimmed = m[0].replace(/[.,;:!?)\]'"]+$/u, '');
    return [m.index, m.index + trimmed.length];
  });

/** Beside its web addresses, a bare address line holds at most a short label (原文:). */
const MAX_LABEL = 10;

const isBareAddress = (content: string): boolean => {
  const urls = urlRanges(content);
  const rest = urls.reduce((n, [start, end]) => n - (end - start), content.length);
  return urls.length > 0 && rest <= MAX_LABEL;
};

/** Website notices are a paragraph at most; a longer line is speech, whatever it holds. */
const MAX_NOTICE = 300;

/** A line of the website's own: its disclaimer or copyright, or a source address. */
export const isProvenance = (content: string): boolean =>
  content.length <= MAX_NOTICE && (PROVENANCE.test(content) || isBareAddress(content));

export const isSourceLine = (content: string): boolean =>
  SOURCE_LINE.test(content) && urlRanges(content).length > 0;
