"""Hedges of an attribution, each with its span: what makes the source or the content less sure.

Source hedges weaken who says it: a relative clause that makes the speaker's standing a
claim of their own ("Professor Valery Solovey, who claims to have connections in the
Kremlin"), a concession after the cue ("Solovey claimed, though he did not name them"),
and the wording of an attribution with no source at all ("is now thought to", "amid
reports of", "there have been suggestions that").

Content hedges weaken what is said: words of the lexicon's `content_hedges` inside the
content ("would likely", "reportedly", "may") and evidential passives there ("American
diplomats were said to view ...").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Literal

from spacy.tokens import Doc, Token

from newsledger.attribution.cues import CueMatch, clause_bounds, text_of
from newsledger.attribution.lexicon import Lexicon
from newsledger.model import Hedge, Span

NEGATED = re.compile(r"\s+(?:not\b|n't\b)")
CONCESSIVE = frozenset({"though", "although", "while"})


def hedges(
    doc: Doc, cue: CueMatch | None, speaker: Token | None, pieces: list[Span], lex: Lexicon
) -> tuple[Hedge, ...]:
    """Every hedge of one attribution, in text order, none overlapping another."""
    found: list[Hedge] = []
    if speaker is not None:
        found += _claimed_standing(speaker, lex)
    if cue is not None:
        found += _concession(doc, cue, lex)
        found += _sourceless(cue)
    for piece in pieces:
        found += _words(text_of(doc), piece, lex)
        found += _evidential(doc, piece, lex)
    return _non_overlapping(found)


def _claimed_standing(speaker: Token, lex: Lexicon) -> list[Hedge]:
    out = []
    for child in speaker.children:
        if child.dep_ == "relcl" and lex.verbs.get(child.lemma_.lower()) == "claim":
            out.append(_hedge(child.left_edge, _last(child), "source"))
    return out


def _concession(doc: Doc, cue: CueMatch, lex: Lexicon) -> list[Hedge]:
    end = clause_bounds(cue.head)[1]
    for tok in doc[cue.last.i + 1 : end]:
        if tok.lower_ in CONCESSIVE:
            lower = doc[tok.i : end].text.lower()
            if any(p in lower for p in lex.concessive_hedges):
                return [_hedge(tok, doc[_trim_end(doc, end - 1)], "source")]
    return []


def _sourceless(cue: CueMatch) -> list[Hedge]:
    """The wording of an attribution with no source: "is now thought to", "amid reports of"."""
    head = cue.head
    if cue.form == "impersonal":
        first = min((c for c in head.lefts if c.dep_ in ("aux", "auxpass")), key=lambda t: t.i, default=head)
        last = next((t for t in head.doc[head.i + 1 : head.i + 3] if t.lower_ == "to"), head)
        return [_hedge(first, last, "source")]
    if cue.form == "noun" and not any(c.dep_ in ("poss", "compound") for c in head.children):
        first = head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":
            first = head.head  # "amid reports of"
        elif head.dep_ == "attr" and any(c.dep_ == "expl" for c in head.head.children):
            first = next(c for c in head.head.children if c.dep_ == "expl")  # "there have been suggestions"
        follow = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        last = follow if follow is not None and follow.lower_ in ("of", "that") else head
        return [_hedge(first, last, "source")]
    return []


def _words(text: str, piece: Span, lex: Lexicon) -> list[Hedge]:
    out = []
    for match in _hedge_pattern(lex.content_hedges).finditer(text, piece.start, piece.end):
        if NEGATED.match(text, match.end()):
            continue  # "could not find words": an inability, not a hedge
        out.append(Hedge(text=match.group(0), span=Span(*match.span()), kind="content"))
    return out


@functools.cache
def _hedge_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _evidential(doc: Doc, piece: Span, lex: Lexicon) -> list[Hedge]:
    span = doc.char_span(piece.start, piece.end, alignment_mode="contract")
    if span is None:
        return []
    out = []
    for tok in span:
        if tok.tag_ == "VBN" and tok.lemma_.lower() in lex.impersonal:
            aux = [c for c in tok.lefts if c.dep_ == "auxpass"]
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if aux and nxt is not None and nxt.lower_ == "to":
                out.append(_hedge(aux[0], nxt, "content"))
    return out


def _non_overlapping(found: Iterable[Hedge]) -> tuple[Hedge, ...]:
    kept: list[Hedge] = []
    for hedge in sorted(found, key=lambda h: (h.span.start, -len(h.span))):
        if not any(k.span.overlaps(hedge.span) for k in kept):
            kept.append(hedge)
    return tuple(kept)


def _hedge(first: Token, last: Token, kind: Literal["source", "content"]) -> Hedge:
    span = Span(first.idx, last.idx + len(last.text))
    return Hedge(text=text_of(first.doc)[span.start : span.end], span=span, kind=kind)


def _last(tok: Token) -> Token:
    return tok.doc[_trim_end(tok.doc, tok.right_edge.i)]


def _trim_end(doc: Doc, i: int) -> int:
    while i > 0 and doc[i].is_punct:
        i -= 1
    return i
