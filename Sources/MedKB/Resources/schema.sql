-- medkb knowledge base. Each "-- migration: NAME" line starts one migration, applied
-- once and in order by GRDB's DatabaseMigrator; a migration is never edited after it
-- has shipped, later changes come as new migrations below. Offsets count Unicode
-- scalars of document.text, end exclusive.

-- migration: v1

CREATE TABLE document (
    id          TEXT PRIMARY KEY,          -- lowercase hex SHA-256 of the imported bytes
    source      TEXT NOT NULL,             -- the path or URL it was imported from, as given
    kind        TEXT NOT NULL,             -- epar-overview, guideline, catalogue-entry
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

-- migration: v2
-- The EMA medicines catalogue. A product is one medicine however many sources describe
-- it: matched on its EMA product number, else on its folded name. Names are no longer
-- unique (the catalogue lists a refused and a later authorised "Cimzia").

CREATE TABLE catalogue (
    id          TEXT PRIMARY KEY,          -- SHA-256 of the workbook
    source      TEXT NOT NULL,
    layout      TEXT NOT NULL,             -- medicines-report (2025 on), epar-report (up to 2018)
    export_date TEXT NOT NULL,             -- ISO 8601, from the lines above the header
    fields      TEXT NOT NULL,             -- JSON array of the fields its layout has
    imported_at TEXT NOT NULL
);

CREATE TABLE product_v2 (
    id                            INTEGER PRIMARY KEY,
    name                          TEXT NOT NULL COLLATE NOCASE,
    name_key                      TEXT NOT NULL,      -- lowercase letters and digits, diacritics folded
    ema_product_number            TEXT UNIQUE,        -- EMEA/H/C/001120
    category                      TEXT,               -- human, veterinary
    status                        TEXT,               -- Authorised, Withdrawn, Refused, ... as EMA words it
    inn                           TEXT,
    active_substances             TEXT NOT NULL DEFAULT '[]',
    atc                           TEXT,
    therapeutic_area              TEXT,
    biosimilar                    INTEGER,
    generic                       INTEGER,            -- generic or hybrid
    orphan                        INTEGER,
    conditional_approval          INTEGER,
    additional_monitoring         INTEGER,
    holder                        TEXT,
    authorisation_date            TEXT,
    withdrawal_date               TEXT,
    revision                      INTEGER,
    url                           TEXT,
    catalogue_id                  TEXT REFERENCES catalogue(id),  -- the newest export listing it, source of the fields above
    reference_product_id          INTEGER REFERENCES product(id), -- as a document states it
    inferred_reference_product_id INTEGER REFERENCES product(id), -- as medkb infers it from the catalogue
    inferred_reference_basis      TEXT                            -- why, in words
);
INSERT INTO product_v2 (id, name, name_key, active_substances, biosimilar, generic, reference_product_id)
    SELECT id, name, lower(name), active_substances, biosimilar, generic, reference_product_id FROM product;
DROP TABLE product;
ALTER TABLE product_v2 RENAME TO product;
CREATE INDEX product_name_key ON product(name_key);

-- One row of one export: the product it is, the document holding its text (the
-- indication facts point into it) and its values, for the changes between exports.
CREATE TABLE catalogue_entry (
    catalogue_id TEXT NOT NULL REFERENCES catalogue(id) ON DELETE CASCADE,
    "row"        INTEGER NOT NULL,
    product_id   INTEGER NOT NULL REFERENCES product(id),
    document_id  TEXT NOT NULL REFERENCES document(id),
    fields       TEXT NOT NULL,            -- JSON object of the row's values by field
    PRIMARY KEY (catalogue_id, "row")
);
CREATE INDEX catalogue_entry_product ON catalogue_entry(product_id);

-- migration: v3
-- Documents read from PDF (kind smpc, or an overview saved as PDF): the page each page's
-- text starts and ends at, and the page each fact's quote starts on.
CREATE TABLE document_page (
    document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    page        INTEGER NOT NULL,          -- 1-based, as printed by a PDF reader
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    PRIMARY KEY (document_id, page)
);

ALTER TABLE fact ADD COLUMN page INTEGER;  -- null for documents without pages

-- migration: v4
-- Name suggestions ("Ozvyrti" for "Osvyrti") look a name up by its three-letter pieces
-- instead of comparing it with every product: the folded name padded as '^^key$$' and cut
-- into trigrams, kept by triggers. A name within k edits of another shares all but at most
-- 4k of its trigrams (an edit touches three, swapping two letters four), so candidates are
-- the products sharing enough of them.
CREATE TABLE gram_position (n INTEGER PRIMARY KEY);
INSERT INTO gram_position (n)
    WITH RECURSIVE counter(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < 300)
    SELECT n FROM counter;

CREATE TABLE product_name_gram (
    gram       TEXT NOT NULL,
    length     INTEGER NOT NULL,           -- of the folded name, so that lookups skip names too long or short
    product_id INTEGER NOT NULL,
    PRIMARY KEY (gram, length, product_id)
) WITHOUT ROWID;
CREATE INDEX product_name_gram_product ON product_name_gram(product_id);

INSERT OR IGNORE INTO product_name_gram (gram, length, product_id)
    SELECT substr('^^' || name_key || '$$', n, 3), length(name_key), id
    FROM product JOIN gram_position ON n <= length(name_key) + 2;

CREATE TRIGGER product_name_gram_ai AFTER INSERT ON product BEGIN
    INSERT OR IGNORE INTO product_name_gram (gram, length, product_id)
        SELECT substr('^^' || new.name_key || '$$', n, 3), length(new.name_key), new.id
        FROM gram_position WHERE n <= length(new.name_key) + 2;
END;
CREATE TRIGGER product_name_gram_au AFTER UPDATE OF name_key ON product WHEN old.name_key IS NOT new.name_key BEGIN
    DELETE FROM product_name_gram WHERE product_id = old.id;
    INSERT OR IGNORE INTO product_name_gram (gram, length, product_id)
        SELECT substr('^^' || new.name_key || '$$', n, 3), length(new.name_key), new.id
        FROM gram_position WHERE n <= length(new.name_key) + 2;
END;
CREATE TRIGGER product_name_gram_ad AFTER DELETE ON product BEGIN
    DELETE FROM product_name_gram WHERE product_id = old.id;
END;

-- migration: v5
-- The active substances an import of many files touched, recorded with each batch until its
-- end infers their biosimilars' references again: an import stopped before then leaves them
-- to the next import.
CREATE TABLE pending_reference_inference (
    substances TEXT PRIMARY KEY            -- JSON array of INNs, sorted
);

-- migration: v6
-- Search finds the sections of a substance's products by their names ("denosumab" finds
-- the Prolia sections that say only "Prolia"): each product's active substances, one row
-- each and lowercase, kept by triggers, since no index reaches into the JSON array.
CREATE TABLE product_substance (
    substance  TEXT NOT NULL,
    product_id INTEGER NOT NULL,
    PRIMARY KEY (substance, product_id)
) WITHOUT ROWID;
CREATE INDEX product_substance_product ON product_substance(product_id);

-- Every product's substances as its JSON array lists them; the triggers read one product's.
CREATE VIEW product_substance_listed AS
    SELECT lower(trim(s.value)) AS substance, p.id AS product_id
    FROM product p, json_each(CASE WHEN json_valid(p.active_substances) THEN p.active_substances ELSE '[]' END) s
    WHERE s.type = 'text' AND trim(s.value) <> '';

INSERT OR IGNORE INTO product_substance (substance, product_id) SELECT substance, product_id FROM product_substance_listed;

CREATE TRIGGER product_substance_ai AFTER INSERT ON product BEGIN
    INSERT OR IGNORE INTO product_substance (substance, product_id)
        SELECT substance, product_id FROM product_substance_listed WHERE product_id = new.id;
END;
CREATE TRIGGER product_substance_au AFTER UPDATE OF active_substances ON product
WHEN old.active_substances IS NOT new.active_substances BEGIN
    DELETE FROM product_substance WHERE product_id = old.id;
    INSERT OR IGNORE INTO product_substance (substance, product_id)
        SELECT substance, product_id FROM product_substance_listed WHERE product_id = new.id;
END;
CREATE TRIGGER product_substance_ad AFTER DELETE ON product BEGIN
    DELETE FROM product_substance WHERE product_id = old.id;
END;

-- migration: v7
-- Sections are indexed for search a batch at a time (KnowledgeBase.indexSections), not by a
-- trigger per row: FTS5 writes its pending terms out at every savepoint, and an import keeps
-- each document in a savepoint of its own, so a row trigger made a segment per document
-- (about half of what storing a document cost).
DROP TRIGGER section_ai;

-- migration: v8
-- Name suggestions read the folded names of the candidates the trigrams leave, a few thousand
-- products at 60,000, by id: from this index they are a few hundred pages, from the product
-- rows a page each.
CREATE INDEX product_name_key_by_id ON product(id, name_key);
