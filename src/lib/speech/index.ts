/**
 * The speech parser: from the bytes (or text) of a speech copied from the web to a structured,
 * annotated `ParsedSpeech` whose every span points at the exact characters it came from.
 *
 * What it can do:
 * - Decode UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and GB18030 or Big5 (whichever
 *   reads as Chinese) when the bytes are not valid UTF-8; keep line endings (LF, CRLF, CR) as
 *   found; count characters that could not be decoded (U+FFFD). `refusalOf` says when bytes are
 *   not text at all (binary, NUL, mostly control or undecodable characters).
 * - Tell the copying website's text from the speech: a headline on the first line (one that
 *   repeats the title, states 全文N字 or reads "name: …讲话"), and a trailing disclaimer and
 *   source address. Page clutter (下载 打印 全屏, navigation, photo captions) is reported, never
 *   dropped.
 * - Read the title, the date (2018年8月27日, ２０１８年…, 二〇一八年八月二十七日), the speaker and
 *   the salutation; the parts (一、), points (第一,) in numbered groups, items (一是) and paragraphs.
 * - Find copy damage: lines holding only "?", characters lost as "?" and undecodable characters.
 *   Only two repairs are made, where context leaves no doubt: a "?" between a number and % is
 *   dropped, and a "?" between joint issuing bodies (中共中央?国务院) is read as the space of the
 *   official name. Other lost characters are flagged, not guessed. A "?" that ends a question
 *   (a clause with 吗, 呢, 什么, 如何 …) or stands in a web address is punctuation, not damage.
 * - Judge completeness: stated against measured length, announced counts (讲三点意见, 以下四个方面)
 *   against what is present, and a last sentence cut off mid-way.
 * - Cover the text losslessly with segments, so the original is recoverable character for
 *   character.
 *
 * What it cannot do:
 * - Read UTF-16 without a BOM, or encodings other than those above: such files are refused.
 * - Read traditional-script figures (萬, 億) as their simplified forms: a Big5 speech is decoded
 *   as written.
 * - Know what a lost character was when context does not say; it flags it instead.
 * - Recognise structure beyond 一、 / 第一, / 一是: sub-headings such as （一） and numbered lists
 *   such as 1. are read as ordinary paragraphs, and a paragraph spanning several lines is read
 *   as several paragraphs.
 * - Tell a rhetorical question without a question word from a lost character: such a "?" is
 *   flagged (never changed), so at worst a reader sees a needless flag.
 * - Recognise website furniture it has no pattern for: unknown clutter is read as speech.
 */

export { decodeSpeech, refusalOf } from './decode';
export { parseSpeech } from './parse';
export type * from './types';
