"""The line classifier for page dumps.

Each non-empty line is body | title | byline | dateline | caption | image_url | chrome.

Rules settle what has an unmistakable shape (image URLs, the captions printed under
them, bylines, datelines); the body model (`body.py`) finds the article among the rest;
the title is the headline-shaped line just above the byline or the body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.extract import patterns
from newsledger.extract.body import MODEL, BodyModel, body_mask
from newsledger.extract.byline import is_byline
from newsledger.extract.dates import is_dateline
from newsledger.extract.lines import Line, Paragraph, paragraphs, split_lines, wrap_width
from newsledger.model import LineClass

_IMAGE_HINT = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|svg)\b|/(?:image|img|images|photo|media|picture)s?\b|"
    r"\bimage\.php|\b(?:img|images?|media|photos?|cdn|static)\d*\.",
    re.IGNORECASE,
)
_TITLE_REACH = 8  # how many paragraphs above the byline or body the headline may sit
_HEAD_REACH = 3  # a byline this close below the first body lines shows they were the headline
_HEAD_WORDS = 60
_MAX_META_WORDS = 25  # a byline or dateline the body model took is furniture only when this short


@dataclass(frozen=True, slots=True, kw_only=True)
class Classified:
    """A dump's paragraphs and the class of each (every line of a paragraph shares its class)."""

    lines: tuple[Line, ...]
    paragraphs: tuple[Paragraph, ...]
    classes: tuple[LineClass, ...]

    def line_classes(self) -> dict[int, LineClass]:
        """Class of each non-empty line, by 1-based line number."""
        return {
            line.number: c for p, c in zip(self.paragraphs, self.classes, strict=True) for line in p.lines
        }

    def of(self, kind: LineClass) -> list[Paragraph]:
        return [p for p, c in zip(self.paragraphs, self.classes, strict=True) if c == kind]


def layout(text: str) -> tuple[tuple[Line, ...], tuple[Paragraph, ...], list[LineClass | None]]:
    """Lines, paragraphs, and the classes the shape rules already settle (None for the rest)."""
    lines = split_lines(text)
    paras = paragraphs(lines, wrap_width(lines))
    return lines, paras, shape_classes(paras)


def classify(text: str, *, model: BodyModel = MODEL) -> Classified:
    """Classify every non-empty line of a plain-text page dump."""
    lines, paras, classes = layout(text)
    if _clean_text(paras, classes):
        body = [c is None for c in classes]
    else:
        body = body_mask(paras, [c is not None for c in classes], model)
        if not any(body):
            body = _prose(paras, classes)
    for i, para in enumerate(paras):
        if body[i]:
            classes[i] = _body_class(para)
        elif classes[i] is None:
            classes[i] = _outside_class(para)
    final: list[LineClass] = [c or "chrome" for c in classes]
    _demote_head(paras, final)
    title = find_title(paras, final)
    if title is not None:
        final[title] = "title"
    return Classified(lines=lines, paragraphs=paras, classes=tuple(final))


def shape_classes(paras: Sequence[Paragraph]) -> list[LineClass | None]:
    """Image URLs, other bare URLs, "Read more:" links and bare timestamps (chrome), and the captions
    printed right under an image URL."""
    out: list[LineClass | None] = []
    for i, para in enumerate(paras):
        kind: LineClass | None = None
        if patterns.URL_ONLY.match(para.text):
            kind = "image_url" if _IMAGE_HINT.search(para.text) else "chrome"
        elif len(para.text) < 200 and (
            patterns.INLINE_PROMO.search(para.text) or patterns.TIME_ONLY.match(para.text)
        ):
            kind = "chrome"
        elif i and out[i - 1] == "image_url" and not para.first.blank_before:
            kind = "caption"
        out.append(kind)
    return out


def image_urls(text: str) -> list[str]:
    """The URLs on an image line, split where several were glued together."""
    return [u for u in re.split(r"(?=https?://)", text.strip()) if u]


def _clean_text(paras: Sequence[Paragraph], classes: Sequence[LineClass | None]) -> bool:
    """Text with no furniture at all (every paragraph a sentence, nothing menu-like): all of it is body."""
    rest = [p for p, c in zip(paras, classes, strict=True) if c is None]
    return bool(rest) and all(_sentence(p) for p in rest)


def _prose(paras: Sequence[Paragraph], classes: Sequence[LineClass | None]) -> list[bool]:
    """When the body model finds no article: the sentence-like paragraphs, if there are any."""
    return [
        c is None and _sentence(p) and len(p.text.split()) >= 3 for p, c in zip(paras, classes, strict=True)
    ]


def _sentence(para: Paragraph) -> bool:
    text = para.text
    words = len(text.split())
    return (
        bool(patterns.TERMINAL.search(text))
        and words >= 2
        and not para.bullet
        and not para.sub_bullet
        and "[" not in text
        and not (words <= 8 and patterns.has_chrome_words(text))
        and not patterns.is_notice(text.lower())
        and not patterns.URL.search(text)
    )


def _demote_head(paras: Sequence[Paragraph], classes: list[LineClass]) -> None:
    """Headline or standfirst the body model took: body lines just above the byline or dateline."""
    first = next((i for i, c in enumerate(classes) if c == "body"), None)
    if first is None:
        return
    for j in range(first + 1, min(first + 1 + _HEAD_REACH, len(classes))):
        if classes[j] in ("byline", "dateline"):
            for i in range(first, j):
                if classes[i] == "body" and len(paras[i].text.split()) <= _HEAD_WORDS:
                    classes[i] = "chrome"
            return


def find_title(paras: Sequence[Paragraph], classes: Sequence[LineClass]) -> int | None:
    """The headline: the nearest headline-shaped paragraph above the byline/dateline or the body."""
    anchor = _first(classes, ("byline", "dateline", "body"))
    if anchor is None:
        return None
    candidates = [
        i
        for i in range(max(0, anchor - _TITLE_REACH), anchor)
        if classes[i] == "chrome" and _headline_shaped(paras[i])
    ]
    unpunctuated = [i for i in candidates if not paras[i].text.rstrip().endswith(".")]
    pick = unpunctuated or candidates
    return pick[-1] if pick else None


def _first(classes: Sequence[LineClass], kinds: tuple[LineClass, ...]) -> int | None:
    body = next((i for i, c in enumerate(classes) if c == "body"), None)
    meta = next((i for i, c in enumerate(classes) if c in kinds[:2] and (body is None or i < body)), None)
    return meta if meta is not None else body


def _headline_shaped(para: Paragraph) -> bool:
    words = patterns.WORD.findall(para.text)
    text = para.text
    return (
        3 <= len(words) <= 45
        and not para.bullet
        and not para.sub_bullet
        and "[" not in text
        and not patterns.URL.search(text)
        and not patterns.has_chrome_words(text)
        and not patterns.TIME_AGO.search(text)
    )


def _body_class(para: Paragraph) -> LineClass:
    """Furniture the body model let through: bylines and datelines."""
    text = para.text
    if len(text.split()) > _MAX_META_WORDS:
        return "body"
    if is_byline(text):
        return "byline"
    return "dateline" if is_dateline(text) else "body"


def _outside_class(para: Paragraph) -> LineClass:
    if is_byline(para.text):
        return "byline"
    if is_dateline(para.text):
        return "dateline"
    if patterns.CAPTION_CREDIT.search(para.text) and len(para.text.split()) >= 4:
        return "caption"
    return "chrome"
