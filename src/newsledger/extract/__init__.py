"""`RawDocument` -> `Article`: HTML through trafilatura, page dumps through the line classifier."""

from __future__ import annotations

from newsledger.errors import ExtractionError
from newsledger.language import detect_language
from newsledger.model import Article, Diagnostic, RawDocument, Span
from newsledger.sniff import decode


def extract(raw: RawDocument) -> tuple[Article, tuple[Diagnostic, ...]]:
    """The article in `raw` and any warnings; raises `ExtractionError` when there is none."""
    decoded = decode(raw.data)
    if raw.plain:
        article = plain_article(decoded.text)
    elif raw.content_type == "text/html":
        from newsledger.extract.html import extract_html

        article = extract_html(decoded.text, url=raw.hints.url)
    else:
        from newsledger.extract.textdump import extract_textdump

        article = extract_textdump(decoded.text)
    if not article.text.strip():
        raise ExtractionError("E201" if raw.content_type == "text/html" else "E202")
    return _with_hints(article, raw), decoded.warnings


def plain_article(text: str) -> Article:
    """Text declared clean: `article.text` is the input exactly, paragraphs at blank lines."""
    return Article(text=text, paragraphs=paragraph_spans(text), extractor="plain")


def paragraph_spans(text: str) -> tuple[Span, ...]:
    spans, start = [], 0
    for block in text.split("\n\n"):
        stripped = block.strip()
        if stripped:
            lead = len(block) - len(block.lstrip())
            spans.append(Span(start + lead, start + lead + len(stripped)))
        start += len(block) + 2
    return tuple(spans)


def _with_hints(article: Article, raw: RawDocument) -> Article:
    from dataclasses import replace

    hints = raw.hints
    return replace(
        article,
        url=article.url or hints.url or (raw.uri if raw.uri.startswith("http") else None),
        published=hints.published or article.published,
        outlet=hints.outlet or article.outlet,
        title=hints.title or article.title,
        language=article.language or detect_language(article.text),
    )
