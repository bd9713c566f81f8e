/**
 * Subresource Integrity for the embed script: host pages load /embed.js with the hash of the
 * exact bytes this build publishes, so a changed or injected script is refused by the browser.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `integrity` attribute value (SHA-384, base64) for `bytes`. */
export function integrityOf(bytes: Uint8Array): string {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

let embedScript: string | undefined;

/** The integrity of public/embed.js, read once per build from the project folder. */
export function embedScriptIntegrity(): string {
  embedScript ??= integrityOf(readFileSync(join(process.cwd(), 'public', 'embed.js')));
  return embedScript;
}
