"""Direct quotes and when they were spoken, so that "today" inside a quote means the day of speaking.

In "Zelensky, speaking last night, said: 'Today we liberated Kherson'", the article dates the
speech (last night) outside the quote; inside it, "today" is that day, not the publication date.
Reported speech without quotation marks is left to the publication date: journalists re-anchor it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

# Opening quote after a line start, space or bracket; closing quote before space, punctuation or the
# end. A single quote between two letters is an apostrophe ("Putin's"), never a closing quote.
_QUOTE_RE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))(?:“(?P<curly>[^”\n]+)”|\"(?P<double>[^\"\n]+)\""
    r"|['‘](?P<single>\S(?:[^\n]*?\S)?)['’](?=[\s.,;:!?)\]—–-]|$))",
    re.MULTILINE,
)
_SPEECH_RE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|telling|speaking|spoke|speaks|added|adding|wrote|writing|tweeted|"
    r"posted|announced|stated|declared|insisted|claimed|warned|address|addressing|interview|statement|"
    r"speech|remarks|briefing|conference)\b",
    re.IGNORECASE,
)
_NEAR = 60  # characters between a time and the speech word it dates
_PRONOUN_CUE = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|adds|continued|went\s+on)\b|\b(?:said|added)\s+(?:he|she)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Quoted:
    start: int  # content of the quote, without the marks
    end: int
    paragraph: tuple[int, int]


def direct_quotes(text: str) -> list[Quoted]:
    """Quoted stretches of `text`, each with the bounds of its paragraph (line)."""
    out = []
    for match in _QUOTE_RE.finditer(text):
        group = next(g for g in ("curly", "double", "single") if match.group(g))
        start, end = match.span(group)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        out.append(Quoted(start, end, (line_start, len(text) if line_end < 0 else line_end)))
    return out


def speech_dates(
    text: str,
    quotes: Sequence[Quoted],
    dated: Sequence[tuple[int, int, date]],
) -> dict[int, date]:
    """For each quote (by index) the day its speaker spoke, when the article says it.

    `dated` holds expressions resolved to one day, as (start, end, day): "last night" is the
    evening before publication. One outside every quote of the paragraph, close to a speech word
    ("said", "speaking", "address"), dates the quotes of that paragraph. A quote that carries on
    from the paragraph before ("'...,' he said.", or no attribution at all) takes that one's day.
    """
    out: dict[int, date] = {}
    for i, quote in enumerate(quotes):
        day = _paragraph_day(text, quote.paragraph, quotes, dated)
        if day is None and _carries_on(text, quote, quotes):
            before = _previous_paragraph(text, quote.paragraph[0])
            day = _paragraph_day(text, before, quotes, dated) if before else None
        if day is not None:
            out[i] = day
    return out


def _paragraph_day(
    text: str, paragraph: tuple[int, int], quotes: Sequence[Quoted], dated: Sequence[tuple[int, int, date]]
) -> date | None:
    lo, hi = paragraph
    for start, end, day in dated:
        if not lo <= start < hi or any(q.start <= start < q.end for q in quotes):
            continue
        if _SPEECH_RE.search(text[max(lo, start - _NEAR) : min(hi, end + _NEAR)]):
            return day
    return None


def _carries_on(text: str, quote: Quoted, quotes: Sequence[Quoted]) -> bool:
    """Whether the quote's paragraph names no new speaker: "he said", or no attribution at all."""
    lo, hi = quote.paragraph
    inside = [q for q in quotes if q.paragraph == quote.paragraph]
    frame, pos = [], lo
    for q in inside:
        frame.append(text[pos : q.start])
        pos = q.end
    rest = " ".join([*frame, text[pos:hi]])
    return bool(_PRONOUN_CUE.search(rest)) or not _SPEECH_RE.search(rest)


def _previous_paragraph(text: str, start: int) -> tuple[int, int] | None:
    end = start - 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end
