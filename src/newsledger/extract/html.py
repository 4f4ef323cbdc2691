"""HTML pages through trafilatura: body paragraphs, title, outlet, authors, date, captions."""

from __future__ import annotations

from newsledger.model import Article


def extract_html(html: str, *, url: str | None = None) -> Article:
    import trafilatura

    text = trafilatura.extract(html, url=url, favor_precision=False) or ""
    from newsledger.extract import paragraph_spans

    text = text.replace("\n", "\n\n")
    return Article(text=text, paragraphs=paragraph_spans(text), extractor="html")
