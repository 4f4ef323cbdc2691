"""Find temporal expressions in plain text: every pattern, longest match first, prefixes and ranges.

`scan(text)` is text-only and cheap (a few dozen regular expressions over the section). The
parse-aware filters that drop false friends ("May" the verb, "June" a name, "2000 troops") live in
`temporal.find`.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
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
    return _merge_ranges(text, _merge_years(text, [_with_prefix(text, m) for m in chosen]))


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


def _merge_years(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "13 November last year", "in March next year": the day or month takes that year."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in {"date", "month"}
            and not last.get("year")
            and mention.kind == "period"
            and (mention.get("period") or "").lower() == "year"
            and (mention.get("rel") or "").lower() in {"last", "next", "this"}
            and not mention.get("edge")
            and text[last.end : mention.start].strip(" ,") == ""
        ):
            fields = {**last.fields, "year_rel": mention.fields["rel"].lower()}
            out[-1] = replace(last, end=mention.end, fields=fields)
            continue
        out.append(mention)
    return out


def _merge_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "from 2014 to 2022", "between March and May", "2014-2022": one mention with an `until` end."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        if (
            last is not None
            and last.kind in DATE_KINDS
            and mention.kind in DATE_KINDS
            and last.modifier in {"from", None}
            and RANGE_JOIN_RE.fullmatch(text[last.end : mention.start])
            and _opens_range(text, last, mention)
        ):
            out[-1] = replace(last, end=mention.end, until=mention, modifier="from")
            continue
        out.append(mention)
    return out


def _opens_range(text: str, first: Mention, second: Mention) -> bool:
    joiner = text[first.end : second.start].strip().lower()
    if joiner == "and":
        return text[max(0, first.start - 8) : first.start].strip().lower().endswith("between")
    return first.modifier == "from" or (joiner in {"-", "–"} and first.kind == second.kind)
