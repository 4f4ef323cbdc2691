"""Whether a sentence has armed men in it: fighting and troop movements need them.

The weak words of battles and troop movements are everyday words elsewhere: a jury hears of a
"fight", a team is "battling injuries", a company is "withdrawing its filing", a solar project
sees "deployment", a player uses "a Force push". ACLED's battles and changes to a group's
activity are the doings of armed, organized groups, so these sub-types stand only where the
sentence names such a group: state forces, police, rebels or militias by their nouns (the
actor list's kinds), a named armed group, or a state (a country, a capital as a metonym or a
demonym: "Russia withdrew from Kherson"; "Ukraine ... is now bearing down on Svatove").
Decisive words ("heavy fighting", "firefight", "exchanged fire") need nothing more, and a story
of war (armed men named in three of its sentences) needs nothing more either. The cost: a lone
"Fighting continued in the north" in a story that names no one armed is no event.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsledger.events.actors import actor_table, entity_of, find_group

WAR_STORY = 3  # sentences naming armed men that make a story one of war
CACHE_KEY = "newsledger.events.war_story"
NEEDS_ARMED = frozenset({"Armed clash", "Change to group/activity"})
ARMED_KINDS = frozenset({"military", "police", "rebels", "militia"})
VAGUE = frozenset({"force", "men", "unit", "units", "position", "positions", "base", "bases", "cell"})


@functools.cache
def armed_nouns() -> frozenset[str]:
    table = actor_table()
    return frozenset(k for k, kind in table.kinds.items() if kind in ARMED_KINDS and k not in VAGUE)


def has_armed(sentence: SpacySpan) -> bool:
    """Armed men, a named armed group or a state named in the sentence, or a story of war: armed
    men named in at least `WAR_STORY` of its sentences ("places where there was still fighting")."""
    return _names_armed(sentence) or _war_story(sentence.doc)


def _war_story(doc: Doc) -> bool:
    cached = doc.user_data.get(CACHE_KEY)
    if cached is None:
        cached = sum(_armed_nouns_in(s) for s in doc.sents) >= WAR_STORY
        doc.user_data[CACHE_KEY] = cached
    return bool(cached)


def _armed_nouns_in(sentence: SpacySpan) -> bool:
    nouns = armed_nouns()
    tokens = list(sentence)
    for i, token in enumerate(tokens):
        pair = f"{token.lower_} {tokens[i + 1].lower_}" if i + 1 < len(tokens) else ""
        if token.lower_ in nouns or token.lemma_.lower() in nouns or pair in nouns:
            return True
    return False


def _names_armed(sentence: SpacySpan) -> bool:
    if _armed_nouns_in(sentence):
        return True
    tokens = list(sentence)
    group = find_group(tokens)
    if group is not None and group.kind in ("group", "external"):
        return True
    return any(_state(token) for token in tokens)


def _state(token: Token) -> bool:
    """A country, its capital as a metonym or its demonym ("Ukraine", "Moscow's", "Russian")."""
    table = actor_table()
    word = token.lower_
    if word in table.demonyms or (token.pos_ == "PROPN" and word in table.metonyms):
        return True
    return token.pos_ == "PROPN" and table.country(entity_of(token).text) is not None
