// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { remarkFileSpeech } from './src/lib/editorial/remark-speech.ts';
import { deployFiles } from './src/integrations/deploy.ts';
import { storeSaves } from './src/integrations/store-saves.ts';

// The site builds for any origin and base path: SITE_URL and BASE_PATH are read at build time.
// A build insists on SITE_URL (see deployFiles); dev and check use the local address.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [storeSaves(), mdx({ remarkPlugins: [remarkFileSpeech] }), deployFiles(base)],
  devToolbar: { enabled: false },
  vite: { plugins: [tailwindcss()] },
});
