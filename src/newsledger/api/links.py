"""Corroboration and contradictions of statements (quotes and claims), read from the link tables.

A statement is `(doc_id, kind, idx)`. A claim made by a quote *is* that quote's statement
(`newsledger.link` clusters the quote, not its claim), so claims are looked up by
`statement_key`. Corroboration counts the *other* documents in the statement's cluster.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from newsledger.api.db import Database

Key = tuple[str, str, int]
MAX_LISTED = 20  # corroborating documents listed per statement (the count is exact)

# SQL for a statement's corroboration, given SQL expressions for its doc_id, kind and idx.
CORROBORATION = (
    "(SELECT count(DISTINCT m.doc_id) FROM statement_clusters s JOIN statement_clusters m "
    "ON m.cluster_id = s.cluster_id WHERE s.doc_id = {doc} AND s.kind = {kind} AND s.idx = {idx} "
    "AND m.doc_id != s.doc_id)"
)
CONTRADICTED = (
    "EXISTS (SELECT 1 FROM contradictions x WHERE "
    "(x.a_doc_id = {doc} AND x.a_kind = {kind} AND x.a_idx = {idx}) OR "
    "(x.b_doc_id = {doc} AND x.b_kind = {kind} AND x.b_idx = {idx}))"
)
_SIDE = (
    "SELECT x.{me}_doc_id AS doc_id, x.{me}_kind AS kind, x.{me}_idx AS idx, "
    "x.{other}_doc_id AS other_doc, x.{other}_kind AS other_kind, x.{other}_idx AS other_idx, "
    "x.kind AS relation, x.strength, x.note, coalesce(q.text, c.text) AS text, "
    "coalesce(q.speaker, c.asserted_by) AS asserted_by, a.outlet, a.title "
    "FROM contradictions x "
    "LEFT JOIN quotes q ON x.{other}_kind = 'quote' "
    "AND q.doc_id = x.{other}_doc_id AND q.idx = x.{other}_idx "
    "LEFT JOIN claims c ON x.{other}_kind = 'claim' "
    "AND c.doc_id = x.{other}_doc_id AND c.idx = x.{other}_idx "
    "LEFT JOIN articles a ON a.doc_id = x.{other}_doc_id "
    "WHERE x.{me}_doc_id IN ({marks})"
)


def statement_key(doc_id: str, kind: str, idx: int, quote_idx: int | None = None) -> Key:
    """The statement a quote or claim stands for (a quoted claim is its quote)."""
    if kind == "claim" and quote_idx is not None:
        return (doc_id, "quote", quote_idx)
    return (doc_id, kind, idx)


def sql_for(template: str, *, doc: str, kind: str, idx: str) -> str:
    return template.format(doc=doc, kind=kind, idx=idx)


def statement_links(db: Database, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """For each key: `corroboration`, `corroborated_by` (documents) and `contradictions`."""
    wanted = set(keys)
    docs = sorted({k[0] for k in wanted})
    out: dict[Key, dict[str, Any]] = {
        k: {"corroboration": 0, "corroborated_by": [], "contradictions": []} for k in wanted
    }
    if not docs:
        return out
    marks = ", ".join("?" * len(docs))
    by_key: dict[Key, dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in db.rows(
        "SELECT s.doc_id, s.kind, s.idx, m.doc_id AS other, a.outlet, a.title "
        "FROM statement_clusters s JOIN statement_clusters m ON m.cluster_id = s.cluster_id "
        f"LEFT JOIN articles a ON a.doc_id = m.doc_id WHERE s.doc_id IN ({marks}) AND m.doc_id != s.doc_id "
        "ORDER BY m.doc_id",
        docs,
    ):
        key = (r["doc_id"], r["kind"], r["idx"])
        if key in wanted:
            by_key[key][r["other"]] = {"doc_id": r["other"], "outlet": r["outlet"], "title": r["title"]}
    for key, others in by_key.items():
        out[key]["corroboration"] = len(others)
        out[key]["corroborated_by"] = list(others.values())[:MAX_LISTED]
    for me, other in (("a", "b"), ("b", "a")):
        for r in db.rows(_SIDE.format(me=me, other=other, marks=marks), docs):
            key = (r["doc_id"], r["kind"], r["idx"])
            if key in wanted:
                out[key]["contradictions"].append(_contradiction(r))
    return out


def _contradiction(row: Any) -> dict[str, Any]:
    return {
        "doc_id": row["other_doc"],
        "kind": row["other_kind"],
        "idx": row["other_idx"],
        "text": row["text"],
        "asserted_by": row["asserted_by"],
        "outlet": row["outlet"],
        "title": row["title"],
        "relation": row["relation"],
        "strength": row["strength"],
        "note": row["note"],
    }
