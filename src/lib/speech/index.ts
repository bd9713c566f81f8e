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
 *   repeats the title, states 全文N字 or reads "name: …讲话"), a trailing disclaimer and source
 *   address, and page furniture anywhere (buttons and font-size controls even when broken over
 *   several lines, breadcrumbs, source, editor and publish-time lines, datelines, photo captions,
 *   related-link lists, a news lead before the speech): reported as clutter, never dropped.
 *   The copy's publisher and publish time are read apart, never as the speech's date.
 * - Read the title, the delivery line (——2026年1月28日在…会议上, in brackets, run into the title,
 *   broken over two lines, in Chinese numerals), the venue, the place, the speaker and office
 *   (省长　王予波), the salutation, and a display name that tells speeches apart; the parts (一、),
 *   sections (（一）), points (第一,) in numbered groups, items (一是), numbered paragraphs (1.
 *   （1）) and paragraphs, with lines broken mid-sentence joined.
 * - Cut a body whose line breaks were lost (a whole report on one line) into headings and
 *   paragraphs at the places official prose marks them, with exact offsets.
 * - Read a copy that repeats itself once: a repeated passage is kept in the cover as a repeat, not
 *   read again. An annex after the closing words (附件, 名词解释) is kept as an annex, not as speech.
 * - Find copy damage: lines holding only "?", characters lost as "?", undecodable characters and
 *   escape sequences written as text (<U+00A0>, shown in the reading text as the character).
 *   Only two repairs are made, where context leaves no doubt: a "?" between a number and % is
 *   dropped, and a "?" between joint issuing bodies (中共中央?国务院) is read as the space of the
 *   official name. Other lost characters are flagged, not guessed. A "?" that ends a question
 *   (a clause with 吗, 呢, 什么, 如何 …) or stands in a web address is punctuation, not damage.
 * - Judge completeness: stated against measured length, announced counts (讲三点意见, 以下四个方面,
 *   做好以下10个方面工作) against the parts, points or sections present, and a last sentence cut off
 *   mid-way; a related-links tail is furniture, not a cut.
 * - Cover the text losslessly with segments, so the original is recoverable character for
 *   character.
 *
 * What it cannot do:
 * - Read UTF-16 without a BOM, or encodings other than those above: such files are refused.
 * - Read traditional-script figures (萬, 億) as their simplified forms: a Big5 speech is decoded
 *   as written.
 * - Know what a lost character was when context does not say; it flags it instead.
 * - Know a paragraph's true breaks in a body that lost them: they are inferred from headings and
 *   groups of sentences.
 * - Tell a rhetorical question without a question word from a lost character: such a "?" is
 *   flagged (never changed), so at worst a reader sees a needless flag.
 * - Recognise website furniture unlike any news page's: unknown clutter is read as speech.
 */

export { decodeSpeech, refusalOf } from './decode';
export { parseSpeech } from './parse';
export type * from './types';
