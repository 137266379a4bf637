-- Version 6: running a partnership, not only measuring it: codes the owner marked as leaked, codes meant
-- for first orders, deliverables with due dates, and payments made to partners.

-- A code posted where its partner did not put it (a coupon site): from `from_day` (shop-local) its orders
-- are nobody's, so no longer the partner's and not owed commission. Kept apart from `promo_codes`, which is
-- rewritten whenever the partner's codes are edited.
CREATE TABLE leaked_codes (
    campaign_partner_id  INTEGER NOT NULL REFERENCES campaign_partners (id) ON DELETE CASCADE,
    code_norm            TEXT    NOT NULL,
    from_day             TEXT    NOT NULL,
    marked_at            TEXT    NOT NULL,
    PRIMARY KEY (campaign_partner_id, code_norm)
) STRICT;

-- Codes meant for a customer's first order (a welcome code): used mostly by existing customers, they leaked.
ALTER TABLE campaign_partners ADD COLUMN new_customers_only INTEGER NOT NULL DEFAULT 0
    CHECK (new_customers_only IN (0, 1));

-- What a campaign partner agreed to deliver, by when. Done when a post is linked or the owner marks it done;
-- missed once its due day has passed in the shop's time zone and it is not done.
CREATE TABLE deliverables (
    id                   INTEGER PRIMARY KEY,
    campaign_partner_id  INTEGER NOT NULL REFERENCES campaign_partners (id) ON DELETE CASCADE,
    kind                 TEXT    NOT NULL
                         CHECK (kind IN ('post','story','reel','video','event','market_table','other')),
    description          TEXT    NOT NULL DEFAULT '',
    due_day              TEXT    NOT NULL,
    post_id              INTEGER REFERENCES posts (id) ON DELETE SET NULL,
    done_day             TEXT,
    created_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX deliverables_cp ON deliverables (campaign_partner_id);
CREATE INDEX deliverables_due ON deliverables (due_day);

-- Money paid to a partner (fees, commission), by the owner's own records.
CREATE TABLE payments (
    id            INTEGER PRIMARY KEY,
    partner_id    INTEGER NOT NULL REFERENCES partners (id) ON DELETE RESTRICT,
    day           TEXT    NOT NULL,
    amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
    method        TEXT    NOT NULL DEFAULT '',
    note          TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX payments_partner ON payments (partner_id, day);

DELETE FROM results_cache;
