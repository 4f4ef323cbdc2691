"""Cross-document work on the store: story clusters, statement clusters (corroboration), contradictions.

`compute_links(records)` is pure; `newsledger link` (and `ingest`, unless `--no-link`)
rebuilds the link tables from every record in the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from newsledger.link.contradictions import Contradiction, find_contradictions
from newsledger.link.statements import Member, cluster, statements
from newsledger.link.stories import story_clusters
from newsledger.model import Record

__all__ = ["Contradiction", "Links", "Member", "compute_links"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Links:
    stories: dict[str, int]  # doc_id -> story cluster
    members: list[Member]  # statement clusters across documents
    contradictions: list[Contradiction]


def compute_links(records: Iterable[Record]) -> Links:
    found = [r for r in records if r.article is not None]
    items = statements(found)
    members = cluster(items)
    return Links(
        stories=story_clusters(found),
        members=members,
        contradictions=find_contradictions(found, items, members),
    )
