#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: formatting, unit and property tests,
# the type checks, the build (twice, to prove it deterministic), the browser tests against the
# built site, and a link check of a build for another origin and base path.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC ASTRO_TELEMETRY_DISABLED=1
npx prettier --check .
npx vitest run
npx astro check
npx tsc --noEmit
npx astro build
# Determinism: a second build of the same tree gives the same bytes.
npx astro build --outDir .tmp/dist-again
npx tsx scripts/compare-builds.ts dist .tmp/dist-again
npx vitest run --config vitest.browser.config.ts
# Any origin and base path: a build for a newsroom's subfolder has no link outside it.
based=(SITE_URL=https://news.example.com BASE_PATH=/projects/speech/)
env "${based[@]}" npx astro build --outDir .tmp/dist-based
env "${based[@]}" DIST=.tmp/dist-based npx vitest run --config vitest.browser.config.ts tests/browser/links.test.ts
