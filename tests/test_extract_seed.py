"""The seed page dump against its gold line classes and metadata."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.eval.alignment import to_source
from newsledger.extract.classify import Classified, classify
from newsledger.extract.textdump import extract_textdump
from newsledger.model import Article, Span


@pytest.fixture(scope="module")
def seed_text(seed_bytes: bytes) -> str:
    return seed_bytes.decode("utf-8")


@pytest.fixture(scope="module")
def classified(seed_text: str) -> Classified:
    return classify(seed_text)


@pytest.fixture(scope="module")
def article(seed_text: str) -> Article:
    return extract_textdump(seed_text)


def test_seed_lines_are_classified_at_least_98_percent_right(
    classified: Classified, seed_gold: dict[str, Any]
) -> None:
    got = classified.line_classes()
    lines = seed_gold["lines"]
    right = sum(got.get(g["line"]) == g["class"] for g in lines)
    assert right / len(lines) >= 0.98, [g for g in lines if got.get(g["line"]) != g["class"]]


def test_seed_keeps_every_body_line(classified: Classified, seed_gold: dict[str, Any]) -> None:
    got = classified.line_classes()
    lost = [g["line"] for g in seed_gold["lines"] if g["class"] == "body" and got.get(g["line"]) != "body"]
    assert lost == []


def test_seed_body_holds_no_image_url_or_chrome_line(
    classified: Classified, seed_gold: dict[str, Any]
) -> None:
    got = classified.line_classes()
    furniture = [g["line"] for g in seed_gold["lines"] if g["class"] in ("image_url", "chrome")]
    assert [n for n in furniture if got.get(n) == "body"] == []


def test_seed_body_text_holds_no_url(article: Article) -> None:
    assert "https://" not in article.text
    assert "Open in App" not in article.text and "Comments / 0" not in article.text


def test_seed_metadata_matches_gold(article: Article, seed_gold: dict[str, Any]) -> None:
    meta = seed_gold["metadata"]
    assert article.title == meta["title"]
    assert article.outlet == meta["outlet"]
    assert list(article.authors) == meta["authors"]
    assert article.published == meta["published"]


def test_seed_captions_keep_the_image_above_them(article: Article, seed_text: str) -> None:
    first = article.captions[0]
    assert first.text.startswith("Ukrainian civilians cheer, chant, cry and kiss")
    assert first.image == "https://img.particlenews.com/image.php?url=3yrEUT_0j7PC0UG00"
    for caption in article.captions:
        assert caption.source_start is not None
        assert seed_text[caption.source_start : caption.source_start + len(caption.text)] == caption.text


def test_seed_images_split_urls_glued_together(article: Article) -> None:
    assert all(url.count("https://") == 1 for url in article.images)
    assert "https://img.particlenews.com/image.php?url=1UUqys_0j7PC0UG00" in article.images


def test_seed_body_spans_map_back_to_the_raw_file(article: Article, seed_text: str) -> None:
    for para in article.paragraphs:
        source = to_source(article, para)
        assert source is not None
        assert source.of(seed_text) == para.of(article.text)


def test_seed_gold_spans_are_found_in_the_body_through_the_source_map(
    article: Article, seed_text: str, seed_gold: dict[str, Any]
) -> None:
    """Every body quote of the gold, located in article.text, maps back to its gold offsets."""
    for quote in seed_gold["quotes"]:
        if quote.get("zone") == "caption":
            continue
        start = article.text.find(quote["content"])
        assert start >= 0, quote["content"]
        source = to_source(article, Span(start, start + len(quote["content"])))
        assert source is not None and source.of(seed_text) == quote["content"]
