/**
 * Embedding a figure's chart elsewhere: the iframe snippet journalists copy and the oEmbed JSON.
 * The embed page reports its height in pym.js's message format (see the embed page).
 */

export interface EmbedTarget {
  /** Absolute URL of the embed page. */
  src: string;
  /** Absolute URL of the resize script this site serves. */
  script: string;
  title: string;
  /** Height to reserve before the page reports its own, in CSS pixels. */
  height: number;
}

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The embed page draws the narrow chart at this width in CSS px (its 320 units at 1:1, text of
 * 12.25 px and up), never wider, so that its height is the same in every iframe at least this
 * wide and only a little less in a narrower one (288 px on a 320 px phone: 10% less): the height
 * in the embed code fits without script.
 */
export const EMBED_CHART_WIDTH = 320;
/** The embed page's padding and link line under the chart, in CSS px. */
const EMBED_CHROME = 44;

/** Colour schemes an embed takes from `?theme=`: light (the default), dark, or the reader's. */
export const EMBED_THEMES = ['light', 'dark', 'auto'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The lazy iframe; the optional script after it resizes it to its content. */
export function embedIframe(t: Omit<EmbedTarget, 'script'>, theme: EmbedTheme = 'light'): string {
  const src = `${t.src}?theme=${theme}`;
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(t.title)}" loading="lazy" width="100%" height="${t.height}" style="border:0;width:100%;max-width:640px" data-fos-embed></iframe>`;
}

/**
 * The iframe and the resize script, with Subresource Integrity: `integrity` is the hash of the
 * script's bytes, and `crossorigin` makes the browser check it (the host sends CORS for it).
 */
export function embedCode(t: EmbedTarget & { integrity: string }): string {
  const script = `<script async src="${escapeAttr(t.script)}" integrity="${escapeAttr(t.integrity)}" crossorigin="anonymous"></script>`;
  return `${embedIframe(t)}\n${script}`;
}

/** Height the embed page needs for a chart (its narrow SVG), from the viewBox's aspect ratio. */
export function embedHeight(svg: string): number {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const ratio = m ? Number(m[2]) / Number(m[1]) : 0.75;
  return Math.ceil(EMBED_CHART_WIDTH * ratio + EMBED_CHROME);
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembed(
  t: EmbedTarget & {
    provider: string;
    providerUrl: string;
    thumbnail: string;
    /** The thumbnail's size in pixels; a share image's (1200 × 630) when not given. */
    thumbnailSize?: { width: number; height: number };
  },
): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: t.title,
    provider_name: t.provider,
    provider_url: t.providerUrl,
    html: embedIframe(t),
    width: EMBED_CHART_WIDTH + 16,
    height: t.height,
    thumbnail_url: t.thumbnail,
    thumbnail_width: t.thumbnailSize?.width ?? 1200,
    thumbnail_height: t.thumbnailSize?.height ?? 630,
  };
}
