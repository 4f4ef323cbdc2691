"""Recognize place mentions in a parsed section: spaCy GPE/LOC/FAC entities, cleaned, plus gazetteer
names the model tagged otherwise (or not at all) when the document or the syntax says they are places.

Not places in the record: demonyms and adjectives ("Russian"), and names inside an organisation's
name ("New York Times", "Black Sea Fleet"). `compat=True` adds both, for corpora that count them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.geo.containers import split_region_tail
from newsledger.geo.demonyms import is_demonym, looks_adjectival
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.lexicon import english_word
from newsledger.geo.words import (
    AREA_WORDS,
    COMPASS,
    FACILITY_WORDS,
    GEOGRAPHIC_TAILS,
    LANDFORMS,
    LIST_GLUE,
    LOCATIVE,
    NAMING_WORDS,
    ORG_HEADS,
    PARTIES,
    PLACE_LABELS,
    PLURAL_REGION_WORDS,
    QUALIFIERS,
    REGION_WORDS,
    SERVICE_WORDS,
    SETTLEMENT_FEATURES,
    SETTLEMENT_WORDS,
    STREET_WORDS,
    STRIP_LEFT,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A place name in one section, with what the surrounding words say about it."""

    section: int  # index into Analysis.sections
    start: int  # token offsets in the section's Doc
    end: int
    text: str
    source: str  # ner:<spaCy label> | propagated | gazetteer | named ("the town of X") | dateline
    feature_hint: str | None = None  # region | admin1 | settlement | water | country | area | island | part
    within: str | None = None  # "Pavlivka, in Donetsk" -> "Donetsk"
    determiner: bool = False  # "the Dnipro": a river or a region rather than a city
    after_place: bool = False  # "Paris, Ky": right after "<Name>,", where a state or country goes
    enumeration: int | None = None  # index of the first mention of the list it is an item of


def clean(span: Span) -> Span | None:
    """Drop a leading article, prefix or party letter and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].text in STRIP_LEFT or doc[start].is_punct or party(doc[start])):
        start += 1
    while end > start and (doc[end - 1].text in {"'s", "’s", "'", "’"} or doc[end - 1].is_punct):
        end -= 1
    return doc[start:end] if end > start else None


def party(tok: Token) -> bool:
    """A party's letter glued to a seat by a hyphen: "D" of "D-Iowa City"."""
    doc = tok.doc
    glued = tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_
    return tok.text in PARTIES and glued and not doc[tok.i + 1].whitespace_


def split_commas(span: Span) -> list[Span]:
    """ "Wainwright, Alta." is two places."""
    parts, start = [], span.start
    for tok in span:
        if tok.text == ",":
            parts.append(span.doc[start : tok.i])
            start = tok.i + 1
    parts.append(span.doc[start : span.end])
    return [p for p in parts if len(p)]


def hints(span: Span) -> tuple[str | None, str | None, bool]:
    """Feature hint, containing place ("X, Y" / "X, in Y") and whether "the" precedes it."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    determiner = before is not None and before.lower_ == "the" and not modifies_next(span)
    feature = None
    if after is not None and after.lower_ == "area":
        feature = "area"  # "the Alexandria area": a place, a town's surroundings as often as a region
    elif after is not None and after.lower_ in REGION_WORDS:
        feature = "region"
    elif after is not None and after.lower_ in SETTLEMENT_WORDS | {"river"}:
        feature = "settlement" if after.lower_ != "river" else "water"
    elif (
        before is not None
        and before.lower_ == "of"
        and span.start > 1
        and not named_part(doc, span.start - 2)
    ):
        word = doc[span.start - 2].lower_
        feature = _kind_word(word)
    elif before is not None and before.lower_ == "called" and span.start > 1:
        word = doc[span.start - 2].lower_
        feature = "settlement" if word in SETTLEMENT_WORDS else None
    elif listed_before(span) in PLURAL_REGION_WORDS:
        feature = "region"
    elif before is not None and before.is_lower and before.lower_ in COMPASS_PARTS:
        feature = "part"  # "central Washington", "eastern Kherson": a part of a state, region or country
    return feature, within(span), determiner


COMPASS_PARTS = frozenset(
    ["central", "eastern", "western", "northern", "southern", "northeastern", "northwestern", "southeastern",
     "southwestern", "upstate", "downstate"]
)  # fmt: skip


def _kind_word(word: str) -> str | None:
    """The kind of place "the <word> of X" calls X: "the city of" a settlement, "the island of" an island."""
    if word in SETTLEMENT_WORDS:
        return "settlement"
    if word in REGION_WORDS:
        return "region"
    return "island" if word == "island" else None


def modifies_next(span: Span) -> bool:
    """The name modifies a noun after it ("the Zhytomyr substation"): "the" is that noun's."""
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.i >= span.end


def named_part(doc: Doc, i: int) -> bool:
    """ "the Petrovsky district of Donetsk": a named district of a place, which is no hint that the place
    is a region (a city has districts too), unlike "the region of Kherson"."""
    return i > 0 and doc[i].lower_ in {"district", "area", "suburb"} and doc[i - 1].pos_ == "PROPN"


def listed_before(span: Span) -> str | None:
    """The word that ends a list of names this one starts or belongs to: "counties" for "Clark" in
    "Clark, Madison and Warren counties"."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 40 and (doc[i].lower_ in LIST_GLUE or capitalized_word(doc[i])):
        i += 1
    return doc[i].lower_ if i < len(doc) else None


UNIT_WORDS = frozenset(["oblast", "region", "province", "krai", "raion", "governorate", "prefecture"])


def within(span: Span) -> str | None:
    """The place a name is said to be in: "Pavlivka, in Donetsk", "Paris, Tenn.", "Horodnje, Luhansk
    Oblast, Ukraine" (a region named so contains, even before more names), "Kakhovka Kherson Oblast"."""
    doc = span.doc
    i = span.end
    k = i
    while k < len(doc) and k - i < 4 and doc[k].is_title and doc[k].pos_ == "PROPN":
        k += 1
    if k - i >= 2 and doc[k - 1].lower_ in UNIT_WORDS:  # not "Miss Butler County"
        return doc[i:k].text
    if i + 1 < len(doc) and doc[i].text == ",":
        j = i + 1
        if doc[j].lower_ == "in" and j + 1 < len(doc):
            j += 1
        k = j
        while k < len(doc) and (doc[k].is_title or doc[k].is_upper or doc[k].text == ".") and k - j < 4:
            k += 1
        stated = doc[k - 1].text.endswith(".") or doc[k - 1].lower_ in REGION_WORDS
        if k > j and doc[j].pos_ == "PROPN" and (stated or not in_list(doc, k)):
            return doc[j:k].text
    return None


def in_list(doc: Doc, k: int) -> bool:
    """More names follow ("stops in Washington, New York, Boston and Houston"): the name after the comma
    is the next in a list, not the one containing the first."""
    i = k + 1 if k < len(doc) and doc[k].text == "," else k
    if i < len(doc) and doc[i].lower_ in {"and", "or"}:
        i += 1
    return i > k and i < len(doc) and capitalized_word(doc[i]) and doc[i].pos_ == "PROPN"


def is_org_name(ent: Span) -> bool:
    """A GPE followed by an organisation word inside the same proper-noun run ("New York Times")."""
    doc = ent.doc
    i = ent.end
    return i < len(doc) and doc[i].lower_ in ORG_HEADS and (doc[i].is_title or doc[i].is_upper)


def make(section: int, span: Span, source: str) -> Mention:
    feature, container, determiner = hints(span)
    doc = span.doc
    after = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].pos_ == "PROPN"
    return Mention(
        section=section, start=span.start, end=span.end, text=span.text, source=source,
        feature_hint=feature, within=container, determiner=determiner, after_place=after,
    )  # fmt: skip


def ner_mentions(section: int, doc: Doc, gazetteer: Gazetteer) -> Iterator[Mention]:
    for ent in joined_entities(doc, gazetteer):
        if ent.label_ not in PLACE_LABELS or is_org_name(ent):
            continue
        cleaned = clean(ent)
        if cleaned is None:
            continue
        cleaned = left_extended(hyphen_extended(cleaned, gazetteer), gazetteer)
        pieces = (
            p
            for c in split_commas(cleaned)
            for j in split_joined(c, gazetteer)
            for p in split_region_tail(j, gazetteer)
        )
        for piece in pieces:
            stripped = strip_type_word(piece, gazetteer)
            if (
                stripped is not None
                and not gazetteer.lookup(stripped.text)
                and not english_word(stripped.text)
            ):
                stripped = piece  # "the Bohai Sea": unknown either way, the whole name names it
            part = known_part(stripped, gazetteer)
            if part is not None and (is_name(part, gazetteer) or placed_there(part)):
                yield make(section, part, f"ner:{ent.label_}")


def joined_entities(doc: Doc, gazetteer: Gazetteer) -> Iterator[Span]:
    """The model's entities, two adjacent place entities made one when the gazetteer knows them together
    by that name ("Gun" and "Barrel City" of "Gun Barrel City")."""
    ents = list(doc.ents)
    k = 0
    while k < len(ents):
        ent, after = ents[k], ents[k + 1] if k + 1 < len(ents) else None
        if after is not None and after.start == ent.end and {ent.label_, after.label_} <= PLACE_LABELS:
            whole = Span(doc, ent.start, after.end, label=after.label_)
            if any(c.main and not c.loose for c in gazetteer.lookup(whole.text)):
                yield whole
                k += 2
                continue
        yield ent
        k += 1


def placed_there(span: Span) -> bool:
    """A place the model tags right after "in" ("the mosque in Likoni"), though its ending is a demonym's."""
    before = span.doc[span.start - 1] if span.start else None
    near = before is not None and before.lower_ in ("in", "at", "near") and before.dep_ == "prep"
    return near and capitalized_word(span[0]) and not is_demonym(span.text) and not english_word(span.text)


def left_extended(span: Span, gazetteer: Gazetteer) -> Span:
    """The whole name when the model tagged only its last or first word and the gazetteer knows the whole
    by its own name ("Beida" of "near Goz Beida", which would otherwise be Al Bayda in Libya; "Belle" of
    "Belle Plaine"), unless more capitalized words follow ("Dublin City Council")."""
    doc = span.doc
    for start in (span.start - 1, span.start - 2):
        if start < 0 or not all(capitalized_word(t) and t.ent_iob_ == "O" for t in doc[start : span.start]):
            break
        whole = doc[start : span.end]
        if any(c.main and not c.loose for c in gazetteer.lookup(whole.text)):
            return whole
    for end in (span.end + 1, span.end + 2):
        if end > len(doc) or not all(capitalized_word(t) and t.ent_iob_ == "O" for t in doc[span.end : end]):
            break
        whole = doc[span.start : end]
        longer = end < len(doc) and capitalized_word(doc[end])  # "Dublin City Council": an organisation's
        if not longer and any(c.main and not c.loose for c in gazetteer.lookup(whole.text)):
            return whole
    return span


def hyphen_extended(span: Span, gazetteer: Gazetteer) -> Span:
    """The whole hyphenated name when the model tagged only its first part and the gazetteer knows the
    whole ("Saxony" of "Saxony-Anhalt")."""
    doc = span.doc
    end = span.end
    while end + 1 < len(doc) and inner_hyphen(doc[end]):
        end += 2
    whole = doc[span.start : end]
    return whole if end > span.end and any(not c.loose for c in gazetteer.lookup(whole.text)) else span


def split_joined(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Greenbrier-Pocahontas", "Asia-Pacific", "Norman to D.C.": two known places joined by a hyphen, a
    slash or "to", or two countries run together ("Greece Italy"), unless the gazetteer knows the whole
    ("Winston-Salem", "Guinea-Bissau"). A dash between spaces ends a name whatever the parts are
    ("Central Africa - Nigeria")."""
    if len(span) < 2 or gazetteer.lookup(span.text):
        return [span]
    doc = span.doc
    for tok in span[1:-1]:
        if tok.text in {"-", "–", "—"} and doc[tok.i - 1].whitespace_ and tok.whitespace_:
            return [doc[span.start : tok.i], doc[tok.i + 1 : span.end]]  # "Central Africa - Nigeria"
        if tok.text in {"-", "–", "/"} or tok.lower_ == "to":
            left, right = doc[span.start : tok.i], doc[tok.i + 1 : span.end]
            if _main_name(left, gazetteer) and _main_name(right, gazetteer):
                return [left, right]
    for cut in range(span.start + 1, span.end):  # "Greece Italy": two countries run together
        left, right = doc[span.start : cut], doc[cut : span.end]
        if _country_name(left, gazetteer) and _country_name(right, gazetteer):
            return [left, right]
    return [span]


def _country_name(span: Span, gazetteer: Gazetteer) -> bool:
    """A country's own name (not a region's: "Central Plateau" is one place, not Central and Plateau)."""
    senses = gazetteer.lookup(span.text)
    return capitalized_word(span[0]) and any(c.main and c.feature == "country" for c in senses)


def is_name(span: Span, gazetteer: Gazetteer) -> bool:
    """A place name, not a demonym, an adjective or a bare compass direction."""
    if not capitalized_word(span[0]) or span.text.lower() in COMPASS or len(span.text) < 2:
        return False
    if re.fullmatch(r"[A-Z][a-z]{1,2}[A-Z][a-z]?", span.text):  # "MoD", "DfE": a body's acronym
        return False
    if is_demonym(span.text) or (all(t.pos_ == "ADJ" for t in span) and not named_a_place(span)):
        return False  # "Ossetian"; not "attacked Bemal/ADJ village"
    return bool(gazetteer.lookup(span.text)) or not looks_adjectival(span.text) or named_a_place(span)


def named_a_place(run: Span) -> bool:
    """The text itself calls the name a place, whatever the model tagged it: "the (key) town of Kabbani",
    "Baghdad's neighborhood of Abu Dashir", "the Sheikh Lufti area", "Hamidiyeh and Bab Qubli
    neighborhoods", "Bemal village", "Mohammad Agha District", "Maryin Gubay, a small town in". Such a
    name stays even when no gazetteer knows it (with a null point). "The capital of" and "the port of"
    are no such call: the name after them is what has the capital; nor is a place word that only
    modifies another noun ("the Jackson town council")."""
    doc = run.doc
    words = word_count(run)
    if 1 < words <= 5 and run[-1].lower_ in AREA_WORDS and run[-2].lower_ not in SERVICE_WORDS:
        return True  # not "Laurel County School District"
    if words > 3:
        return False
    after = listed_before(run)
    described = run.start > 0 and doc[run.start - 1].pos_ == "ADV"  # "mostly Shi'i neighbourhoods"
    if after in AREA_WORDS and not (described or english_word(run.text) or _modifier(doc, run.end, after)):
        return True  # not "the Sikh area"
    if run.end + 2 < len(doc) and doc[run.end].text == "," and doc[run.end + 1].lower_ in {"a", "the"}:
        j = _skip_adjectives(doc, run.end + 2, 1)
        if (
            j < len(doc)
            and doc[j].lower_ in SETTLEMENT_WORDS | LANDFORMS
            and doc[j].dep_ == "appos"
            and run.start <= doc[j].head.i < run.end
        ):
            return True  # "Wadi Barada, a valley overlooked by"; not "Diane Harris, the city's planner"
    i = _list_start(doc, run.start) - 1  # "the villages of Hazarah and Tal Maksour"
    if i >= 0 and doc[i].text in AYN and not doc[i].whitespace_:
        i -= 1  # "the village of ‘Ayishah": the ayn is split off the name
    if i < 2 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in NAMING_WORDS - {"capital", "port"}:
        return False
    i = _skip_adjectives(doc, i - 2, -1)
    return i >= 0 and (doc[i].lower_ in {"the", "a", "an"} or doc[i].tag_ == "POS")


AYN = frozenset(["‘", "ʿ", "'", "’"])  # transliterations of Arabic names start with it: "‘Uqayrib"


def _skip_adjectives(doc: Doc, i: int, step: int) -> int:
    """Past adjectives and nouns that modify ("the key town", "the mountain town", "the hilltop village",
    "the recently-liberated ancient city")."""
    while 0 <= i < len(doc) and (
        doc[i].pos_ == "ADJ"
        or doc[i].is_space
        or (step < 0 and (doc[i].dep_ in ("compound", "amod") or _inside_modifier(doc[i])))
    ):
        i += step
    return i


def _inside_modifier(tok: Token) -> bool:
    """A hyphen or adverb within a modifier written as one word: "recently-liberated"."""
    joined = tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_
    return joined or (tok.dep_ == "advmod" and tok.head.dep_ == "amod")


def word_count(run: Span) -> int:
    """Words of a name, a hyphenated one counting once ("Tal Al-Bardah": two)."""
    return len(run) - 2 * sum(inner_hyphen(t) for t in run)  # a hyphen joins two tokens into one word


def _list_start(doc: Doc, start: int) -> int:
    """Where the list of names ending with the one at `start` begins ("Qal'ajiyah, Alhumayra and X")."""
    i = start
    while i > 0 and start - i < 40 and (doc[i - 1].lower_ in LIST_GLUE or capitalized_word(doc[i - 1])):
        i -= 1
    while i < start and doc[i].lower_ in LIST_GLUE:
        i += 1
    return i


def _modifier(doc: Doc, start: int, word: str) -> bool:
    """The place word after a list only modifies a noun ("the Jackson town council")."""
    for tok in doc[start : min(len(doc), start + 40)]:
        if tok.lower_ == word:
            return tok.dep_ == "compound"
    return False


def known_part(span: Span | None, gazetteer: Gazetteer) -> Span | None:
    """A multi-word name the gazetteer does not know, narrowed to the name it knows after qualifiers
    ("Northeast Georgia" -> "Georgia") or before facility words ("Henderson County Jail" -> "Henderson
    County"); None when the words after it name an organisation ("North Las Vegas Police")."""
    if span is None or len(span) < 2 or gazetteer.lookup(span.text):
        return span
    doc = span.doc
    if len(span) > 2 and span[0].lower_ in REGION_WORDS | SETTLEMENT_WORDS and span[1].lower_ == "of":
        rest = doc[span.start + 2 : span.end]  # "Province of Ontario", "State of Illinois"
        if _main_name(rest, gazetteer):
            return rest
    for cut in range(span.start + 1, span.end):
        head, tail = doc[span.start : cut], doc[cut : span.end]
        if all(t.lower_ in QUALIFIERS for t in head) and _qualified_name(tail, gazetteer):
            return tail
    for cut in range(span.end - 1, span.start, -1):
        head, tail = doc[span.start : cut], doc[cut : span.end]
        words = {t.lower_ for t in tail if not t.is_punct}
        if words <= FACILITY_WORDS | ORG_HEADS and _main_name(head, gazetteer):
            if words & ORG_HEADS - FACILITY_WORDS or in_other_town(doc, span.end, head.text, gazetteer):
                return None
            if words & SPONSORED and not _big_or_county(head, gazetteer):
                return span  # "Rogers Centre", "Carnegie Hall": named after a sponsor as often as a town
            return head
    if named_after_place(span, gazetteer) and not named_a_place(span):  # "the hilltop of Tal Sukeek"
        return None
    return span


SPONSORED = frozenset({"center", "centre", "hall", "arena", "stadium", "mall", "civic"})


def _big_or_county(span: Span, gazetteer: Gazetteer) -> bool:
    """A city big enough, or a county or region, to have a centre or an arena named after it."""
    senses = tuple(c for c in gazetteer.lookup(span.text) if c.main and not c.loose)
    return strong(senses) or any(c.feature == "district" for c in senses)


def in_other_town(doc: Doc, i: int, name: str, gazetteer: Gazetteer) -> bool:
    """ "Highland Hospital in Oakland", "the Victoria Hotel in Warsaw" (`i` is the token after the facility):
    the text says which town the facility is in, and it is not `name`, so the facility is named after
    something else. A region after "in" contains the town ("Lutsk Substation in Volyn Oblast")."""
    if i >= len(doc) or doc[i].lower_ not in ("in", "at"):
        return False
    end = i + 1
    while end < len(doc) and end - i <= 4 and capitalized_word(doc[end]):
        end += 1
    town = doc[i + 1 : end]
    if not len(town) or town.text == name:
        return False
    senses = [c for c in gazetteer.lookup(town.text) if c.main and not c.loose]
    return bool(senses) and all(c.feature in SETTLEMENT_FEATURES for c in senses)


def named_after_place(span: Span, gazetteer: Gazetteer) -> bool:
    """A known place followed by capitalized words that are no place ("Montgomery County Democrats",
    "Alachua County Sheriff", "Las Vegas City Marshal"): the name of something else, not a place."""
    doc = span.doc
    if span[-1].lower_.rstrip(".") in FACILITY_WORDS | STREET_WORDS | GEOGRAPHIC_TAILS:
        return False  # "Royal Street", "Greer City Hall", "the Bohai Sea": a street, building or sea stays
    for cut in range(span.end - 1, span.start, -1):
        head, tail = doc[span.start : cut], doc[cut : span.end]
        if len(tail) > 4 or not all(capitalized_word(t) for t in tail) or strong(gazetteer.lookup(tail.text)):
            return False  # "Greece Italy": two places
        if not doc[cut - 1].whitespace_:
            continue  # "Al-Maalif": one word, whatever "Al" names on its own
        if _main_name(head, gazetteer):
            return True
    return False


def _main_name(span: Span, gazetteer: Gazetteer) -> bool:
    return capitalized_word(span[0]) and any(c.main for c in gazetteer.lookup(span.text))


def _qualified_name(span: Span, gazetteer: Gazetteer) -> bool:
    """What a compass word or "downtown" qualifies: a place's own name or an abbreviation the gazetteer
    knows ("Northern Syria", "Northwest D.C.", "South L.A.", "Western US"); not another place's other
    name ("West Ghouta" is not the Eastern Ghouta that "Ghouta" also names). An English word only as a
    big place's own name ("Southern Turkey") or a sea's ("North Atlantic"): not as a small place's
    ("West Wing") or as another language's name for a country or region ("North Island": Iceland is
    "Island" in German; "West Coast")."""
    senses = tuple(c for c in gazetteer.lookup(span.text) if not c.loose)
    if not capitalized_word(span[0]) or not senses:
        return False
    if span.text.isupper() or "." in span.text:
        return True
    own = tuple(c for c in senses if c.main)  # not "West Ghouta" for the East's "Ghouta"
    if not english_word(span.text):
        return bool(own)
    return strong(tuple(c for c in senses if c.main or c.feature in {"sea", "ocean", "continent"}))


def strip_type_word(span: Span, gazetteer: Gazetteer) -> Span | None:
    """ "Kherson region" -> "Kherson" (with a region hint) unless the gazetteer knows the whole name."""
    if (
        len(span) > 1
        and span[-1].lower_ in REGION_WORDS | SETTLEMENT_WORDS
        and not gazetteer.lookup(span.text)
    ):
        return span.doc[span.start : span.end - 1]
    return span


def capitalized_word(tok: Token) -> bool:
    """A word of letters (hyphens, apostrophes and dots allowed) that starts with a capital: "Kyiv",
    "DeKalb", "McMinn", "U.S.", "Winston-Salem", "O'Fallon"."""
    letters = tok.text.translate(_NAME_MARKS)
    return letters.isalpha() and tok.text[0].isupper()


_NAME_MARKS = str.maketrans("", "", ".-'’")


def proper_runs(doc: Doc) -> Iterator[Span]:
    """Maximal runs of capitalized proper nouns (the names the model may have mislabelled); a hyphen
    written inside a word joins its parts ("Al-Dalwa")."""
    start = None
    for tok in doc:
        ok = (proper(tok) and capitalized_word(tok)) or (start is not None and inner_hyphen(tok))
        if ok and start is None:
            start = tok.i
        elif not ok and start is not None:
            yield doc[start : tok.i]
            start = None
    if start is not None:
        yield doc[start : len(doc)]


NAME_LABELS = frozenset(["GPE", "LOC", "FAC", "ORG", "PERSON"])


def proper(tok: Token) -> bool:
    """A proper noun, or a capitalized noun or adjective inside a name entity after a sentence's first
    word: the tagger reads "Homs" as a plural ("in the city of Homs"), "Bemal" as an adjective ("attacked
    Bemal village"). Not an acronym ("MoD", "MIDI"), nor a people's adjective ("Kurdish-led")."""
    if tok.pos_ == "PROPN":
        return True
    named = tok.ent_type_ in NAME_LABELS and tok.text[1:].islower() and not tok.is_sent_start
    if tok.pos_ == "ADJ":  # "attacked Bemal/ADJ village" (an organisation to the model)
        return named and not is_demonym(tok.text) and not looks_adjectival(tok.text)
    return tok.pos_ in ("NOUN", "ADV") and named  # "around Bakhmut/ADV" (an organisation to the model)


def inner_hyphen(tok: Token) -> bool:
    """A hyphen with no space on either side, between a word and a capitalized word: "Al-Dalwa", not
    "Kyiv - and", nor a party's letters before a seat ("D-Braxton", "DFL-Cook")."""
    doc = tok.doc
    return (
        tok.text == "-"
        and 0 < tok.i < len(doc) - 1
        and len(doc[tok.i - 1]) > 1
        and not doc[tok.i - 1].is_upper
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and capitalized_word(doc[tok.i + 1])
    )


BIG_FEATURES = frozenset(
    ["country", "continent", "region", "sea", "ocean", "river", "building", "lake", "mountains", "desert"]
)


def strong(candidates: tuple[Candidate, ...]) -> bool:
    """A name whose best sense is big enough to be a place on its own evidence."""
    return any(c.feature in BIG_FEATURES or c.population >= 100_000 for c in candidates)


def locative(tok: Token) -> bool:
    """Right after a locative preposition ("in", "near the"), or a qualifier after it ("in eastern
    Ghouta", "across the northern Donbas")."""
    i = tok.i - 1
    if i >= 0 and tok.doc[i].lower_ in QUALIFIERS and tok.doc[i].is_lower:
        i -= 1
    if i >= 0 and tok.doc[i].lower_ == "the":
        i -= 1
    return i >= 0 and tok.doc[i].lower_ in LOCATIVE
