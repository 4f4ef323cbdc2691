"""Properties of the API's small pure parts: snippet highlights, CSV cells, cursors, filters."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.api.errors import ApiError
from newsledger.api.filters import like_escape, parse_bbox, parse_date
from newsledger.api.formats import FORMULA_START, safe_cell
from newsledger.api.paging import decode_cursor, encode_cursor
from newsledger.api.search import split_snippet
from newsledger.store.base import MARK_END, MARK_START

plain = st.text(st.characters(blacklist_characters=MARK_START + MARK_END), max_size=40)


@given(st.lists(st.tuples(plain, plain), max_size=6), plain)
def test_snippet_highlights_slice_exactly_the_marked_words(pieces: list[tuple[str, str]], tail: str) -> None:
    marked = "".join(f"{before}{MARK_START}{word}{MARK_END}" for before, word in pieces) + tail
    text, highlights = split_snippet(marked)
    assert text == marked.replace(MARK_START, "").replace(MARK_END, "")
    assert [text[start:end] for start, end in highlights] == [word for _, word in pieces]


@given(st.text(max_size=30) | st.integers() | st.floats(allow_nan=False) | st.none())
def test_no_csv_cell_starts_a_formula_and_numbers_stay_numbers(value: object) -> None:
    cell = safe_cell(value)
    if isinstance(value, str):
        assert not cell.startswith(FORMULA_START)
        assert cell in (value, "'" + value)
    else:
        assert cell == value


@given(st.lists(st.one_of(st.integers(), st.text(max_size=20)), min_size=1, max_size=3))
def test_a_cursor_reads_back_its_key_and_only_on_its_own_list(key: list[object]) -> None:
    types = [type(v) for v in key]
    cursor = encode_cursor("events", key)
    assert decode_cursor("events", cursor, types) == tuple(key)
    with pytest.raises(ApiError):
        decode_cursor("quotes", cursor, types)


LIKE_TEXT = st.text(alphabet="ab%_\\", max_size=8)


@given(LIKE_TEXT, LIKE_TEXT)
def test_like_patterns_match_their_text_literally(text: str, other: str) -> None:
    """`%`, `_` and `\\` in a filter are characters, not wildcards."""
    db = sqlite3.connect(":memory:")
    matches = db.execute("SELECT ? LIKE ? ESCAPE '\\'", (other, like_escape(text))).fetchone()[0]
    assert bool(matches) == (other == text)


@given(st.text(max_size=12))
def test_dates_are_iso_or_refused(text: str) -> None:
    try:
        value = parse_date("since", text)
    except ApiError as error:
        assert error.status == 422
    else:
        assert value == text.strip() and value[:4].isdigit()


@given(st.lists(st.floats(-200, 200), min_size=4, max_size=4))
def test_a_bbox_is_accepted_only_west_south_east_north_in_range(numbers: list[float]) -> None:
    west, south, east, north = numbers
    ok = -180 <= west <= east <= 180 and -90 <= south <= north <= 90
    try:
        box = parse_bbox(",".join(map(repr, numbers)))
    except ApiError:
        assert not ok
    else:
        assert ok and box is not None and (box.min_lon, box.max_lat) == (west, north)
