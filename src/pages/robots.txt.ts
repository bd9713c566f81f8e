/** robots.txt, pointing at the sitemap wherever the site is hosted. */
import type { APIRoute } from 'astro';
import { absolute } from '../lib/site/urls';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absolute('/sitemap.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
