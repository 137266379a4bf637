#!/usr/bin/env bash
# Set-up command 2: installs what is missing and runs every test: core unit and integration tests (the
# fuzz test and the layer test included), the shell's, clippy with warnings as errors, a check that the generated TypeScript types and typed calls are committed, UI
# type-check and unit tests (in Node, then again in Chromium, WebView2's engine), the end-to-end tests of the
# real app under Xvfb (WebKit), and the .deb built and checked.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh --test
# The tests expect "System" to mean the POSIX locale (US English formats); on a German developer machine the
# shops they make would otherwise write amounts the German way. Shops in other locales are tested by setting
# the shop's locale, never through the machine's.
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE=

echo "==> Rust tests (core, CLI, shell); they also regenerate the TypeScript bindings"
if cargo fmt --version >/dev/null 2>&1; then cargo fmt --all --check; else echo "(rustfmt not installed: format check skipped)"; fi
cargo test --locked --workspace

echo "==> lints as tests: clippy on everything, warnings are errors"
if cargo clippy --version >/dev/null 2>&1; then
  cargo clippy --locked --workspace --all-targets -- -D warnings
else
  echo "(clippy not installed: lints skipped)"
fi

if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  if [[ -n "$(git status --porcelain -- ui/src/lib/bindings ui/src/lib/commands.ts ui/src/lib/format-cases.json)" ]]; then
    echo "The TypeScript bindings are out of date with the Rust types and commands; commit ui/src/lib/bindings, commands.ts and format-cases.json:" >&2
    git status --porcelain -- ui/src/lib/bindings ui/src/lib/commands.ts ui/src/lib/format-cases.json >&2
    exit 1
  fi
fi

echo "==> UI type-check and unit tests"
(cd ui && npm run check --silent && npm test --silent)
echo "==> the UI's unit tests again in Chromium (WebView2's engine on Windows)"
(cd ui && npm run test:chromium --silent)

bash scripts/build-app.sh

echo "==> end-to-end tests of the real app"
LOCALLIFT_APP="$(realpath "${CARGO_TARGET_DIR:-target}")/debug/locallift-app" xvfb-run -a --server-args="-screen 0 1920x1100x24" \
  npm --prefix tests/e2e test --silent

if [[ "${LOCALLIFT_FREE_DEBUG_BEFORE_DEB:-}" == 1 ]]; then
  echo "==> freeing the debug build's disk before the release build ($(du -sh "${CARGO_TARGET_DIR:-target}/debug" | cut -f1))"
  rm -rf "${CARGO_TARGET_DIR:-target}/debug"
fi
echo "==> the installable Linux bundle"
bash scripts/build-deb.sh
