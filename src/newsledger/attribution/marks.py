"""Quotation marks paired into quoted regions, told apart from apostrophes.

Straight and curly, double and single (British) marks are read left to right, one line
(paragraph) at a time. A mark opens when it starts a word and closes when it ends one; a
single mark inside a word ("Kyiv's", "don't") or after a plural with nothing open
("soldiers' boots") is an apostrophe. Two straight single marks (`''`) count as one
double mark, as in some wire copy. A quote left open at the end of a paragraph carries on
when the next paragraph opens with the same mark (the convention for a quotation running
over several paragraphs); its `pieces` then hold one span a paragraph. Only outermost
regions are returned: a quotation inside a quotation belongs to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.model import Span

DOUBLE = '"“”„«»'
SINGLE = "'‘’‚‹›"
OPENERS = "“„«‘‚‹"
CLOSERS = "»›"
OPEN_BEFORE = "([{—–-/\u00a0"  # characters after which a mark opens
CLOSE_AFTER = ".,;:!?)]…-—–"  # characters before which a mark closes
ELISION = re.compile(r"['’](?:\d0s|em\b|til\b|n['’]|cause\b)", re.IGNORECASE)
TRAILING = " \t\u00a0,"


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted region: from its opening mark to just after its closing mark."""

    start: int
    end: int
    pieces: tuple[Span, ...]  # the quoted text without marks, one span a paragraph
    single: bool
    closed: bool = True

    @property
    def inner(self) -> Span:
        return Span(self.pieces[0].start, self.pieces[-1].end)

    def contains(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(frozen=True, slots=True)
class _Mark:
    pos: int
    width: int
    single: bool
    can_open: bool
    can_close: bool


def quoted_regions(text: str) -> tuple[Quoted, ...]:
    """Every outermost quoted region of `text`, in order."""
    out: list[Quoted] = []
    carry: _Open | None = None
    spans = lines(text)
    for i, (start, end) in enumerate(spans):
        following = spans[i + 1][0] if i + 1 < len(spans) else None
        carry = _pair_line(text, start, end, carry, following, out)
    return tuple(out)


def lines(text: str) -> list[tuple[int, int]]:
    """`[start, end)` of every non-empty line."""
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


@dataclass(slots=True)
class _Open:
    mark: _Mark
    pieces: list[Span]
    piece_start: int


def _pair_line(
    text: str, start: int, end: int, carry: _Open | None, following: int | None, out: list[Quoted]
) -> _Open | None:
    marks = _marks(text, start, end)
    stack: list[_Open] = []
    if carry is not None:
        first = marks[0] if marks else None
        if (
            first is not None
            and first.single == carry.mark.single
            and first.can_open
            and _leads(text, start, first)
        ):
            carry.piece_start = first.pos + first.width
            stack.append(carry)
            marks = marks[1:]
        elif carry.pieces:
            out.append(_finish(text, carry, None, closed=False))
    for k, mark in enumerate(marks):
        _step(text, mark, marks[k + 1 :], stack, out)
    if not stack:
        return None
    outer = stack[0]
    outer.pieces.append(_trim(text, outer.piece_start, end))
    if following is not None and _opens_line(text, following, outer.mark.single):
        return outer
    if outer.pieces and _leads(text, start, outer.mark):
        out.append(_finish(text, outer, None, closed=False))
    return None


def _step(text: str, mark: _Mark, rest: list[_Mark], stack: list[_Open], out: list[Quoted]) -> None:
    same = [i for i, o in enumerate(stack) if o.mark.single == mark.single]
    if same and mark.can_close and not _possessive(text, mark, rest):
        i = same[-1]
        opened = stack[i]
        del stack[i:]
        if not stack:
            opened.pieces.append(_trim(text, opened.piece_start, mark.pos))
            out.append(_finish(text, opened, mark, closed=True))
        return
    if mark.can_open and not (mark.single and same):
        stack.append(_Open(mark, [], mark.pos + mark.width))


def _finish(text: str, opened: _Open, close: _Mark | None, *, closed: bool) -> Quoted:
    pieces = tuple(p for p in opened.pieces if len(p)) or (Span(opened.piece_start, opened.piece_start),)
    end = close.pos + close.width if close is not None else pieces[-1].end
    return Quoted(start=opened.mark.pos, end=end, pieces=pieces, single=opened.mark.single, closed=closed)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return Span(start, end)


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "'" and i + 1 < end and text[i + 1] == "'":
            marks.append(_classify(text, i, 2, single=False, start=start, end=end))
            i += 2
            continue
        if ch in DOUBLE or ch in SINGLE:
            mark = _classify(text, i, 1, single=ch in SINGLE, start=start, end=end)
            if mark.can_open or mark.can_close:
                marks.append(mark)
        i += 1
    return marks


def _classify(text: str, pos: int, width: int, *, single: bool, start: int, end: int) -> _Mark:
    ch = text[pos]
    before = text[pos - 1] if pos > start else " "
    after = text[pos + width] if pos + width < end else " "
    word_before = before.isalnum()
    word_after = after.isalnum() or after in "[(…$£€" or (after in DOUBLE + SINGLE and not single)
    opens = (before.isspace() or before in OPEN_BEFORE or before in DOUBLE + SINGLE) and not after.isspace()
    closes = (word_before or before in CLOSE_AFTER or before in DOUBLE + SINGLE) and (
        after.isspace() or after in CLOSE_AFTER or after in DOUBLE + SINGLE
    )
    if single and word_before and word_after:
        return _Mark(pos, width, single, False, False)  # Kyiv's, don't
    if single and opens and ELISION.match(text, pos):
        return _Mark(pos, width, single, False, False)  # '90s, 'em
    if ch in OPENERS and not closes:
        return _Mark(pos, width, single, True, False)
    if ch in CLOSERS:
        return _Mark(pos, width, single, False, True)
    return _Mark(pos, width, single, (opens and word_after) or (opens and not closes), closes)


def _possessive(text: str, mark: _Mark, rest: list[_Mark]) -> bool:
    """`soldiers' uniforms` inside an open single quote that closes later on the line."""
    if not mark.single or text[mark.pos - 1 : mark.pos] != "s":
        return False
    after = text[mark.pos + 1 : mark.pos + 3]
    nxt = next((m for m in rest if m.single), None)
    closes_later = nxt is not None and nxt.can_close and not nxt.can_open
    return len(after) == 2 and after[0] == " " and after[1].islower() and closes_later


def _leads(text: str, line_start: int, mark: _Mark) -> bool:
    return not text[line_start : mark.pos].strip()


def _opens_line(text: str, pos: int, single: bool) -> bool:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    if pos >= len(text):
        return False
    if text.startswith("''", pos):
        return not single
    return text[pos] in (SINGLE if single else DOUBLE) and text[pos] not in "”»’›"
