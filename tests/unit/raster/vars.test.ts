import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartColours } from '../../../src/lib/charts/theme';
import { resolveVars, standaloneSvg, svgBox, themeValues } from '../../../src/lib/raster';

const name = fc.stringMatching(/^--[a-z][a-z0-9-]{0,12}$/);
const hex = fc
  .tuple(fc.integer({ min: 0, max: 0xffffff }))
  .map(([n]) => `#${n.toString(16).padStart(6, '0')}`);
const rgb = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`);
const colour = fc.oneof(hex, rgb, fc.constantFrom('none', 'currentColor', 'transparent'));
/** Markup around the variables: anything without "var(" in it. */
const prose = fc.string({ maxLength: 30 }).filter((s) => !s.includes('var('));

describe('resolveVars', () => {
  it('uses the value when the name is known, else the fallback; leaves the rest untouched', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(prose, name, colour, fc.option(colour)), { maxLength: 5 }),
        prose,
        (pieces, tail) => {
          const values: Record<string, string> = {};
          for (const [, n, , v] of pieces) if (v !== null) values[n] = v;
          const markup = pieces.map(([p, n, fb]) => `${p}var(${n}, ${fb})`).join('') + tail;
          const expected = pieces.map(([p, n, fb]) => p + (values[n] ?? fb)).join('') + tail;
          expect(resolveVars(markup, values)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('resolves nested fallbacks innermost last', () => {
    fc.assert(
      fc.property(name, name, colour, fc.boolean(), (outer, inner, fb, known) => {
        fc.pre(outer !== inner);
        const values = known ? { [inner]: '#123456' } : {};
        const out = resolveVars(`fill="var(${outer}, var(${inner}, ${fb}))"`, values);
        expect(out).toBe(`fill="${known ? '#123456' : fb}"`);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a variable with neither value nor fallback', () => {
    expect(() => resolveVars('fill="var(--nobody)"', {})).toThrow(/--nobody/);
    expect(resolveVars('fill="var(--known)"', { '--known': 'red' })).toBe('fill="red"');
  });

  it('maps every chart colour in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const values = themeValues(theme);
      for (const c of Object.values(chartColours)) {
        expect(resolveVars(`var(${c.name}, #000000)`, values)).toBe(c[theme]);
      }
    }
  });
});

describe('standaloneSvg', () => {
  const chart =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 230" class="chart"><title>t</title>' +
    '<rect width="10" height="10" fill="var(--chart-highlight, #c2410c)"/></svg>';

  it('gives a viewBox-only SVG a size, a background first and no var() left', () => {
    for (const theme of ['light', 'dark'] as const) {
      const out = standaloneSvg(chart, theme);
      expect(out).toMatch(/^<svg width="400" height="230" /);
      expect(out).toContain(
        `class="chart"><rect x="0" y="0" width="400" height="230" fill="${chartColours.bg[theme]}"/><title>`,
      );
      expect(out).toContain(`fill="${chartColours.highlight[theme]}"`);
      expect(out).not.toContain('var(');
    }
  });

  it('keeps a size already given and reads the box from width and height without a viewBox', () => {
    const sized = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><g/></svg>';
    expect(svgBox(sized)).toEqual({ x: 0, y: 0, width: 120, height: 30 });
    expect(standaloneSvg(sized)).toMatch(/^<svg xmlns="[^"]+" width="120" height="30"><rect /);
    expect(() => svgBox('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')).toThrow();
  });
});
