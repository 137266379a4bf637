-- LocalLift schema, version 1: the domain model of ARCHITECTURE.md.
-- Conventions: money is INTEGER minor units of the shop currency; percentages are INTEGER basis points
-- (1% = 100); instants are TEXT 'YYYY-MM-DDTHH:MM:SSZ' in UTC; shop-local calendar days are TEXT 'YYYY-MM-DD'.
-- Every table is STRICT so a wrong type is an error, not a silent coercion.

CREATE TABLE shop (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    name                TEXT    NOT NULL DEFAULT '',
    currency            TEXT,               -- ISO 4217; NULL until set or taken from the first import
    time_zone           TEXT    NOT NULL DEFAULT 'UTC',
    default_margin_bp   INTEGER NOT NULL DEFAULT 5000 CHECK (default_margin_bp BETWEEN 0 AND 10000),
    locale              TEXT,
    hourly_rate_minor   INTEGER CHECK (hourly_rate_minor >= 0),
    customer_salt       BLOB    NOT NULL,   -- per-database salt for customer keys (no clear-text emails)
    is_demo             INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    set_up_at           TEXT,               -- NULL until the owner (or the demo) has configured the shop
    created_at          TEXT    NOT NULL
) STRICT;

CREATE TABLE partners (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    email                TEXT,
    phone                TEXT,
    neighborhood         TEXT,
    city                 TEXT,
    distance_km          REAL    CHECK (distance_km >= 0),
    niches               TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(niches)),
    notes                TEXT    NOT NULL DEFAULT '',
    stage                TEXT    NOT NULL DEFAULT 'prospect'
                         CHECK (stage IN ('prospect','contacted','negotiating','active','paused','past')),
    values_alignment     INTEGER CHECK (values_alignment BETWEEN 1 AND 5),
    authenticity         INTEGER CHECK (authenticity BETWEEN 1 AND 5),
    audience_locality_bp INTEGER CHECK (audience_locality_bp BETWEEN 0 AND 10000),
    consent_source       TEXT,
    archived_at          TEXT,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX partners_name ON partners (name COLLATE NOCASE);

CREATE TABLE social_accounts (
    id             INTEGER PRIMARY KEY,
    partner_id     INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    platform       TEXT    NOT NULL
                   CHECK (platform IN ('instagram','tiktok','youtube','facebook','x','strava','discord','other')),
    handle         TEXT    NOT NULL CHECK (length(trim(handle)) > 0),
    url            TEXT,
    followers      INTEGER NOT NULL CHECK (followers >= 0),
    engagement_bp  INTEGER CHECK (engagement_bp BETWEEN 0 AND 10000),
    as_of          TEXT    NOT NULL,
    UNIQUE (partner_id, platform, handle)
) STRICT;
CREATE INDEX social_accounts_partner ON social_accounts (partner_id);

-- Follower history: one row per (account, day) the owner recorded; the account row holds the latest.
CREATE TABLE follower_snapshots (
    account_id     INTEGER NOT NULL REFERENCES social_accounts (id) ON DELETE CASCADE,
    as_of          TEXT    NOT NULL,
    followers      INTEGER NOT NULL CHECK (followers >= 0),
    engagement_bp  INTEGER CHECK (engagement_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (account_id, as_of)
) STRICT;

CREATE TABLE communities (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind              TEXT    NOT NULL DEFAULT 'other'
                      CHECK (kind IN ('facebook_group','discord','strava_club','whatsapp','meetup','reddit',
                                      'in_person','other')),
    url               TEXT,
    size              INTEGER CHECK (size >= 0),
    topic             TEXT,
    neighborhood      TEXT,
    city              TEXT,
    leader_partner_id INTEGER REFERENCES partners (id) ON DELETE SET NULL,
    stage             TEXT    NOT NULL DEFAULT 'prospect'
                      CHECK (stage IN ('prospect','contacted','negotiating','active','paused','past')),
    notes             TEXT    NOT NULL DEFAULT '',
    archived_at       TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
) STRICT;

CREATE TABLE community_feedback (
    id            INTEGER PRIMARY KEY,
    community_id  INTEGER NOT NULL REFERENCES communities (id) ON DELETE CASCADE,
    day           TEXT    NOT NULL,
    source        TEXT    NOT NULL DEFAULT '',
    sentiment     TEXT    NOT NULL CHECK (sentiment IN ('positive','neutral','negative')),
    text          TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    tags          TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    created_at    TEXT    NOT NULL
) STRICT;
CREATE INDEX community_feedback_community ON community_feedback (community_id, day);

CREATE TABLE campaigns (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    goal              TEXT    NOT NULL DEFAULT '',
    start_day         TEXT    NOT NULL,
    end_day           TEXT    NOT NULL,
    window_days       INTEGER NOT NULL DEFAULT 14 CHECK (window_days BETWEEN 0 AND 365),
    cancelled         INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    other_costs_minor INTEGER NOT NULL DEFAULT 0 CHECK (other_costs_minor >= 0),
    owner_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (owner_minutes >= 0),
    notes             TEXT    NOT NULL DEFAULT '',
    archived_at       TEXT,
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK (end_day >= start_day)
) STRICT;

-- A partner or a community taking part in a campaign, with the terms agreed.
CREATE TABLE campaign_partners (
    id                 INTEGER PRIMARY KEY,
    campaign_id        INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    partner_id         INTEGER REFERENCES partners (id) ON DELETE RESTRICT,
    community_id       INTEGER REFERENCES communities (id) ON DELETE RESTRICT,
    fee_minor          INTEGER NOT NULL DEFAULT 0 CHECK (fee_minor >= 0),
    gifted_cost_minor  INTEGER NOT NULL DEFAULT 0 CHECK (gifted_cost_minor >= 0),
    commission_bp      INTEGER NOT NULL DEFAULT 0 CHECK (commission_bp BETWEEN 0 AND 10000),
    tracked_link       TEXT,
    deliverables       TEXT    NOT NULL DEFAULT '',
    CHECK ((partner_id IS NULL) <> (community_id IS NULL)),
    UNIQUE (campaign_id, partner_id),
    UNIQUE (campaign_id, community_id)
) STRICT;
CREATE INDEX campaign_partners_partner ON campaign_partners (partner_id);
CREATE INDEX campaign_partners_community ON campaign_partners (community_id);

CREATE TABLE promo_codes (
    id                   INTEGER PRIMARY KEY,
    campaign_partner_id  INTEGER NOT NULL REFERENCES campaign_partners (id) ON DELETE CASCADE,
    code                 TEXT    NOT NULL CHECK (length(code) > 0),
    code_norm            TEXT    NOT NULL,   -- upper-cased, trimmed: how exports are matched
    UNIQUE (campaign_partner_id, code_norm)
) STRICT;
CREATE INDEX promo_codes_norm ON promo_codes (code_norm);

CREATE TABLE posts (
    id                   INTEGER PRIMARY KEY,
    campaign_partner_id  INTEGER NOT NULL REFERENCES campaign_partners (id) ON DELETE CASCADE,
    platform             TEXT    NOT NULL
                         CHECK (platform IN ('instagram','tiktok','youtube','facebook','x','strava','discord','other')),
    url                  TEXT,
    posted_at            TEXT    NOT NULL,
    followers_at_post    INTEGER CHECK (followers_at_post >= 0),
    reach                INTEGER CHECK (reach >= 0),
    likes                INTEGER NOT NULL DEFAULT 0 CHECK (likes >= 0),
    comments             INTEGER NOT NULL DEFAULT 0 CHECK (comments >= 0),
    shares               INTEGER NOT NULL DEFAULT 0 CHECK (shares >= 0),
    saves                INTEGER NOT NULL DEFAULT 0 CHECK (saves >= 0),
    clicks               INTEGER NOT NULL DEFAULT 0 CHECK (clicks >= 0),
    created_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX posts_campaign_partner ON posts (campaign_partner_id);

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    kind           TEXT    NOT NULL DEFAULT 'file' CHECK (kind IN ('file','demo')),
    file_name      TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    preset         TEXT    NOT NULL,
    encoding       TEXT,
    delimiter      TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    rows_imported  INTEGER NOT NULL DEFAULT 0,
    rows_skipped   INTEGER NOT NULL DEFAULT 0,
    errors         TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(errors)),
    started_at     TEXT    NOT NULL,
    finished_at    TEXT,
    undone_at      TEXT
) STRICT;

CREATE TABLE sales (
    id               INTEGER PRIMARY KEY,
    batch_id         INTEGER NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
    source           TEXT    NOT NULL,
    external_id      TEXT    NOT NULL,
    placed_at        TEXT    NOT NULL,
    local_day        TEXT    NOT NULL,   -- placed_at as a calendar day in the shop's time zone
    channel          TEXT    NOT NULL DEFAULT 'online' CHECK (channel IN ('online','in_store','other')),
    location         TEXT,
    currency         TEXT    NOT NULL,
    gross_minor      INTEGER NOT NULL,
    discounts_minor  INTEGER NOT NULL DEFAULT 0,
    shipping_minor   INTEGER NOT NULL DEFAULT 0,
    tax_minor        INTEGER NOT NULL DEFAULT 0,
    refunds_minor    INTEGER NOT NULL DEFAULT 0,
    net_minor        INTEGER NOT NULL GENERATED ALWAYS AS (gross_minor - discounts_minor - refunds_minor) STORED,
    customer_key     TEXT,               -- salted SHA-256 of the normalized email or customer id
    cancelled        INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    UNIQUE (source, external_id)
) STRICT;
CREATE INDEX sales_local_day ON sales (local_day);
CREATE INDEX sales_customer ON sales (customer_key, placed_at);
CREATE INDEX sales_batch ON sales (batch_id);

CREATE TABLE sale_codes (
    sale_id    INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    code_norm  TEXT    NOT NULL,
    PRIMARY KEY (sale_id, code_norm)
) STRICT;
CREATE INDEX sale_codes_norm ON sale_codes (code_norm);

CREATE TABLE line_items (
    id                INTEGER PRIMARY KEY,
    sale_id           INTEGER NOT NULL REFERENCES sales (id) ON DELETE CASCADE,
    sku               TEXT,
    name              TEXT    NOT NULL,
    quantity          INTEGER NOT NULL,
    unit_price_minor  INTEGER NOT NULL,
    discount_minor    INTEGER NOT NULL DEFAULT 0,
    cost_minor        INTEGER        -- unit cost, when the export knows it
) STRICT;
CREATE INDEX line_items_sale ON line_items (sale_id);

-- In-store code uses typed in from a till that has no export.
CREATE TABLE manual_redemptions (
    id                   INTEGER PRIMARY KEY,
    campaign_partner_id  INTEGER NOT NULL REFERENCES campaign_partners (id) ON DELETE RESTRICT,
    day                  TEXT    NOT NULL,
    count                INTEGER NOT NULL CHECK (count > 0),
    amount_minor         INTEGER NOT NULL CHECK (amount_minor >= 0),
    note                 TEXT    NOT NULL DEFAULT '',
    created_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX manual_redemptions_cp ON manual_redemptions (campaign_partner_id, day);
