"""Places the text refers to without naming them: "the region's governor", "the city"."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.model import Article, Place
from newsledger.stages.places import extract_places


def references(nlp: Any, text: str) -> list[Place]:
    return [p for p in extract_places(analyze(nlp, Article(text=text))) if p.role == "reference"]


def test_the_regions_governor_after_a_city_is_the_citys_region(nlp: Any) -> None:
    text = (
        "Mines were laid before the withdrawal, as is the case now with Kherson. The region's governor "
        "said Russian troops had taken away public equipment and damaged power lines."
    )
    [region] = references(nlp, text)
    assert region.text == "region"
    assert region.name == "Kherson Oblast" and region.feature == "region"
    assert text[region.span.start : region.span.end] == "region"


def test_the_city_is_the_latest_city_named_before_it(nlp: Any) -> None:
    text = "Ukrainian soldiers entered Kherson on Friday. Crowds cheered across the city as they arrived."
    [city] = references(nlp, text)
    assert city.text == "city" and city.name == "Kherson" and city.feature == "city"


def test_a_wider_or_narrowed_region_is_no_reference(nlp: Any) -> None:
    for text in (
        "The United States invaded Iraq. The invasion sowed turmoil in the region's capitals.",  # a country
        "Russia shelled Kherson. Fighting in the region continued.",  # not a possessor
        "Russia shelled Kherson. The southern region's governor said two died.",  # narrowed
    ):
        assert references(nlp, text) == [], text


def test_a_reference_needs_a_place_in_its_sentence_or_the_one_before(nlp: Any) -> None:
    text = (
        "Ukrainian soldiers entered Kherson on Friday. Residents wept. Many had waited for months. "
        "Officials said the city had no power."
    )
    assert references(nlp, text) == []
