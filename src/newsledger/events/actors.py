"""Actors in ACLED's naming style, from a noun phrase of the parse and `data/actors.json`.

An actor is a kind (state forces, police, government, rebels, militias, rioters, protesters,
civilians, external bodies) and usually a country: "Military Forces of Russia", "Civilians
(Ukraine)". The kind comes from the phrase's head noun ("troops", "police", "residents") or a
named group ("Al-Shabaab fighters"); the country from a demonym ("Russian troops"), a
possessive or metonym ("Moscow's troops", "Kyiv's men", "the Kremlin"), an of-phrase, the head
itself ("Ukraine liberated ...": the state's forces or government, as the event requires), or
the country where the event happened when the phrase names none ("gunmen" -> "Unidentified
Armed Group (Somalia)").
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from spacy.tokens import Span, Token

PRONOUNS = frozenset({"it", "they", "we", "he", "she", "its", "their", "our", "his", "her", "them", "us"})
STATE_KINDS = frozenset({"military", "police", "government"})
PLURAL_STATES = frozenset({"country", "nation", "side", "state", "government", "power", "ally"})
MODIFIERS = frozenset({"amod", "compound", "nmod"})
CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj", "prep"})
# who reports or comments carries out no event: "Russian state media defended the withdrawal"
MEDIA = frozenset({
    "media", "newspaper", "paper", "press", "television", "tv", "broadcaster", "channel", "outlet",
    "agency", "website", "blogger", "commentator", "pundit", "analyst",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    iso: int
    iso2: str
    iso3: str
    region: str
    capital: str | None


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # military, police, government, rebels, militia, rioters, protesters, civilians, external
    inter: int  # ACLED interaction code of the kind: 1 state ... 8 external
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ActorTable:
    countries: dict[str, Country]  # by lower-case name, alias, demonym, ISO alpha-2
    demonyms: dict[str, str]  # lower-case demonym -> country name
    metonyms: dict[str, tuple[str, str]]  # lower-case name -> (country, kind)
    kinds: dict[str, str]  # lower-case noun (or two-word noun) -> kind
    inter: dict[str, int]  # kind -> ACLED inter code
    templates: dict[str, str]
    groups: dict[tuple[str, ...], Actor]  # alias tokens -> the group
    longest_group: int

    def country(self, text: str) -> Country | None:
        return self.countries.get(text.lower().removeprefix("the "))

    def by_code(self, iso2: str | None) -> Country | None:
        return self.countries.get(iso2.lower()) if iso2 else None


def _load() -> Any:
    return json.loads(
        resources.files("newsledger").joinpath("data", "actors.json").read_text(encoding="utf-8")
    )


def _alias_key(alias: str) -> tuple[str, ...]:
    words = alias.replace("-", " - ").split()
    # all-capital acronyms ("IS", "UN") must match case; other names match any case
    return tuple(w if (w.isupper() and len(w) <= 4) else w.lower() for w in words)


@functools.cache
def actor_table() -> ActorTable:
    data = _load()
    countries: dict[str, Country] = {}
    demonyms: dict[str, str] = {}
    metonyms: dict[str, tuple[str, str]] = {}
    for row in data["countries"]:
        country = Country(row["name"], row["iso"], row["iso2"], row["iso3"], row["region"], row["capital"])
        for key in [row["name"], row["iso2"], *row["aliases"]]:
            countries.setdefault(key.lower(), country)
        for demonym in row["demonyms"]:
            demonyms.setdefault(demonym.lower(), row["name"])
        if row["capital"]:
            metonyms.setdefault(row["capital"].lower(), (row["name"], "government"))
    for alias, name in data["country_aliases"].items():
        countries[alias.lower()] = countries[name.lower()]
    for name, row in data["metonyms"].items():
        metonyms[name.lower()] = (row["country"], row["kind"])
    kinds = {noun: kind for kind, row in data["kinds"].items() for noun in row["nouns"]}
    inter = {kind: int(row["inter"]) for kind, row in data["kinds"].items()}
    templates = {kind: str(row["template"]) for kind, row in data["kinds"].items()}
    groups = {
        _alias_key(alias): Actor(g["name"], "external" if g["inter"] == 8 else "group", int(g["inter"]))
        for g in data["groups"]
        for alias in g["aliases"]
    }
    return ActorTable(countries, demonyms, metonyms, kinds, inter, templates, groups, max(map(len, groups)))


def name_for(kind: str, country: str | None) -> Actor | None:
    """The ACLED-style actor of a kind and country; None for a state kind without a country."""
    table = actor_table()
    if country is None:
        if kind in STATE_KINDS:
            return Actor("Unidentified Military Forces", kind, 1) if kind == "military" else None
        if kind in ("militia", "rebels"):
            return Actor("Unidentified Armed Group", kind, 3)
        return Actor(table.templates[kind].replace(" ({country})", ""), kind, table.inter[kind])
    return Actor(table.templates[kind].format(country=country), kind, table.inter[kind], country)


def find_group(tokens: Sequence[Token]) -> Actor | None:
    """A named group or body whose alias occurs in the tokens ("Al-Shabaab fighters")."""
    table = actor_table()
    words = [t.text for t in tokens]
    for i in range(len(words)):
        for n in range(min(table.longest_group, len(words) - i), 0, -1):
            chunk = words[i : i + n]
            key = tuple(w if (w.isupper() and len(w) <= 4) else w.lower() for w in chunk)
            if key in table.groups:
                return table.groups[key]
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The noun phrase of `head` without its clauses, appositions and coordinated phrases."""
    keep = [head]
    stack = [c for c in head.children if c.dep_ not in CUT_DEPS]
    stack += [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    while stack:
        token = stack.pop()
        keep.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "advcl", "appos", "conj"))
    return sorted(keep, key=lambda t: t.i)


def kind_of(head: Token) -> str | None:
    """The actor kind a noun names ("troops": military), two-word nouns first ("security forces")."""
    table = actor_table()
    left = head.doc[head.i - 1].lower_ if head.i > 0 else ""
    for key in (f"{left} {head.lower_}", head.lower_, head.lemma_.lower()):
        if key in table.kinds:
            return table.kinds[key]
    return None


def country_in(tokens: Sequence[Token], head: Token) -> tuple[str | None, str | None]:
    """(country, kind implied by a metonym) named in the phrase: demonym, possessive, of-phrase."""
    table = actor_table()
    for token in tokens:
        text = token.text
        if token.i + 1 < len(token.doc) and token.nbor().text in ("-", "–") and token.i != head.i:
            continue  # "Kurdish-led", "Russian-backed": not the actor's own country
        if token.pos_ == "PRON":
            continue
        if text.lower() in table.demonyms and token.i != head.i:
            return table.demonyms[text.lower()], None
        span_text = _entity_text(token)
        if span_text.lower() in table.metonyms:
            country, kind = table.metonyms[span_text.lower()]
            return country, kind
        found = table.country(span_text)
        if found is not None and token.pos_ == "PROPN":
            return found.name, None
    return None, None


def _entity_text(token: Token) -> str:
    return entity_of(token).text


def entity_of(token: Token) -> Span:
    """The named entity a token is part of (the token alone outside entities)."""
    doc = token.doc
    if token.ent_iob_ == "O":
        return doc[token.i : token.i + 1]
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def resolve(
    head: Token, *, state_kind: str, default_country: str | None, patient: bool = False
) -> Actor | None:
    """The actor a noun phrase names, or None when it names none of the kinds.

    `state_kind` is what a bare country stands for in this event ("Ukraine liberated": its
    military; "Ukraine agreed": its government); a people named by its demonym is civilian
    when it suffers the event ("Palestinians were killed") and `state_kind` when it acts.
    """
    table = actor_table()
    tokens = phrase_tokens(head)
    group = find_group(tokens)
    if group is not None:
        return group
    if (head.lemma_.lower() in MEDIA or head.lower_ in MEDIA) and not patient:
        return None  # "Russian state media", "a pro-Kremlin blogger": no actor of the event
    kind = kind_of(head)
    country, metonym_kind = country_in(tokens, head)
    if country is None and head.pos_ != "PRON" and head.lower_ in table.demonyms:
        country = table.demonyms[head.lower_]
        kind = kind or ("civilians" if patient else state_kind)
    if kind is None and country is not None:
        kind = state_kind if metonym_kind is None or state_kind == "military" else metonym_kind
    if kind is None:
        return None
    if kind in ("militia", "rebels", "civilians", "protesters", "rioters") and country is None:
        country = default_country
    if kind in STATE_KINDS and country is None and not _several_states(head):
        country = default_country
    return name_for(kind, country)


def _several_states(head: Token) -> bool:
    """ "Six countries", "both sides", "Western nations": states the text leaves unnamed, not one."""
    return head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() in PLURAL_STATES


def modifier_actor_at(
    noun: Token, *, state_kind: str, default_country: str | None
) -> tuple[Actor, Token] | None:
    """The actor a trigger noun's own modifiers name ("Russian missile attack", "soldiers fire at"),
    with the modifier that names it.

    Only the words before the noun count (its "of" and "on" phrases name what it hits); a word
    joined by a hyphen names no actor ("Kurdish-led", "anti-Russian").
    """
    stack = [c for c in noun.children if c.dep_ in MODIFIERS and c.i < noun.i]
    while stack:
        token = stack.pop()
        near = (noun.doc[j].text for j in (token.i - 1, token.i + 1) if 0 <= j < len(noun.doc))
        hyphen = any(text in ("-", "–") for text in near)
        if token.pos_ in ("NOUN", "PROPN", "ADJ") and not hyphen:
            actor = resolve(token, state_kind=state_kind, default_country=default_country)
            if actor is not None:
                return actor, token
        stack.extend(c for c in token.children if c.dep_ in MODIFIERS and c.i < token.i)
    return None


PREFIXES = (
    ("Military Forces of ", 1),
    ("Police Forces of ", 1),
    ("Government of ", 1),
    ("Unidentified Military Forces", 1),
    ("Rebel Forces", 2),
    ("Unidentified Armed Group", 3),
    ("Rioters", 5),
    ("Protesters", 6),
    ("Civilians", 7),
)


def inter_of(name: str | None, event_country: str | None = None) -> int | None:
    """ACLED's interaction code of an actor name: 1 state forces (8 outside their country) ... 8 external."""
    if not name:
        return None
    for prefix, code in PREFIXES:
        if name.startswith(prefix):
            country = name.removeprefix(prefix) if code == 1 and prefix.endswith("of ") else None
            return 8 if country and event_country and country != event_country else code
    group = next((g for g in actor_table().groups.values() if g.name == name), None)
    return group.inter if group else 8
