/**
 * Whether decoded text reads as text. Three signs, each general: text files hold no NUL; they
 * hold few control characters and few characters that could not be decoded (U+FFFD), private-use
 * or unassigned code points; and Chinese text is mostly made of a few hundred everyday characters,
 * where bytes read in the wrong encoding give characters spread over the whole repertoire.
 */

/**
 * Everyday Chinese characters written alike in simplified and traditional script (each both in
 * GB 2312 and in Big5's common set): about half of the Han characters of any Chinese prose.
 */
const EVERYDAY = new Set(
  Array.from(
    '的一是不在人有我他中大上以到地出就分成可主年同工也能下子而方多定行法所民得十三之部度家力如水化高自二理起小物加量都本去把性好它合因由其些然前外天政四日那社事平形相全表各重新正心反你明看原又利比或但第向道命此只意建月公者最立代想已通提直五果料象革位入常文次品式活及管特件求老基流路少山知手角期根指九放西被干必先回取南色光即保治北造百七海口器志世金增思交受什六共收改清己美再采更切打白教速花安身例真具每目至走示八名才科米整空元今集土步群石需段研界拉林律叫且究算低持音容非深近千周委素半青省列支般史感便往市克何除府太精值率族存候毛快效斯院查江型眼王按格易置派片始京住局照引推作服企施障健康育村城投消融制展',
  ),
);

/** The CJK Unified Ideographs and their extensions A–H and compatibility forms. */
const isHan = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x20000 && code <= 0x323af);
// Private use, unassigned and lone surrogates: what wrongly decoded bytes give, never prose.
const UNUSABLE = /[\p{Co}\p{Cn}\p{Cs}]/u;

export interface TextStats {
  /** Code points that are not whitespace. */
  chars: number;
  nul: number;
  /** C0 controls other than tab and line breaks, DEL and C1 controls. */
  controls: number;
  /** U+FFFD, and private-use, unassigned or lone-surrogate code points. */
  unreadable: number;
  han: number;
  /** Han characters of the everyday set. */
  everyday: number;
}

const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
  (code >= 0x7f && code <= 0x9f);

/** One pass over the code points of `text`. */
export function textStats(text: string): TextStats {
  const stats: TextStats = { chars: 0, nul: 0, controls: 0, unreadable: 0, han: 0, everyday: 0 };
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue;
    stats.chars++;
    if (code === 0) stats.nul++;
    if (isControl(code)) stats.controls++;
    else if (isHan(code)) {
      stats.han++;
      if (EVERYDAY.has(ch)) stats.everyday++;
    } else if (code === 0xfffd || (code > 0x7f && UNUSABLE.test(ch))) stats.unreadable++;
  }
  return stats;
}

/** A text is damaged beyond reading when more than this share of its characters are. */
const MAX_DAMAGED_SHARE = 0.1;
/** Below this many Han characters the everyday share says too little to judge by. */
const MIN_HAN_TO_JUDGE = 20;
/** Chinese prose has about half; text decoded in the wrong encoding a few percent. */
const MIN_EVERYDAY_SHARE = 0.15;

const percent = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;

/** Why decoded text is not text a speech can be read from, or null when it is. */
export function notTextReason(stats: TextStats): string | null {
  if (stats.nul > 0) {
    return `it holds ${stats.nul} NUL character(s), as binary files and UTF-16 text without a byte-order mark do`;
  }
  if (stats.chars > 0 && stats.controls + stats.unreadable > MAX_DAMAGED_SHARE * stats.chars) {
    return `${percent(stats.controls + stats.unreadable, stats.chars)} of its characters are control characters or bytes that no supported encoding reads`;
  }
  if (stats.han >= MIN_HAN_TO_JUDGE && stats.everyday < MIN_EVERYDAY_SHARE * stats.han) {
    return `only ${percent(stats.everyday, stats.han)} of its Chinese characters are everyday ones (Chinese prose has about half): its bytes are not text in a supported encoding`;
  }
  return null;
}
