import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProjectError } from '../../../src/lib/errors';
import { invalidReferences, referencesOf } from '../../../src/lib/editorial/references';
import { speechHolding } from '../../../src/lib/editorial/resolve';
import { nameSpeech, type MdxNode } from '../../../src/lib/editorial/remark-speech';
import { speechIdsOf } from '../../../src/lib/editorial/speech-ids';
import { storySchema } from '../../../src/lib/schema/editorial';
import { buildSpeechRecord } from '../../../src/lib/speech-record';

const SEED = 'bijie-2018-08-27-fangguanfu';
const NATIONAL = 'cn-2015-zhengfu-gongzuo-baogao';
const seed = buildSpeechRecord(SEED, readFileSync(`content/speeches/${SEED}/source.txt`));
const national = buildSpeechRecord(
  NATIONAL,
  readFileSync(`tests/fixtures/corpus/${NATIONAL}/source.txt`),
);
const speeches = new Map([
  [SEED, speechIdsOf(seed)],
  [NATIONAL, speechIdsOf(national)],
]);
const FILE = 'content/stories/x.mdx';
const HEAD = { title: '标题', description: '说明', author: '编辑部', date: '2026-11-30' };

/** The first reference error of a story whose frontmatter has `speech` (or none) and `body`. */
function storyError(speech: string | undefined, body: string): ProjectError | null {
  const data = storySchema.parse(speech ? { ...HEAD, speech } : HEAD);
  const front = speech ? `speech: ${speech}\n` : '';
  const text = `---\ntitle: 标题\n${front}---\n\n${body}\n`;
  return invalidReferences(FILE, referencesOf('stories', data as never, text), speeches)[0] ?? null;
}

describe('the speech of a component in a story', () => {
  it('both speeches have a paragraph p10: the test is about a real clash', () => {
    for (const ids of speeches.values()) expect(ids.paragraphs).toContain('p10');
  });

  it('is the frontmatter’s speech: p10 then means that speech’s p10', () => {
    expect(storyError(SEED, '<Quote paragraph="p10" />')).toBeNull();
    expect(storyError(NATIONAL, '正文\n\n<Quote paragraph="p10" />')).toBeNull();
  });

  it('is the tag’s own speech when the tag names one', () => {
    expect(storyError(undefined, `<Quote paragraph="p10" speech="${NATIONAL}" />`)).toBeNull();
    const seedFigure = seed.figures[0]!.id;
    expect(storyError(NATIONAL, `<Figure id="${seedFigure}" speech="${SEED}" />`)).toBeNull();
  });

  it('is the only speech holding the id when nobody names one', () => {
    const onlySeed = seed.figures
      .map((f) => f.id)
      .find((id) => !national.figures.some((g) => g.id === id))!;
    expect(storyError(undefined, `<Figure id="${onlySeed}" />`)).toBeNull();
  });

  it('an id in several speeches with no speech named is an error at file:line, with the choices', () => {
    const error = storyError(undefined, '第一段。\n\n<Quote paragraph="p10" />');
    expect(error).toBeInstanceOf(ProjectError);
    expect(error!.name).toBe('AmbiguousReference');
    // The tag is on line 7: three lines of frontmatter fences and title, a blank, text, a blank.
    expect(error!.message).toBe(
      `content/stories/x.mdx:7：段落“p10”在多篇讲话里都有：${SEED}、${NATIONAL}。请说明是哪一篇。`,
    );
    expect(error!.hint).toContain('speech:');
  });

  it('an id in no speech, with no speech named, is unknown in every speech', () => {
    const error = storyError(undefined, '<Quote paragraph="p9999" />');
    expect(error!.name).toBe('UnknownReference');
    expect(error!.message).toContain('content/stories/x.mdx:5');
  });

  it('at render, with the file resolved, the same rule holds', () => {
    expect(speechHolding(speeches, 'paragraph', 'p10', '<Quote>', NATIONAL)).toBe(NATIONAL);
    expect(() => speechHolding(speeches, 'paragraph', 'p10', '<Quote>')).toThrow(
      /段落“p10”在多篇讲话里都有/,
    );
  });
});

describe('nameSpeech (the MDX plugin’s work)', () => {
  const jsx = (name: string, attrs: Record<string, string>): MdxNode => ({
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attrs).map(([n, value]) => ({
      type: 'mdxJsxAttribute',
      name: n,
      value,
    })),
    children: [],
  });
  const speechOf = (node: MdxNode): unknown =>
    node.attributes?.find((a) => a.name === 'speech')?.value;

  it('gives the file’s speech to components naming none, keeps a named one, leaves other tags', () => {
    const bare = jsx('Figure', { id: 'a' });
    const own = jsx('Check', { id: 'b', speech: NATIONAL });
    const quote = jsx('Quote', { paragraph: 'p10' });
    const other = jsx('Aside', {});
    const nested: MdxNode = {
      type: 'paragraph',
      children: [{ ...quote, type: 'mdxJsxTextElement' }],
    };
    const tree: MdxNode = { type: 'root', children: [bare, own, other, nested] };
    nameSpeech(tree, SEED);
    expect(speechOf(bare)).toBe(SEED);
    expect(speechOf(own)).toBe(NATIONAL);
    expect(speechOf(other)).toBeUndefined();
    expect(speechOf(nested.children![0]!)).toBe(SEED);
  });
});
