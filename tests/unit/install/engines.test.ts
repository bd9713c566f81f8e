/**
 * A clean install on any Node.js the README promises prints no EBADENGINE warning: every
 * package the lockfile installs accepts the oldest 20.x and 22.x that package.json allows, and
 * the Node.js running the tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

interface Locked {
  engines?: { node?: string } | string[];
  optional?: boolean;
  version?: string;
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, Locked>;
};
const ours = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } })
  .engines.node;

// Optional packages for other platforms (WebAssembly builds) are not installed here, so npm
// does not check their engines.
const installed = Object.entries(lock.packages).filter(([path, p]) => path && !p.optional);

describe('engines', () => {
  const oldest = ours.split('||').map((range) => semver.minVersion(range)?.version);

  it('package.json allows Node 20 and 22, from the versions the README names', () => {
    expect(oldest).toEqual(['20.19.0', '22.13.0']);
    expect(readFileSync('README.md', 'utf8')).toContain('Node.js 20.19+ (or 22.13+)');
  });

  it.each([...oldest, process.versions.node])('every installed package accepts Node %s', (v) => {
    const refusing = installed
      .filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node)
      .filter(([, p]) => !semver.satisfies(v!, (p.engines as { node: string }).node))
      .map(
        ([path, p]) => `${path}@${p.version} wants node ${(p.engines as { node: string }).node}`,
      );
    expect(refusing).toEqual([]);
  });
});
