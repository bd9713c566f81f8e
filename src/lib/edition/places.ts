/**
 * Where a speech was given, as the edition groups speeches: a key for URLs and the name readers
 * see. The key is the first segment of the speech's folder name, which docs/EDITORS.md asks
 * editors to begin with the place (bijie-2018-…, cn-2016-…, yunnan-2026-…).
 */
export interface Place {
  /** ASCII key used in URLs, e.g. yunnan, cn. */
  key: string;
  /** Name shown to readers, e.g. 云南省, 全国; null when neither the text nor an editor gives it. */
  name: string | null;
}

/** The place of a speech from its folder name and the place its metadata gives. */
export function placeOf(slug: string, name: string | null): Place {
  return { key: slug.split('-')[0]!, name };
}
