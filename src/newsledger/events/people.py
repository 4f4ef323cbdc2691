"""Whom a person acts for, as the article itself says: "Russian President Vladimir Putin", "Ukraine's
Defence Minister Oleksii Reznikov", "Kremlin spokesman Dmitry Peskov", "Vladimir Putin, the Russian
president". A person titled so once is that country's government (or, for a general or commander, its
military) wherever the article names them again: "Putin has been offered surrender terms" is an offer to
the Government of Russia, "Putin's army" the Military Forces of Russia.

Only the text's own words count, no table of office holders: a person the article never ties to a
country acts for no one the record can name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsledger.events.actors import country_in, entity_of

POLITICAL = frozenset({
    "president", "premier", "minister", "chancellor", "king", "queen", "emir", "sultan", "spokesman",
    "spokeswoman", "spokesperson", "secretary", "ambassador", "envoy", "governor", "mayor", "leader",
    "official", "diplomat", "adviser", "advisor", "aide", "senator", "lawmaker", "ruler", "dictator",
})  # fmt: skip
MILITARY = frozenset({"general", "commander", "admiral", "colonel", "marshal", "chief"})
LOOK_BACK = 6  # words of a title before a name ("Russian Deputy Foreign Minister Sergei Ryabkov")
TITLE_DEPS = frozenset({"compound", "amod", "poss", "case", "nmod"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(frozen=True, slots=True)
class Affiliation:
    country: str
    kind: str  # "government" | "military"


def affiliations(docs: Iterable[Doc]) -> dict[str, Affiliation]:
    """Surname (and full name) -> whom the person acts for, from the first title that names a country."""
    out: dict[str, Affiliation] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = _name(ent)
            found = _titled(ent) if name is not None else None
            if name is not None and found is not None:
                for key in (name.text, name[-1].text):
                    out.setdefault(key, found)
    return out


def _name(ent: Span) -> Span | None:
    """The entity without a trailing possessive ("Saddam Hussein's")."""
    end = ent.end
    while end > ent.start and ent.doc[end - 1].text in POSSESSIVE:
        end -= 1
    return ent.doc[ent.start : end] if end > ent.start else None


def person_key(token: Token) -> str | None:
    """The name a token of a person's name is known by: the whole entity's text (or its last word)."""
    if token.ent_type_ != "PERSON":
        return None
    name = _name(entity_of(token))
    return name.text if name is not None else None


def affiliation_of(token: Token, known: dict[str, Affiliation]) -> Affiliation | None:
    key = person_key(token)
    if key is None:
        return None
    return known.get(key) or known.get(key.split()[-1])


def _titled(ent: Span) -> Affiliation | None:
    """The country and kind of the title right before the name ("Russian President Vladimir Putin": words
    the name governs) or of its apposition ("Vladimir Putin, the Russian president")."""
    doc = ent.doc
    inside = set(range(ent.start, ent.end))
    words: list[Token] = []
    i = ent.start - 1
    while i >= max(0, ent.start - LOOK_BACK):
        possessive = doc[i].text in POSSESSIVE and i > 0 and doc[i - 1].head.i in inside  # "Ukraine's"
        if not possessive and not (doc[i].dep_ in TITLE_DEPS and doc[i].head.i in inside):
            break
        inside.add(i)
        words.insert(0, doc[i])
        i -= 1
    found = _title_words(words, ent.root) if words else None
    if found is not None:
        return found
    for tok in ent:
        for child in tok.children:
            if child.dep_ == "appos" and child.i >= ent.end:
                return _title_words([t for t in child.subtree if t.i <= child.i], ent.root)
    return None


def _title_words(words: list[Token], head: Token) -> Affiliation | None:
    """ "Russian President", "Ukraine's Defence Minister", "Kremlin spokesman", "the Russian president"."""
    kind = None
    for t in words:
        lower = t.lower_
        if lower in POLITICAL:
            kind = "government"
        elif lower in MILITARY:
            kind = kind or "military"
    if kind is None:
        return None
    country, _ = country_in(words, head)  # the actor table's demonyms, metonyms and country names
    return Affiliation(country, kind) if country is not None else None
