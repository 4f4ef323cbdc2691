"""The attribution draft: what one section's rules found, before speakers are resolved."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsledger.attribution.cues import CueMatch
from newsledger.attribution.marks import Quoted
from newsledger.attribution.speakers import Mention
from newsledger.model import QuoteKind, Span


@dataclass(slots=True)
class Draft:
    """An attribution found in one section, its speaker not yet resolved."""

    pieces: list[Span]
    kind: QuoteKind
    cue: CueMatch | None = None
    who: Mention | None = None
    frame: Span | None = None  # characters of the reporting clause
    label: Span | None = None  # a speaker written as a label: "PENCE:", "― Sonya Herridge"
    mark: Span | None = None  # the colon or dash that serves as cue of a label
    regions: list[Quoted] = field(default_factory=list)
    continuation: bool = False

    @property
    def start(self) -> int:
        return min(p.start for p in self.pieces)

    @property
    def end(self) -> int:
        return max(p.end for p in self.pieces)


def token_chars(doc: Doc, lo: int, hi: int) -> Span:
    """Characters of tokens `[lo, hi)`."""
    last = doc[hi - 1]
    return Span(doc[lo].idx, last.idx + len(last.text))


def paragraph_gap(text: str, end: int, start: int) -> int:
    """How many non-empty lines lie between two offsets (0: same line, 1: the next paragraph)."""
    between = text[end:start]
    if "\n" not in between:
        return 0
    return 1 + sum(1 for line in between.split("\n")[1:-1] if line.strip())
