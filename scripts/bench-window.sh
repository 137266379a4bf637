#!/usr/bin/env bash
# The real window, timed (issue 18): builds the release app, makes a shop of N orders (default 1,000,000)
# with 200 campaigns (examples/bench_queries.rs, whose own in-process figures are printed first), and a
# next-day export of 300 new orders, then drives the app through WebKitWebDriver under Xvfb
# (tests/e2e/bench-window.mjs): cold start to the first Dashboard, every screen switch, a campaign's results,
# the first Dashboard after importing the next day in the window; p50/p95 each, and the app's memory.
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
target="$(realpath -m "${CARGO_TARGET_DIR:-target}")/release"
bash scripts/build-app.sh --release > /dev/null
cargo build --release --locked --quiet --bin locallift --example gen_shopify --example bench_queries
echo "==> a shop of $orders orders and 200 campaigns"
"$target/examples/gen_shopify" "$orders" "$work/orders.csv"
"$target/locallift" --db "$work/shop.sqlite" shop set --currency USD --time-zone America/New_York > /dev/null
"$target/locallift" --db "$work/shop.sqlite" import "$work/orders.csv" | tail -1
"$target/examples/bench_queries" "$work/shop.sqlite" > "$work/queries.txt"
# The next day: the first 300 orders again, as new orders (other numbers) a day after the last.
python3 scripts/next-day.py "$work/orders.csv" "$work/next-day.csv" 1
ls -la "$work/shop.sqlite" | awk '{printf "shop file: %.0f MB\n", $5 / 1048576}'
(cd tests/e2e && LOCALLIFT_APP="$target/locallift-app" LOCALLIFT_BENCH_DB="$work/shop.sqlite" \
  LOCALLIFT_BENCH_NEXT_DAY="$work/next-day.csv" xvfb-run -a --server-args="-screen 0 1920x1100x24" \
  node bench-window.mjs)
# The .deb's size beside the memory (built by scripts/build-deb.sh, as CI does).
if compgen -G "$target/bundle/deb/*.deb" > /dev/null; then
  ls -la "$target"/bundle/deb/*.deb | awk '{printf ".deb: %.1f MB (%s)\n", $5 / 1048576, $9}'
else
  echo ".deb: not built in $target (scripts/build-deb.sh builds it)"
fi
