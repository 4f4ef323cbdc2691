"""What a sentence says beside its event: a protest's cause, and what happened before or around it.

ACLED types a protest by how it went (peaceful, dispersed, violent, met with lethal force), not
by what it is about. The words of its cause ("rallied to protest against violence in schools",
"demonstrations over the handling of the drought", "marched demanding justice for a classmate
killed in a bus crash") and of a phrase told as its background ("marched following the
acquittal of a police officer in the death of a motorist") say nothing about how it went.

- `causes`: each token inside the cause of a protest word of the sentence, mapped to the root
  of that cause. The cause is an against/over/for/about/at phrase of the protest word, or of the
  verb that stages it ("held demonstrations over ..."), or a demanding/calling/denouncing clause
  hung on it. An event told there is one of its own, and a minor one: the protest is the news.
- `backgrounds`: each token inside a background phrase (after/following/amid/despite/before/
  since/until + a noun phrase: "took over the army post after a fierce battle", "peace talks
  started despite the air strikes"), mapped to its preposition. What is told there is an event
  of its own, apart from the clause's: it does not vote on the clause's type.
- `conduct`: the sentence's words outside those causes and outside background phrases
  (following/since/before/ahead of/until/despite + a noun phrase; not "after": "rallied after
  nights of street violence" tells of the same unrest).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

CAUSE_PREPS = frozenset({"against", "over", "for", "about", "at"})
CAUSE_VERBS = frozenset({
    "demand", "call", "denounce", "condemn", "oppose", "decry", "urge", "seek", "mark", "commemorate",
    "mourn",
})  # fmt: skip
BACKGROUND_PREPS = frozenset({"following", "since", "before", "until", "despite"})
SETTING_PREPS = BACKGROUND_PREPS | {"after", "amid", "during"}  # a phrase that sets the scene
STAGING = frozenset({"dobj", "obj", "attr"})  # "held demonstrations", "staged a sit-in"


def causes(sentence: SpacySpan, protest_heads: Iterable[int]) -> dict[int, int]:
    """Token index -> the root of the protest cause it lies in (see the module docstring)."""
    doc = sentence.doc
    out: dict[int, int] = {}
    for i in protest_heads:
        for root in _cause_roots(doc[i]):
            for token in root.subtree:
                out.setdefault(token.i, root.i)
    return out


def backgrounds(sentence: SpacySpan) -> dict[int, int]:
    """Token index -> the preposition of the background phrase it lies in (see the module docstring)."""
    out: dict[int, int] = {}
    for token in sentence:
        if (
            token.dep_ == "prep"
            and token.lower_ in SETTING_PREPS
            and any(c.dep_ == "pobj" for c in token.children)
        ):
            for inner in token.subtree:
                out.setdefault(inner.i, token.i)
    return out


def conduct(sentence: SpacySpan, cause: Mapping[int, int]) -> frozenset[str]:
    """Lemmas and lower-case forms of the sentence outside its protest causes (`causes`' result)
    and background phrases."""
    skip = set(cause)
    for token in sentence:
        if token.dep_ == "prep" and _background(token):
            skip.update(t.i for t in token.subtree)
    return frozenset(w for t in sentence if t.i not in skip for w in (t.lemma_.lower(), t.lower_))


def _cause_roots(protest: Token) -> Iterable[Token]:
    holders = [protest]
    if protest.dep_ in STAGING and protest.head.pos_ in ("VERB", "AUX"):
        holders.append(protest.head)  # "held demonstrations over the drought"
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in CAUSE_PREPS:
                yield child
            elif child.dep_ in ("acl", "advcl", "xcomp") and child.lemma_.lower() in CAUSE_VERBS:
                yield child  # "demonstrations demanding justice", "rallied to protest against ..."


def _background(prep: Token) -> bool:
    """ "following the acquittal", "ahead of the rally", "before dispersing": not a clause of its own."""
    word = prep.lower_
    if word == "of" and prep.head.lower_ == "ahead":
        return True
    return word in BACKGROUND_PREPS and any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
