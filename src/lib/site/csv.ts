/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese correctly, CRLF
 * line ends, every field quoted when it must be (RFC 4180). Text that a spreadsheet would run
 * as a formula is neutralised (OWASP's rule for CSV injection): subjects are copied from the
 * speech, so a line beginning `=HYPERLINK(…)` must reach Excel or WPS as text.
 */

import { visible } from '../text/visible';

export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/** First characters that make Excel, WPS, LibreOffice or Google Sheets read a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula, prefixed with an apostrophe so it stays text. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: Cell): string {
  // Only text is neutralised: a number such as -6.8 stays a number in the spreadsheet. What
  // readers may not see goes first, so that no control character hides a formula's start.
  const text =
    typeof cell === 'string' ? neutralise(visible(cell)) : cell == null ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns, ...rows].map((row) => row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
