#!/usr/bin/env bash
# Import benchmark (issue 18): generates a Shopify export of N orders (default 1,000,000: about 1.7M
# rows), then
#   1. the bulk import, ROUNDS times (default 5), alternating on the same file:
#      `sqlite3 DB ".import --csv FILE t"`, which only copies text into a table (the reference), and
#      `locallift import FILE` (release build) into a new shop;
#      prints each round's wall times and ratio, the median ratio (target <= 0.33) and LocalLift's peak
#      memory (target < 150 MB). Rounds alternate because this machine's speed drifts by a quarter from one
#      minute to the next: a ratio is only meaningful between runs made side by side.
#   2. the daily import: five next days of 300 new orders each into the 1M-order shop just made, each timed
#      as the whole `locallift import` process (the day's backup taken first, as after the day's first
#      import; target < 150 ms).
# Usage: scripts/bench-import.sh [ORDERS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
orders="${1:-1000000}"
rounds="${2:-5}"
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
ratios=()
peak_kb=0
for round in $(seq "$rounds"); do
  rm -f "$work/ref.sqlite" "$work"/shop.sqlite*
  rm -rf "$work/backups"
  t0=$(now)
  sqlite3 "$work/ref.sqlite" ".import --csv $work/orders.csv t"
  t1=$(now)
  ref=$(echo "$t1 - $t0" | bc)

  "$target/locallift" --db "$work/shop.sqlite" shop set --currency USD --time-zone America/New_York > /dev/null
  t0=$(now)
  /usr/bin/time -f "%M" -o "$work/rss" "$target/locallift" --db "$work/shop.sqlite" import "$work/orders.csv" > /dev/null
  t1=$(now)
  ours=$(echo "$t1 - $t0" | bc)
  rss_kb=$(cat "$work/rss")
  ((rss_kb > peak_kb)) && peak_kb=$rss_kb
  ratio=$(echo "$ours / $ref" | bc -l)
  ratios+=("$ratio")
  printf 'round %d: sqlite3 .import %.1f s, locallift import %.1f s: ratio %.2f, peak memory %d MB\n' \
    "$round" "$ref" "$ours" "$ratio" "$((rss_kb / 1024))"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
printf '\nbulk import: median ratio %.2f over %d rounds (target <= 0.33), peak memory %d MB (target < 150)\n' \
  "$median" "$rounds" "$((peak_kb / 1024))"

# The next days: the file's first 300 orders again as new ones (other numbers), a day after the last.
for day in 1 2 3 4 5; do
  python3 scripts/next-day.py "$work/orders.csv" "$work/day-$day.csv" "$day"
done
"$target/locallift" --db "$work/shop.sqlite" backup > /dev/null # the day's backup, taken
daily=()
for day in 1 2 3 4 5; do
  t0=$(now)
  "$target/locallift" --db "$work/shop.sqlite" import "$work/day-$day.csv" > /dev/null
  t1=$(now)
  ms=$(echo "($t1 - $t0) * 1000" | bc)
  daily+=("$ms")
done
printf 'daily import (300 new orders into the %d-order shop, whole process): %s ms; median %.0f ms (target < 150)\n' \
  "$orders" "$(printf '%.0f ' "${daily[@]}")" \
  "$(printf '%s\n' "${daily[@]}" | sort -g | sed -n 3p)"
