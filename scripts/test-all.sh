#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: formatting, unit and property tests,
# the type checks, the build (twice, to prove it deterministic), then the browser tests
# against the built site.
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
