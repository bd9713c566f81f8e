import { isSourceLine, urlRanges } from './footer';
import type { Layout } from './layout';
import { span } from './span';
import type { Provenance, SpeechMeta } from './types';

/** The website's headline, stated length, disclaimer and source address. */
export const readProvenance = (text: string, layout: Layout): Provenance => {
  const footer = layout.lines.filter((l) => l.role === 'provenance');
  const source = footer.find((l) => isSourceLine(l.content));
  const [url] = source ? urlRanges(source.content) : [];
  const disclaimer = footer.filter((l) => l !== source);
  const first = disclaimer[0];
  const last = disclaimer.at(-1);
  const headline = layout.headline;
  return {
    headline: headline ? span(text, headline.line.start, headline.line.end) : null,
    statedLength: headline?.statedLength ?? null,
    disclaimer: first && last ? span(text, first.start, last.end) : null,
    sourceUrl: source && url ? source.content.slice(url[0], url[1]) : null,
    sourceUrlSpan: source && url ? span(text, source.start + url[0], source.start + url[1]) : null,
  };
};

/** Title, date, speaker and salutation; the speaker falls back to the headline's "name:" prefix. */
export const readMeta = (text: string, layout: Layout): SpeechMeta => {
  const { title, date, speaker, salutation } = layout;
  return {
    title: title ? span(text, title.start, title.end) : null,
    date: date?.found.iso ?? null,
    dateSpan: date
      ? span(text, date.line.start + date.found.start, date.line.start + date.found.end)
      : null,
    speaker: speaker
      ? span(text, speaker.line.start + speaker.start, speaker.line.start + speaker.end)
      : (layout.headline?.speaker ?? null),
    salutation: salutation ? span(text, salutation.start, salutation.end) : null,
  };
};
