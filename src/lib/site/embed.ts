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

/** The lazy iframe; the optional script after it resizes it to its content. */
export function embedIframe(t: Omit<EmbedTarget, 'script'>): string {
  return `<iframe src="${escapeAttr(t.src)}" title="${escapeAttr(t.title)}" loading="lazy" width="100%" height="${t.height}" style="border:0;width:100%;max-width:640px" data-fos-embed></iframe>`;
}

/**
 * The iframe and the resize script, with Subresource Integrity: `integrity` is the hash of the
 * script's bytes, and `crossorigin` makes the browser check it (the host sends CORS for it).
 */
export function embedCode(t: EmbedTarget & { integrity: string }): string {
  const script = `<script async src="${escapeAttr(t.script)}" integrity="${escapeAttr(t.integrity)}" crossorigin="anonymous"></script>`;
  return `${embedIframe(t)}\n${script}`;
}

/** Height a chart needs at `width` px, from its viewBox's aspect ratio, plus room for the links. */
export function embedHeight(svg: string, width = 600, chrome = 56): number {
  const m = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  const ratio = m ? Number(m[2]) / Number(m[1]) : 0.75;
  return Math.ceil(width * ratio + chrome);
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
  t: EmbedTarget & { provider: string; providerUrl: string; thumbnail: string },
): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title: t.title,
    provider_name: t.provider,
    provider_url: t.providerUrl,
    html: embedIframe(t),
    width: 600,
    height: t.height,
    thumbnail_url: t.thumbnail,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
}
