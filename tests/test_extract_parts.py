"""Pieces of the dump extractor: lines and wrapping, bylines, datelines."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsledger.extract.byline import is_byline, parse_byline, split_fused
from newsledger.extract.dates import is_dateline, month_day, parse_date, wire_dateline
from newsledger.extract.lines import display_width, paragraphs, split_lines, wrap_width

DUMPS = Path(__file__).parent / "fixtures" / "dumps"


def test_split_lines_keeps_offsets_into_the_input() -> None:
    text = "  Title\r\n\nBy Jo Bloggs\n\t\xa0Body line.  \n"
    lines = split_lines(text)
    assert [line.text for line in lines] == ["Title", "By Jo Bloggs", "Body line."]
    assert [line.number for line in lines] == [1, 3, 4]
    assert all(text[line.start : line.end] == line.text for line in lines)
    assert [line.blank_before for line in lines] == [True, True, False]


def test_wrap_width_finds_the_column_of_a_text_browser_dump() -> None:
    lines = split_lines((DUMPS / "w3m-wrapped.txt").read_text(encoding="utf-8"))
    assert wrap_width(lines) == 99


def test_wrap_width_is_none_when_lines_are_paragraphs(seed_bytes: bytes) -> None:
    assert wrap_width(split_lines(seed_bytes.decode("utf-8"))) is None


def test_paragraphs_rejoin_wrapped_lines_but_not_list_items() -> None:
    long = "word " * 19 + "end"  # 98 columns
    text = (
        f"{long}\nnext part of the same sentence.\n  • a list item\n" + f"{long}\n{long}\n{long}\nlast.\n" * 3
    )
    lines = split_lines(text)
    paras = paragraphs(lines, 99)
    assert paras[0].text == f"{long} next part of the same sentence."
    assert paras[1].text == "• a list item"
    assert all(len(p.joiners) == len(p.lines) - 1 for p in paras)


def test_paragraphs_join_cjk_lines_without_a_space() -> None:
    assert display_width("日本語") == 6
    lines = split_lines("日本" * 24 + "語\n続きの文。\n")
    assert paragraphs(lines, 99)[0].text.endswith("語続きの文。")


@pytest.mark.parametrize(
    ("line", "authors", "desk"),
    [
        ("By Will StewartChris Pleasance for MailOnline,", ("Will Stewart", "Chris Pleasance"), "MailOnline"),
        ("By A. Smith, Bob Jones and Carla Diaz", ("A. Smith", "Bob Jones", "Carla Diaz"), None),
        ("By Tom Balmforth and Pavel Polityuk, Reuters", ("Tom Balmforth", "Pavel Polityuk"), "Reuters"),
        ("Dan Sabbagh | The Guardian", ("Dan Sabbagh",), "The Guardian"),
        ("By Chris Pokorny@DawgsByNature Nov 18, 2019, 11:47am EST", ("Chris Pokorny",), None),
        ("By Louis Jacobson on Monday, November 18th, 2019 at 11:04 a.m.", ("Louis Jacobson",), None),
        ("By Pjotr Sauer in Moscow", ("Pjotr Sauer",), None),
        ("By John McDonald", ("John McDonald",), None),
        ("BY: Jane van der Berg", ("Jane van der Berg",), None),
    ],
)
def test_parse_byline_splits_authors_and_desk(line: str, authors: tuple[str, ...], desk: str | None) -> None:
    assert is_byline(line)
    assert parse_byline(line).authors == authors
    assert parse_byline(line).desk == desk


@pytest.mark.parametrize(
    "line",
    ["By using our site, you agree to our cookie policy.", "Home | News | Sport", "By the way", "Bylines"],
)
def test_is_byline_rejects_lines_that_name_no_one(line: str) -> None:
    assert not is_byline(line)


def test_split_fused_leaves_mc_and_mac_names_whole() -> None:
    assert split_fused("Jane McKenzieJohn Smith") == ["Jane McKenzie", "John Smith"]
    assert split_fused("Ronald MacDonald") == ["Ronald MacDonald"]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2022-11-11", "2022-11-11"),
        ("November 11, 2022", "2022-11-11"),
        ("Nov. 11, 2022", "2022-11-11"),
        ("Fri 11 Nov 2022 14.02 GMT", "2022-11-11"),
        ("Published: 10:31 EST, 11 November 2022 | Updated: 10:49 EST, 12 November 2022", "2022-11-11"),
        ("First Published: Tuesday, November 19, 2019 08:38 AM", "2019-11-19"),
        ("2019-11-18T22:05:36Z", "2019-11-18"),
        ("19.11.2019", "2019-11-19"),
        ("11/19/2019", "2019-11-19"),
    ],
)
def test_datelines_in_common_forms_give_iso_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso
    assert is_dateline(text)


def test_ambiguous_and_impossible_dates_give_none() -> None:
    assert parse_date("11/12/2022") is None  # November 12 or 11 December
    assert parse_date("February 30, 2022") is None
    assert parse_date("no date here") is None


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    text = "Russia said on Nov 11, 2022 that its troops had left the city and crossed the river."
    assert parse_date(text) == "2022-11-11"
    assert not is_dateline(text)


def test_wire_dateline_opens_the_story() -> None:
    match = wire_dateline("KYIV, Nov 11 (Reuters) - Ukrainian troops entered the city.")
    assert match is not None and match.group("agency") == "Reuters"
    assert month_day(match.group("date"), 2022) == "2022-11-11"
    assert wire_dateline("WASHINGTON (AP) — The Senate voted.") is not None
    assert wire_dateline("The Senate voted (AP) - on Tuesday.") is None
