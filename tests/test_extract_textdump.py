"""Plain-text page dumps: the line classifier on hand-made dumps of several outlet styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from newsledger.errors import ExtractionError
from newsledger.extract import extract
from newsledger.extract.classify import classify
from newsledger.extract.textdump import extract_textdump
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article

DUMPS = Path(__file__).parent / "fixtures" / "dumps"


@dataclass(frozen=True)
class Expected:
    title: str
    outlet: str | None
    authors: tuple[str, ...]
    published: str | None
    first_body: str  # the body starts with this
    last_body: str  # ... and ends with this
    not_in_body: tuple[str, ...] = ()
    captions: int = 0
    images: int = 0
    classes: dict[str, str] = field(default_factory=dict)  # line text (start) -> class


EXPECTED = {
    "wire-reuters.txt": Expected(
        title="Ukrainian troops enter Kherson as Russia completes pullback across the Dnipro",
        outlet="Reuters",
        authors=("Tom Balmforth", "Pavel Polityuk"),
        published="2022-11-11",  # "KYIV, Nov 11 (Reuters) -" with the year of the copyright line
        first_body="KYIV, Nov 11 (Reuters) - Ukrainian troops entered",
        last_body="rejected by Kyiv and its Western allies.",
        not_in_body=("Read Next", "Sign up", "Our Standards", "Analysis: Kherson retreat", "Breakingviews"),
        classes={"By Tom Balmforth": "byline", "Skip to main content": "chrome", "© 2022 Reuters": "chrome"},
    ),
    "liveblog-guardian.txt": Expected(
        title="Russia-Ukraine war live: Ukrainian forces enter Kherson after Russian retreat",
        outlet="The Guardian",
        authors=("Dan Sabbagh",),
        published="2022-11-11",
        first_body="Ukrainian soldiers have been filmed arriving",
        last_body="the Kremlin insists the region is still Russian territory.",
        not_in_body=("Key events", "14.02 GMT", "Updated at 13.52 GMT", "Most viewed", "Comments (1,204)"),
        classes={"Fri 11 Nov 2022 14.02 GMT": "dateline", "Dan Sabbagh | The Guardian": "byline"},
    ),
    "cookies-readmore.txt": Expected(
        title="Power returns to most of Kyiv after a night of missile strikes",
        outlet="Kyiv Courier",
        authors=("Olena Kovalenko", "Mark Reid"),
        published="2022-11-12",
        first_body="Engineers restored electricity to most districts of Kyiv",
        last_body="if the outages get worse.",
        not_in_body=("cookies", "Accept all", "Read more:", "Related articles", "Share this article", "©"),
        classes={"Read more: How Ukraine": "chrome", "Published: 10:31 EET": "dateline"},
    ),
    "photo-credits.txt": Expected(
        title="Russian withdrawal leaves Kherson's bridges in ruins as residents count the cost",
        outlet="The Independent",
        authors=("Bel Trew",),
        published="2022-11-12",
        first_body="Residents of Kherson woke on Saturday",
        last_body="urged people who had fled not to return yet.",
        not_in_body=("https://", "(Photo:", "Comments / 0", "YOU MAY ALSO LIKE", "Open in App"),
        captions=3,
        images=3,
        classes={"https://static.example-news.com/images/2022/11/12/deminers.jpg": "image_url"},
    ),
    "w3m-wrapped.txt": Expected(
        title=(
            "Estonia opens its first offshore wind tender as Baltic states race to cut ties with Russian grid"
        ),
        outlet="The Baltic Ledger",
        authors=("Markus Tamm",),
        published="2023-03-14",
        first_body="Estonia on Tuesday opened bidding for its first offshore wind farm, a project in the Gulf of Riga that",
        last_body="although port upgrades and grid connections remain bottlenecks.",
        not_in_body=("Podcasts", "[Search]", "Photo: Raigo Pajula", "Most read", "Lithuania starts building"),
        captions=1,
        classes={"• Business": "chrome", "Most read": "chrome"},
    ),
    "paywall-teaser.txt": Expected(
        title="Moldova braces for a winter without Russian gas",
        outlet="THE MORNING DISPATCH",
        authors=("Anna Cernat",),
        published="2022-11-14",
        first_body="CHISINAU - Moldova has filled its gas storage",
        last_body="more than tripled this year.",
        not_in_body=("Subscribe to continue reading", "subscribers only", "free trial", "Log in"),
    ),
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {name: extract_textdump((DUMPS / name).read_text(encoding="utf-8")) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_textdump_finds_the_metadata_of_each_outlet_style(name: str, articles: dict[str, Article]) -> None:
    article, want = articles[name], EXPECTED[name]
    assert (article.title, article.outlet, article.authors, article.published) == (
        want.title,
        want.outlet,
        want.authors,
        want.published,
    )


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_textdump_keeps_the_article_and_drops_the_furniture(name: str, articles: dict[str, Article]) -> None:
    article, want = articles[name], EXPECTED[name]
    assert article.text.startswith(want.first_body)
    assert article.text.endswith(want.last_body)
    for furniture in want.not_in_body:
        assert furniture not in article.text, furniture
    assert (len(article.captions), len(article.images)) == (want.captions, want.images)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_textdump_classifies_furniture_lines(name: str) -> None:
    classes = classify((DUMPS / name).read_text(encoding="utf-8"))
    by_text = {p.text: kind for p, kind in zip(classes.paragraphs, classes.classes, strict=True)}
    for start, kind in EXPECTED[name].classes.items():
        matches = [k for text, k in by_text.items() if text.startswith(start)]
        assert matches == [kind], start


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_textdump_source_map_points_every_body_line_back_to_the_input(
    name: str, articles: dict[str, Article]
) -> None:
    source = (DUMPS / name).read_text(encoding="utf-8")
    article = articles[name]
    assert article.source_map
    for seg in article.source_map:
        piece = article.text[seg.text_start : seg.text_start + seg.length]
        assert piece == source[seg.source_start : seg.source_start + seg.length]
    for span in article.paragraphs:
        assert span.of(article.text).strip() == span.of(article.text)


def test_textdump_keeps_the_wire_dateline_in_the_first_paragraph(articles: dict[str, Article]) -> None:
    first = articles["wire-reuters.txt"].paragraphs[0].of(articles["wire-reuters.txt"].text)
    assert first.startswith("KYIV, Nov 11 (Reuters) - ")


def test_textdump_captions_carry_the_image_printed_above_them(articles: dict[str, Article]) -> None:
    article = articles["photo-credits.txt"]
    source = (DUMPS / "photo-credits.txt").read_text(encoding="utf-8")
    first = article.captions[0]
    assert first.text == "Residents gather in the main square of Kherson on Saturday (Photo: AFP/Getty)"
    assert first.image == "https://static.example-news.com/images/2022/11/12/kherson-square.jpg"
    for caption in article.captions:
        assert caption.source_start is not None
        assert source[caption.source_start : caption.source_start + len(caption.text)] == caption.text


def test_textdump_rejoins_lines_a_text_browser_wrapped(articles: dict[str, Article]) -> None:
    article = articles["w3m-wrapped.txt"]
    first = article.paragraphs[0].of(article.text)
    assert "\n" not in first
    assert first.endswith("exit from the Russian-controlled power grid.")
    assert len(article.paragraphs) == 5


def test_dump_with_only_furniture_is_an_extraction_error() -> None:
    data = (DUMPS / "only-furniture.txt").read_bytes()
    with pytest.raises(ExtractionError) as caught:
        extract(raw_from_bytes(data, "only-furniture.txt"))
    assert caught.value.code == "E202"


def test_text_without_any_furniture_is_all_body() -> None:
    text = "KYIV, Nov 11 (Reuters) - Ukrainian troops entered Kherson on Friday, officials said.\n\nResidents cheered."
    article = extract_textdump(text)
    assert article.text == text
    assert [seg.source_start for seg in article.source_map] == [0, text.index("Residents")]
