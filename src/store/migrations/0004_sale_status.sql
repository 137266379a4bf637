-- Version 4: an order's state, not only whether it counts. An order not yet paid (a pending bank debit,
-- an authorization) is kept apart from a cancelled one, so the owner is never told "cancelled" for an
-- order that will be paid, and a later export that says "paid" makes it count. `cancelled` stays what
-- every sum reads: 1 for any order that does not count.
ALTER TABLE sales ADD COLUMN status TEXT NOT NULL DEFAULT 'sale' CHECK (status IN ('sale', 'unpaid', 'cancelled'));
UPDATE sales SET status = 'cancelled' WHERE cancelled = 1;

-- What an import left out on purpose (payments out, declined attempts…) and what it assumed (the day/month
-- order of its dates, tax inside prices), as the owner was told.
ALTER TABLE import_batches ADD COLUMN notes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(notes));

-- Refund rows of orders not imported yet (a refund in February's export of a January order, imported
-- before January's): kept, and applied once their order arrives (each once, by its refund id).
CREATE TABLE pending_refunds (
    source        TEXT    NOT NULL,
    external_id   TEXT    NOT NULL,
    refund_id     TEXT    NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
    batch_id      INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    PRIMARY KEY (source, external_id, refund_id)
) STRICT, WITHOUT ROWID;
