"""Property tests: on generated news sentences, every time's span slices to its text and resolves sanely."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.analysis import analyze
from newsledger.model import Article, Caption
from newsledger.stages.times import extract_times

EXPRESSIONS = [
    "today", "yesterday", "last night", "this week", "last week", "Thursday evening", "in March",
    "since late July", "a month ago", "in the early hours", "over winter", "until 2029",
    "for at least seven years", "eight months", "the nine-month-old war", "in recent days",
    "over the summer", "now", "recently", "any time soon", "next month", "earlier this year",
    "the past two weeks", "three days ago", "at the weekend", "in the 1990s", "since 2014",
]  # fmt: skip
SUBJECTS = ["Russia", "The army", "Zelensky", "Officials", "Residents of Kherson", "Kyiv"]
VERBS = ["said", "will say", "had claimed", "has announced", "would pledge", "reported"]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "November"]


@st.composite
def written_dates(draw: st.DrawFn) -> str:
    day = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)))
    form = draw(
        st.sampled_from(["{d} {m} {y}", "{m} {d}, {y}", "{y}-{mm:02d}-{d:02d}", "{m} {y}", "{d}/{mm}/{y}"])
    )
    return form.format(d=day.day, m=day.strftime("%B"), mm=day.month, y=day.year)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        when = draw(st.one_of(st.sampled_from(EXPRESSIONS), written_dates()))
        quote = draw(st.booleans())
        clause = f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} {when}"
        parts.append(f"'{clause},' he said." if quote else clause + ".")
    return " ".join(parts)


published_days = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=sentences(), caption=sentences(), published=published_days)
def test_every_time_span_slices_to_its_text(
    nlp: Any, text: str, caption: str, published: date | None
) -> None:
    article = Article(
        text=text, captions=(Caption(text=caption),), published=published.isoformat() if published else None
    )
    for ref in extract_times(analyze(nlp, article)):
        assert ref.span.of(article.section_text(ref.caption)) == ref.text
        if ref.start and ref.end:
            assert ref.start <= ref.end, ref
        if published is None and ref.type != "date":  # nothing relative is resolved without a reference
            assert (ref.start, ref.end) == (None, None), ref


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200))
def test_any_text_gives_valid_spans_and_never_raises(nlp: Any, text: str) -> None:
    article = Article(text=text, published="2022-11-11")
    for ref in extract_times(analyze(nlp, article)):
        assert ref.span.of(text) == ref.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(offset=st.integers(-400, 400))
def test_relative_days_follow_the_publication_date(nlp: Any, offset: int) -> None:
    published = date(2022, 11, 11) + timedelta(days=offset)
    article = Article(
        text="Kyiv said yesterday that talks would resume tomorrow.", published=published.isoformat()
    )
    found = {r.text: r.start for r in extract_times(analyze(nlp, article))}
    assert found["yesterday"] == (published - timedelta(days=1)).isoformat()
    assert found["tomorrow"] == (published + timedelta(days=1)).isoformat()
