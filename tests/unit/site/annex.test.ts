import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeAnnex } from '../../../src/lib/site/annex';
import { parseSpeech } from '../../../src/lib/speech';

describe('placeAnnex', () => {
  it("puts Guangdong's attachment heading before its text and its glossary at the end", () => {
    const p = parseSpeech(
      readFileSync('tests/fixtures/corpus/guangdong-2026-zhengfu-gongzuo-baogao/source.txt'),
    );
    const { before, after } = placeAnnex(p.segments, p.paragraphs);
    expect([...before.values()]).toEqual([['附件1', '2026年省十件民生实事']]);
    const opened = p.paragraphs.find((para) => before.has(para.id));
    expect(opened?.text.startsWith('坚持民生为大')).toBe(true);
    // 附件2, 名词解释, then 13 terms, each a term line and its explanation
    expect(after).toHaveLength(2 + 13 * 2);
    expect(after.slice(0, 3)).toEqual(['附件2', '名词解释', '1.“四上”企业：']);
  });
});
