-- Version 2: what the sales import needs to be undoable, idempotent and fast to summarize.

-- The state of a sale before an import changed it (a re-exported order with a new refund, say), so
-- undoing that import puts it back exactly.
CREATE TABLE sale_versions (
    batch_id         INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    sale_id          INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    previous         TEXT    NOT NULL CHECK (json_valid(previous)),
    PRIMARY KEY (batch_id, sale_id)
) STRICT;
CREATE INDEX sale_versions_sale ON sale_versions (sale_id);

-- Refunds exported as their own rows (Square, PayPal), applied to their sale once: the refund's own id
-- makes a re-import of the same refund a no-op.
CREATE TABLE sale_refunds (
    sale_id      INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    refund_id    TEXT    NOT NULL,
    amount_minor INTEGER NOT NULL,
    batch_id     INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    PRIMARY KEY (sale_id, refund_id)
) STRICT;

-- Per shop-local day and channel, the totals every screen needs; kept up to date at import and undo
-- so screens read hundreds of rows, never all sales. Cancelled sales are not counted.
CREATE TABLE daily_sales (
    day         TEXT    NOT NULL,
    channel     TEXT    NOT NULL,
    orders      INTEGER NOT NULL,
    net_minor   INTEGER NOT NULL,
    PRIMARY KEY (day, channel)
) STRICT, WITHOUT ROWID;

-- Per shop-local day and discount code (as normalized for matching), likewise.
CREATE TABLE daily_code_sales (
    day         TEXT    NOT NULL,
    code_norm   TEXT    NOT NULL,
    orders      INTEGER NOT NULL,
    net_minor   INTEGER NOT NULL,
    PRIMARY KEY (day, code_norm)
) STRICT, WITHOUT ROWID;

-- Column mappings the owner made for CSVs without a preset, offered again for the same header.
CREATE TABLE import_mappings (
    header_hash  TEXT    PRIMARY KEY,
    header       TEXT    NOT NULL,
    mapping      TEXT    NOT NULL CHECK (json_valid(mapping)),
    updated_at   TEXT    NOT NULL
) STRICT;

ALTER TABLE import_batches ADD COLUMN orders_new INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN orders_updated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN orders_unchanged INTEGER NOT NULL DEFAULT 0;

-- The demo shop's sales (version 1 had no aggregates).
INSERT INTO daily_sales (day, channel, orders, net_minor)
    SELECT local_day, channel, count(*), sum(net_minor) FROM sales WHERE cancelled = 0 GROUP BY local_day, channel;
INSERT INTO daily_code_sales (day, code_norm, orders, net_minor)
    SELECT s.local_day, c.code_norm, count(*), sum(s.net_minor)
    FROM sales s JOIN sale_codes c ON c.sale_id = s.id WHERE s.cancelled = 0 GROUP BY s.local_day, c.code_norm;
