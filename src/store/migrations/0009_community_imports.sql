-- Version 9: community spreadsheets are undone like partner spreadsheets and posts exports: the imports'
-- kind may say so (SQLite cannot change a CHECK: the table is made again with its rows).
CREATE TABLE contact_imports_9 (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL DEFAULT 'partners' CHECK (kind IN ('partners', 'posts', 'communities')),
    file_name         TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    partners_new      INTEGER NOT NULL DEFAULT 0,
    partners_updated  INTEGER NOT NULL DEFAULT 0,
    undo              TEXT    NOT NULL CHECK (json_valid(undo)),
    imported_at       TEXT    NOT NULL,
    undone_at         TEXT
) STRICT;
INSERT INTO contact_imports_9 SELECT id, kind, file_name, sha256, partners_new, partners_updated, undo, imported_at,
    undone_at FROM contact_imports;
DROP TABLE contact_imports;
ALTER TABLE contact_imports_9 RENAME TO contact_imports;
