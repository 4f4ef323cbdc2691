"""Names listed together are places of one kind: "Alabama, Arizona, ..., Oregon, Washington and Wyoming"
are states, so Oregon is the state and not the town in Ohio that the list's "Ohio" would otherwise vouch
for; "France, Germany and Jordan" are countries.

`enumerations` marks the mentions that a list joins (only commas, "and", "or", "&" or "/" between them);
`kind_hints` gives a listed mention the kind most of the list's other names have on their own priors, when
it has no hint of its own and one of its senses is of that kind.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from newsledger.geo.mentions import Mention

JOINERS = frozenset({",", "and", "or", "&", "/", ";"})
MIN_ITEMS = 3
MIN_SHARE = 2 / 3


def enumerations(mentions: Sequence[Mention], docs: Sequence[Doc]) -> list[Mention]:
    """The mentions (in section and text order) with `enumeration` set on those a list joins: the index
    of the list's first mention, shared by all its items."""
    out = list(mentions)
    start = 0
    for i in range(1, len(out) + 1):
        if i < len(out) and joined(out[i - 1], out[i], docs):
            continue
        if i - start >= MIN_ITEMS:
            for k in range(start, i):
                out[k] = dataclasses.replace(out[k], enumeration=start)
        start = i
    return out


def joined(a: Mention, b: Mention, docs: Sequence[Doc]) -> bool:
    if a.section != b.section or b.start <= a.end:
        return False
    between = docs[a.section][a.end : b.start]
    return len(between) <= 2 and all(t.lower_ in JOINERS for t in between)


def kind_hints(mentions: Sequence[Mention], kind_of: Callable[[Mention], str | None]) -> list[Mention]:
    """Each listed mention without a hint of its own takes the kind (`kind_of` of the others: "admin1",
    "region", "settlement", "country") that at least two thirds of its list's other names have."""
    lists: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.enumeration is not None:
            lists.setdefault(m.enumeration, []).append(i)
    kinds = {i: kind_of(mentions[i]) for items in lists.values() for i in items}
    out = list(mentions)
    for items in lists.values():
        for i in items:
            if out[i].feature_hint is not None:
                continue
            votes = Counter(kinds[j] for j in items if j != i)
            kind, count = votes.most_common(1)[0]
            if kind is not None and count >= MIN_SHARE * (len(items) - 1):
                out[i] = dataclasses.replace(out[i], feature_hint=kind)
    return out
