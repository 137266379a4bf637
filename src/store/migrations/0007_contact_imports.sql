-- Version 7: partners brought in from a spreadsheet, each import kept so it can be undone exactly.
-- `undo` holds what the import created (partners, accounts, follower readings) and what it replaced (a
-- partner's fields, a reading of the same day, an empty profile link), as JSON written and read by the store.
CREATE TABLE contact_imports (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL DEFAULT 'partners' CHECK (kind IN ('partners', 'posts')),
    file_name         TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    partners_new      INTEGER NOT NULL DEFAULT 0,
    partners_updated  INTEGER NOT NULL DEFAULT 0,
    undo              TEXT    NOT NULL CHECK (json_valid(undo)),
    imported_at       TEXT    NOT NULL,
    undone_at         TEXT
) STRICT;
