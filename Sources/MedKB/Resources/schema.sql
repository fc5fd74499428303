-- medkb knowledge base, schema version 1.
-- Applied by DatabaseMigrator (migration "v1"); offsets count Unicode scalars
-- of document.text, end exclusive.

CREATE TABLE document (
    id          TEXT PRIMARY KEY,          -- lowercase hex SHA-256 of the imported bytes
    source      TEXT NOT NULL,             -- the path or URL it was imported from, as given
    kind        TEXT NOT NULL,             -- epar-overview, guideline
    language    TEXT NOT NULL,             -- ISO 639-1
    title       TEXT,
    text        TEXT NOT NULL,             -- the normalised text evidence points into
    stated_date TEXT,                      -- the date the document gives itself (ISO 8601), if any
    imported_at TEXT NOT NULL              -- ISO 8601, UTC
);

CREATE TABLE section (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    heading     TEXT,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);

-- Full-text search over sections; the medkb tokenizer folds case, diacritics and
-- the Danish letters (æ ae, ø oe, å aa) so that "KÆBEN", "kæben" and "kaeben" match.
CREATE VIRTUAL TABLE section_fts USING fts5(
    heading, text,
    content = 'section', content_rowid = 'id',
    tokenize = 'medkb'
);
CREATE TRIGGER section_ai AFTER INSERT ON section BEGIN
    INSERT INTO section_fts(rowid, heading, text) VALUES (new.id, new.heading, new.text);
END;
CREATE TRIGGER section_ad AFTER DELETE ON section BEGIN
    INSERT INTO section_fts(section_fts, rowid, heading, text) VALUES ('delete', old.id, old.heading, old.text);
END;

CREATE TABLE product (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL UNIQUE COLLATE NOCASE,
    active_substances    TEXT NOT NULL DEFAULT '[]',   -- JSON array of INNs
    biosimilar           INTEGER,                       -- 1, 0 or NULL when no document says
    generic              INTEGER,
    reference_product_id INTEGER REFERENCES product(id)
);

CREATE TABLE fact (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    product_id  INTEGER REFERENCES product(id),
    ordinal     INTEGER NOT NULL,
    type        TEXT NOT NULL,
    product     TEXT,                      -- the product as the document names it
    fields      TEXT NOT NULL,             -- JSON object of the type's own fields, in contract order
    section     TEXT,
    quote       TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    CHECK ("end" >= start)
);
CREATE INDEX fact_document ON fact(document_id, ordinal);
CREATE INDEX fact_product ON fact(product_id, type);
