"""The tense of the clause around an expression, read from the parse: it picks which "March" or
"Thursday" is meant, and whether a duration ends now ("have lived here for eight months") or not
("would pledge not to join NATO for seven years").
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Token

from newsledger.temporal.calendar import Direction

Tense = Literal[
    "past", "past_perfect", "present_perfect", "present", "future", "conditional", "infinitive", "none"
]
_FUTURE = {"will", "'ll", "shall", "wo"}
_MODAL = {"would", "could", "might", "may", "should", "must", "'d", "can", "ca"}
_HAVE = {"has", "have", "'ve", "'s"}
_FUTURE_CLAUSES = {"if", "when", "unless", "until", "once", "before"}


def tense_at(doc: Doc, start: int, end: int, *, climb: bool = True, steps: int = 8) -> Tense:
    """The tense of the nearest finite verb governing the characters `[start, end)`.

    With `climb`, a verb without tense of its own (an infinitive, a gerund) passes the question to
    the verb above it ("would pledge not to join NATO for seven years" is conditional); without,
    the nearest verb answers alone ("were said to view ... over winter": no tense of its own).
    `steps` bounds how far up the parse the verb may be.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "none"
    token: Token = span.root
    for _ in range(steps):
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux", "auxpass"}:
            found = verb_tense(token)
            if found not in {"none", "infinitive"} or not climb:
                return found
        if token.head is token:
            break
        token = token.head
    return "none"


def verb_tense(verb: Token) -> Tense:
    """Tense from a verb's auxiliaries and tag; "infinitive" for "to join", "none" for bare participles."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & _FUTURE or ("going" in auxes and "to" in auxes):
        return "future"
    if auxes & _MODAL:
        return "conditional"
    if "had" in auxes:
        return "past_perfect"
    if auxes & _HAVE and verb.tag_ == "VBN":
        return "present_perfect"
    if verb.tag_ == "VBD" or auxes & {"was", "were", "did"}:
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or auxes & {"is", "are", "am", "does", "do"}:
        # "if Democrats win the White House in November": a present that tells of the future
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        return "future" if marks & _FUTURE_CLAUSES else "present"
    return "infinitive" if "to" in auxes else "none"


def direction(tense: Tense) -> Direction:
    """Which occurrence of a recurring date the tense points to."""
    if tense in {"past", "past_perfect", "present_perfect"}:
        return "past"
    if tense in {"future", "conditional"}:
        return "future"
    return "nearest"


def has_past_perfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the sentence around `[start, end)` tells of something before its past ("had fallen")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    return any(t.lower_ == "had" and t.dep_ in {"aux", "auxpass"} for t in span[0].sent)
