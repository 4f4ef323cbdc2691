"""Which trigger words report an event here, and which only support one: stricter nominal triggers.

A verb or a verb-noun pair reports an event. A noun or adjective needs an event reading:
- agents ("gunmen", "diplomats", "Sappers", "criminals"): who takes part is no event; they add
  their votes to a clause that reports one ("gunmen killed five": an attack).
- instruments ("drones", "landmines", "artillery"): an event as the subject, object or by-agent
  of a verb ("drones hit the city", "fired rockets", "caused by a landmine"), with a count
  ("two missiles"), or as the head of a caption or of its of-phrase ("Russian missiles over
  Kyiv", "Impact of missile on a street"); "covered by artillery", "rid them of landmines"
  support.
- other event nouns ("attack", "pact", "protest"): an event unless they only modify another
  noun ("protest leaders", "attack helicopters") or, short of decisive, are the object of a verb
  that only mentions them ("guarantees would include a pact", "the situation means fighting"),
  or are only planned ("ahead of the planned rally"). A unit on the move that a verb hits
  ("their patrol was ambushed", "attacked a convoy") is the target: it moved nowhere.
- adjectives ("criminal", "diplomatic", "unexploded"): an event only on a noun that reports one
  ("aerial bombardment"); "criminal charges", "diplomatic sources" support at most. Participles
  are verbs ("Damaged hospital in Kupyansk", "two tortured men"), except those that describe who
  holds a place ("the occupied territories", "annexed Crimea"): a condition, not an act.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Token

from newsledger.events.figurative import figurative
from newsledger.events.lexicon import Lexicon, lexicon, phrase_key
from newsledger.events.triggers import Match

PLANNED = frozenset({"planned", "proposed", "upcoming", "scheduled", "expected", "possible", "potential"})
DECISIVE = 3.0  # a decisive word ("airstrike", "ceasefire") reports its event in any frame
FRAMES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "attr", "ROOT"})
CONTACT = frozenset({"on", "onto", "over", "with"})  # "stepped on a landmine", "attacked with grenades"
SHIELDING = frozenset({  # "positions covered by artillery": the weapon guards, nothing happens
    "cover", "back", "support", "protect", "defend", "escort", "accompany", "guard", "equip", "arm",
    "supply", "reinforce", "surround", "armed",
})  # fmt: skip
# "attacked a police convoy", "the patrol was ambushed": what these verbs take is the target (not
# for weapons: "their vehicle struck a roadside bomb" ran into it)
TARGETING = frozenset({
    "attack", "ambush", "hit", "strike", "target", "destroy", "damage", "raid", "storm", "bomb", "shell",
})  # fmt: skip
MOVEMENT = "Change to group/activity"  # "patrol", "convoy", "deployment": units on the move
LEADS = frozenset({"march", "parade"})  # with an object these lead someone, they protest nothing
PARTICIPLES = frozenset({"VBN", "VBD", "VBG"})  # "Damaged hospital in Kupyansk": a verb's result
STATES = frozenset(
    {"occupied", "annexed", "held", "controlled", "displaced"}
)  # on a noun: a lasting condition


def read(matches: list[Match], doc: Doc, lex: Lexicon | None = None) -> list[Match]:
    """The matches with `support` set where the words have no event reading of their own."""
    lex = lex or lexicon()
    heads = {m.head for m in matches}
    handled = {i for m in matches if m.pair for i in range(m.start, m.end)}  # "grenades were discovered"
    nominal = {
        m.head: m.head not in handled and _nominal_event(m, doc, lex, heads)
        for m in matches
        if not _verbal(m, doc)
    }
    out = []
    for m in matches:
        token = doc[m.head]
        if _score(token) or figurative(token):
            event = False  # "Hurricanes 4, Blackhawks 2": a team and its score; "shares crashed"
        elif token.dep_ == "amod" and token.lower_ in STATES:
            event = False  # "the occupied territories": who holds them, not a takeover that happened
        elif token.dep_ == "amod" and token.i > 0 and doc[token.i - 1].text == "-":
            event = False  # "its long-threatened invasion", "a UAE-mediated exchange": said of the noun
        elif token.lemma_.lower() in LEADS and any(c.dep_ in ("dobj", "obj") for c in token.children):
            event = False  # "marched them into the forest": led somewhere, no march of protest
        elif _verbal(m, doc):
            event = True
        elif token.pos_ == "ADJ" and not _participle(token):
            event = token.head.i != token.i and nominal.get(token.head.i, False)
        else:
            event = nominal[m.head]
        out.append(m if event else dataclasses.replace(m, support=True))
    return out


def _score(token: Token) -> bool:
    """A noun followed by a bare number and a comma or colon: a team and its score."""
    doc = token.doc
    if token.pos_ not in ("NOUN", "PROPN") or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].like_num and doc[token.i + 2].text in (",", ":")


def _participle(token: Token) -> bool:
    """ "Damaged hospital", "two tortured men" (but "unexploded mines" report nothing that happened)."""
    word = token.lower_
    return token.tag_ in PARTICIPLES or (word.endswith(("ed", "en")) and not word.startswith("un"))


def _verbal(match: Match, doc: Doc) -> bool:
    """A verb, or a word the tagger missed as one ("The army retook control": a subject and object)."""
    token = doc[match.head]
    if match.pair or token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return True
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & {"dobj", "obj", "prep"})


def _nominal_event(match: Match, doc: Doc, lex: Lexicon, heads: set[int]) -> bool:
    token = doc[match.head]
    words = _keys(doc, match)
    if words & lex.agents:
        return False
    if match.sub_type == MOVEMENT and _hit(token):
        return False  # "their patrol was ambushed": the unit was hit, its moving is no event
    if words & lex.instruments:
        return _framed(token)
    if match.weight < DECISIVE and (
        _upcoming(token) or any(c.lower_ in PLANNED for c in token.children if c.dep_ == "amod")
    ):
        return False  # "arrested supporters ahead of the planned rally": no rally yet
    if token.dep_ == "compound" and token.head.i not in heads:
        # "protest leaders", "attack helicopters" modify another noun; under a verbless root the
        # tagger more likely missed a verb ("The army retook control of the hill")
        return token.head.dep_ == "ROOT" and token.i > token.sent.start + 1
    if match.weight < DECISIVE and token.dep_ in ("dobj", "obj"):
        return _happens(token, heads)
    # "a winter lull in fighting", "an end to the fighting": what stops is no event
    return match.weight >= DECISIVE or not _paused(token)


def _upcoming(noun: Token) -> bool:
    """ "detained before the rally", "arrested ahead of Saturday's march": what is still to come."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    return prep.lower_ == "before" or (prep.lower_ == "of" and prep.head.lower_ == "ahead")


def _paused(noun: Token) -> bool:
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in ("in", "to", "of") and prep.head.lemma_.lower() in PAUSES


MENTIONS = frozenset({  # verbs that mention an event noun without making it happen
    "include", "mean", "discuss", "view", "see", "consider", "describe", "call", "avoid", "involve",
    "face", "have", "get", "do", "remember", "recall", "compare", "end", "stop", "halt", "prevent",
})  # fmt: skip
PAUSES = frozenset({"lull", "pause", "halt", "end", "cessation", "break", "respite"})  # "a lull in fighting"


def _happens(noun: Token, heads: set[int]) -> bool:
    """An object noun reports an event under a verb that makes it happen, not one that mentions it."""
    verb = noun.head
    if verb.i in heads or any(c.dep_ in ("nummod", "poss") for c in noun.children):
        return True
    return verb.lemma_.lower() not in MENTIONS


def _keys(doc: Doc, match: Match) -> set[str]:
    tokens = [t for t in doc[match.start : match.end] if t.text != "-"]
    return {phrase_key(" ".join(t.lower_ for t in tokens)), phrase_key(" ".join(t.lemma_ for t in tokens))}


def _hit(noun: Token) -> bool:
    """The object or passive subject of a verb that hits what it takes: the target, not the means."""
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and noun.head.lemma_.lower() in TARGETING


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" for c in noun.children)


def _framed(noun: Token) -> bool:
    """A verb's subject or object, counted, or a caption's head (through compounds and conjuncts)."""
    current = noun
    for _ in range(4):
        if _counted(current):
            return True
        if current.dep_ in FRAMES and (current.dep_ == "ROOT" or current.head.pos_ in ("VERB", "AUX")):
            return True
        if current.dep_ == "pobj" and current.head.lower_ == "of" and current.head.head.dep_ == "ROOT":
            return True  # "Impact of missile on Kalynova Street"
        if current.dep_ == "pobj" and current.head.lower_ == "of" and _counted(current.head.head):
            return True  # "2.3 tonnes of cocaine", "two boxes of grenades"
        if current.dep_ == "pobj" and current.head.lower_ in CONTACT and current.head.head.pos_ == "VERB":
            return current.head.head.lemma_.lower() not in SHIELDING  # "stepped on a landmine"
        if current.dep_ == "pobj" and current.head.dep_ == "agent":
            return current.head.head.lemma_.lower() not in SHIELDING  # "caused by a landmine"
        if current.dep_ not in ("compound", "conj", "amod", "npadvmod") or current.head.i == current.i:
            return False  # "npadvmod": "a chlorine-filled canister"
        current = current.head
    return False
