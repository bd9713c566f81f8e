import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from '../../../src/lib/site/csv';
import { visible } from '../../../src/lib/text/visible';

/** A minimal RFC 4180 reader, to read back what toCsv writes. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && csv[i + 1] === '\n')
      (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a BOM so Excel reads Chinese, and ends lines with CRLF', () => {
    const csv = toCsv(['主体', '数值'], [['新增市场主体', 226600]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1)).toBe('主体,数值\r\n新增市场主体,226600\r\n');
  });

  it('leaves out control characters and bidi controls, keeping tabs and line breaks', () => {
    const csv = toCsv(['主体'], [['项目\f1977个\u0001'], ['\u202e审批\t事项\r\n']]);
    expect(readCsv(csv.slice(1))).toEqual([['主体'], ['项目1977个'], ['审批\t事项\r\n']]);
  });

  it('reads back exactly what it was given, whatever the text readers may see', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), {
          maxLength: 6,
        }),
        (rows) => {
          const seen = rows.map((row) => row.map(visible));
          expect(readCsv(toCsv(['a', 'b'], rows).slice(1))).toEqual([['a', 'b'], ...seen]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
