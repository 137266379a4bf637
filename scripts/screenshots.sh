#!/usr/bin/env bash
# Every screen of the real app, demo shop and a brand-new one, at 1280×800 and 1920×1080, in the light and
# the dark theme: tests/e2e/screenshots/screens/{theme}-{size}-{shop}-{screen}.png, to look at by eye.
# Needs what the end-to-end tests need (scripts/deps.sh --test) and a built app (scripts/build-app.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
app="$(realpath "${CARGO_TARGET_DIR:-target}")/debug/locallift-app"
for theme in light dark; do
  (cd tests/e2e && LOCALLIFT_APP="$app" LOCALLIFT_E2E_THEME="$theme" \
    xvfb-run -a --server-args="-screen 0 1920x1100x24" \
    node --test --test-concurrency=1 --test-name-pattern="every screen" app.test.mjs)
done
ls tests/e2e/screenshots/screens | wc -l
