"""Quotation marks paired into quoted regions, told apart from apostrophes (no spaCy needed)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsledger.attribution.marks import quoted_regions


def inner(text: str) -> list[str]:
    return [text[q.inner.start : q.inner.end] for q in quoted_regions(text)]


def test_marks_pair_straight_and_curly_double_quotes() -> None:
    text = 'He said "we will win," and she replied “not this year.”'
    assert inner(text) == ["we will win", "not this year."]


def test_marks_pair_british_single_quotes_around_apostrophes() -> None:
    text = "'It's definitely a turning point, but it doesn't mean Kyiv's war is won,' said Ben Barry."
    assert inner(text) == ["It's definitely a turning point, but it doesn't mean Kyiv's war is won"]


def test_marks_keep_a_scare_quote_after_a_possessive_apostrophe() -> None:
    text = "Peskov said Putin had 'no regrets' about annexing Kherson's region."
    assert inner(text) == ["no regrets"]


def test_marks_read_a_plural_possessive_inside_a_quote_as_an_apostrophe() -> None:
    text = "'The soldiers' morale is broken,' an officer said."
    assert inner(text) == ["The soldiers' morale is broken"]


def test_marks_skip_elisions_before_a_quote() -> None:
    text = "Back in the '90s he said 'never again' to the plan."
    assert inner(text) == ["never again"]


def test_marks_carry_a_quote_over_paragraphs_that_reopen_it() -> None:
    text = 'Caddell continued:\n\n"The health issue is partisan.\n\n"It was later revealed to be pneumonia."\n\nNext.'
    (region,) = quoted_regions(text)
    assert [text[p.start : p.end] for p in region.pieces] == [
        "The health issue is partisan.",
        "It was later revealed to be pneumonia.",
    ]
    assert region.closed


def test_marks_read_two_straight_singles_as_a_double_mark() -> None:
    text = "''That's Mexico's vulnerability,'' said Luis Rubio."
    assert inner(text) == ["That's Mexico's vulnerability"]


def test_marks_return_only_the_outermost_of_nested_quotes() -> None:
    text = "\"Out of nowhere, he said, 'If we don't act, all bets are off.'\""
    assert inner(text) == ["Out of nowhere, he said, 'If we don't act, all bets are off.'"]


@given(st.text(alphabet="ab '\"“”‘’\n.,", max_size=80))
def test_every_region_lies_inside_the_text_and_its_pieces_inside_the_region(text: str) -> None:
    for region in quoted_regions(text):
        assert 0 <= region.start < region.end <= len(text)
        for piece in region.pieces:
            assert region.start <= piece.start <= piece.end <= region.end
