"""Property tests: on generated news sentences, every quantity's span slices to its text, values parse."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.analysis import analyze
from newsledger.model import Article, Caption
from newsledger.stages.quantities import extract_quantities

MODIFIERS = ["", "about ", "some ", "more than ", "up to ", "at least ", "nearly "]
NOUNS = ["soldiers", "civilians", "tanks", "drones", "villages", "people", "km", "square miles", "per cent"]
VERBS = ["were killed", "were wounded", "fled", "were captured", "were reported", "remain"]
TRAPS = ["the 63 brigade", "in 2014", "one of the towns", "a 3-1 win", "Route 66", "the two sides"]


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, int]:
    value = draw(st.integers(2, 2_000_000))
    written = draw(st.sampled_from([f"{value:,}", str(value)]))
    return written, value


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        written, _ = draw(amounts())
        if draw(st.booleans()):
            parts.append(f"Officials said {draw(st.sampled_from(TRAPS))} held.")
        noun = draw(st.sampled_from(NOUNS))
        parts.append(
            f"{draw(st.sampled_from(MODIFIERS))}{written} {noun} {draw(st.sampled_from(VERBS))}.".capitalize()
        )
    return " ".join(parts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences(), caption=sentences())
def test_every_quantity_span_slices_to_its_text(nlp: Any, text: str, caption: str) -> None:
    article = Article(text=text, captions=(Caption(text=caption),), published="2022-11-11")
    for q in extract_quantities(analyze(nlp, article)):
        assert q.span.of(article.section_text(q.caption)) == q.text
        assert q.value is not None or q.low is not None or q.high is not None, q


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=amounts(), noun=st.sampled_from(["soldiers", "civilians", "tanks", "villages"]))
def test_a_written_count_reads_back_its_value(nlp: Any, amount: tuple[str, int], noun: str) -> None:
    written, value = amount
    text = f"Officials said {written} {noun} were counted."
    found = [q for q in extract_quantities(analyze(nlp, Article(text=text))) if written in q.text]
    assert [q.value for q in found] == [value]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_any_text_gives_valid_spans_and_never_raises(nlp: Any, text: str) -> None:
    for q in extract_quantities(analyze(nlp, Article(text=text))):
        assert q.span.of(text) == q.text
