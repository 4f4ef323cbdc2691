"""Names that are no place of the record but say where the article is: a state, country or county at the
start of an organisation's name ("Georgia Bureau of Investigation", "Ohio State Highway Patrol", "Edgar
County Community Foundation"), or a state or country at its end ("FrontCounter BC", "University of
Alberta"). They vote in resolution (`geo.resolve`) like any name, so an "Albany" beside the Georgia
Bureau of Investigation is the one in Georgia, and are then dropped.

Only names that are a state or country and no town of some size vote: "Dublin City Council" says
nothing of which Dublin. Demonyms do not vote: war reports say "Russian" of every other thing ("heading
towards the Russian border through Orsha"), and Ukraine's and Belarus's villages have Russian namesakes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Span

from newsledger.analysis import Analysis
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.mentions import Mention, capitalized_word, make
from newsledger.geo.words import QUALIFIERS, SETTLEMENT_FEATURES

ORG_LABELS = frozenset({"ORG", "FAC", "EVENT"})
WIDE = frozenset({"region", "country"})
BIG_TOWN = 20_000
COUNTY_WORDS = frozenset({"county", "parish", "borough"})
DWARFS = 20  # a state this many times a namesake town's size is what an organisation's name means
TAIL = 3  # words of a state's name at the end of an organisation's ("New South Wales")


def context_voters(analysis: Analysis, gazetteer: Gazetteer, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions that only vote: states, countries and counties at the start (or states and countries at
    the end) of organisation names, but not of teams'."""
    taken = {(m.section, t) for m in mentions for t in range(m.start, m.end)}
    named = {m.text for m in mentions}
    out = []
    for i, section in enumerate(analysis.sections):
        for ent in section.doc.ents:
            if ent.label_ in ORG_LABELS and not any((i, t) in taken for t in range(ent.start, ent.end)):
                if team(ent):
                    continue
                heads = named_states(ent, gazetteer)
                out += [make(i, head, "context") for head in heads if not namesake_county(head, named)]
    return out


def team(ent: Span) -> bool:
    """A name that ends in a plural ("the Texas Rangers", "Kentucky Wildcats"): a team, which plays
    wherever the article is; a bureau, patrol or foundation serves its state."""
    return ent[-1].tag_ in ("NNS", "NNPS")


def named_states(ent: Span, gazetteer: Gazetteer) -> Iterator[Span]:
    """The state or country an organisation's name starts with ("Georgia" in "Georgia Bureau of
    Investigation"), or else ends with ("BC" in "FrontCounter BC", "Alberta" in "University of
    Alberta"); never the whole name."""
    doc = ent.doc
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    end = start
    while end < ent.end and capitalized_word(doc[end]):
        end += 1
    for stop in range(end - 1, start, -1):  # the longest start first: "New York" before "New"
        head = doc[start:stop]
        abbreviation = head.text.isupper() or "." in head.text  # "NSW Police", "N.Y. State Police"
        if wide_only(gazetteer.lookup(head.text), abbreviation) or county(head, gazetteer):
            yield head
            return
    for first in range(max(start + 1, ent.end - TAIL), ent.end):  # "FrontCounter BC", "University of Alberta"
        tail = doc[first : ent.end]
        abbreviation = tail.text.isupper() or "." in tail.text  # "BC", "N.S.W."
        if tail[0].lower_ in QUALIFIERS:
            continue  # "Sandbag Central": a word, not the Central region of somewhere
        if all(capitalized_word(t) for t in tail) and wide_only(gazetteer.lookup(tail.text), abbreviation):
            yield tail
            return


def namesake_county(head: Span, named: set[str]) -> bool:
    """ "DeKalb County" when the text names a DeKalb: every DeKalb County holds a DeKalb, so the county's
    name says nothing of which one."""
    return len(head) > 1 and head[-1].lower_ in COUNTY_WORDS and head[:-1].text in named


def county(head: Span, gazetteer: Gazetteer) -> bool:
    """A county the gazetteer knows by its full name ("Edgar County" of the Edgar County Community
    Foundation, "Laurel County" of the Laurel County Sheriff's Office): an organisation named after a
    county serves it."""
    if len(head) < 2 or head[-1].lower_ not in COUNTY_WORDS:
        return False
    return any(c.main and not c.loose and c.feature == "district" for c in gazetteer.lookup(head.text))


def wide_only(candidates: Sequence[Candidate], abbreviation: bool = False) -> bool:
    """A state or country by that name (or abbreviation: "BC") and no town of some size beside it
    ("Georgia", "Texas"; not "Dublin", "Washington"), unless the state dwarfs the town ("Ontario", whose
    namesake in California is a hundredth of it)."""
    wide = [c for c in candidates if (c.main or abbreviation) and not c.loose and c.feature in WIDE]
    towns = [c.population for c in candidates if c.feature in SETTLEMENT_FEATURES]
    if not wide:
        return False
    return max(towns, default=0) < max(BIG_TOWN, max(c.population for c in wide) / DWARFS)
