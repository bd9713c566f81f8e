/**
 * What of a text may reach a reader: every character but control characters other than tab
 * and line breaks (a form feed or a stray U+0001 copied from the web; XML forbids them, so an
 * SVG holding one cannot be drawn), the noncharacters U+FFFE and U+FFFF (forbidden in XML too),
 * and the bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069),
 * which would reorder what a reader sees. The data keeps the source exactly; this is applied
 * where text is written out: SVG, CSV and HTML.
 */
export const UNSEEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

export const visible = (s: string): string => s.replace(UNSEEN, '');
