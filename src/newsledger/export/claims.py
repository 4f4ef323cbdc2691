"""Claims as schema.org JSON-LD: one `Claim` a statement, with who made it and where it appeared.

A fact-checker's `ClaimReview` needs a verdict, which newsledger does not give; these `Claim`
items are what a review would point to (`itemReviewed`). The outlet's own claims name the
outlet as author; quoted ones name the speaker. `newsledger:checkWorthy` and
`newsledger:hedge` carry our two extra fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsledger.model import OUTLET, Record

CONTEXT = {"@vocab": "https://schema.org/", "newsledger": "https://github.com/newsledger/newsledger#"}


def claim_items(records: Iterable[Record], *, min_check_worthy: float = 0.0) -> list[dict[str, Any]]:
    items = []
    for record in records:
        article = record.article
        if article is None:
            continue
        appearance = {
            "@type": "NewsArticle",
            "identifier": record.doc_id,
            "url": article.url or record.source.uri,
            "headline": article.title,
            "datePublished": article.published,
            "publisher": {"@type": "Organization", "name": article.outlet} if article.outlet else None,
        }
        for claim in record.claims:
            if claim.check_worthy < min_check_worthy:
                continue
            by_outlet = claim.asserted_by == OUTLET
            items.append(
                {
                    "@type": "Claim",
                    "text": claim.text,
                    "author": {
                        "@type": "Organization" if by_outlet else "Thing",
                        "name": (article.outlet or "the outlet") if by_outlet else claim.asserted_by,
                    },
                    "datePublished": article.published,
                    "appearance": {k: v for k, v in appearance.items() if v is not None},
                    "newsledger:checkWorthy": claim.check_worthy,
                    "newsledger:hedge": claim.hedge,
                }
            )
    return items


def json_ld(records: Iterable[Record], *, min_check_worthy: float = 0.0) -> dict[str, Any]:
    return {"@context": CONTEXT, "@graph": claim_items(records, min_check_worthy=min_check_worthy)}
