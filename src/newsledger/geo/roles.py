"""Metonymy: a capital or a seat of government that stands for its government ("Moscow said",
"Kyiv's troops", "the Kremlin", "Washington is quietly leaning on Kyiv") gets `role="actor"`.

Countries keep the literal role (a country acting is still the country), and so do ordinary towns.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsledger.geo.gazetteer import Candidate
from newsledger.model import PlaceRole

AGENT_NOUNS = frozenset(
    [
        "troops",
        "soldiers",
        "men",
        "forces",
        "force",
        "army",
        "military",
        "intelligence",
        "control",
        "allies",
        "ally",
        "government",
        "officials",
        "leaders",
        "leadership",
        "regime",
        "position",
        "stance",
        "claims",
        "demands",
        "policy",
        "offensive",
        "attack",
        "attacks",
        "invasion",
        "war",
        "strategy",
        "plans",
        "response",
        "decision",
        "envoy",
        "diplomats",
        "commanders",
        "units",
        "missiles",
        "drones",
        "pressure",
        "support",
        "sanctions",
        "backing",
        "proxies",
        "aggression",
        "retreat",
        "withdrawal",
    ]
)
ACTOR_PREPS = frozenset(
    [
        "with",
        "between",
        "against",
        "on",
        "by",
        "from",
    ]
)
LITERAL_PREPS = frozenset(
    [
        "in",
        "at",
        "inside",
        "outside",
        "near",
        "into",
        "to",
        "around",
        "toward",
        "towards",
    ]
)
STATIVE_VERBS = frozenset(
    [
        "be",
        "remain",
        "lie",
        "sit",
        "become",
        "stay",
        "look",
        "seem",
    ]
)


def role_of(span: Span, candidate: Candidate | None) -> PlaceRole:
    if candidate is None or candidate.feature == "country":
        return "literal"
    if candidate.actor:
        return "literal" if _head_prep(span) in LITERAL_PREPS - {"in"} else "actor"
    if not candidate.capital:
        return "literal"
    return "actor" if _acts(span) else "literal"


def _acts(span: Span) -> bool:
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.text in {"'s", "’s"}:
        owner = root.head if root.head.i >= span.end else after.head
        return owner.lower_ in AGENT_NOUNS
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ in {"VERB", "AUX"}:
        return root.head.lemma_ not in STATIVE_VERBS and root.dep_ == "nsubj"
    prep = _head_prep(span)
    if prep == "from":
        return root.head.head.lemma_ in {"pressure", "support", "order", "demand", "word", "response"}
    return prep in ACTOR_PREPS - {"from"}


def _head_prep(span: Span) -> str | None:
    root: Token = span.root
    return root.head.lower_ if root.dep_ == "pobj" else None
