"""Bylines: who wrote the story and for which desk.

Handles "By A, B and C", "By A and B, Reuters", "A Smith | The Guardian", trailing dates
and handles ("By Jo Bloggs@site Nov 18, 2019"), and fused names, as copied from pages that
render authors as adjacent links: "By Will StewartChris Pleasance for MailOnline,".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.extract.dates import MONTHS

_BY = re.compile(
    r"^(?:(?:written|words|reporting|text|story)\s+)?(?:by|von|par|por|di|door|av|af)(?::\s*|\s+)(?=\S)",
    re.IGNORECASE,
)
_DESK = re.compile(r"\s+(?:for|from)\s+(?P<desk>(?:the\s+)?[A-Z][\w.&' -]*?)\s*[,.;]?\s*$")
_PLACE = re.compile(r"\s+in\s+[A-Z][\w .'’-]*$")  # "By Pjotr Sauer in Moscow"
_PIPES = re.compile(r"\s*\|\s*|\s+/\s+")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_TRAILER = re.compile(  # what follows the names: a handle, a date, a time, "Updated", "2 hours ago"
    r"\s*(?:[,|•·–—-]\s*)?(?:@\w+|\b(?:updated|published|posted)\b"
    r"|\b(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    rf"|\b(?:{_MONTH_NAMES})\.?\s+\d|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\b"
    r"|\b\d{1,2}\s+(?:hours?|mins?|minutes?|days?)\s+ago|\b(?:19|20)\d\d\b|\d{1,2}:\d\d).*$",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*")
_ROLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|producer|"
    r"journalist|analyst|bureau|desk|chief|senior|deputy|political|special)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "der",
        "den",
        "du",
        "da",
        "di",
        "del",
        "della",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "dos",
        "das",
        "ter",
    }
)
_PREFIXES = ("Mc", "Mac", "O'", "O’", "De", "Di", "La", "Le", "Van", "Von", "Fitz", "St")
_FUSED = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|[A-Z]\.)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class Byline:
    authors: tuple[str, ...]
    desk: str | None = None  # "MailOnline", "Reuters", "The Guardian"


def is_byline(text: str) -> bool:
    """A "By ..." line naming at least one person, or "Name Surname | Outlet"."""
    if len(text) > 160:
        return False
    if _BY.match(text):
        return bool(parse_byline(text).authors)
    first = text.split("|", 1)[0].strip()
    return "|" in text and 2 <= len(first.split()) <= 4 and _is_name(first)


def parse_byline(text: str) -> Byline:
    """Authors and desk of a byline; no authors when it names none."""
    rest = _BY.sub("", text.strip(), count=1)
    rest = _TRAILER.sub("", rest).strip(" ,;|")
    desk = None
    segments = [s.strip() for s in _PIPES.split(rest) if s.strip()]
    if len(segments) > 1:  # "A Smith | The Guardian", "A Smith | Tallinn | 14 March 2023"
        rest = segments[0]
        desk = next((s for s in segments[1:] if not any(c.isdigit() for c in s)), None)
    elif match := _DESK.search(rest):
        desk, rest = match.group("desk").strip(), rest[: match.start()].strip(" ,;")
    rest = _PLACE.sub("", rest)
    parts = [p.strip(" .") for p in _SPLIT.split(rest) if p.strip(" .")]
    if desk is None and len(parts) > 1 and _desk_like(parts[-1], parts[:-1]):
        desk = parts.pop()  # "By A and B, Reuters"
    authors: list[str] = []
    for part in parts:
        if _ROLE.search(part):
            continue
        authors.extend(split_fused(part))
    return Byline(authors=tuple(a for a in authors if _is_name(a)), desk=desk)


def _desk_like(last: str, others: list[str]) -> bool:
    """The last item of "A Smith, B Jones, Reuters" is the desk: one word or "The ..." after full names."""
    words = last.split()
    return (len(words) == 1 or words[0] == "The") and all(len(o.split()) >= 2 for o in others)


def split_fused(name: str) -> list[str]:
    """ "Will StewartChris Pleasance" -> ["Will Stewart", "Chris Pleasance"]; "John McDonald" stays whole."""
    words = name.split()
    for i, word in enumerate(words):
        for cut in (m.start() for m in _FUSED.finditer(word)):
            left, right = word[:cut], word[cut:]
            if any(left.endswith(p) and len(left) == len(p) for p in _PREFIXES):
                continue
            first, second = [*words[:i], left], [right, *words[i + 1 :]]
            if len(first) >= 2 and len(second) >= 2:
                return [" ".join(first), *split_fused(" ".join(second))]
    return [name]


def _is_name(text: str) -> bool:
    """One to five words, each capitalised (or a particle such as "van"), no digits."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text):
        return False
    named = [w for w in words if w.lower() not in _PARTICLES]
    return bool(named) and all(_NAME_WORD.match(w) for w in named)
