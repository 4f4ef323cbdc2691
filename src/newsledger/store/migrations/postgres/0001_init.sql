-- PostgreSQL extras to schema 1 (applied after the translated SQLite migration 0001_init.sql):
-- tsvector search instead of FTS5, a plain position index instead of the R-tree.

CREATE INDEX events_position ON events(latitude, longitude);

ALTER TABLE articles ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED;
CREATE INDEX articles_search ON articles USING gin(search);

CREATE TABLE statements (
    doc_id       TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    idx          INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    text         TEXT NOT NULL,
    asserted_by  TEXT NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('simple', text || ' ' || asserted_by)) STORED,
    PRIMARY KEY (doc_id, kind, idx)
);
CREATE INDEX statements_search ON statements USING gin(search);
