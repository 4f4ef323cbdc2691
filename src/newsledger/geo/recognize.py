"""Every place mention of an article: towns that facilities are named after (`geo.facilities`) and the
model's entities first, then gazetteer names the model missed or mislabelled.

A missed name counts when the document or the syntax vouches for it: it is known elsewhere in the
article, coordinated with a place, after "in"/"at"/"near" or a verb of war ("shelled Bakhmut"), before
its oblast ("Vorozhba, Sumy Oblast", `geo.containers`), or big. A settlement whose name is no English word
("Torske", "Velyka Bilozerka") needs no size; a village named "Story" or "Bell" needs more than "in".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.analysis import Analysis
from newsledger.geo.containers import (
    is_own_name_with_region,
    is_state_of,
    is_whole_place,
    outside_own_name,
    split_region_tail,
)
from newsledger.geo.cues import sized_cue, sure_cue
from newsledger.geo.demonyms import is_demonym, looks_adjectival
from newsledger.geo.districts import adjectival_districts
from newsledger.geo.enumerations import enumerations
from newsledger.geo.facilities import facility_mentions
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.lexicon import english_word
from newsledger.geo.mentions import (
    Mention,
    capitalized_word,
    is_name,
    locative,
    make,
    named_a_place,
    ner_mentions,
    proper_runs,
    split_joined,
    strong,
)
from newsledger.geo.sites import site_mentions
from newsledger.geo.words import (
    AREA_WORDS,
    COMPASS,
    FACILITY_WORDS,
    GEOGRAPHIC_TAILS,
    REGION_WORDS,
    SETTLEMENT_FEATURES,
    STREET_WORDS,
    WAR_VERBS,
)

LANDMARKS = frozenset(
    ["bridge", "dam", "power plant", "river", "sea", "ocean", "strait", "peninsula", "island", "factory",
     "lake", "mountains", "desert", "valley", "canal"]
)  # fmt: skip
# last words of a named place that an organisation may share the name of; not "United Way", "Circle K"
NAMED_PLACE_TAILS = (
    FACILITY_WORDS | STREET_WORDS | GEOGRAPHIC_TAILS | REGION_WORDS | AREA_WORDS | {"hotel"}
) - {"way", "place", "court", "ct", "circle", "church", "cathedral"}
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


def find_mentions(analysis: Analysis, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions of all sections, in section and text order, without overlaps."""
    people = {
        t.text
        for s in analysis.sections
        for e in s.doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ not in NAMED_PLACE_TAILS
        for t in e
    }  # not "Greer Station", a place the model took for a person
    found = [
        m for i, s in enumerate(analysis.sections) for m in facility_mentions(i, s.doc, gazetteer, people)
    ]
    found += [m for i, s in enumerate(analysis.sections) for m in adjectival_districts(i, s.doc, gazetteer)]
    facility = {(m.section, t) for m in found for t in range(m.start, m.end)}
    found += [
        m
        for i, s in enumerate(analysis.sections)
        for m in ner_mentions(i, s.doc, gazetteer)
        if not person_name(m, people, gazetteer)
        and not speaker(s.doc[m.start : m.end], gazetteer)
        and not any((i, t) in facility for t in range(m.start, m.end))
    ]
    for i, s in enumerate(analysis.sections):
        taken = {t for m in found if m.section == i for t in range(m.start, m.end)}
        found += [m for m in datelines(i, s.doc, gazetteer) if not taken & set(range(m.start, m.end))]
        taken = {t for m in found if m.section == i for t in range(m.start, m.end)}
        found += [m for m in sided_with(i, s.doc, gazetteer) if m.start not in taken]
    looks = [Looks.of(s.doc, gazetteer) for s in analysis.sections]  # the same runs on both looks
    for _ in range(2):  # names found on the second look vouch for their other occurrences
        known = {
            m.text
            for m in found
            if any(not c.loose for c in gazetteer.lookup(m.text)) and not person_name(m, people, gazetteer)
        }
        for i, look in enumerate(looks):
            taken = {t for m in found if m.section == i for t in range(m.start, m.end)}
            for m in missed(i, look, gazetteer, known, people, taken):
                if not taken & set(range(m.start, m.end)):
                    found.append(m)
                    taken |= set(range(m.start, m.end))
    for i, s in enumerate(analysis.sections):
        taken = {t for m in found if m.section == i for t in range(m.start, m.end)}
        found += list(site_mentions(i, s.doc, gazetteer, taken))
    organisations = organisation_starts(analysis)
    found = [
        m
        for m in found
        if not organisation_name(m, organisations, gazetteer) and not named_for_other(m, analysis)
    ]
    ordered = joined_names(sorted(found, key=lambda m: (m.section, m.start)), analysis, gazetteer)
    return enumerations(ordered, [s.doc for s in analysis.sections])


NAME_GLUE = frozenset({"and", "&", "-", "–"})


def joined_names(mentions: list[Mention], analysis: Analysis, gazetteer: Gazetteer) -> list[Mention]:
    """Neighbouring mentions that together spell one big place the gazetteer knows, as one mention: the
    tagger split "Baja California" into "Baja" and "California", and "Trinidad and Tobago" into a place
    and an organisation. Not two places of a list ("Donetsk and Luhansk"): the whole must be a name."""
    out: list[Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if last is not None and last.section == m.section and 0 <= m.start - last.end <= 1:
            doc = analysis.sections[m.section].doc
            glue = doc[last.end : m.start]
            whole = doc[last.start : m.end]
            senses = tuple(c for c in gazetteer.lookup(whole.text) if c.main and not c.loose)
            if all(t.text in NAME_GLUE for t in glue) and strong(senses):
                out[-1] = make(m.section, whole, last.source)
                continue
        out.append(m)
    return out


@dataclass(frozen=True, slots=True)
class Looks:
    """A section's proper-noun runs to look at for missed places, and the entity of each token."""

    runs: tuple[Span, ...]
    ent_of: dict[int, Span]

    @classmethod
    def of(cls, doc: Doc, gazetteer: Gazetteer) -> Looks:
        runs = (
            part for run in proper_runs(doc) for part in split_joined(run, gazetteer)
        )  # Washington-Moscow
        return cls((*runs, *assailed_words(doc)), {t.i: ent for ent in doc.ents for t in ent})


def missed(
    section: int, look: Looks, gazetteer: Gazetteer, known: set[str], people: set[str], places: set[int]
) -> Iterator[Mention]:
    """Proper names the model did not tag as places, kept when the document or the syntax vouches."""
    for run in look.runs:
        ent = look.ent_of.get(run.start)
        if ent is not None and misread(run, ent, gazetteer):
            ent = None  # "northern Aleppo/LANGUAGE", "east Aleppo/NORP": a city the model took for a people
        if ent is not None and ent.label_ not in BLOCKING_LABELS and not misdated(ent, gazetteer):
            continue  # a place already, or a date, number or amount ("in March")
        if ent is not None and outside_own_name(run, ent):
            ent = None  # "the Thermal Power Plant at Enerhodar, Zaporizhia Oblast": where it is
        elif ent is not None and (any(t.lower_ == "or" for t in ent) or two_places(ent, gazetteer)):
            ent = None  # "south to Ingham or Townsville", one ORG to the model: two names, no one's name
        elif ent is not None and (
            is_own_name_with_region(run, ent) or is_whole_place(run, ent, gazetteer) or is_state_of(run, ent)
        ):
            pass  # "Vorozhba, Sumy Oblast", "the Kerch Bridge", "the State of Ohio"
        elif run.text not in known and ent is not None and (ent.start < run.start or ent.end > run.end):
            if ent.label_ != "ORG":  # "The Texas Rangers": a name inside an organisation's is not a place
                yield from known_words(section, run, known)  # "Losing Kherson": only the known name
            continue
        region = run[-1].lower_ in REGION_WORDS  # "Zaporizhia Oblast": spelled loosely, but named a region
        county = sure_cue(run)  # "D-Braxton", "Clarke and Oconee counties": a county's short name counts
        candidates = tuple(
            c
            for c in gazetteer.lookup(run.text)
            if (c.main or c.feature != "district" or county)
            and (not c.loose or (region and c.main))
            and not accented_namesake(run.text, c)
        )
        if not candidates and len(parts := split_region_tail(run, gazetteer)) > 1:
            yield from (make(section, p, "gazetteer") for p in parts)  # "Kakhovka Kherson Oblast"
            continue
        if named_a_place(run) and is_name(run, gazetteer) and not (ent is not None and people_word(ent)):
            # "the town of Tuz Khurmatu", known or not; "a Shia neighbourhood" is no place named Shia
            yield make(section, run, "gazetteer" if candidates else "named")
            continue
        if not candidates and assailed(run) and is_name(run, gazetteer) and ent is None:
            yield make(section, run, "named")  # "stormed Mar’e", "entered Rityan": unknown, but a place
            continue
        if not candidates or not is_name(run, gazetteer):
            yield from known_words(section, run, known)
            continue
        mention = make(section, run, "gazetteer")
        if run.text in known:
            yield make(section, run, "propagated")
        elif (
            conjunct_of_place(run, places)
            or any(c.actor for c in candidates)
            or country_acronym(run, candidates)
            or (county and run.text not in people)
            or vouched(run, ent, candidates, mention, people)
        ):
            yield mention


def sided_with(section: int, doc: Doc, gazetteer: Gazetteer) -> Iterator[Mention]:
    """The government a stance is for or against: "pro-Kremlin war hawks", "anti-Moscow protests" (the
    model tags the whole a person or an adjective); not a people ("pro-Russian": a demonym)."""
    for tok in doc[2:]:
        dash, prefix = doc[tok.i - 1], doc[tok.i - 2]
        if dash.text != "-" or prefix.lower_ not in ("pro", "anti") or prefix.whitespace_ or dash.whitespace_:
            continue
        if not capitalized_word(tok) or is_demonym(tok.text) or looks_adjectival(tok.text):
            continue
        senses = gazetteer.lookup(tok.text)
        if any(c.actor or (c.main and (c.capital or c.feature == "country")) for c in senses):
            yield make(section, doc[tok.i : tok.i + 1], "stance")


def named_for_other(mention: Mention, analysis: Analysis) -> bool:
    """A place name that names something else here: a disease ("West Nile virus", "Rift Valley fever";
    "United States flu season" is the country's), a party to a court case ("U.S. v. Chen", not Chenzhou),
    or "No." before a number ("No. 18-cr-10083", "No. 1 priority")."""
    doc = analysis.sections[mention.section].doc
    before = doc[mention.start - 1] if mention.start else None
    after = doc[mention.end : mention.end + 2]
    if len(after) and after[0].lower_ in DISEASE_WORDS:
        return True
    if before is not None and before.lower_ in ("v.", "vs.", "v", "vs"):
        return True
    return mention.text in ("No", "No.") and any(t.like_num or t.text[:1].isdigit() for t in after)


DISEASE_WORDS = frozenset(["virus", "fever", "disease", "encephalitis"])


def two_places(ent: Span, gazetteer: Gazetteer) -> bool:
    """An entity "X and Y" whose both names are towns of 10,000 people or more ("withdrew from Lyman and
    Izium", one ORG to the model): two places, unless the text vouches for neither (`vouched`)."""
    words = [t.text for t in ent]
    if len(words) != 3 or words[1] != "and":
        return False
    sized = (any(not c.loose and c.population >= POPULOUS for c in gazetteer.lookup(w)) for w in words[::2])
    return all(sized)


def assailed(run: Span) -> bool:
    """The name is what forces stormed, captured, shelled or entered ("stormed Mar’e")."""
    before = run.doc[run.start - 1] if run.start else None
    if run[0].text.rstrip(".") in HONORIFICS:
        return False  # "attacked Mr Trump's proposal"
    return before is not None and before.pos_ == "VERB" and before.lemma_.lower() in WAR_VERBS | {"enter"}


HONORIFICS = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sir", "Lord", "President", "Gen", "General", "Prime"])


def misread(run: Span, ent: Span, gazetteer: Gazetteer) -> bool:
    """A big place's own name the model tagged a people or a language ("Aleppo" in "of northern Aleppo")."""
    if ent.label_ not in ("NORP", "LANGUAGE") or is_demonym(run.text) or looks_adjectival(run.text):
        return False
    return strong(tuple(c for c in gazetteer.lookup(run.text) if c.main and not c.loose))


def people_word(ent: Span) -> bool:
    """A people or faith the model tags NORP ("a Shia neighbourhood"); not a village it mistakes for
    one ("attacks on Akida village")."""
    text = ent.text
    return ent.label_ == "NORP" and (is_demonym(text) or looks_adjectival(text) or english_word(text))


SPEECH = frozenset(["say", "tell", "add", "explain", "recall", "insist", "reply", "ask", "admit", "write"])


def speaks(span: Span) -> bool:
    """The name is the subject of a verb of saying ("Philmont said")."""
    return span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH


def speaker(span: Span, gazetteer: Gazetteer) -> bool:
    """A name that speaks ("said Noma", "Hartmann has said") and is no country, region or city of
    100,000 people (those speak as governments: "Moscow said"): a person."""
    return speaks(span) and not strong(tuple(c for c in gazetteer.lookup(span.text) if not c.loose))


def person_name(mention: Mention, people: set[str], gazetteer: Gazetteer) -> bool:
    """A one-word name that is part of a person's full name elsewhere in the article ("Ripley" after
    "Sheriff Tom Ripley"), unless it is a big place: a town counts by its own name only ("Chen" after
    "Charlie Chen" is a person although Chenzhou is also called Chen; "US" is still the country)."""
    own = tuple(
        c
        for c in gazetteer.lookup(mention.text)
        if not c.loose and (c.main or c.feature not in SETTLEMENT_FEATURES)
    )
    return " " not in mention.text and mention.text in people and not strong(own)


Where = tuple[int, int, int]  # section, start token, end token


def organisation_starts(analysis: Analysis) -> dict[str, list[Where]]:
    """Each organisation entity's name and the words it starts with ("United Way", "United Way of
    Metropolitan Atlanta" for "United Way of Metropolitan Atlanta") -> where such entities stand."""
    out: dict[str, list[Where]] = {}
    for i, section in enumerate(analysis.sections):
        for ent in section.doc.ents:
            if ent.label_ == "ORG":
                for end in range(ent.start + 1, ent.end + 1):
                    out.setdefault(section.doc[ent.start : end].text, []).append((i, ent.start, ent.end))
    return out


def organisation_name(mention: Mention, organisations: dict[str, list[Where]], gazetteer: Gazetteer) -> bool:
    """A name no gazetteer knows that the article writes elsewhere as an organisation's ("United Way
    officials" after "United Way of Metropolitan Atlanta" or "United Way estimates"): the organisation, not
    a place. Not what the text calls a place ("the settlement of Kfar Darom"), whatever its own tag."""
    last = mention.text.split()[-1].lower().rstrip(".")
    if " " not in mention.text or last in NAMED_PLACE_TAILS or mention.source == "named":
        return False  # "Macdonald-Cartier International Airport", "Royal Street": named places stay
    if any(not c.loose for c in gazetteer.lookup(mention.text)):
        return False
    return any(
        section != mention.section or end <= mention.start or mention.end <= start
        for section, start, end in organisations.get(mention.text, ())
    )


def known_words(section: int, run: Span, known: set[str]) -> Iterator[Mention]:
    """The known place names inside a longer name ("Losing Kherson"), but none inside a person's full
    name ("Glenn Polk" is no Polk County even when the article names the county)."""
    if full_person_name(run):
        return
    for tok in run:
        if len(run) > 1 and tok.text in known:
            yield make(section, run.doc[tok.i : tok.i + 1], "propagated")


def full_person_name(run: Span) -> bool:
    """The run is a person entity of two or more proper nouns ("Glenn Polk", "Elizabeth Fairfield"), not
    one the model made of a verb and a place ("Losing Kherson", tagged a person in a headline)."""
    doc = run.doc
    whole = (  # from the tokens' own entity marks: `doc.ents` builds every span anew on each call
        run[0].ent_iob_ == "B"
        and all(t.ent_type_ == "PERSON" for t in run)
        and all(t.ent_iob_ == "I" for t in run[1:])
        and (run.end == len(doc) or doc[run.end].ent_iob_ != "I")
    )
    return whole and len(run) > 1 and all(t.pos_ == "PROPN" for t in run) and not gerund(run[0].lower_)


def gerund(word: str) -> bool:
    """ "losing", "taking", "running": a verb's -ing form (no given name is one)."""
    if not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    return any(english_word(s) for s in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem))


def country_acronym(run: Span, candidates: tuple[Candidate, ...]) -> bool:
    """A country's or union's short form that names nothing else ("the DPRK", "the UAE", "EU leaders"):
    the model tags it an organisation, and it is the country (a place, or an actor for its government)."""
    letters = run.text.replace(".", "")
    return letters.isupper() and all(c.feature in NATIONS for c in candidates)


NATIONS = frozenset({"country", "political union"})


def vouched(
    run: Span, ent: Span | None, candidates: tuple[Candidate, ...], mention: Mention, people: set[str]
) -> bool:
    label = ent.label_ if ent is not None else ""
    is_strong = strong(candidates)
    whole_person = label == "PERSON" and ent is not None and len(ent) == len(run)
    if len(run) > 1 and any(not c.loose and (c.feature in LANDMARKS or not whole_person) for c in candidates):
        return True  # a multi-word gazetteer name ("Antonovskiy Bridge", even when tagged as a person)
    acronym = run.text.replace(".", "").isupper() and len(run.text) <= 4  # "BA", "UN"
    where = place_context(run, mention) and not acronym and not called_a_person(run)
    sized = populous(candidates) or (foreign_town(run, candidates) and not speaks(run))
    if label == "PERSON":  # "in Klamath Falls", "Clinton, Iowa": unless a person of the article has the name
        return run.text not in people and ((is_strong and len(run) == 1) or (sized and where))
    if mention.feature_hint is not None or mention.within is not None:
        return True  # "a town called Pavlivka", "Pavlivka, in Donetsk"
    if label:  # "in Crimea", "annexed Crimea", "occupied Crimea" (tagged an organisation)
        return (is_strong and (locative(run[0]) or assailed(run))) or (sized and where)
    return is_strong or locative(run[0]) or after_comma_place(run) or (sized and where)


POPULOUS = 10_000


def accented_namesake(text: str, c: Candidate) -> bool:
    """An English word that names a place only once its accents are dropped ("God" for Göd in Hungary,
    "Titan" for Tītān in India): the word, not the place."""
    town = c.feature in SETTLEMENT_FEATURES  # not "Maharashtra" for Mahārāshtra: a state's name is no word
    return town and text.isascii() and not c.name.isascii() and english_word(text)


def foreign_town(run: Span, candidates: tuple[Candidate, ...]) -> bool:
    """A settlement whose name is no English word ("in Torske", "in Velyka Bilozerka"): after "in" it is
    the village, whatever its size and whatever the model tagged it; "in Story" is not enough."""
    return not english_word(run.text) and any(
        c.main and not c.loose and c.feature in SETTLEMENT_FEATURES for c in candidates
    )


def populous(candidates: tuple[Candidate, ...]) -> bool:
    """A town of some size has the name (a village of 500 named "Bright" does not make it a place)."""
    return any(c.main and not c.loose and c.population >= POPULOUS for c in candidates)


def assailed_words(doc: Doc) -> Iterator[Span]:
    """A capitalized word the tagger did not call a proper noun right after a verb of war ("shelled
    Bakhmut/ADV"), or no English word that is the subject of one in the passive ("Bakhmut/ADV was
    captured"): proper-noun runs miss it."""
    for tok in doc:
        if tok.pos_ == "PROPN" or not capitalized_word(tok):
            continue
        after_war = tok.i > 0 and doc[tok.i - 1].lemma_.lower() in WAR_VERBS
        if after_war or (suffered(doc[tok.i : tok.i + 1]) and not english_word(tok.text)):
            yield doc[tok.i : tok.i + 1]


def place_context(run: Span, mention: Mention) -> bool:
    """The words around say "a place": "in X", "X, Ohio", "Jackson, X", "X-based", or X is what troops
    shelled, captured or liberated ("shelled Bakhmut") ("from X" and "to X" do not: letters come from
    people and go to them)."""
    doc = run.doc
    first = run.root
    while first.dep_ == "conj" and first.head.i < first.i and capitalized_word(first.head):
        first = first.head  # "around Bakhmut and Soledar": both
    start = min(run.start, first.i)
    before = doc[start - 1].lower_ if start > 0 else ""
    based = run.end + 1 < len(doc) and doc[run.end].text == "-" and doc[run.end + 1].lower_ == "based"
    assailed = (  # "shelled Bakhmut", "Mariupol was shelled"; not "a car struck Bell": people are struck too
        (run.start > 0 and doc[run.start - 1].lemma_.lower() in WAR_VERBS) or suffered(run)
    ) and not english_word(run.text)
    return (
        before in IN_PLACE
        or (before == "of" and start > 1 and doc[start - 2].lower_ in COMPASS)  # "south of Bakhmut"
        or moved(doc[start - 1] if start > 0 else None)
        or after_comma_place(run)
        or mention.within is not None
        or based
        or assailed
        or sized_cue(run)  # "A Gainesville man", "Watson, 30, of Grovetown"
    )


def moved(preposition: Token | None) -> bool:
    """Forces move from, towards or into a place ("withdrew from Lyman", "pushed towards Kreminna"); only
    people come from people."""
    return (
        preposition is not None
        and preposition.lower_ in MOVE_PREPOSITIONS
        and preposition.head.lemma_.lower() in MOVES
    )


MOVE_PREPOSITIONS = frozenset(["from", "towards", "toward", "into"])
MOVES = frozenset(
    ["withdraw", "retreat", "flee", "pull", "advance", "push", "move", "march", "head", "evacuate", "drive",
     "expel", "oust", "deploy", "redeploy"]
)  # fmt: skip


def suffered(run: Span) -> bool:
    """The name is the subject of a passive verb of war: "Mariupol was shelled again", "Bakhmut, which
    was captured in May"."""
    head = run.root
    return head.dep_ == "nsubjpass" and head.head.lemma_.lower() in WAR_VERBS


IN_PLACE = frozenset(["in", "at", "near", "outside", "inside", "across", "around", "throughout", "via"])


def called_a_person(run: Span) -> bool:
    """The model tags the same name as a person elsewhere in the section, outside a place's context
    ("a letter from Wilson ... Wilson resigned"; not "in Newberry ... in Newberry")."""
    doc = run.doc
    return any(
        e.label_ == "PERSON"
        and e.text == run.text
        and e.start != run.start
        and not (e.start > 0 and doc[e.start - 1].lower_ in IN_PLACE)
        for e in doc.ents
    )


def misdated(ent: Span, gazetteer: Gazetteer) -> bool:
    """A big place the model took for a date or time ("from Winnipeg to Edmonton on Sunday")."""
    return ent.label_ in {"DATE", "TIME"} and ent.text.isalpha() and strong(gazetteer.lookup(ent.text))


DATELINE_MARKS = frozenset(["—", "–", "-", "--", "(", ",", ":"])


def datelines(section: int, doc: Doc, gazetteer: Gazetteer) -> Iterator[Mention]:
    """An upper-case place name that opens a paragraph or sentence and is followed by a dash, "(AP)" or
    ", State": where the report was filed ("TORRINGTON — City Council approved", "BEIRUT (AP) —"),
    whatever the model tagged it."""
    for tok in doc:
        if not tok.text.isupper():
            continue
        opens = tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_
        if not opens:
            continue
        end = tok.i
        while end < len(doc) and end - tok.i < 4 and doc[end].text.isupper() and capitalized_word(doc[end]):
            end += 1
        run = doc[tok.i : end]
        after = doc[end].text if end < len(doc) else ""
        if len(run) and len(run.text) > 2 and after in DATELINE_MARKS and _main(gazetteer, run.text):
            yield make(section, run, "dateline")


def _main(gazetteer: Gazetteer, name: str) -> bool:
    return any(c.main and not c.loose for c in gazetteer.lookup(name))


def conjunct_of_place(run: Span, places: set[int]) -> bool:
    """ "the cities of Svatove and Kreminna": coordinated with a place mention."""
    root = run.root
    if (root.dep_ == "conj" and root.head.i in places) or any(c.i in places for c in root.conjuncts):
        return True
    doc = run.doc  # the parse may miss it: "the cities of Svatove and Kreminna - strategic waypoints"
    return run.start >= 2 and doc[run.start - 1].lower_ in {"and", "or"} and run.start - 2 in places


def after_comma_place(run: Span) -> bool:
    """ "Jackson, Miss.": a name right after "<Name>," is the containing state or country."""
    doc = run.doc
    return run.start >= 2 and doc[run.start - 1].text == "," and doc[run.start - 2].pos_ == "PROPN"
