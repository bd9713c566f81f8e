/**
 * content/indicators.yaml as editors write it: the file in the repository is valid and holds
 * the indicators the edition follows; a misspelt field, a repeated id or a repeated alias is
 * the catalogue's error, naming file and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIndicators } from '../../../src/lib/editorial/indicators';

const FILE = 'content/indicators.yaml';

const ENTRY = `- id: gdp-growth
  name: 国内生产总值增长
  aliases: [国内生产总值, GDP]
  unit: '%'
  direction: at-least
`;

describe('content/indicators.yaml', () => {
  it('is valid and names the indicators work reports set targets for', () => {
    const { indicators, errors } = readIndicators(FILE, readFileSync(FILE, 'utf8'));
    expect(errors).toEqual([]);
    const names = indicators.map((i) => i.name);
    for (const name of [
      '国内生产总值增长',
      '居民消费价格涨幅',
      '城镇新增就业',
      '城镇登记失业率',
      '粮食产量',
      '进出口增长',
      '赤字率',
      '财政赤字',
    ])
      expect(names).toContain(name);
    for (const i of indicators) expect(i.description).toMatch(/^[^,.;:()]+。$/);
  });
});

describe('errors editors see', () => {
  it('a misspelt field names the line and the field meant', () => {
    const text = `${ENTRY}- id: cpi\n  name: 居民消费价格涨幅\n  aliases: [CPI]\n  unit: '%'\n  directon: at-most\n`;
    const { errors } = readIndicators(FILE, text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.name).toBe('BadField');
    expect(errors[0]!.message).toContain(`${FILE}:10：`);
    expect(errors[0]!.message).toContain('是不是“direction”');
  });

  it('a repeated id names both lines', () => {
    const { errors } = readIndicators(
      FILE,
      `${ENTRY}${ENTRY.replace('[国内生产总值, GDP]', '[经济增长]')}`,
    );
    expect(errors.map((e) => [e.name, e.message])).toEqual([
      ['DuplicateIndicator', `${FILE}:6：id“gdp-growth”在第1行已经用过。`],
    ]);
  });

  it('an alias given to two indicators names both lines, even in a block list', () => {
    const second = `- id: economy\n  name: 经济增长\n  aliases:\n    - 经济增长\n    - GDP\n  unit: '%'\n  direction: at-least\n`;
    const { errors, indicators } = readIndicators(FILE, `${ENTRY}${second}`);
    expect(indicators).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([`${FILE}:10：别名“GDP”在第3行已经用过。`]);
  });

  it('a direction outside at-least, at-most, level is refused at its line', () => {
    const { errors } = readIndicators(FILE, ENTRY.replace('at-least', 'higher'));
    expect(errors[0]!.message).toMatch(new RegExp(`^${FILE}:5：字段“0\\.direction”`));
  });

  it('text that is not YAML is refused with its line', () => {
    const { errors } = readIndicators(FILE, `${ENTRY}- id: x\n name: [\n`);
    expect(errors[0]!.name).toBe('IndicatorFileUnreadable');
    expect(errors[0]!.message).toMatch(new RegExp(`^${FILE}:\\d+：`));
  });
});
