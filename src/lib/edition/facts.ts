/**
 * What the edition says about a speech as a whole — its name, place, speaker, office and date —
 * from what the parser reads in the text and what an editor supplies where the text is silent
 * (content/context/<slug>.yaml `place`, `office`). An editor's value wins and keeps its source,
 * so readers can tell a fact from the text from one an editor added.
 */
import { placeOf, type Place } from './places';

/** A fact and where it comes from: null when the text itself states it. */
export interface Sourced {
  name: string;
  source: string | null;
}

export interface SpeechFacts {
  slug: string;
  /** The name pages use, e.g. 2026年云南省政府工作报告. */
  name: string;
  place: Place & { source: string | null };
  /** The speaker's office as readers see it, e.g. 云南省省长; null when nobody gives it. */
  office: Sourced | null;
  speaker: string | null;
  /** Date of delivery, YYYY-MM-DD, or null. */
  date: string | null;
  year: number | null;
}

/** What the parser read of the speech. */
export interface ParsedFacts {
  slug: string;
  displayName: string;
  place: string | null;
  office: string | null;
  speaker: string | null;
  date: string | null;
}

/** What an editor supplied (the `place` and `office` fields of the speech's context file). */
export interface EditorFacts {
  place?: { name: string; source: string };
  office?: { name: string; source: string };
}

/**
 * A bare office in a byline (省长　王予波 under 云南省人民代表大会) is the office of the place the
 * speech was given: readers of an edition of many places need 云南省省长. An office that already
 * names its place (广东省省长, 四川省人民政府省长) or a national one (国务院总理) stays as written.
 */
export function officeOfPlace(office: string, place: string | null): string {
  if (!place || place === '全国') return office;
  const short = place.replace(/(?:省|市|自治区|特别行政区|自治州|州|县|盟|旗)$/u, '');
  return office.includes(short) ? office : `${place}${office}`;
}

export function speechFacts(parsed: ParsedFacts, editor: EditorFacts = {}): SpeechFacts {
  const placeName = editor.place?.name ?? parsed.place;
  const office: Sourced | null = editor.office
    ? { name: editor.office.name, source: editor.office.source }
    : parsed.office
      ? { name: officeOfPlace(parsed.office, placeName), source: null }
      : null;
  return {
    slug: parsed.slug,
    name: parsed.displayName,
    place: { ...placeOf(parsed.slug, placeName), source: editor.place?.source ?? null },
    office,
    speaker: parsed.speaker,
    date: parsed.date,
    year: parsed.date && /^\d{4}-/.test(parsed.date) ? Number(parsed.date.slice(0, 4)) : null,
  };
}
