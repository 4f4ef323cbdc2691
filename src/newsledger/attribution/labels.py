"""Labelled speech: a name written against what was said, with a colon or a dash for cue.

- Transcripts: a paragraph opening with a speaker's name in capitals and a colon
  (`"PENCE: Well, look, ...`), the paragraph being what they said.
- Headlines: a short first line naming a person or body before a colon
  (`Pat Caddell: Democrat Voters Worried ...`, `Obama on Climate Change: The Trends Are ...`).
- Signatures: a quotation followed by a dash and a name ending its line
  (`"... our greatest shame." ― Sonya Herridge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from newsledger.attribution.cues import text_of
from newsledger.attribution.draft import Draft
from newsledger.attribution.marks import Quoted, lines
from newsledger.model import QuoteKind, Span

SPACE = "[ \t\u00a0]"
CAPS_WORD = "[A-Z][A-Z.'’-]*"
NAME_WORD = "[A-Z][\\w.'’-]*"
TRANSCRIPT = re.compile(
    f"{SPACE}*[\"“'‘]*(?P<label>{CAPS_WORD}(?: {CAPS_WORD}){{0,3}})(?P<mark>:){SPACE}+\\S"
)
HEADLINE = re.compile(f"{SPACE}*(?P<label>[^:\n]{{2,60}}?){SPACE}*(?P<mark>:){SPACE}+\\S")
SIGNATURE = re.compile(
    f"{SPACE}*(?P<mark>[―—–]+){SPACE}*(?P<label>{NAME_WORD}(?:{SPACE}+{NAME_WORD}){{0,4}})[ \t\u00a0.]*$"
)
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
HEADLINE_WORDS = 25
HEADLINE_LABEL_WORDS = 6
QUOTE_CHARS = "\"“”'‘’"


def labelled(doc: Doc, regions: Sequence[Quoted]) -> list[Draft]:
    """Transcript turns and a headline attribution of one section."""
    text = text_of(doc)
    out: list[Draft] = []
    first = True
    for start, end in lines(text):
        turn = TRANSCRIPT.match(text, start, end)
        if turn is not None and len(turn.group("label")) > 1:
            out.append(_draft(text, turn, end, "direct"))
        elif first and (head := _headline(doc, start, end)) is not None:
            out.append(head)
        first = False
    return [d for d in out if not any(r.start < d.start < r.end and not _opens(r, d) for r in regions)]


def signed(text: str, region: Quoted) -> Draft | None:
    """A quotation signed `― Name` at the end of its line."""
    end = text.find("\n", region.end)
    match = SIGNATURE.match(text, region.end, len(text) if end < 0 else end)
    if match is None:
        return None
    return Draft(
        pieces=list(region.pieces),
        kind="direct",
        regions=[region],
        label=Span(*match.span("label")),
        mark=Span(*match.span("mark")),
    )


def _headline(doc: Doc, start: int, end: int) -> Draft | None:
    text = text_of(doc)
    match = HEADLINE.match(text, start, end)
    if match is None or len(text[start:end].split()) > HEADLINE_WORDS:
        return None
    label = doc.char_span(*match.span("label"), alignment_mode="contract")
    if label is None or not len(label) or len(label) > HEADLINE_LABEL_WORDS:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return None  # "Zelensky added: '...'" is a reporting clause, not a label
    first = label[0]
    ent = next((e for e in doc.ents if e.start == first.i and e.label_ in NAME_LABELS), None)
    if ent is None and not (first.pos_ == "PROPN" and first.is_title):
        return None
    draft = _draft(text, match, end, "indirect")
    draft.label = (
        Span(ent.start_char, ent.end_char) if ent is not None else Span(first.idx, first.idx + len(first))
    )
    if any(c in text[draft.start : draft.end] for c in QUOTE_CHARS):
        draft.kind = "mixed"
    return draft


def _draft(text: str, match: re.Match[str], end: int, kind: QuoteKind) -> Draft:
    body_start = match.end() - 1
    body_end = end
    while body_end > body_start and (text[body_end - 1].isspace() or text[body_end - 1] in '"”'):
        body_end -= 1
    return Draft(
        pieces=[Span(body_start, body_end)],
        kind=kind,
        label=Span(*match.span("label")),
        mark=Span(*match.span("mark")),
    )


def _opens(region: Quoted, draft: Draft) -> bool:
    """The turn opens one of the quoted paragraphs it sits in (`"PENCE: ...`)."""
    label = draft.label
    return label is not None and any(0 <= label.start - p.start <= 2 for p in region.pieces)
