/**
 * The colours charts use, all through CSS custom properties with a light fallback, so that the
 * site sets them once for light and once for dark. Text colours (ink, muted, highlight, bad, good) are
 * chosen to pass WCAG AA (4.5:1) on the matching background; the values below are what the charts
 * assume the site emits:
 *
 *   --chart-bg         page background behind the chart   light #ffffff  dark #111827
 *   --chart-ink        text and key marks                  light #1f2937  dark #e5e7eb
 *   --chart-muted      secondary text (subtitle, source)   light #4b5563  dark #9ca3af
 *   --chart-grid       axes, tracks, rules                 light #d1d5db  dark #374151
 *   --chart-mark       marks that are not the figure       light #7d8ca1  dark #64748b
 *   --chart-highlight  the figure the chart is for         light #c2410c  dark #fb923c
 *   --chart-bad        an inconsistent check, a missed target light #b91c1c dark #f87171
 *   --chart-good       a target met                        light #047857  dark #34d399
 *
 * `themeCss()` returns those declarations as CSS, for the site to include.
 *
 * Size: the root <svg> has a viewBox (400 wide by default) and no width or height; style it
 * `width: 100%; height: auto`, with a max-width near 36rem so that labels stay near 20 px on a
 * desktop while a 390 px phone shows them near 12 px.
 */

export interface ChartColour {
  /** The custom property name. */
  name: string;
  light: string;
  dark: string;
}

export const chartColours = {
  bg: { name: '--chart-bg', light: '#ffffff', dark: '#111827' },
  ink: { name: '--chart-ink', light: '#1f2937', dark: '#e5e7eb' },
  muted: { name: '--chart-muted', light: '#4b5563', dark: '#9ca3af' },
  grid: { name: '--chart-grid', light: '#d1d5db', dark: '#374151' },
  mark: { name: '--chart-mark', light: '#7d8ca1', dark: '#64748b' },
  highlight: { name: '--chart-highlight', light: '#c2410c', dark: '#fb923c' },
  bad: { name: '--chart-bad', light: '#b91c1c', dark: '#f87171' },
  good: { name: '--chart-good', light: '#047857', dark: '#34d399' },
} as const satisfies Record<string, ChartColour>;

export type ColourName = keyof typeof chartColours;

/** `var(--chart-x, #light)`: the value for a fill or stroke attribute. */
export const colour = (name: ColourName): string =>
  `var(${chartColours[name].name}, ${chartColours[name].light})`;

/** CSS declaring every chart colour for light, and for dark under prefers-color-scheme. */
export function themeCss(selector = ':root'): string {
  const decls = (mode: 'light' | 'dark'): string =>
    Object.values(chartColours)
      .map((c) => `${c.name}: ${c[mode]};`)
      .join(' ');
  return `${selector} { ${decls('light')} }\n@media (prefers-color-scheme: dark) { ${selector} { ${decls('dark')} } }\n`;
}

/** The font stack every chart names, Chinese faces first after the system UI font. */
export const fontFamily =
  'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Font sizes in user units; the root sets `base`, the rest are written as em of it. */
export const fontSize = { base: 14, title: 17.5, label: 14, small: 12.25 } as const;

/** A size as the relative value written into the SVG. */
export const em = (size: number): string => `${Math.round((size / fontSize.base) * 1000) / 1000}em`;
