/**
 * Every HTML page, as it is written out, holds only what a reader may see (`visible`): the
 * pages quote the source, whose stray control and bidi characters the data keeps exactly.
 */
import { defineMiddleware } from 'astro:middleware';
import { visible } from './lib/text/visible';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(visible(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
