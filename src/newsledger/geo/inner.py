"""Known places inside unknown names: "Wyandotte County" in "Wyandotte County District Court", "Sydney"
in "North-Western Sydney", "Pacific" in "the eastern Pacific equatorial region".

A name the recognizer keeps as a place (a court, a road, a district, a part of a city) that the gazetteer
does not know would keep a null point; when a place the gazetteer knows by its own name sits inside it,
that place is where the named thing is, give or take its size. The inner name is resolved with the
article's other names as context (the county of a court is the article's county; it does not move their
senses: on the dev split, inner names voting cost more places than they fixed), or is the place of the
same name the article resolved, and lends its point to the outer one, marked approximate
(`geo.approximate`): "approximate: point of Wyandotte County, named in its name". The inner name is never
a place of the record of its own: the text names the court.

Only the longest inner name counts (of two as long, the more populous place), made of whole
capitalized words (not a part of a hyphenated word: "Dalwa" of "Al-Dalwa"), and neither a demonym nor a
compass word ("Western" names regions of several countries).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsledger.analysis import Analysis
from newsledger.geo.demonyms import is_demonym
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.mentions import BIG_FEATURES, Mention, capitalized_word, make
from newsledger.geo.voters import COUNTY_WORDS
from newsledger.geo.words import (
    COMPASS,
    FACILITY_WORDS,
    GEOGRAPHIC_TAILS,
    QUALIFIERS,
    REGION_WORDS,
    SETTLEMENT_WORDS,
    STREET_WORDS,
)


def inner_mentions(
    analysis: Analysis, gazetteer: Gazetteer, mentions: Sequence[Mention]
) -> dict[int, Mention]:
    """For the index of each mention the gazetteer does not know, the longest known name inside it."""
    out = {}
    for k, mention in enumerate(mentions):
        if not 2 <= mention.end - mention.start <= MAX_WORDS or gazetteer.lookup(mention.text):
            continue
        span = analysis.sections[mention.section].doc[mention.start : mention.end]
        if span[0].lower_ == "lake":
            continue  # "Lake Ontario", "Lake Lanier": named after a province or a man, not in them
        inner = longest_inner(span, gazetteer)
        road = span[-1].lower_.rstrip(".") in ROADS
        if inner is not None and (not road or inner[-1].lower_ in COUNTY_WORDS):
            out[k] = make(mention.section, inner, "inner")
    return out


def longest_inner(span: Span, gazetteer: Gazetteer) -> Span | None:
    """The longest run of whole capitalized words of `span`, shorter than it, that the gazetteer knows by
    its own name."""
    doc = span.doc
    for size in range(len(span) - 1, 0, -1):
        parts = (doc[start : start + size] for start in range(span.start, span.end - size + 1))
        senses = {p: known(p, gazetteer) for p in parts if whole_words(p)}
        best = max(senses, key=lambda p: weight(senses[p]), default=None)
        if best is not None and senses[best]:
            return best
    return None


def weight(senses: Sequence[Candidate]) -> int:
    """The most populous first."""
    return max((c.population for c in senses), default=0)


def whole_words(part: Span) -> bool:
    """Capitalized words, not cut out of a hyphenated word ("Western" of "North-Western")."""
    doc = part.doc
    if not all(capitalized_word(t) for t in part):
        return False
    before = doc[part.start - 1] if part.start else None
    after = doc[part.end] if part.end < len(doc) else None
    glued_before = before is not None and not before.whitespace_ and glued(before)
    glued_after = after is not None and not part[-1].whitespace_ and glued(after)
    return not glued_before and not glued_after


def glued(tok: Token) -> bool:
    return tok.is_alpha or tok.text in HYPHENS


HYPHENS = frozenset(["-", "–", "‐"])


def known(part: Span, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    """The senses of a place name big enough to hold what is named after it ("Pacific": the ocean's short
    name, and a town; "Wyandotte County"); none for a demonym, a qualifier ("Western", a region of
    several countries), a word for a kind of place ("Lake" of "Lake Lanier") or a small town only ("Fire"
    of "Fire Island", "Jerome" of "Jerome Township": named after people and things as often)."""
    if is_demonym(part.text) or part[0].lower_ in QUALIFIERS or part.text.lower() in COMPASS:
        return ()
    if len(part) == 1 and part[0].lower_.rstrip(".") in KIND_WORDS:
        return ()
    senses = tuple(c for c in gazetteer.lookup(part.text) if not c.loose)
    short = "." in part.text  # "Phila.", "D.C."
    return senses if any(big(c, short) for c in senses) else ()


def big(c: Candidate, short: bool) -> bool:
    """A country, region, county or city of 100,000 known by this name, not a county by its short name
    ("Power" of "Power County"), unless the name is an abbreviation or a country's other name ("America")."""
    own = c.main or short or c.feature in NATIONAL
    return own and (c.feature in BIG_FEATURES or c.feature == "district" or c.population >= BIG_TOWN)


MAX_WORDS = 8  # a longer run is no name; its parts would cost a lookup each (quadratic in its length)
NATIONAL = frozenset(["country", "continent", "sea", "ocean", "political union"])
BIG_TOWN = 100_000


# a street or road named after a place is seldom in it ("Hampton Avenue" in St. Louis), unless the place
# is its county ("Douglas County Road 4")
ROADS = frozenset(
    ["street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive", "way", "highway",
     "parkway", "place", "circle", "trail", "route", "court", "ct", "square", "plaza"]
)  # fmt: skip
KIND_WORDS = STREET_WORDS | FACILITY_WORDS | GEOGRAPHIC_TAILS | REGION_WORDS | SETTLEMENT_WORDS | {
    "government", "local", "mount", "fort", "port", "cape", "isle", "national", "state", "republic",
}  # fmt: skip
