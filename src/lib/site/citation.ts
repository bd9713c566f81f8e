/** The citation line for a figure, as a journalist would paste it. */

export interface CitationInput {
  speaker: string;
  title: string;
  /** ISO date. */
  date: string;
  paragraph: number;
  url: string;
  /** The name of this site. */
  site: string;
}

const dateZh = (iso: string): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

export function citation(c: CitationInput): string {
  return `${c.speaker}:《${c.title}》,${dateZh(c.date)},第${c.paragraph}段。${c.site},${c.url}`;
}
