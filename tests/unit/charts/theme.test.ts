import { describe, expect, it } from 'vitest';
import { chartColours, themeCss } from '../../../src/lib/charts/theme';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('chart theme', () => {
  for (const mode of ['light', 'dark'] as const) {
    it(`text colours meet WCAG AA (4.5:1) on the ${mode} background`, () => {
      for (const name of ['ink', 'muted', 'highlight', 'bad', 'good'] as const)
        expect(
          contrast(chartColours[name][mode], chartColours.bg[mode]),
          name,
        ).toBeGreaterThanOrEqual(4.5);
    });

    it(`marks meet the 3:1 of non-text contrast on the ${mode} background`, () => {
      for (const name of ['mark', 'highlight', 'bad', 'good'] as const)
        expect(
          contrast(chartColours[name][mode], chartColours.bg[mode]),
          name,
        ).toBeGreaterThanOrEqual(3);
    });
  }

  it('emits every property for light and for dark', () => {
    const css = themeCss();
    for (const c of Object.values(chartColours)) {
      expect(css).toContain(`${c.name}: ${c.light};`);
      expect(css).toContain(`${c.name}: ${c.dark};`);
    }
    expect(css).toContain('prefers-color-scheme: dark');
  });
});
