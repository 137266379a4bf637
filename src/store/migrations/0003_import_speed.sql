-- Version 3: what an import of a million orders writes, made smaller; holidays for the lift baseline.

-- Line items stored in their sale's order, clustered by sale: one b-tree instead of a rowid table plus
-- an index on sale_id, so an import writes half as much per line item and a sale's items are one range.
CREATE TABLE line_items_by_sale (
    sale_id           INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,   -- 1, 2, … in the export's order
    sku               TEXT,
    name              TEXT    NOT NULL,
    quantity          INTEGER NOT NULL,
    unit_price_minor  INTEGER NOT NULL,
    discount_minor    INTEGER NOT NULL DEFAULT 0,
    cost_minor        INTEGER,        -- unit cost, when the export knows it
    PRIMARY KEY (sale_id, position)
) STRICT, WITHOUT ROWID;

INSERT INTO line_items_by_sale (sale_id, position, sku, name, quantity, unit_price_minor, discount_minor, cost_minor)
    SELECT sale_id, row_number() OVER (PARTITION BY sale_id ORDER BY id), sku, name, quantity, unit_price_minor,
           discount_minor, cost_minor
    FROM line_items;

DROP TABLE line_items;
ALTER TABLE line_items_by_sale RENAME TO line_items;

-- Screens read days from the daily aggregates, never from sales; only an undo looks sales up by day or
-- by batch, and a scan is fine for that rare step. These two indexes cost a million-order import more
-- than a second each.
DROP INDEX sales_local_day;
DROP INDEX sales_batch;

-- What an import added, kept with it, so the import history needs no look-up of sales by batch.
ALTER TABLE import_batches ADD COLUMN net_minor INTEGER NOT NULL DEFAULT 0;
UPDATE import_batches SET net_minor =
    (SELECT coalesce(sum(s.net_minor), 0) FROM sales s WHERE s.batch_id = import_batches.id AND s.cancelled = 0);

-- Customer keys: the first 128 bits of the salted SHA-256 (32 hex digits) instead of all 256. Still
-- no collision in any shop's lifetime, and the index on them, the costliest of an import, is half the
-- size. A prefix of the old key is the new key, so existing sales and saved versions keep matching.
UPDATE sales SET customer_key = substr(customer_key, 1, 32) WHERE length(customer_key) > 32;
UPDATE sale_versions SET previous = json_set(previous, '$.customer_key', substr(previous ->> '$.customer_key', 1, 32))
    WHERE length(previous ->> '$.customer_key') > 32;
DROP INDEX sales_customer;
CREATE INDEX sales_customer ON sales (customer_key);

-- Days the owner marks as unusual (a holiday, a street fair, a closure): the lift baseline leaves them
-- out, and so does a campaign's window.
CREATE TABLE holidays (
    day   TEXT PRIMARY KEY,
    name  TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200)
) STRICT, WITHOUT ROWID;

-- Settings of the analyses (lift history, fit-score weights), as JSON per key: they grow without a
-- migration each, and each is validated by the app before it is written.
CREATE TABLE app_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL CHECK (json_valid(value))
) STRICT, WITHOUT ROWID;

-- A code's orders of a campaign's days are one index range: the shop-local day beside each code.
ALTER TABLE sale_codes ADD COLUMN local_day TEXT NOT NULL DEFAULT '';
UPDATE sale_codes SET local_day = (SELECT s.local_day FROM sales s WHERE s.id = sale_codes.sale_id);
DROP INDEX sale_codes_norm;
CREATE INDEX sale_codes_norm ON sale_codes (code_norm, local_day);

-- Each customer's first and second (non-cancelled) order, for new-customer and repeat figures without
-- searching a customer's orders. Derived from sales: rebuilt when marked stale (after a bulk load, an
-- undo, a time-zone change), refreshed per customer after a small import.
CREATE TABLE customers (
    customer_key   TEXT    PRIMARY KEY,
    first_sale_id  INTEGER NOT NULL,
    first_at       TEXT    NOT NULL,
    first_day      TEXT    NOT NULL,
    second_at      TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX customers_first_day ON customers (first_day);
INSERT INTO app_settings (key, value) VALUES ('customers_stale', 'true');

-- Campaign results as last computed, valid while no write happened since (data_version in app_settings
-- is bumped by every write transaction): the Dashboard adds up hundreds of campaigns at once.
CREATE TABLE results_cache (
    campaign_id  INTEGER PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    results      TEXT    NOT NULL CHECK (json_valid(results))
) STRICT;
INSERT INTO app_settings (key, value) VALUES ('data_version', '1');
