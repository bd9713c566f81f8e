#!/usr/bin/env bash
# Every test, in the order a failure is cheapest to find: unit and property tests, the type
# check, the build, then the browser tests against the built site.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC ASTRO_TELEMETRY_DISABLED=1
npx prettier --check .
npx vitest run
npx astro check
npx tsc --noEmit
npx astro build
npx vitest run --config vitest.browser.config.ts
