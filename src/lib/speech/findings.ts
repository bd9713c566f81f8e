import { SHORTFALL_RATIO } from './completeness';
import type { PunctuationCount } from './punctuation';
import { fullWidthPunctuation } from './punctuation-repairs';
import type {
  AnnouncedCount,
  Completeness,
  EncodingReport,
  Finding,
  Provenance,
  Repair,
  Span,
} from './types';

export interface FindingInputs {
  encoding: EncodingReport;
  provenance: Provenance;
  completeness: Completeness;
  repairs: readonly Repair[];
  punctuation: PunctuationCount;
  fullWidthDigits: number;
  /** Whether any speech text (title, heading or paragraph) was found at all. */
  hasSpeech: boolean;
  /** Passages the copy holds a second time, with their length in characters. */
  repeats: ReadonlyArray<{ span: Span; length: number }>;
  /** The report's own glossary (名词解释), from its heading to its end. */
  annex: Span | null;
}

const percent = (ratio: number): string => `${Math.round(ratio * 100)}%`;

const LINE_ENDING_NAMES: Record<EncodingReport['lineEndings'], string> = {
  lf: 'LF',
  crlf: 'Windows 格式（CRLF）',
  cr: '旧式 Mac 格式（CR）',
  mixed: '多种格式混用',
  none: '无',
};

const UNIT: Record<AnnouncedCount['counts'], string> = {
  parts: '部分',
  sections: '个方面',
  points: '点',
};

const announcedFinding = (a: AnnouncedCount): Finding => {
  const short = a.present < a.expected;
  const cut = a.lastIncomplete ? `，且第${a.present}${UNIT[a.counts]}没有讲完` : '';
  const message = short
    ? `讲话预告“${a.phrase.text}”，文中只有${a.present}${UNIT[a.counts]}${cut}。`
    : `讲话预告“${a.phrase.text}”，文中有${a.present}${UNIT[a.counts]}${cut}。`;
  return {
    code: 'announced-count',
    severity: short || a.lastIncomplete ? 'warning' : 'info',
    message,
    span: a.phrase,
    expected: a.expected,
    actual: a.present,
  };
};

const provenanceFindings = (p: Provenance): Finding[] => {
  const found: Finding[] = [];
  if (p.headline) {
    found.push({
      code: 'website-headline',
      severity: 'info',
      message: `第一行“${fullWidthPunctuation(p.headline.text)}”是转载网站加的标题，不是讲话原文。`,
      span: p.headline,
    });
  }
  if (p.statedLength !== null && p.headline) {
    found.push({
      code: 'stated-length',
      severity: 'info',
      message: `网站标题称全文${p.statedLength}字。`,
      span: p.headline,
      expected: p.statedLength,
    });
  }
  const footer: Span | null = p.disclaimer ?? p.sourceUrlSpan;
  if (footer) {
    const parts = [p.disclaimer ? '免责声明' : '', p.sourceUrl ? `来源网址（${p.sourceUrl}）` : '']
      .filter(Boolean)
      .join('和');
    found.push({
      code: 'provenance-footer',
      severity: 'info',
      message: `文末的${parts}是转载网站加的，不是讲话内容；作为来源信息保留。`,
      span: footer,
    });
  }
  return found;
};

const completenessFindings = (c: Completeness): Finding[] => {
  const found: Finding[] = [];
  if (c.ratio !== null && c.statedLength !== null && c.ratio < SHORTFALL_RATIO) {
    found.push({
      code: 'length-shortfall',
      severity: 'warning',
      message: `本文讲话部分实有${c.measuredLength}字，只有网站所称全文${c.statedLength}字的${percent(c.ratio)}，不是讲话全文。`,
      expected: c.statedLength,
      actual: c.measuredLength,
    });
  }
  found.push(...c.announced.map(announcedFinding));
  if (c.truncatedAt) {
    found.push({
      code: 'truncated',
      severity: 'warning',
      message: `文本在“${fullWidthPunctuation(c.truncatedAt.text)}”处中断，句子没有说完。`,
      span: c.truncatedAt,
    });
  }
  return found;
};

const damageFindings = (repairs: readonly Repair[]): Finding[] => {
  const damage = repairs.filter(
    (r) => r.kind !== 'clutter' && r.kind !== 'escape-sequence' && r.kind !== 'punctuation',
  );
  const clutter = repairs.filter((r) => r.kind === 'clutter');
  const escapes = repairs.filter((r) => r.kind === 'escape-sequence');
  const found: Finding[] = [];
  if (damage.length > 0) {
    const repaired = damage.filter((r) => r.repaired).length;
    found.push({
      code: 'lost-characters',
      severity: 'warning',
      message: `复制时有${damage.length}处字符丢失或损坏（显示为“?”或“\uFFFD”）：${repaired}处可以安全修复，已在阅读文本中修复；其余${damage.length - repaired}处只作标记。原文一字未改。`,
      actual: damage.length,
    });
  }
  if (clutter.length > 0) {
    found.push({
      code: 'clutter',
      severity: 'warning',
      message: `有${clutter.length}行是网页上的内容（按钮、导航、来源和发布时间、电头、图片说明、相关链接等），不属于讲话正文；已标出，原文保留。`,
      actual: clutter.length,
    });
  }
  if (escapes.length > 0) {
    found.push({
      code: 'escape-sequence',
      severity: 'info',
      message: `有${escapes.length}处字符被复制成了代码（如“${escapes[0]?.text ?? ''}”），阅读文本显示为原字符；原文保留。`,
      span: escapes[0],
      actual: escapes.length,
    });
  }
  return found;
};

const copyFindings = (inputs: FindingInputs): Finding[] => [
  ...inputs.repeats.map((r): Finding => ({
    code: 'repeated-text',
    severity: 'warning',
    message: `从“${r.span.text.replace(/\s+/gu, '').slice(0, 20)}…”起的一段（${r.length}字）是前文的重复：原文保留，但不再当作讲话读，其中的数字不重复计算。`,
    span: r.span,
    actual: r.length,
  })),
  ...(inputs.annex
    ? [
        {
          code: 'annex',
          severity: 'info',
          message: `讲话结束语之后的“${inputs.annex.text.split(/\s/u)[0] ?? ''}”是报告所附的名词解释：作为附件保留，可以阅读，但不计入讲话正文和数字。`,
          span: inputs.annex,
        } satisfies Finding,
      ]
    : []),
];

const encodingFindings = (e: EncodingReport): Finding[] => {
  const found: Finding[] = [];
  if (e.name === 'gb18030') {
    found.push({
      code: 'encoding',
      severity: 'info',
      message: '原文件是 GB18030（国标）编码，已转换为 Unicode 读取。',
    });
  }
  if (e.replacementCharacters > 0) {
    found.push({
      code: 'encoding',
      severity: 'warning',
      message: `原文件中有${e.replacementCharacters}个字符无法解码，显示为“\uFFFD”。`,
      actual: e.replacementCharacters,
    });
  }
  if (e.bom) {
    found.push({
      code: 'bom',
      severity: 'info',
      message: '文件开头有字节顺序标记（BOM），已从文本中去除。',
    });
  }
  if (e.lineEndings === 'crlf' || e.lineEndings === 'cr' || e.lineEndings === 'mixed') {
    found.push({
      code: 'line-endings',
      severity: 'info',
      message: `换行符为${LINE_ENDING_NAMES[e.lineEndings]}，按原样保留。`,
    });
  }
  return found;
};

const typographyFindings = (punctuation: PunctuationCount, fullWidthDigits: number): Finding[] => {
  const found: Finding[] = [];
  if (punctuation.total > 0) {
    const marks = Object.entries(punctuation.byMark)
      .map(([mark, n]) => `“${mark}”${n}个`)
      .join('、');
    found.push({
      code: 'ascii-punctuation',
      severity: 'info',
      message: `讲话中有${punctuation.total}个半角标点（${marks}）；阅读文本按中文排版改为全角显示，原文照录。`,
      actual: punctuation.total,
    });
  }
  if (fullWidthDigits > 0) {
    found.push({
      code: 'full-width-digits',
      severity: 'info',
      message: `文中有${fullWidthDigits}个全角数字（如“２０１８”），已按数值读取；原文照录。`,
      actual: fullWidthDigits,
    });
  }
  return found;
};

/** Everything a reader should be told about the text, in Chinese. */
export const collectFindings = (inputs: FindingInputs): Finding[] => [
  ...(inputs.hasSpeech
    ? []
    : [
        {
          code: 'empty',
          severity: 'warning',
          message: '文本为空，或没有找到可以识别的讲话正文。',
        } satisfies Finding,
      ]),
  ...provenanceFindings(inputs.provenance),
  ...completenessFindings(inputs.completeness),
  ...copyFindings(inputs),
  ...damageFindings(inputs.repairs),
  ...encodingFindings(inputs.encoding),
  ...typographyFindings(inputs.punctuation, inputs.fullWidthDigits),
];
