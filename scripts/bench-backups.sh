#!/usr/bin/env bash
# Backups benchmark (issue 18): imports a generated 1,000,000-order Shopify export into a new shop, then
# runs 30 days of the owner's routine (the day's 300 orders imported, the day's backup taken;
# examples/bench_backups.rs) and prints each backup's time and size, the backups folder against the shop
# file after the last day beside the reference of full compressed backups, and a restore's time.
# Usage: scripts/bench-backups.sh [ORDERS] [DAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-1000000}"
days="${2:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cargo build --release --locked --quiet --bin locallift --example gen_shopify --example bench_backups
target="${CARGO_TARGET_DIR:-target}/release"
"$target/examples/gen_shopify" "$orders" "$work/orders.csv"
"$target/locallift" --db "$work/shop.sqlite" shop set --currency USD --time-zone America/New_York > /dev/null
"$target/locallift" --db "$work/shop.sqlite" import "$work/orders.csv" | tail -1
rm -rf "$work/backups"
"$target/examples/bench_backups" "$work/shop.sqlite" "$days"
