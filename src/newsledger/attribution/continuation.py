"""Quotes with no cue that carry on the attribution before them (`resolution="continuation"`).

- A quoted paragraph right after an attribution, with no cue of its own, is the same
  speaker going on ("'We tried contacting them ...'" after "Larysa ... said ...").
- A sentence with no cue that keeps up the conditional "would" of an indirect quote before
  it, paragraph after paragraph, is free indirect speech of the same speaker ("Solovey said
  the terms would mean ... Crimea would remain ..."); another attribution by that speaker
  keeps the chain open, anything else closes it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from newsledger.attribution.cues import text_of
from newsledger.attribution.draft import Draft, paragraph_gap, token_chars
from newsledger.attribution.marks import Quoted
from newsledger.model import Span


def quoted_continuations(text: str, loose: list[Quoted], drafts: list[Draft]) -> list[Draft]:
    """A quoted paragraph with no cue right after an attribution carries it on."""
    out: list[Draft] = []
    for region in loose:
        if (
            text[_line_start(text, region.start) : region.start].strip()
            or len(text[region.inner.start : region.inner.end].split()) < 3
        ):
            continue
        before = [d for d in drafts + out if d.end <= region.start]
        if not before:
            continue
        prev = max(before, key=lambda d: d.end)
        if paragraph_gap(text, prev.end, region.start) <= 1:
            out.append(Draft(pieces=list(region.pieces), kind="direct", regions=[region], continuation=True))
    return out


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def conditional_continuations(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """Sentences with no cue that keep up the conditional "would" of reported speech."""
    out: list[Draft] = []
    for sent in _sentences_after_would(doc, sorted(drafts, key=lambda d: d.start)):
        lo, hi = sent.start, sent.end
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        out.append(Draft(pieces=[token_chars(doc, lo, hi)], kind="indirect", continuation=True))
    return out


def _sentences_after_would(doc: Doc, drafts: list[Draft]) -> list[TokenSpan]:
    """Sentences without attribution that follow, paragraph by paragraph, an indirect quote in
    the conditional, or another attribution by the same speaker while such a chain is open."""
    out: list[TokenSpan] = []
    active: Draft | None = None
    last_end = 0
    for sent in doc.sents:
        if active is not None and paragraph_gap(text_of(doc), last_end, sent.start_char) > 1:
            active = None
        own = [d for d in drafts if d.start < sent.end_char and sent.start_char < d.end]
        if own:
            spoken = [d for d in own if d.cue is not None and d.kind == "indirect"]
            if spoken and _would(doc, spoken[-1].pieces[0]):
                active = spoken[-1]
            elif active is not None and not _same_speaker(active, own[-1]):
                active = None
        elif active is not None and _would_root(sent.root):
            out.append(sent)
        else:
            active = None
        last_end = sent.end_char
    return out


def _same_speaker(a: Draft, b: Draft) -> bool:
    """Does `b` (by its mention) carry on the speaker of `a`? Pronouns are taken to."""
    if a.who is None or b.who is None:
        return False
    if b.who.kind in ("pronoun", "relative"):
        return True
    return a.who.head.lower_ == b.who.head.lower_


def _would(doc: Doc, piece: Span) -> bool:
    span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
    return span is not None and any(t.lower_ == "would" for t in span)


def _would_root(root: Token) -> bool:
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return any(any(c.lower_ == "would" and c.dep_ in ("aux", "auxpass") for c in v.children) for v in verbs)
