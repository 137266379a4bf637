-- Version 8: "How did you hear about us?". The customer's answer as the order's export had it (a survey
-- app's order attribute, the order note), trimmed, and its matching form (lower case, spaces collapsed, by
-- the core); the owner's reading of each answer: the partner it names, or none ("Google", "walked by").
ALTER TABLE sales ADD COLUMN said TEXT;
ALTER TABLE sales ADD COLUMN said_norm TEXT;
CREATE INDEX sales_said ON sales (said_norm, local_day) WHERE said_norm IS NOT NULL;

CREATE TABLE survey_answers (
    answer_norm  TEXT    PRIMARY KEY,
    -- NULL: the owner read it and it names no partner.
    partner_id   INTEGER REFERENCES partners (id) ON DELETE CASCADE,
    mapped_at    TEXT    NOT NULL
) STRICT;

-- A till tally of what customers said (day, partner, count, amount) is a typed-in redemption marked so: it
-- counts as "customer said", not as a code used at the till, and owes no commission.
ALTER TABLE manual_redemptions ADD COLUMN said INTEGER NOT NULL DEFAULT 0 CHECK (said IN (0, 1));
