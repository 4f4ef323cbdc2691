"""Map spans in a record back to offsets in the decoded input, to score against gold made on raw files.

Extractors that rearrange text (the page-dump classifier drops chrome and captions)
record `Article.source_map` and `Caption.source_start`; a `plain` article is the input.
"""

from __future__ import annotations

import bisect

from newsledger.model import Article, Span


def to_source(article: Article, span: Span, caption: int | None = None) -> Span | None:
    """The same characters as offsets into the decoded input, or None if they were not copied."""
    if caption is not None:
        start = article.captions[caption].source_start
        return None if start is None else Span(start + span.start, start + span.end)
    if not article.source_map:
        return span if article.extractor == "plain" else None
    start = _offset(article, span.start, end=False)
    end = _offset(article, span.end, end=True)
    return None if start is None or end is None else Span(start, max(start, end))


def _offset(article: Article, pos: int, *, end: bool) -> int | None:
    segments = article.source_map
    starts = [s.text_start for s in segments]
    i = bisect.bisect_right(starts, pos) - 1
    if end and i >= 0 and pos == segments[i].text_start and i > 0:
        i -= 1  # an end offset belongs to the segment it closes
    if i < 0:
        return None
    seg = segments[i]
    if pos - seg.text_start > seg.length:
        return None
    return seg.source_start + (pos - seg.text_start)
