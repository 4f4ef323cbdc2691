"""Story clusters: documents that tell the same story (syndicated copies, rewrites of one wire report).

Articles are compared as sets of word 5-shingles with MinHash LSH; a pair at Jaccard
0.3 or more joins one cluster (connected components). Only clusters of two or more
documents are kept.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsledger.link.similar import shingles, similar_groups
from newsledger.model import Record

THRESHOLD = 0.3


def story_clusters(records: Iterable[Record], *, threshold: float = THRESHOLD) -> dict[str, int]:
    """doc_id -> cluster id, for documents that share a story with another."""
    ids: list[str] = []
    sets: list[set[str]] = []
    for record in records:
        if record.article is not None:
            ids.append(record.doc_id)
            sets.append(shingles(record.article.text, n=5))
    groups = similar_groups(sets, threshold=threshold)
    return {ids[i]: n for n, group in enumerate(groups, start=1) for i in group}
