import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { neutralise, toCsv } from '../../../src/lib/site/csv';
import { visible } from '../../../src/lib/text/visible';
import { readCsv, runsAsFormula } from './read-csv';
import { parseSpeech } from '../../../src/lib/speech';
import { extractFigures } from '../../../src/lib/figures';
import { checkTable, figureTable, relationTable } from '../../../src/lib/site/tables';
import { figureBundle, figureBundleCsv } from '../../../src/lib/site/figure-files';

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
          const back = rows.map((row) => row.map((cell) => neutralise(visible(cell))));
          expect(readCsv(toCsv(['a', 'b'], rows).slice(1))).toEqual([['a', 'b'], ...back]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('formula injection', () => {
  it('turns text that starts a formula into text, and leaves other text alone', () => {
    for (const hostile of ['=1+2', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1']) {
      const [, row] = readCsv(toCsv(['a'], [[hostile]]).slice(1));
      expect(row).toEqual([`'${hostile}`]);
    }
    expect(readCsv(toCsv(['a'], [['新增市场主体'], ['1 = 1']]).slice(1))).toEqual([
      ['a'],
      ['新增市场主体'],
      ['1 = 1'],
    ]);
  });

  it('keeps numbers numbers: a negative value is written as it is', () => {
    expect(toCsv(['增速'], [[-6.8]]).slice(1)).toBe('增速\r\n-6.8\r\n');
  });

  it('never lets a cell of any text start a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 5 }), (cells) => {
        const [, row = []] = readCsv(
          toCsv(
            cells.map(() => 'c'),
            [cells],
          ).slice(1),
        );
        expect(row.filter(runsAsFormula)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralises a subject copied from a hostile speech in every CSV the site writes', () => {
    const speech = parseSpeech(
      '=HYPERLINK(x)项目共有130个，其中审批类110个、服务类20个。\n@SUM项目共有130个。\n',
    );
    const set = extractFigures(speech);
    const hostile = set.figures.find((f) => f.subject.startsWith('='));
    expect(hostile?.subject).toBe('=HYPERLINK(x)项目');
    const url = (id: string) => `https://example.org/${id}/`;
    const files = {
      'figures.csv': toCsv(...tableArgs(figureTable(set.figures, url))),
      'relations.csv': toCsv(...tableArgs(relationTable(set.relations))),
      'checks.csv': toCsv(...tableArgs(checkTable(set.checks))),
      [`${hostile!.id}.csv`]: figureBundleCsv(figureBundle(set, hostile!.id), url),
    };
    for (const [name, csv] of Object.entries(files)) {
      const cells = readCsv(csv.slice(1)).flat();
      expect(cells.filter(runsAsFormula), name).toEqual([]);
    }
    for (const name of ['figures.csv', `${hostile!.id}.csv`])
      expect(readCsv(files[name]!.slice(1)).flat(), name).toContain("'=HYPERLINK(x)项目");
    expect(readCsv(files['figures.csv'].slice(1)).flat()).toContain("'@SUM项目");
  });
});

const tableArgs = (t: { columns: string[]; rows: Parameters<typeof toCsv>[1] }) =>
  [t.columns, t.rows] as const;
