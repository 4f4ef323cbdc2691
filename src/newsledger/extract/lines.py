"""Lines of a plain-text page dump, with their offsets, grouped into paragraphs.

Dumps made by text browsers (w3m, lynx) hard-wrap paragraphs at a fixed column;
`paragraphs` re-joins such wrapped lines. Dumps whose lines are whole paragraphs
(copied app pages, scraper output) stay one paragraph a line.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

BULLET = re.compile(r"^(?:[•◦▪■●·*+\-–—]|\d{1,3}[.)])\s")
SUB_BULLET = re.compile(r"^[□☆○◆◇▸▹►]\s?")
_WIDE = frozenset("WF")
_MAYBE_WIDE = re.compile("[\u1100-\U0010ffff]")  # no character below U+1100 is wide
MIN_WRAP = 60


@dataclass(frozen=True, slots=True, kw_only=True)
class Line:
    """One non-empty line: `text` is stripped and starts at `start` in the decoded input."""

    number: int  # 1-based, counting every line of the input
    text: str
    start: int
    indent: int
    width: int  # display columns of the line as printed (indent included)
    blank_before: bool

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """Consecutive lines of one wrapped paragraph (usually a single line)."""

    lines: tuple[Line, ...]
    text: str  # the lines joined by `joiners`
    joiners: tuple[str, ...]  # what joins line i to line i+1: " ", or "" inside CJK text
    blank_after: bool
    bullet: bool = False  # a list item: "• ...", "* ...", "1) ..."
    sub_bullet: bool = False  # a nested list item as w3m draws it: "□ ...", "☆ ..."

    @property
    def first(self) -> Line:
        return self.lines[0]


def display_width(text: str) -> int:
    """Columns a terminal gives `text`: East Asian wide characters take two."""
    if text.isascii():
        return len(text)
    return len(text) + sum(unicodedata.east_asian_width(c) in _WIDE for c in _MAYBE_WIDE.findall(text))


def split_lines(text: str) -> tuple[Line, ...]:
    """The non-empty lines of `text` (split at "\\n"; a trailing "\\r" is dropped)."""
    out: list[Line] = []
    blank, offset = True, 0
    for number, raw in enumerate(text.split("\n"), start=1):
        start, offset = offset, offset + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        lead = len(raw) - len(raw.lstrip())
        width = display_width(raw.rstrip())
        out.append(
            Line(
                number=number, text=stripped, start=start + lead, indent=lead, width=width, blank_before=blank
            )
        )
        blank = False
    return tuple(out)


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The column a dump was hard-wrapped at, or None when lines are whole paragraphs.

    The candidate is the widest column that several lines reach (text browsers wrap at 60
    columns or more); it is confirmed when the lines that end just short of it and go on
    in the next line mostly stopped because the next word would not have fitted.
    """
    counts = Counter(line.width for line in lines if " " in line.text)
    width = next(
        (w for w in sorted(counts, reverse=True) if counts[w] + counts[w - 1] + counts[w - 2] >= 3), None
    )
    if width is None or width < MIN_WRAP:
        return None
    near = [
        _overflows(line, following, width)
        for line, following in pairwise(lines)
        if width - 15 <= line.width <= width and not following.blank_before
    ]
    return width if len(near) >= 3 and sum(near) >= 0.7 * len(near) else None


def _overflows(line: Line, following: Line, width: int) -> bool:
    return line.width + 1 + display_width(following.text.split(maxsplit=1)[0]) > width


def paragraphs(lines: Sequence[Line], width: int | None) -> tuple[Paragraph, ...]:
    """Group lines into paragraphs, joining the lines a hard wrap at `width` split."""
    out: list[Paragraph] = []
    group: list[Line] = []
    for i, line in enumerate(lines):
        group.append(line)
        following = lines[i + 1] if i + 1 < len(lines) else None
        if following is None or not _wrapped(line, following, width):
            out.append(_paragraph(group, blank_after=following is None or following.blank_before))
            group = []
    return tuple(out)


def _wrapped(line: Line, following: Line, width: int | None) -> bool:
    if width is None or following.blank_before or line.width > width:
        return False
    if BULLET.match(following.text) or SUB_BULLET.match(following.text):
        return False
    return _overflows(line, following, width)


def _paragraph(group: list[Line], *, blank_after: bool) -> Paragraph:
    joiners = tuple(_joiner(a.text, b.text) for a, b in pairwise(group))
    text = group[0].text + "".join(j + line.text for j, line in zip(joiners, group[1:], strict=True))
    return Paragraph(
        lines=tuple(group),
        text=text,
        joiners=joiners,
        blank_after=blank_after,
        bullet=BULLET.match(text) is not None,
        sub_bullet=SUB_BULLET.match(text) is not None,
    )


def _joiner(left: str, right: str) -> str:
    """No space inside CJK text (wide characters on both sides); one space otherwise."""
    if display_width(left[-1]) == 2 and display_width(right[0]) == 2:
        return ""
    return " "
