"""Local-news cues that a name the model missed is a place (`geo.recognize` uses them).

Local reports name towns and counties in a few fixed turns that no preposition marks:
- a town before a noun for its people or services: "A Gainesville man", "Roselle police";
- a person's home after "of": "Jeremy Watson, 30, of Grovetown", "Daniel Hufstetler of Roswell";
- a legislator's seat after the party: "Brent Boggs, D-Braxton", "Tom Bakk, DFL-Cook", "(R-Ocilla)";
- bare county names in a list that ends in "counties": "Clarke, Madison and Oconee counties".
The first two say "a place" only of a town of some size (the caller checks); the last two are sure
enough on their own, and they name counties, so the county's short name ("Braxton") counts.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.geo.mentions import listed_before, party

# Nouns for a town's people and services. Not "family" or "home": "the Wilson family" is a surname's.
LOCAL_NOUNS = frozenset(
    ["man", "woman", "men", "women", "boy", "girl", "teen", "teens", "teenager", "teenagers", "youth",
     "resident", "residents", "native", "natives", "police", "officers", "firefighters", "voters",
     "businesses", "neighborhoods", "neighbourhoods", "schools", "students", "motorists", "homeowners"]
)  # fmt: skip
COUNTY_LISTS = frozenset(["counties", "parishes"])


def before_local_noun(run: Span) -> bool:
    """ "A Gainesville man", "Roselle police": the name modifies a lower-case noun for people or services."""
    doc = run.doc
    if run.end >= len(doc):
        return False
    noun = doc[run.end]
    return noun.text.islower() and noun.lower_ in LOCAL_NOUNS and run.root.head.i == noun.i


def residence(run: Span) -> bool:
    """ "Jeremy Watson, 30, of Ten Mile", "Amstutz, of Wooster", "Daniel Hufstetler of Roswell": where a
    person named just before lives."""
    doc = run.doc
    i = run.start - 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    before = doc[i - 1]
    if before.text == ",":
        if i < 2:
            return False
        before = doc[i - 2]
        return before.ent_type_ == "PERSON" or before.like_num
    return before.ent_type_ == "PERSON"


def party_seat(run: Span) -> bool:
    """ "Brent Boggs, D-Braxton", "(R-Ocilla)": the town or county a legislator of that party represents."""
    return run.start >= 2 and party(run.doc[run.start - 2])


def county_list(run: Span) -> bool:
    """ "Clarke, Madison, Oconee and Oglethorpe counties": bare county names listed before "counties"."""
    return listed_before(run) in COUNTY_LISTS


def sure_cue(run: Span) -> bool:
    """A cue that makes the name a place whatever its size or tag."""
    return party_seat(run) or county_list(run)


def sized_cue(run: Span) -> bool:
    """A cue that makes the name a place when a town of some size has it."""
    return before_local_noun(run) or residence(run)
