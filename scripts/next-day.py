#!/usr/bin/env python3
"""A next day's export for the benchmarks (bench-import.sh, bench-window.sh).

Usage: next-day.py ORDERS.csv OUT.csv DAY

Writes the generated Shopify export's first 300 orders again as new orders: their numbers moved up by
DAY x 10,000,000 and their date, 2025-12-31 (the generator's last day), moved to 2026-01-DAY.
"""
import csv
import sys

orders, out_path, day = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = csv.reader(open(orders, newline=""))
out = csv.writer(open(out_path, "w", newline=""))
out.writerow(next(rows))
seen = set()
for row in rows:
    if row[0] not in seen and len(seen) >= 300:
        break
    seen.add(row[0])
    row[0] = "#" + str(int(row[0][1:]) + day * 10_000_000)
    out.writerow([c.replace("2025-12-31", f"2026-01-{day:02d}") for c in row])
