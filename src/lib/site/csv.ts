/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Chinese correctly, CRLF
 * line ends, every field quoted when it must be (RFC 4180).
 */

import { visible } from '../text/visible';

export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

function field(cell: Cell): string {
  const text = cell === null || cell === undefined ? '' : visible(String(cell));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [columns, ...rows].map((row) => row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
