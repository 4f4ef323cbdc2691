"""Find temporal expressions in plain text: every pattern, longest match first, prefixes and ranges.

`scan(text)` is text-only and cheap (a few dozen regular expressions over the section). The
parse-aware filters that drop false friends ("May" the verb, "June" a name, "2000 troops") live in
`temporal.find`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from newsledger.temporal.patterns import (
    COMPILED,
    JOINED_PREFIXES,
    MODIFIER_PREFIXES,
    PREFIX_RE,
    RANGE_JOIN_RE,
)

# Kinds a "since"/"in"/"over"/"for" before them joins; other kinds leave the word outside the span.
_JOINS = {
    "in": {"month", "year", "decade", "season", "early_hours", "date"},
    "over": {"season", "duration", "window"},
    "for": {"duration"},
}
DATE_KINDS = frozenset(
    {"iso_date", "numeric_date", "date", "month", "year", "decade", "weekday", "deictic", "period", "weekend",
     "holiday", "season", "war"}
)  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class Mention:
    """One temporal expression: its span, kind, the named parts of its match and a modifier.

    Compared by identity: two mentions with the same text at different places are different.
    """

    start: int
    end: int
    kind: str
    fields: Mapping[str, str] = field(default_factory=dict)
    modifier: str | None = None  # since, until, by, before, after, from
    until: Mention | None = None  # the second end of a range ("from 2014 to 2022")

    def get(self, name: str) -> str | None:
        return self.fields.get(name)


def scan(text: str) -> list[Mention]:
    """Every temporal expression in `text`, in text order, overlaps resolved for the longest."""
    found: list[Mention] = []
    for kind, trigger, regex in COMPILED:
        seen: set[tuple[int, int]] = set()
        for hit in trigger.finditer(text):
            lo, hi = max(0, hit.start() - _BEFORE), min(len(text), hit.end() + _AFTER)
            for match in regex.finditer(text, lo, hi):
                if match.start() <= hit.start() < match.end() and match.span() not in seen:
                    seen.add(match.span())
                    fields = {k: v for k, v in match.groupdict().items() if v}
                    found.append(Mention(match.start(), match.end(), kind, fields))
    chosen = _longest_first(found)
    prefixed = [_with_prefix(text, m) for m in chosen]
    return _merge(text, _merge(text, prefixed, _with_year), _as_range)


_BEFORE, _AFTER = 80, 60  # how far a match may reach either side of its trigger word


def _longest_first(found: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping matches (the earlier pattern on a tie), in text order."""
    order = {kind: i for i, (kind, _, _) in enumerate(COMPILED)}
    found.sort(key=lambda m: (m.start - m.end, order[m.kind], m.start))
    starts: list[int] = []
    kept: list[Mention] = []
    for mention in found:
        i = bisect.bisect_left(starts, mention.start)
        if i > 0 and kept[i - 1].end > mention.start:
            continue
        if i < len(kept) and kept[i].start < mention.end:
            continue
        starts.insert(i, mention.start)
        kept.insert(i, mention)
    return kept


def _with_prefix(text: str, mention: Mention) -> Mention:
    """ "since late July" joins its "since"; "until 2029" keeps "until" as its modifier only."""
    match = PREFIX_RE.search(text, max(0, mention.start - 12), mention.start)
    if not match:
        return mention
    word = match.group("word").lower()
    modifier = MODIFIER_PREFIXES.get(word)
    joins = word == "since" or mention.kind in _JOINS.get(word, set())
    if word in JOINED_PREFIXES and joins:
        return replace(mention, start=match.start(), modifier=modifier)
    return replace(mention, modifier=modifier) if modifier else mention


def _merge(
    text: str, mentions: list[Mention], join: Callable[[str, Mention, Mention], Mention | None]
) -> list[Mention]:
    """Fold each mention into the one before it wherever `join` makes one mention of the two."""
    out: list[Mention] = []
    for mention in mentions:
        joined = join(text, out[-1], mention) if out else None
        if joined is None:
            out.append(mention)
        else:
            out[-1] = joined
    return out


def _with_year(text: str, first: Mention, second: Mention) -> Mention | None:
    """ "13 November last year", "in March next year": the day or month takes that year."""
    if (
        first.kind in {"date", "month"}
        and not first.get("year")
        and second.kind == "period"
        and (second.get("period") or "").lower() == "year"
        and (second.get("rel") or "").lower() in {"last", "next", "this"}
        and not second.get("edge")
        and text[first.end : second.start].strip(" ,") == ""
    ):
        return replace(
            first, end=second.end, fields={**first.fields, "year_rel": second.fields["rel"].lower()}
        )
    return None


def _as_range(text: str, first: Mention, second: Mention) -> Mention | None:
    """ "from 2014 to 2022", "between March and May", "2014-2022": one mention with an `until` end."""
    if (
        first.kind in DATE_KINDS
        and second.kind in DATE_KINDS
        and first.modifier in {"from", None}
        and RANGE_JOIN_RE.fullmatch(text[first.end : second.start])
        and _opens_range(text, first, second)
    ):
        return replace(first, end=second.end, until=second, modifier="from")
    return None


def _opens_range(text: str, first: Mention, second: Mention) -> bool:
    joiner = text[first.end : second.start].strip().lower()
    if joiner == "and":
        return text[max(0, first.start - 8) : first.start].strip().lower().endswith("between")
    return first.modifier == "from" or (joiner in {"-", "–"} and first.kind == second.kind)
