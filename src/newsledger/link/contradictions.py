"""Statements that disagree, with how sure we are of it.

Three rules, each explainable to a user:

* explicit: the text flags it ("a conflicting report in the New York Times said ...",
  "contradicting", "disputed"): the flagged statement against the nearest earlier
  statement of another asserter in the same document;
* stance: in one cross-document cluster, one asserter denies what another asserts;
* numeric: in one cluster, the same statement with numbers that differ by more than 25%.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from newsledger.link.statements import Member, Statement
from newsledger.model import Record

EXPLICIT = re.compile(r"\b(conflicting|contradict\w*|disput\w+|contrary to|at odds with|refut\w+)\b", re.I)
_NUMBER = re.compile(r"\d[\d,.]*")


@dataclass(frozen=True, slots=True, kw_only=True)
class Contradiction:
    a: Statement
    b: Statement
    kind: str  # factual | stance | numeric
    strength: str  # explicit | strong | weak
    note: str


def find_contradictions(
    records: list[Record], statements: list[Statement], members: list[Member]
) -> list[Contradiction]:
    found = explicit_contradictions(records, statements) + cluster_contradictions(members)
    unique = {(c.a.doc_id, c.a.kind, c.a.idx, c.b.doc_id, c.b.kind, c.b.idx): c for c in found}
    return list(unique.values())


def explicit_contradictions(records: list[Record], statements: list[Statement]) -> list[Contradiction]:
    by_doc: dict[str, list[Statement]] = defaultdict(list)
    for s in statements:
        by_doc[s.doc_id].append(s)
    out = []
    for record in records:
        if record.article is None:
            continue
        ordered = sorted(by_doc.get(record.doc_id, []), key=lambda s: _start(record, s))
        for i, b in enumerate(ordered):
            sentence = _sentence_before(record, b)
            marker = EXPLICIT.search(sentence)
            if not marker:
                continue
            earlier = [a for a in ordered[:i] if a.asserted_by != b.asserted_by]
            if earlier:
                out.append(
                    Contradiction(
                        a=earlier[-1],
                        b=b,
                        kind="factual",
                        strength="explicit",
                        note=f"the article flags it: {marker.group(0)!r}",
                    )
                )
    return out


def cluster_contradictions(members: list[Member]) -> list[Contradiction]:
    clusters: dict[int, list[Statement]] = defaultdict(list)
    for m in members:
        clusters[m.cluster_id].append(m.statement)
    out = []
    for group in clusters.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.doc_id == b.doc_id or a.asserted_by == b.asserted_by:
                    continue
                if (a.stance == "deny") != (b.stance == "deny"):
                    out.append(
                        Contradiction(
                            a=a,
                            b=b,
                            kind="stance",
                            strength="strong",
                            note=f"{_who(a)} and {_who(b)} take opposite stances",
                        )
                    )
                elif _numbers_disagree(a.text, b.text):
                    out.append(
                        Contradiction(
                            a=a,
                            b=b,
                            kind="numeric",
                            strength="strong",
                            note="the same statement with different numbers",
                        )
                    )
    return out


def _numbers_disagree(a: str, b: str) -> bool:
    na, nb = _numbers(a), _numbers(b)
    if not na or not nb or len(na) != len(nb):
        return False
    return any(abs(x - y) > 0.25 * max(x, y) for x, y in zip(sorted(na), sorted(nb), strict=True))


def _numbers(text: str) -> list[float]:
    values = []
    for match in _NUMBER.findall(text):
        try:
            values.append(float(match.replace(",", "").rstrip(".")))
        except ValueError:
            continue
    return values


def _who(s: Statement) -> str:
    return s.asserted_by if s.asserted_by != "outlet" else "the outlet"


def _start(record: Record, s: Statement) -> tuple[int, int]:
    item = record.quotes[s.idx] if s.kind == "quote" else record.claims[s.idx]
    caption = item.caption if item.caption is not None else -1
    return (caption, item.span.start)


def _sentence_before(record: Record, s: Statement) -> str:
    """The text of the statement's attribution: where a flag like "a conflicting report" sits."""
    assert record.article is not None
    item = record.quotes[s.idx] if s.kind == "quote" else record.claims[s.idx]
    text = record.article.section_text(item.caption)
    start = text.rfind(".", 0, item.span.start) + 1
    return text[start : item.span.end]
