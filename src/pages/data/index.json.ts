/**
 * The machine-readable index: every speech and, for every figure, its id, text, value, unit
 * and the URLs of its page, embed, SVG, PNG and oEmbed JSON.
 */
import type { APIRoute } from 'astro';
import { allSpeeches } from '../../lib/site/collection';
import {
  absolute,
  embedPath,
  figureFile,
  figurePath,
  oembedPath,
  speechFile,
  speechPath,
} from '../../lib/site/urls';

export const GET: APIRoute = async () => {
  const speeches = (await allSpeeches()).map((s) => ({
    slug: s.slug,
    title: s.speech.meta.title?.text ?? null,
    displayName: s.speech.meta.displayName,
    speaker: s.speech.meta.speaker?.text ?? null,
    date: s.speech.meta.date,
    isFragment: s.speech.completeness.isFragment,
    url: absolute(speechPath(s.slug)),
    downloads: {
      figuresCsv: absolute(speechFile(s.slug, 'figures.csv')),
      relationsCsv: absolute(speechFile(s.slug, 'relations.csv')),
      checksCsv: absolute(speechFile(s.slug, 'checks.csv')),
      json: absolute(speechFile(s.slug, 'speech.json')),
    },
    figures: s.figures.map((f) => ({
      id: f.id,
      text: f.text,
      value: f.value,
      unit: f.unit,
      page: absolute(figurePath(s.slug, f.id)),
      embed: absolute(embedPath(s.slug, f.id)),
      svg: absolute(figureFile(s.slug, f.id, 'svg')),
      png: absolute(figureFile(s.slug, f.id, 'png')),
      oembed: absolute(oembedPath(s.slug, f.id)),
    })),
  }));
  return new Response(JSON.stringify({ version: 1, speeches }, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
