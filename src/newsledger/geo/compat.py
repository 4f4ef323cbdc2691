"""Corpus-compatible predictions: the geoparsing corpora also count demonyms ("Russian") and place names
inside organisation names ("Toronto Police"). The record does not; `newsledger eval places --compat`
adds them, resolved, so both views can be scored.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span as SpacySpan

from newsledger.analysis import Analysis
from newsledger.geo.demonyms import is_demonym
from newsledger.geo.gazetteer import Candidate, Gazetteer, open_gazetteer
from newsledger.geo.mentions import proper_runs
from newsledger.model import Place, Span


@functools.cache
def demonym_countries() -> dict[str, str]:
    """Demonym -> country name (countryinfo), for the countries it knows."""
    try:
        import countryinfo
    except ImportError:
        return {}
    out = {}
    for country in countryinfo.all_countries():
        info = country.info()
        if info.get("demonym") and info.get("name"):
            out[str(info["demonym"])] = str(info["name"])
    out |= {
        "British": "United Kingdom", "English": "England", "Scottish": "Scotland", "Welsh": "Wales",
        "Irish": "Ireland", "Chinese": "China", "Japanese": "Japan", "French": "France",
        "Dutch": "Netherlands", "European": "Europe", "African": "Africa", "Asian": "Asia",
        "Turkish": "Turkey", "Spanish": "Spain", "Palestinian": "Palestine", "Israeli": "Israel",
        "Iraqi": "Iraq", "Greek": "Greece", "Polish": "Poland", "Swiss": "Switzerland", "Crimean": "Crimea",
    }  # fmt: skip
    return out


def corpus_places(
    analysis: Analysis, places: tuple[Place, ...], gazetteer: Gazetteer | None = None
) -> tuple[Place, ...]:
    gazetteer = gazetteer or open_gazetteer()
    taken = {(p.caption, i) for p in places for i in range(p.span.start, p.span.end)}
    extra = []
    known = frozenset(p.text for p in places if p.name)
    for section in analysis.sections:
        for span, name in extra_spans(section.doc, gazetteer, known):
            if any((section.caption, i) in taken for i in range(span.start_char, span.end_char)):
                continue
            best = max(gazetteer.lookup(name), key=lambda c: _fit(c, places), default=None)
            if best is not None:
                extra.append(_place(span, best, section.caption))
                taken |= {(section.caption, i) for i in range(span.start_char, span.end_char)}
    return tuple(sorted((*places, *extra), key=lambda p: (p.caption or -1, p.span.start)))


def extra_spans(
    doc: object, gazetteer: Gazetteer, known: frozenset[str] = frozenset()
) -> list[tuple[SpacySpan, str]]:
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    out = []
    countries = demonym_countries()
    for ent in doc.ents:
        if ent.label_ == "NORP" or is_demonym(ent.text):
            word = ent.text[:-1] if ent.text.endswith("s") and ent.text[:-1] in countries else ent.text
            if word in countries:
                out.append((ent, countries[word]))
        elif ent.label_ in {"ORG", "EVENT", "WORK_OF_ART", "FAC", "PERSON", "GPE", "LOC"}:
            if ent.label_ == "ORG" and any(c.feature in WHOLE for c in gazetteer.lookup(ent.text)):
                out.append((ent, ent.text))  # "EU", "DPRK" tagged as organisations
                continue
            for run in proper_runs(ent.as_doc()):
                sub = _leading_place(doc[ent.start + run.start : ent.start + run.end], gazetteer, known)
                if sub is not None and sub.text != ent.text and (ent.label_ != "PERSON" or len(sub) > 1):
                    out.append((sub, sub.text))
    return out


WHOLE = frozenset({"country", "political union", "continent"})


def _leading_place(run: SpacySpan, gazetteer: Gazetteer, known: frozenset[str]) -> SpacySpan | None:
    """The longest start of a name that is a known place: "Texas" in "Texas Rangers", "Laurel County" in
    "Laurel County Clerk"."""
    for end in range(run.end, run.start, -1):
        sub = run.doc[run.start : end]
        if sub.text in known or any(_strong(c) for c in gazetteer.lookup(sub.text)):
            return sub
    return None


def _strong(c: Candidate) -> bool:
    return c.main and (c.feature in {"country", "region", "continent"} or c.population >= 20_000)


def _fit(c: Candidate, places: tuple[Place, ...]) -> tuple[bool, bool, float]:
    """Countries first, then a sense in the same region, then in the same country as the article's
    places, then the largest."""
    admin1 = any(p.admin1 and p.admin1 == c.admin1 for p in places if p.feature != "country")
    country = any(p.country_code == c.country_code for p in places)
    return (c.feature == "country", admin1 or country, c.population + 1e6 * admin1)


def _place(span: SpacySpan, c: Candidate, caption: int | None) -> Place:
    return Place(
        span=Span(span.start_char, span.end_char), text=span.text, name=c.name, gazetteer_id=c.gid,
        lat=c.lat, lon=c.lon, country_code=c.country_code, admin1=c.admin1, feature=c.feature,
        confidence=0.5, caption=caption,
    )  # fmt: skip
