"""Properties of the dump extractor on any input: it never crashes and every body character maps back."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.errors import ExtractionError
from newsledger.extract import extract
from newsledger.extract.textdump import extract_textdump
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article

LINE_SHAPES = st.sampled_from(
    [
        "",
        "   ",
        "Open in App",
        "By Jane Doe and John Roe for ExampleOnline,",
        "2022-11-11",
        "Fri 11 Nov 2022 14.02 GMT",
        "  • Home",
        "      □ World",
        "[                    ] [Search]",
        "https://img.example.com/image.php?url=abc_123https://img.example.com/image.php?url=def_456",
        "Residents gather in the square (Photo: AFP/Getty)",
        "KYIV, Nov 11 (Reuters) - Ukrainian troops entered the city on Friday, officials said.",
        "The minister said the talks would resume next week, according to two people familiar with them.",
        "'We will not give up,' she said, as crowds gathered outside the building in the rain.",
        "Read more: what we know so far",
        "© 2022 Example Media. All rights reserved.",
        "3 Comments",
        "日本語の記事の本文です。政府は金曜日に発表した。",
    ]
)
LINES = st.lists(st.one_of(LINE_SHAPES, st.text(max_size=120)), max_size=60)


def assert_article_maps_back(article: Article, source: str) -> None:
    covered = 0
    for seg in article.source_map:
        piece = article.text[seg.text_start : seg.text_start + seg.length]
        assert piece == source[seg.source_start : seg.source_start + seg.length]
        covered += seg.length
    for span in article.paragraphs:
        assert span.of(article.text) and span.of(article.text) == span.of(article.text).strip()
    joins = sum(len(p.of(article.text)) for p in article.paragraphs) - covered
    assert 0 <= joins <= len(article.source_map)  # only the spaces re-joining wrapped lines are not copied
    for caption in article.captions:
        assert caption.source_start is not None
        assert source[caption.source_start : caption.source_start + len(caption.text)] == caption.text


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_textdump_never_raises_and_maps_every_body_character_back(lines: list[str]) -> None:
    source = "\n".join(lines)
    assert_article_maps_back(extract_textdump(source), source)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000))
def test_textdump_survives_arbitrary_characters(source: str) -> None:
    assert_article_maps_back(extract_textdump(source), source)


@settings(max_examples=40, deadline=None)
@given(LINES)
def test_extract_of_a_dump_gives_an_article_or_e202(lines: list[str]) -> None:
    raw = raw_from_bytes("\n".join(lines).encode("utf-8"), "dump.txt")
    if raw.error is not None:
        return  # refused by ingest (empty, binary-looking): not the extractor's business
    try:
        article, _ = extract(raw)
    except ExtractionError as exc:
        assert exc.code == "E202"
    else:
        assert article.text.strip()


def test_textdump_handles_odd_inputs_quickly() -> None:
    odd = [
        "",
        "\n\n\n   \n\t\n",
        "word " * 200_000,  # about 1 MB of one word on one line
        "x" * 1_000_000,  # one 1 MB token
        "\x00\x01\x02 control\x0b\x0c characters \x1b[31m here \x7f\n" * 50,
        ("A long line of prose that keeps going and going, and says something. " * 400 + "\n") * 3,
    ]
    for source in odd:
        start = time.perf_counter()
        assert_article_maps_back(extract_textdump(source), source)
        assert time.perf_counter() - start < 5.0
