/** The citation line for a figure, as a journalist would paste it. */
import { formatDate } from '../text/dates';

export interface CitationInput {
  speaker: string;
  /** The speaker's office (毕节市市长), written before the name; none when unknown. */
  office?: string | null;
  title: string;
  /** ISO date. */
  date: string;
  paragraph: number;
  url: string;
  /** The name of this site. */
  site: string;
}

export function citation(c: CitationInput): string {
  return `${c.office ?? ''}${c.speaker}：《${c.title}》，${formatDate(c.date)}，第${c.paragraph}段。${c.site}，${c.url}`;
}
