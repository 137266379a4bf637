#!/usr/bin/env bash
# Installs what LocalLift needs to build and test on Debian/Ubuntu, skipping what is already there:
# the WebKitGTK/GTK libraries Tauri links against; for the tests Xvfb, WebKitWebDriver, xdotool (to fill
# in the native save dialog), poppler-utils (to read back the PDFs) and a CJK font (for the window's CJK
# text; the PDFs bundle their own), Chromium and its driver (the UI's unit tests run in it too: the engine of
# Windows' WebView2); the UI's npm packages and tauri-driver. Needs a Rust toolchain
# (rustup) and Node.js 20+ already.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "LocalLift needs $tool: see README.md, Prerequisites" >&2; exit 1; }
done

# The tests check formatting and lints: rustfmt and clippy come with rustup (a toolchain without rustup
# skips those two checks, said so).
if [[ "${1:-}" == "--test" ]] && command -v rustup >/dev/null && ! cargo clippy --version >/dev/null 2>&1; then
  rustup component add clippy rustfmt >/dev/null 2>&1 || echo "(clippy could not be installed: lints will be skipped)"
fi

packages=(build-essential pkg-config file libwebkit2gtk-4.1-dev libssl-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev libgtk-3-dev)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(webkit2gtk-driver xvfb xauth xdotool poppler-utils fonts-droid-fallback chromium chromium-driver)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "==> installing system packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# `npm ci`: exactly the packages of the committed lockfile, which it never rewrites (`npm install` may, and
# a fresh clone would no longer be clean). The lockfile lists every platform's build of an optional package
# (@tauri-apps/cli's), else `npm ci` calls it out of sync. `npm ci` starts from an empty node_modules, so it
# runs only when the lockfile or package.json is newer than what npm last installed.
npm_ci() {
  local dir=$1 installed="$1/node_modules/.package-lock.json"
  if [[ ! -f "$installed" || "$dir/package-lock.json" -nt "$installed" || "$dir/package.json" -nt "$installed" ]]; then
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

echo "==> npm packages of the UI"
npm_ci ui

if [[ "${1:-}" == "--test" ]]; then
  echo "==> npm packages of the end-to-end tests"
  npm_ci tests/e2e
  if ! command -v tauri-driver >/dev/null; then
    echo "==> installing tauri-driver"
    cargo install tauri-driver --locked --version "^2.1"
  fi
fi
