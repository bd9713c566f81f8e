/** The errors editors see, in Chinese: catalogued, naming file:line, the field, and the nearest ids. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ProjectError } from '../../../src/lib/errors';
import { fieldError } from '../../../src/lib/editorial/fields';
import { invalidReferences, referencesOf } from '../../../src/lib/editorial/references';
import { permalinkError, unrecorded } from '../../../src/lib/editorial/permalinks';
import { speechIdsOf } from '../../../src/lib/editorial/speech-ids';
import {
  contextSchema,
  noteSchema,
  overridesSchema,
  permalinksSchema,
  reviewsSchema,
  storySchema,
} from '../../../src/lib/schema/editorial';
import { parse } from 'yaml';
import { chartForFigure, formsOf } from '../../../src/lib/charts/index';
import { buildSpeechRecord } from '../../../src/lib/speech-record';

const SLUG = 'bijie-2018-08-27-fangguanfu';
const record = buildSpeechRecord(SLUG, readFileSync(`content/speeches/${SLUG}/source.txt`));
const speeches = new Map([[SLUG, speechIdsOf(record)]]);
const FILE = 'content/notes/x.mdx';

/** The first problem of a note, or null. */
const check = (data: object, text: string) =>
  invalidReferences(
    FILE,
    referencesOf('notes', noteSchema.parse(data) as never, text),
    speeches,
  )[0] ?? null;

describe('references', () => {
  it('a misspelt figure id names the file, its line and the right id first', () => {
    const text = `---\nspeech: ${SLUG}\nauthor: a\nfigure: zongliang-di3-wei\ndate: 2024-01-01\n---\n`;
    const error = check(
      { speech: SLUG, author: 'a', figure: 'zongliang-di3-wei', date: '2024-01-01' },
      text,
    );
    expect(error).toBeInstanceOf(ProjectError);
    expect(error!.name).toBe('UnknownReference');
    expect(error!.message).toMatch(
      /^content\/notes\/x\.mdx:4：讲话 bijie-2018-08-27-fangguanfu 里没有数字编号“zongliang-di3-wei”。/,
    );
    expect(error!.message).toContain('是不是“zongliang-di-3-wei”');
    expect(error!.hint).toMatch(/照抄编号/);
  });
  it('components in the body are checked at their own lines', () => {
    const text = `---\nspeech: ${SLUG}\nparagraph: p1\n---\n\nText\n\n<Quote paragraph="p99" />\n`;
    const error = check({ speech: SLUG, paragraph: 'p1', author: 'a', date: '2024-01-01' }, text);
    expect(error!.message).toMatch(/x\.mdx:8：.*没有段落“p99”/);
  });
  it('an unknown speech is named with the nearest slug; valid files pass', () => {
    const bad = check(
      { speech: 'bijie-2018', paragraph: 'p1', author: 'a', date: '2024-01-01' },
      'speech: bijie-2018\n',
    );
    expect(bad!.message).toContain(`“${SLUG}”`);
    const good = `---\nspeech: ${SLUG}\nparagraph: p2\n---\n<Figure id="${record.figures[0]!.id}" />\n<Check id="${record.checks[0]!.id}" />\n`;
    expect(
      check({ speech: SLUG, paragraph: 'p2', author: 'a', date: '2024-01-01' }, good),
    ).toBeNull();
  });
});

describe('fields', () => {
  const fail = (schema: typeof noteSchema | typeof storySchema, data: object, text: string) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    return fieldError(FILE, text, result.error!.issues);
  };
  it('a wrong kind names the field, its line and what was expected', () => {
    const text = `---\nspeech: ${SLUG}\nparagraph: p2\nauthor: 42\ndate: 2024-01-01\n---\n`;
    const e = fail(
      noteSchema,
      { speech: SLUG, paragraph: 'p2', author: 42, date: '2024-01-01' },
      text,
    );
    expect(e.name).toBe('BadField');
    expect(e.message).toBe(`${FILE}:4：字段“author”应当是文字，这里写的是数字。`);
  });
  it('an unknown field and a bad date are named too', () => {
    const text = `---\ntitle: t\ndescription: d\nspeech: ${SLUG}\nauthor: a\ndate: 2024-01-01\nautor: b\n---\n`;
    const base = { title: 't', description: 'd', speech: SLUG, author: 'a', date: '2024-01-01' };
    expect(fail(storySchema, { ...base, autor: 'b' }, text).message).toMatch(
      /:7：字段“autor”不是可用的字段/,
    );
    expect(fail(storySchema, { ...base, date: '1 May' }, text).message).toMatch(
      /:6：字段“date”应写成年-月-日，例如 2026-11-27/,
    );
  });
  it('a misspelt field is one problem at its own line, with the field it stands for', () => {
    // autor for author: the key on line 5 is the mistake; author is not also reported missing.
    const text = `---
title: t
description: d
speech: ${SLUG}
autor: a
date: 2024-01-01
---
`;
    const data = { title: 't', description: 'd', speech: SLUG, autor: 'a', date: '2024-01-01' };
    expect(fail(storySchema, data, text).message).toBe(
      `${FILE}:5：字段“autor”不是可用的字段：是不是“author”？请改正拼写。`,
    );
  });
  it('every problem of a file is listed at once, each at its line', () => {
    const text = `---
title: 42
description: d
speech: ${SLUG}
autor: a
date: 1 May
---
`;
    const data = { title: 42, description: 'd', speech: SLUG, autor: 'a', date: '1 May' };
    const lines = fail(storySchema, data, text).message.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/:2：字段“title”应当是文字/),
        expect.stringMatching(/:5：字段“autor”.*是不是“author”/),
        expect.stringMatching(/:6：字段“date”/),
      ]),
    );
  });
  it('a note about both a figure and a paragraph is refused; one about neither is about the speech', () => {
    const note = { speech: SLUG, author: 'a', date: '2024-01-01' };
    expect(noteSchema.safeParse({ ...note, figure: 'a-b', paragraph: 'p1' }).success).toBe(false);
    expect(noteSchema.safeParse(note).success).toBe(true);
  });

  it('a place or office an editor supplies must say where it comes from', () => {
    const context = { speech: SLUG };
    const place = { name: '毕节市', source: '讲话说“全市”“我市”' };
    expect(contextSchema.safeParse({ ...context, place }).success).toBe(true);
    expect(contextSchema.safeParse({ ...context, place: { name: '毕节市' } }).success).toBe(false);
    expect(
      contextSchema.safeParse({ ...context, office: { name: '市长', source: '' } }).success,
    ).toBe(false);
    expect(contextSchema.safeParse({ ...context, office: '市长' }).success).toBe(false);
  });

  it('the seed’s context names its city and its speaker’s office, each with a source', () => {
    const seed = contextSchema.parse(parse(readFileSync(`content/context/${SLUG}.yaml`, 'utf8')));
    expect(seed.place?.name).toBe('毕节市');
    expect(seed.office?.name).toBe('毕节市市长');
  });
});

describe('permalinks', () => {
  const ids = speechIdsOf(record).figures;
  const text = JSON.stringify({ speech: SLUG, published: [...ids, 'gone-id'] }, null, 2);
  it('a published id gone without a redirect fails at its line', () => {
    const data = permalinksSchema.parse(JSON.parse(text));
    const e = permalinkError('p.json', text, data, ids);
    expect(e!.name).toBe('PublishedIdRemoved');
    expect(e!.message).toMatch(new RegExp(`^p\\.json:${ids.length + 4}：.*“gone-id”`));
  });
  it('with a redirect it passes; a redirect away from a live id fails', () => {
    const ok = { speech: SLUG, published: [...ids, 'gone-id'], redirects: { 'gone-id': ids[0]! } };
    expect(permalinkError('p.json', '', ok, ids)).toBeNull();
    const live = { ...ok, redirects: { ...ok.redirects, [ids[1]!]: ids[0]! } };
    expect(permalinkError('p.json', '', live, ids)!.name).toBe('BadField');
  });
  it('the seed record lists every current figure id, so all are protected', () => {
    const seed = permalinksSchema.parse(
      JSON.parse(readFileSync(`content/permalinks/${SLUG}.json`, 'utf8')),
    );
    expect(unrecorded(seed, ids)).toEqual([]);
    expect(permalinkError('', '', seed, ids)).toBeNull();
  });
});

describe('chart form overrides', () => {
  const OVERRIDES = 'content/overrides/x.yaml';
  const checkOverride = (figure: string, form: string) => {
    const text = `speech: ${SLUG}\nfigures:\n  ${figure}:\n    form: ${form}\n`;
    const data = overridesSchema.parse({ speech: SLUG, figures: { [figure]: { form } } });
    return invalidReferences(OVERRIDES, referencesOf('overrides', data, text), speeches)[0] ?? null;
  };
  const hall = record.figures.find((f) => f.text === '1200平方米')!.id;
  const forms = formsOf(record, hall);

  it('a form the figure can take passes, and the default comes first', () => {
    expect(forms[0]).toBe('before-after');
    for (const form of forms) expect(checkOverride(hall, form)).toBeNull();
  });

  it('a form it cannot take names the line and lists the forms it can', () => {
    const error = checkOverride(hall, 'rank');
    expect(error!.name).toBe('UnknownReference');
    expect(error!.message).toMatch(/^content\/overrides\/x\.yaml:4：.*没有图表形式“rank”/);
    for (const form of forms) expect(error!.message).toContain(form);
  });

  it('the chart then takes the form asked for', () => {
    const meta = { speaker: '张集智', date: '2018-08-27', title: 't' };
    expect(chartForFigure(record, hall, meta).form).toBe('before-after');
    expect(chartForFigure(record, hall, meta, { form: 'single' }).form).toBe('single');
    expect(chartForFigure(record, hall, meta, { form: 'rank' }).form).toBe('before-after');
  });
});

describe('reviews of checks', () => {
  const REVIEW = 'content/reviews/x.yaml';
  const seedReview = readFileSync(`content/reviews/${SLUG}.yaml`, 'utf8');
  const refs = (text: string) =>
    invalidReferences(
      REVIEW,
      referencesOf('reviews', reviewsSchema.parse(parse(text)) as never, text),
      speeches,
    )[0] ?? null;

  it('the seed’s review file is valid and names checks that exist', () => {
    expect(refs(seedReview)).toBeNull();
  });

  it('a misspelt check id names the file, its line and the nearest check ids', () => {
    const text = seedReview.replace(
      'chk-rel-shichang-zhuti-3-87wan-hu-rate-per-period',
      'chk-rel-shichang-zhuti-3-87-wan-hu-rate-per-period',
    );
    const error = refs(text);
    expect(error!.name).toBe('UnknownReference');
    const line = text.split('\n').findIndex((l) => l.includes('3-87-wan-hu')) + 1;
    expect(error!.message).toMatch(
      new RegExp(`^content/reviews/x\\.yaml:${line}：.*没有核对编号“`),
    );
    expect(error!.message).toContain('是不是“chk-rel-shichang-zhuti-3-87wan-hu-rate-per-period”');
  });

  it('a decision other than confirm or dismiss is a field error at its line', () => {
    const text = seedReview.replace('decision: confirm', 'decision: agree');
    const result = reviewsSchema.safeParse(parse(text));
    expect(result.success).toBe(false);
    const error = fieldError(REVIEW, text, result.error!.issues);
    expect(error.name).toBe('BadField');
    const line = text.split('\n').findIndex((l) => l.includes('decision: agree')) + 1;
    expect(error.message).toMatch(new RegExp(`x\\.yaml:${line}：字段“checks\\..*\\.decision”`));
  });

  it('a review without a reason is refused', () => {
    const text = seedReview.replace(/    reason: .*\n/, '');
    expect(reviewsSchema.safeParse(parse(text)).success).toBe(false);
  });
});
