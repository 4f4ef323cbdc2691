"""A stance a state takes is a diplomatic event: "Beirut rejected a UN appeal".

The verbs by which anyone takes a stance (reject, demand, urge, condemn, warn, praise, welcome)
are weak triggers alone: "voters rejected the plan" and "the coach demanded more effort" report
no diplomacy. With a state, its government or an official it titles ("Pakistan President Zia
rejected an offer", "Washington demanded that Hamas renounce its armed struggle") or an
international body ("the United Nations rejected a call") as the subject, they report a
diplomatic action: the "threats, call for actions, praises and condemnations" of CASE 2021's
Diplomatic Event.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsledger.events.actors import resolve
from newsledger.events.roles import verb_subject
from newsledger.events.triggers import Match

DIPLOMACY = "Diplomacy"
STANCE_WEIGHT = 3.0
STANCE_VERBS = frozenset({
    "reject", "demand", "urge", "condemn", "warn", "threaten", "praise", "welcome", "denounce",
    "rebuff", "criticize", "criticise", "call",
})  # fmt: skip
ADDRESSED = frozenset({"warn"})  # a stance only when it warns someone ("warned Moscow against ...")
STATE_SIDES = frozenset({"government", "military", "external", "group"})


def stances(matches: list[Match], doc: Doc) -> list[Match]:
    """The matches with a state's stance verb raised to a strong diplomatic trigger."""
    return [_raised(m, doc) if _stance(m, doc) else m for m in matches]


def unstated(match: Match, doc: Doc) -> bool:
    """A weak diplomatic verb with no state, government or international body doing it: "drivers
    who refused to pay were threatened", "the governor visited the border" report no diplomacy."""
    verb = doc[match.head]
    if match.sub_type != DIPLOMACY or verb.pos_ != "VERB" or match.weight >= STANCE_WEIGHT or match.pair:
        return False
    return not _state_does(verb)


def _raised(match: Match, doc: Doc) -> Match:
    return dataclasses.replace(match, weight=max(match.weight, STANCE_WEIGHT), support=False)


def _stance(match: Match, doc: Doc) -> bool:
    verb = doc[match.head]
    if match.sub_type != DIPLOMACY or verb.pos_ != "VERB" or verb.lemma_.lower() not in STANCE_VERBS:
        return False
    if verb.lemma_.lower() in ADDRESSED and not any(
        c.dep_ in ("dobj", "obj", "dative") for c in verb.children
    ):
        return False  # "Ukraine had warned that Russia could be laying a trap": an assessment
    return _state_does(verb)


def _state_does(verb: Token) -> bool:
    subject = verb_subject(verb)
    if subject is None:
        return False
    actor = resolve(subject, state_kind="government", default_country=None)
    return actor is not None and actor.kind in STATE_SIDES
