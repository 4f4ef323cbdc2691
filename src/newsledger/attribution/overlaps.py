"""Attributions that overlap: which one holds the other, and what is no attribution of its own.

- Two contents holding each other's cue ("X called for Y, sources said"): the one whose
  reporting clause sits inside the other's content is the outer one; the inner content
  stops before that clause.
- A participle closing someone's content ("X said Y, citing Z") is said by that speaker,
  and ends the content.
- A thought, intent or finding inside what someone else said ("Solovey claimed six countries
  have agreed to ..."), or hanging with no subject of its own on a reporting verb, is part
  of that report, not a second source; so is an impersonal "is thought to" there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsledger.attribution.cues import text_of
from newsledger.attribution.draft import Draft
from newsledger.attribution.lexicon import Lexicon
from newsledger.attribution.speakers import Mention
from newsledger.model import Span


def resolve_overlaps(doc: Doc, drafts: list[Draft], lex: Lexicon) -> list[Draft]:
    """The drafts with contents untangled and the ones that are part of another left out."""
    untangle(text_of(doc), drafts)
    trailing_participles(doc, drafts)
    return [d for d in drafts if not thought_inside(d, drafts, lex)]


def untangle(text: str, drafts: list[Draft]) -> None:
    """Two attributions whose contents hold each other's cue: the one whose reporting clause lies
    inside the other's content is the outer one ("X called for Y, sources said"), so the inner
    content stops before that clause."""
    for inner in drafts:
        for outer in drafts:
            if outer is inner or outer.cue is None or inner.cue is None or outer.frame is None:
                continue
            if not any(p.contains(inner.cue.span) for p in outer.pieces):
                continue
            cut = outer.frame.start
            pieces = [_cut(text, p, cut) if p.start < cut < p.end else p for p in inner.pieces]
            inner.pieces = [p for p in pieces if len(p)] or inner.pieces


def trailing_participles(doc: Doc, drafts: list[Draft]) -> None:
    """ "X said Y, citing Z" / "..., arguing that Z": a participle closing another's content is
    said by the same speaker, and ends that content."""
    text = text_of(doc)
    for draft in drafts:
        cue = draft.cue
        if cue is None or cue.form != "verb" or cue.head.tag_ != "VBG" or cue.head.i == 0:
            continue
        comma = doc[cue.head.i - 1]
        if comma.text not in (",", "—", "–", "-"):
            continue
        for outer in drafts:
            if outer is draft or outer.cue is None or not any(p.contains(cue.span) for p in outer.pieces):
                continue
            outer.pieces = [
                _cut(text, p, comma.idx) if p.start < comma.idx < p.end else p for p in outer.pieces
            ]
            outer.pieces = [p for p in outer.pieces if len(p)] or outer.pieces
            if outer.who is not None and (draft.who is None or _within(draft.who, outer.pieces, doc)):
                draft.who = outer.who
            break


def _within(who: Mention, pieces: list[Span], doc: Doc) -> bool:
    """Was the mention taken from inside the content pieces (the participle's subject guessed wrong)?"""
    return any(p.start <= who.text.start < p.end for p in pieces) or who.head.idx >= min(
        p.start for p in pieces
    )


def _cut(text: str, piece: Span, at: int) -> Span:
    end = at
    while end > piece.start and text[end - 1] in " \t\u00a0,;:-–—":
        end -= 1
    return Span(piece.start, end)


def thought_inside(draft: Draft, drafts: list[Draft], lex: Lexicon) -> bool:
    """A thought, intent or finding inside what someone else said is their words, not a new source."""
    cue = draft.cue
    if cue is None or (cue.head.lemma_.lower() not in lex.non_speech and cue.form != "impersonal"):
        return False
    if any(o is not draft and any(p.contains(cue.span) for p in o.pieces) for o in drafts):
        return True
    heads = {o.cue.head.i for o in drafts if o is not draft and o.cue is not None}
    return _borrowed_subject(cue.head, heads)


def _borrowed_subject(verb: Token, cue_heads: set[int]) -> bool:
    """ "said Russia wanted ..., mining everything and planning to shell ...": a thought or intent
    with no subject of its own, hanging on a reporting verb, is part of the report."""
    tok = verb
    for _ in range(4):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ not in (
            "conj",
            "advcl",
            "xcomp",
        ):
            return False
        tok = tok.head
        if tok.i in cue_heads:
            return True
    return False
