"""Plain-text page dumps: a line classifier keeps the body and sets the rest aside.

`article.text` is the body paragraphs joined by a blank line; each paragraph's lines
are copied exactly as in the input (trimmed), wrapped lines re-joined by one space, so
`article.source_map` maps every body character back to the decoded input.
"""

from __future__ import annotations

from newsledger.extract.body import MODEL, BodyModel
from newsledger.extract.classify import Classified, classify, image_urls
from newsledger.extract.lines import Paragraph
from newsledger.extract.metadata import metadata
from newsledger.model import Article, Caption, Segment, Span


def extract_textdump(text: str, *, model: BodyModel = MODEL) -> Article:
    """The article in a plain-text page dump (empty text when no body was found)."""
    page = classify(text, model=model)
    body, spans, segments = _body(page.of("body"))
    meta = metadata(page)
    return Article(
        text=body,
        title=meta.title,
        outlet=meta.outlet,
        authors=meta.authors,
        published=meta.published,
        paragraphs=tuple(spans),
        captions=captions(page, text),
        images=tuple(u for p in page.of("image_url") for u in image_urls(p.text)),
        extractor="textdump",
        source_map=tuple(segments),
    )


def _body(paras: list[Paragraph]) -> tuple[str, list[Span], list[Segment]]:
    parts: list[str] = []
    spans: list[Span] = []
    segments: list[Segment] = []
    cursor = 0
    for para in paras:
        if parts:
            cursor += 2  # the "\n\n" between paragraphs
        spans.append(Span(cursor, cursor + len(para.text)))
        offset = cursor
        for i, line in enumerate(para.lines):
            segments.append(Segment(text_start=offset, source_start=line.start, length=len(line.text)))
            offset += len(line.text) + (len(para.joiners[i]) if i < len(para.joiners) else 0)
        parts.append(para.text)
        cursor += len(para.text)
    return "\n\n".join(parts), spans, segments


def captions(page: Classified, source: str) -> tuple[Caption, ...]:
    """Each caption with the image URL printed above it; its text is copied from the input as is."""
    out: list[Caption] = []
    image: str | None = None
    for para, kind in zip(page.paragraphs, page.classes, strict=True):
        if kind == "image_url":
            image = image_urls(para.text)[-1]
        elif kind == "caption":
            start = para.first.start
            out.append(Caption(text=source[start : para.lines[-1].end], image=image, source_start=start))
            image = None
        else:
            image = None
    return tuple(out)
