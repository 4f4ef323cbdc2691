"""Plain-text page dumps: a line classifier keeps the body and sets the rest aside."""

from __future__ import annotations

from newsledger.model import Article


def extract_textdump(text: str) -> Article:
    from newsledger.extract import paragraph_spans

    return Article(text=text, paragraphs=paragraph_spans(text), extractor="textdump")
