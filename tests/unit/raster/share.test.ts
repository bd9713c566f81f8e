import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  loadFonts,
  pngSize,
  shareImage,
  shareSvg,
  textEm,
  type FigureShareCard,
  type ShareCard,
  type SpeechShareCard,
} from '../../../src/lib/raster';
import { decodePng, inkShare } from './png-pixels';

const speech = {
  speaker: '张集智',
  date: '2018年8月27日',
  title: '在全市深化“放管服”改革转变政府职能电视电话会议上的讲话',
};
const SENTENCE = '五年来,全市新增市场主体22.66万户,平均每天新增193户;';
const figure: FigureShareCard = {
  kind: 'figure',
  value: '22.66万户',
  subject: '新增市场主体',
  scope: '五年来·全市',
  text: SENTENCE,
  mark: { start: SENTENCE.indexOf('22.66万户'), end: SENTENCE.indexOf('22.66万户') + 7 },
  speech,
};
const home: SpeechShareCard = {
  kind: 'speech',
  speech,
  figureCount: 65,
  checkCount: 19,
  notice: '节选:原文全文7312字,此处约2600字,止于“第四,保障”。',
};

interface Line {
  x: number;
  y: number;
  size: number;
  text: string;
}

const unescape = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Every <text> line of the card with its position, size and text content. */
function textLines(svg: string): Line[] {
  return [
    ...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="([\d.]+)"[^>]*>(.*?)<\/text>/g),
  ].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    size: Number(m[3]),
    text: unescape(m[4] ?? ''),
  }));
}

/** Nothing drawn past the canvas or the side margins; lines do not overlap one another. */
function expectLaidOut(svg: string): void {
  const lines = textLines(svg);
  for (const l of lines) {
    expect(l.x).toBeGreaterThanOrEqual(56);
    expect(l.x + textEm(l.text) * l.size).toBeLessThanOrEqual(1200 - 56);
    expect(l.y - l.size).toBeGreaterThanOrEqual(0);
    expect(l.y + l.size * 0.25).toBeLessThanOrEqual(630);
  }
  const sorted = [...lines].sort((a, b) => a.y - b.y);
  sorted.slice(1).forEach((l, i) => {
    const above = sorted[i]!;
    // The line below starts under the one above's descent.
    expect(l.y - l.size * 0.9).toBeGreaterThanOrEqual(above.y + above.size * 0.12);
  });
}

const allText = (svg: string): string =>
  textLines(svg)
    .map((l) => l.text)
    .join('\n');

describe('shareSvg', () => {
  it('shows a figure: value, subject and scope, sentence, speaker, date and the site', () => {
    const svg = shareSvg(figure);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    const text = allText(svg);
    for (const part of [
      '22.66万户',
      '新增市场主体·五年来·全市',
      '张集智',
      '2018年8月27日',
      '讲话里的数字',
    ])
      expect(text).toContain(part);
    expect(text.replace(/\n/g, '')).toContain(SENTENCE);
    expect(svg).toContain('<tspan fill="#c2410c" font-weight="700">22.66万户</tspan>');
    expectLaidOut(svg);
  });

  it('shows a speech: title, speaker, date, counts and the fragment notice when there is one', () => {
    const text = allText(shareSvg(home));
    expect(text.replace(/\n/g, '')).toContain(speech.title);
    expect(text).toContain('共65个数字·19项核对');
    expect(text).toContain('张集智·2018年8月27日');
    expect(text.replace(/\n/g, '')).toContain(home.notice);
    const whole = shareSvg({ ...home, notice: undefined });
    expect(allText(whole)).not.toContain('节选');
    expectLaidOut(shareSvg(home));
  });

  const words = fc
    .array(fc.constantFrom(...'市政务服务大厅面积万户五年来全省第四位平均每天新增,。、“”12345.%'), {
      maxLength: 200,
    })
    .map((a) => a.join(''));
  const short = (max: number) => words.map((s) => s.slice(0, max));

  it('stays inside the canvas, lines apart, whatever the lengths (figure)', () => {
    fc.assert(
      fc.property(
        short(24),
        short(30),
        short(20),
        words,
        words,
        (value, subject, scope, text, title) => {
          expectLaidOut(
            shareSvg({
              kind: 'figure',
              value: value || '1',
              subject,
              scope,
              text,
              speech: { ...speech, title },
            }),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays inside the canvas, lines apart, whatever the lengths (speech)', () => {
    fc.assert(
      fc.property(
        words,
        short(40),
        fc.option(words),
        fc.nat(999),
        fc.nat(999),
        (title, speaker, notice, n, m) => {
          const card: ShareCard = {
            kind: 'speech',
            speech: { speaker, date: '2018年8月27日', title },
            figureCount: n,
            checkCount: m,
            notice: notice || undefined,
          };
          expectLaidOut(shareSvg(card));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('shareImage', () => {
  const fonts = loadFonts(shareSvg(figure) + shareSvg(home));

  it('is a 1200×630 PNG with the value drawn, the same bytes every time', () => {
    const png = shareImage(figure, fonts);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    const px = decodePng(png);
    // The value, set large under the site name.
    expect(inkShare(px, '#fafaf9', { x: 80, y: 150, width: 500, height: 140 })).toBeGreaterThan(
      0.15,
    );
    expect(Buffer.compare(Buffer.from(png), Buffer.from(shareImage(figure, fonts)))).toBe(0);
    expect(pngSize(shareImage(home, fonts))).toEqual({ width: 1200, height: 630 });
  });
});
