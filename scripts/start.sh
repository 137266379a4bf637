#!/usr/bin/env bash
# Set-up command 1: installs what is missing, builds LocalLift and opens it on the demo shop.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
bash scripts/build-app.sh
echo "==> starting LocalLift on the demo shop"
exec "${CARGO_TARGET_DIR:-target}/debug/locallift-app" --demo
