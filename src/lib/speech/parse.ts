import { countAsciiPunctuation } from './punctuation';
import { assessCompleteness } from './completeness';
import { decodeSpeech, describeText } from './decode';
import { collectFindings } from './findings';
import { layOut } from './layout';
import { readMeta, readProvenance } from './provenance';
import { findRepairs } from './repairs';
import { coverText } from './segments';
import { span } from './span';
import { buildStructure } from './structure';
import type { ParsedSpeech } from './types';

/**
 * Parses a speech from its file's bytes or from decoded text. Never throws: whatever is wrong
 * with the input comes back as findings.
 */
export const parseSpeech = (input: Uint8Array | string): ParsedSpeech => {
  const { text, encoding } = typeof input === 'string' ? describeText(input) : decodeSpeech(input);
  const layout = layOut(text);
  const structure = buildStructure(text, layout.lines);
  const { parts, paragraphs, pointsOutsideParts } = structure;
  const repairs = findRepairs(text, layout.lines, layout.escapes);
  const meta = readMeta(text, layout);
  const provenance = readProvenance(text, layout, meta.date);
  const completeness = assessCompleteness(text, layout.lines, structure, provenance.statedLength);
  const glossary = layout.annex;
  const lastAnnex = layout.lines.filter((l) => l.role === 'annex').at(-1);
  const findings = collectFindings({
    encoding,
    provenance,
    completeness,
    repairs,
    punctuation: countAsciiPunctuation(layout.lines, repairs),
    fullWidthDigits: (text.match(/[０-９]/g) ?? []).length,
    hasSpeech: layout.front.title !== null || paragraphs.length > 0 || parts.length > 0,
    repeats: layout.repeats.map((run) => ({
      span: span(text, run.start, run.end),
      length: run.length,
    })),
    annex: glossary && lastAnnex ? span(text, glossary.start, lastAnnex.end) : null,
  });
  return {
    text,
    encoding,
    meta,
    provenance,
    parts,
    pointsOutsideParts,
    paragraphs,
    repairs,
    completeness,
    findings,
    segments: coverText(text, layout.lines, layout.escapes),
  };
};
