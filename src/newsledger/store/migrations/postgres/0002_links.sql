-- schema 2: cross-document links, rebuilt by `newsledger link` over the whole store.
-- A statement is a quote or a claim of one document: (doc_id, kind, idx).

CREATE TABLE statement_clusters (
    cluster_id  INTEGER NOT NULL,
    doc_id      TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('quote', 'claim')),
    idx         INTEGER NOT NULL,
    similarity  DOUBLE PRECISION NOT NULL,                -- to the cluster's first statement
    PRIMARY KEY (doc_id, kind, idx)
);
CREATE INDEX statement_clusters_cluster ON statement_clusters(cluster_id);

CREATE TABLE contradictions (
    a_doc_id   TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    a_kind     TEXT NOT NULL,
    a_idx      INTEGER NOT NULL,
    b_doc_id   TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    b_kind     TEXT NOT NULL,
    b_idx      INTEGER NOT NULL,
    kind       TEXT NOT NULL,                 -- factual | stance | numeric | temporal
    strength   TEXT NOT NULL,                 -- explicit | strong | weak
    note       TEXT,
    PRIMARY KEY (a_doc_id, a_kind, a_idx, b_doc_id, b_kind, b_idx)
);

CREATE TABLE story_clusters (
    cluster_id  INTEGER NOT NULL,
    doc_id      TEXT PRIMARY KEY REFERENCES documents(doc_id) ON DELETE CASCADE
);
CREATE INDEX story_clusters_cluster ON story_clusters(cluster_id);
