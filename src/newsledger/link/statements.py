"""Cross-document statement clusters: the same claim reported by several documents corroborates it.

A statement is a quote's content or a claim, keyed `(doc_id, kind, idx)`. Statements are
compared as sets of word 3-shingles (lower-cased, stop words kept, so "did not" stays
apart from "did"); MinHash LSH finds candidates in near-linear time and the exact
Jaccard similarity decides. A cluster is a connected component of pairs at or above
`threshold`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.link.similar import jaccard, shingles, similar_groups
from newsledger.model import Record


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    doc_id: str
    kind: str  # quote | claim
    idx: int
    text: str
    asserted_by: str
    stance: str | None = None  # the quote's cue stance, or the claim's hedge


@dataclass(frozen=True, slots=True, kw_only=True)
class Member:
    cluster_id: int
    statement: Statement
    similarity: float  # to the cluster's first statement


def statements(records: Iterable[Record]) -> list[Statement]:
    out = []
    for record in records:
        for i, q in enumerate(record.quotes):
            out.append(
                Statement(
                    doc_id=record.doc_id,
                    kind="quote",
                    idx=i,
                    text=q.text,
                    asserted_by=q.speaker.name or "unknown",
                    stance=q.cue.stance if q.cue else None,
                )
            )
        for i, c in enumerate(record.claims):
            if c.quote is None:  # a quote's claim is the quote itself
                out.append(
                    Statement(
                        doc_id=record.doc_id,
                        kind="claim",
                        idx=i,
                        text=c.text,
                        asserted_by=c.asserted_by,
                        stance=c.hedge,
                    )
                )
    return out


def cluster(items: list[Statement], *, threshold: float = 0.5) -> list[Member]:
    """Clusters with members from more than one document; singletons are left out."""
    sets = [shingles(s.text) for s in items]
    groups = similar_groups(sets, threshold=threshold, min_size=2)
    multi_doc = [g for g in groups if len({items[i].doc_id for i in g}) > 1]
    members = []
    for cluster_id, group in enumerate(multi_doc, start=1):
        head = sets[group[0]]
        members += [
            Member(cluster_id=cluster_id, statement=items[i], similarity=round(jaccard(head, sets[i]), 3))
            for i in group
        ]
    return members
