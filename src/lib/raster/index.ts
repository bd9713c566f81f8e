/**
 * PNG images at build time: charts as PNG downloads and Open Graph share images, drawn with
 * Noto Sans SC from npm subset to the build's characters, never with the machine's fonts.
 */
export { loadFonts, codePointsFor, FONT_FAMILY, type FontSet } from './fonts';
export { svgToPng, renderPng, pngSize, type PngOptions } from './png';
export { standaloneSvg, svgBox, type SvgBox } from './standalone';
export { resolveVars, themeValues, type Theme } from './vars';
export { wrapText, fitText, textEm, charEm } from '../text/wrap';
export {
  shareSvg,
  SITE_NAME,
  SHARE_WIDTH,
  SHARE_HEIGHT,
  type ShareCard,
  type FigureShareCard,
  type SpeechShareCard,
  type ShareSpeech,
} from './share';
export { shareImage } from './share-image';
export { subsetFont } from './subset';
export { rasterJob, renderMissing, pngOf, jobKey, type RasterJob } from './batch';
export { imageCacheDir } from './cache';
