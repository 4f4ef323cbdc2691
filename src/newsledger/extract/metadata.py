"""Title, outlet, authors and publication date of a classified page dump.

The outlet is the masthead when the page prints one at the top ("Daily Mail"), else the
desk named in the byline, mapped to its publication where the desk is an online brand
of it ("for MailOnline" is the Daily Mail's website desk).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.extract import patterns
from newsledger.extract.byline import parse_byline
from newsledger.extract.classify import Classified
from newsledger.extract.dates import month_day, parse_date, wire_dateline
from newsledger.extract.lines import Paragraph

# Online desks and agency short names -> the publication they belong to.
DESK_OUTLETS = {
    "mailonline": "Daily Mail", "mail online": "Daily Mail", "dailymail.com": "Daily Mail",
    "dailymail.co.uk": "Daily Mail", "daily mail australia": "Daily Mail",
    "mail on sunday": "The Mail on Sunday", "ap": "Associated Press",
    "the associated press": "Associated Press", "reuters": "Reuters", "thomson reuters": "Reuters",
    "afp": "AFP", "agence france-presse": "AFP", "guardian": "The Guardian",
    "guardian staff": "The Guardian", "guardian staff and agencies": "The Guardian", "bbc": "BBC News",
    "telegraph": "The Telegraph", "the telegraph": "The Telegraph", "cnn": "CNN",
    "nyt": "The New York Times",
}  # fmt: skip
_NAV_WORDS = frozenset(
    {
        "home",
        "news",
        "world",
        "live",
        "latest",
        "breaking",
        "sport",
        "sports",
        "business",
        "politics",
        "opinion",
        "video",
        "videos",
        "photos",
        "menu",
        "sections",
        "search",
        "trending",
        "top",
        "stories",
        "more",
        "local",
        "national",
        "international",
        "edition",
    }
)
_LOGO = re.compile(r"\s+logo$", re.IGNORECASE)
_CONNECTORS = frozenset(
    {"of", "the", "and", "for", "on", "de", "del", "la", "le", "des", "du", "di", "der", "die", "das"}
)
_MASTHEAD_REACH = 6  # the masthead is among the first lines of furniture (after any cookie banner)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@dataclass(frozen=True, slots=True, kw_only=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


def metadata(page: Classified) -> Metadata:
    """What the furniture around the article says about it."""
    titles = page.of("title")
    bylines = [parse_byline(p.text) for p in page.of("byline")]
    byline = next((b for b in bylines if b.authors), bylines[0] if bylines else None)
    desk = byline.desk if byline else None
    return Metadata(
        title=titles[0].text if titles else None,
        outlet=_outlet(page, desk),
        authors=byline.authors if byline else (),
        published=published(page),
    )


def published(page: Classified) -> str | None:
    """The first dateline's date (or a byline's); else the date of a wire dateline opening the body."""
    for para in page.of("dateline") + page.of("byline"):
        iso = parse_date(para.text)
        if iso:
            return iso
    body = page.of("body")
    wire = wire_dateline(body[0].text) if body else None
    if wire and wire.group("date"):
        year = _page_year(page)
        return month_day(wire.group("date"), year) if year else None
    return next(filter(None, (parse_date(p.text) for p in _head(page, ("body",)))), None)


def _outlet(page: Classified, desk: str | None) -> str | None:
    mapped = DESK_OUTLETS.get(desk.lower().strip(" .")) if desk else None
    head = _head(page, ("body", "title"))
    masthead = _masthead([p for p, kind in zip(head, page.classes, strict=False) if kind == "chrome"])
    return masthead or mapped or desk


def _masthead(paras: Sequence[Paragraph]) -> str | None:
    """The first short, capitalised, non-navigation line at the top of the page."""
    for para in paras[:_MASTHEAD_REACH]:
        name = _LOGO.sub("", patterns.BRACKET.sub(" ", para.text).strip())
        words = name.split()
        if not 1 <= len(words) <= 5 or para.bullet or any(c.isdigit() for c in name):
            continue
        if patterns.has_chrome_words(name) or patterns.URL.search(name) or "[" in name:
            continue
        if name[-1:] in ".!?:," or all(w.lower() in _NAV_WORDS for w in words):
            continue
        if all(w[:1].isupper() or w.lower() in _CONNECTORS for w in words):
            return name
    return None


def _head(page: Classified, stop: tuple[str, ...]) -> list[Paragraph]:
    """Paragraphs before the first one of a `stop` class."""
    out = []
    for para, kind in zip(page.paragraphs, page.classes, strict=True):
        if kind in stop:
            break
        out.append(para)
    return out


def _page_year(page: Classified) -> int | None:
    """A year printed in the furniture (a copyright line, a date), for datelines that omit it."""
    for para, kind in zip(page.paragraphs, page.classes, strict=True):
        match = _YEAR.search(para.text) if kind != "body" else None
        if match:
            return int(match.group())
    return None
