/** Share images as PNG: the card's SVG drawn with the build's fonts. */
import type { FontSet } from './fonts';
import { svgToPng } from './png';
import { SHARE_WIDTH, shareSvg, type ShareCard } from './share';

export function shareImage(card: ShareCard, fonts: FontSet): Uint8Array {
  return svgToPng(shareSvg(card), { width: SHARE_WIDTH, fonts });
}
