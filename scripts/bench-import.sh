#!/usr/bin/env bash
# Import benchmark (issue "Sales import"): generates a Shopify export of N orders (default 1,000,000:
# about 1.7M rows), then times, in the same run on the same file,
#   1. `sqlite3 DB ".import --csv FILE t"`, which only copies text into a table (the reference), and
#   2. `locallift import FILE` (release build) into a new shop,
# and prints the wall-time ratio (target ≤ 0.33, issue 18) and LocalLift's peak memory (target < 150 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-1000000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "needs the sqlite3 command (apt-get install sqlite3)" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 1; }

cargo build --release --locked --quiet --bin locallift --example gen_shopify
target="${CARGO_TARGET_DIR:-target}/release"
echo "==> generating $orders orders"
"$target/examples/gen_shopify" "$orders" "$work/orders.csv"
rows=$(($(wc -l < "$work/orders.csv") - 1))
size=$(du -h "$work/orders.csv" | cut -f1)
echo "    $rows rows, $size"
cat "$work/orders.csv" > /dev/null # same page cache for both

now() { date +%s.%N; }
echo "==> sqlite3 .import (reference)"
t0=$(now)
sqlite3 "$work/ref.sqlite" ".import --csv $work/orders.csv t"
t1=$(now)
ref=$(echo "$t1 - $t0" | bc)

echo "==> locallift import"
"$target/locallift" --db "$work/shop.sqlite" shop set --currency USD --time-zone America/New_York > /dev/null
t0=$(now)
/usr/bin/time -f "%M" -o "$work/rss" "$target/locallift" --db "$work/shop.sqlite" import "$work/orders.csv"
t1=$(now)
ours=$(echo "$t1 - $t0" | bc)
rss_kb=$(cat "$work/rss")

printf '\nsqlite3 .import: %.1f s\nlocallift import: %.1f s\nratio: %.2f (target <= 0.33)\npeak memory: %d MB (target < 150)\n' \
  "$ref" "$ours" "$(echo "$ours / $ref" | bc -l)" "$((rss_kb / 1024))"
