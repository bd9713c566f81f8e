/** Whole-speech downloads: figures, relations and checks as CSV, and everything as JSON. */
import type { APIRoute } from 'astro';
import { allSpeeches, type SpeechData } from '../../../../lib/site/collection';
import { toCsv } from '../../../../lib/site/csv';
import { checkTable, figureTable, relationTable, type Table } from '../../../../lib/site/tables';
import { absolute, figurePath } from '../../../../lib/site/urls';

const FILES = ['figures.csv', 'relations.csv', 'checks.csv', 'speech.json'] as const;
type File = (typeof FILES)[number];

export async function getStaticPaths() {
  return (await allSpeeches()).flatMap((speech) =>
    FILES.map((file) => ({ params: { slug: speech.slug, file }, props: { speech, file } })),
  );
}

const csv = (t: Table) =>
  new Response(toCsv(t.columns, t.rows), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });

export const GET: APIRoute<{ speech: SpeechData; file: File }> = ({ props: { speech, file } }) => {
  switch (file) {
    case 'figures.csv':
      return csv(figureTable(speech.figures, (id) => absolute(figurePath(speech.slug, id))));
    case 'relations.csv':
      return csv(relationTable(speech.relations));
    case 'checks.csv':
      return csv(checkTable(speech.checks));
    case 'speech.json':
      return new Response(JSON.stringify(speech, null, 2), {
        headers: { 'content-type': 'application/json; charset=utf-8' },
      });
  }
};
