/**
 * What a deploy needs from the build: a production build refuses to run without SITE_URL (or
 * it would publish http://localhost:4321 in every canonical URL, oEmbed and embed code), and
 * every build writes the hosts' header files next to the pages.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectError } from '../lib/errors';
import { headersFile, hostRules } from '../lib/site/host-headers';
import { nginxConf } from '../lib/site/nginx-conf';

/** The address to build for: SITE_URL, or localhost for a build marked LOCAL_PREVIEW=1. */
export function siteUrl(env: Record<string, string | undefined>): string {
  const value = env.SITE_URL ?? '';
  if (!value && env.LOCAL_PREVIEW === '1') return 'http://localhost:4321';
  if (!/^https?:\/\/[^/]/.test(value)) throw projectError('SiteUrlMissing', value);
  return value;
}

function writeAtomically(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

export function deployFiles(base: string): AstroIntegration {
  return {
    name: 'figures-of-speech:deploy',
    hooks: {
      // Only a build publishes addresses; dev and check keep the local one.
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ site: siteUrl(process.env) });
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const files = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => relative(out, join(d.parentPath, d.name)).split(sep).join('/'));
        writeAtomically(join(out, '_headers'), headersFile(hostRules(files, base)));
        writeAtomically(join(out, 'nginx.example.conf'), nginxConf(base));
      },
    },
  };
}
