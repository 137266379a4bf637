#!/usr/bin/env bash
# Builds the UI and the desktop app with the UI embedded (not the dev-server build, which would show a
# blank window): target/debug/locallift-app, or target/release/ with --release.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=()
[[ "${1:-}" == "--release" ]] && profile=(--release)
echo "==> building the UI"
(cd ui && npm run build --silent)
echo "==> building the app"
cargo build --locked -p locallift-app --features tauri/custom-protocol "${profile[@]}"
