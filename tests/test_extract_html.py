"""HTML pages through trafilatura: body, metadata, captions; offline, deterministic; no body is E201."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.errors import ExtractionError
from newsledger.extract import extract
from newsledger.extract.html import extract_html
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, SourceHints

PAGES = Path(__file__).parent / "fixtures" / "html"
URL = "https://harbourtimes.example/world/grain-ships-odesa"


@pytest.fixture(scope="module")
def article() -> Article:
    return extract_html((PAGES / "article-figure.html").read_text(encoding="utf-8"), url=URL)


def test_html_body_is_the_article_paragraphs_without_navigation_comments_or_footer(article: Article) -> None:
    assert article.text.startswith("Four cargo ships loaded with grain left the port of Odesa")
    assert article.text.endswith("would resume at a normal pace from Friday.")
    for furniture in (
        "Subscribe",
        "Why the Black Sea deal",
        "Great news for everyone",
        "All rights reserved",
    ):
        assert furniture not in article.text
    assert len(article.paragraphs) == 5
    assert all(p.of(article.text) for p in article.paragraphs)
    assert "\n\n" in article.text and "\n\n\n" not in article.text


def test_html_body_does_not_repeat_the_headline(article: Article) -> None:
    assert article.title == "Grain ships leave Odesa as corridor reopens"
    assert not article.text.startswith(article.title)


def test_html_metadata_comes_from_the_page(article: Article) -> None:
    assert article.outlet == "The Harbour Times"
    assert article.authors == ("Iryna Kovalchuk",)
    assert article.published == "2022-11-03"
    assert article.url == URL
    assert article.extractor == "html"


def test_html_figure_captions_carry_their_absolute_image_url(article: Article) -> None:
    assert len(article.captions) == 1
    caption = article.captions[0]
    assert caption.text.startswith("Cranes load a bulk carrier at the port of Odesa")
    assert caption.image == "https://harbourtimes.example/img/odesa-port.jpg"
    assert caption.image in article.images


def test_html_extraction_is_deterministic() -> None:
    html = (PAGES / "article-figure.html").read_text(encoding="utf-8")
    first = extract_html(html, url=URL)
    extract_html("<html><body><p>" + "Another page entirely. " * 40 + "</p></body></html>")
    assert extract_html(html, url=URL) == first


def test_html_extract_uses_feed_hints_over_page_metadata() -> None:
    data = (PAGES / "article-figure.html").read_bytes()
    raw = raw_from_bytes(data, "page.html", hints=SourceHints(url=URL, outlet="Harbour Times Weekly"))
    article, _ = extract(raw)
    assert article.outlet == "Harbour Times Weekly" and article.url == URL
    assert article.language == "en"


def test_html_without_an_article_body_is_e201() -> None:
    raw = raw_from_bytes((PAGES / "app-shell.html").read_bytes(), "app-shell.html")
    assert raw.content_type == "text/html"
    with pytest.raises(ExtractionError) as caught:
        extract(raw)
    assert caught.value.code == "E201"
