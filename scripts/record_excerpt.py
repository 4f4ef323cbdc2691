"""Print an excerpt of a newsledger/1 record: the article's metadata and one item of each kind.

    newsledger process examples/dailymail-2022-11-11-kherson.txt | python scripts/record_excerpt.py

Pick items with --quote, --place, --time, --quantity, --event (a word the item's text must
contain); the README's sample is this script's output on the seed (tests/test_docs.py checks it).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def first(items: list[dict[str, Any]], word: str, field: str = "text") -> dict[str, Any] | None:
    return next((i for i in items if word in (i.get(field) or "")), items[0] if items else None)


def excerpt(record: dict[str, Any], picks: argparse.Namespace) -> dict[str, Any]:
    article = record["article"] or {}
    return {
        "schema": record["schema"],
        "doc_id": record["doc_id"],
        "article": {k: article.get(k) for k in ("title", "outlet", "authors", "published", "language")}
        | {
            "text": f"{len(article.get('text', ''))} characters",
            "captions": len(article.get("captions", [])),
        },
        "counts": {
            k: len(record[k])
            for k in ("entities", "quotes", "places", "times", "quantities", "events", "claims", "errors")
        },
        "quotes[i]": first(record["quotes"], picks.quote),
        "places[i]": first(record["places"], picks.place),
        "times[i]": first(record["times"], picks.time),
        "quantities[i]": first(record["quantities"], picks.quantity),
        "events[i]": first(record["events"], picks.event, "trigger"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quote", default="Kherson remains part")
    parser.add_argument("--place", default="Snihurivka")
    parser.add_argument("--time", default="Thursday evening")
    parser.add_argument("--quantity", default="300 marines")
    parser.add_argument("--event", default="liberated")
    picks = parser.parse_args()
    record = json.loads(sys.stdin.readline())
    fields = excerpt(record, picks)
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items()]
    print("{\n" + ",\n".join(lines) + "\n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
