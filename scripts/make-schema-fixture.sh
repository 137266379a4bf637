#!/usr/bin/env bash
# Makes tests/fixtures/schema/vN.sqlite (+ vN-summary.json, vN-results.json, vN-tables.json) with the
# `locallift` CLI of the release that writes schema N, for the upgrade test. Run it with that release's
# binary when a schema version is released (a later build must then migrate the file with its data intact):
#   git worktree add /tmp/vN <release commit> && (cd /tmp/vN && cargo build --bin locallift)
#   scripts/make-schema-fixture.sh /tmp/vN/target/debug/locallift N
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$1"
v="$2"
out="tests/fixtures/schema"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/shop.sqlite"
"$bin" --db "$db" shop set --name "Fern & Fable" --currency USD --time-zone America/New_York --margin 40 >/dev/null
"$bin" --db "$db" import tests/fixtures/shopify/orders.csv >/dev/null
"$bin" --db "$db" import tests/fixtures/square/items.csv >/dev/null
"$bin" --db "$db" import tests/fixtures/square/transactions.csv >/dev/null
cat > "$work/march.json" <<'JSON'
{"name": "March", "start": "2024-03-01", "end": "2024-03-10", "window_days": 14, "other_costs_minor": 1000,
 "partners": [{"name": "Maya", "codes": ["MAYA15"], "fee_minor": 5000, "gifted_cost_minor": 2000, "commission_pct": 10}]}
JSON
"$bin" --db "$db" campaign create "$work/march.json" >/dev/null
"$bin" --db "$db" summary --json > "$out/v$v-summary.json"
"$bin" --db "$db" results March --json > "$out/v$v-results.json"
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 -json "$db" "SELECT (SELECT count(*) FROM sales) AS sales, (SELECT count(*) FROM line_items) AS line_items,
  (SELECT sum(quantity * unit_price_minor) FROM line_items) AS line_items_value,
  (SELECT group_concat(name, '|') FROM (SELECT name FROM line_items ORDER BY sale_id, position)) AS line_item_names,
  (SELECT count(*) FROM sale_codes) AS sale_codes, (SELECT count(*) FROM sale_refunds) AS sale_refunds,
  (SELECT count(*) FROM partners) AS partners, (SELECT count(*) FROM import_batches) AS import_batches" |
  python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)[0], indent=1, ensure_ascii=False))' > "$out/v$v-tables.json"
[[ "$(sqlite3 "$db" 'PRAGMA user_version')" == "$v" ]] || { echo "that binary writes another schema" >&2; exit 1; }
cp "$db" "$out/v$v.sqlite"
echo "$out/v$v.sqlite and its JSON written"
