#!/usr/bin/env bash
# Query benchmark (issue "Attribution and ROI"): imports a generated 1,000,000-order Shopify export into a
# new shop, adds 200 campaigns (examples/bench_queries.rs), and times every campaign's results and the
# Dashboard over 30 days to all time, in-process, computed (first read after a write) and cached.
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --locked --quiet --bin locallift --example gen_shopify --example bench_queries
target="${CARGO_TARGET_DIR:-target}/release"
"$target/examples/gen_shopify" "$orders" "$work/orders.csv"
"$target/locallift" --db "$work/shop.sqlite" shop set --currency USD --time-zone America/New_York > /dev/null
"$target/locallift" --db "$work/shop.sqlite" import "$work/orders.csv" | tail -1
"$target/examples/bench_queries" "$work/shop.sqlite"
