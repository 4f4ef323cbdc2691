"""The times stage on real sentences: each form it must read, how it resolves, and its false friends.

Sentences are parsed with the project's spaCy pipeline; the reference day is Friday 11 November 2022
unless a test says otherwise.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.model import Article, TimeRef
from newsledger.stages.times import extract_times, publication_day

PUBLISHED = "2022-11-11"  # a Friday
UKRAINE = "Ukraine's army entered Kherson as Kyiv celebrated. "  # names the war the article is about


def times(nlp: Any, text: str, published: str | None = PUBLISHED) -> list[TimeRef]:
    return list(extract_times(analyze(nlp, Article(text=text, published=published))))


def only(nlp: Any, text: str, expression: str, published: str | None = PUBLISHED) -> TimeRef:
    found = [t for t in times(nlp, text, published) if expression in t.text]
    assert len(found) == 1, (expression, [t.text for t in times(nlp, text, published)])
    return found[0]


DATES = [
    # (sentence, expression, start, end, precision)
    (
        "A Russian policy expert revealed today that terms were offered.",
        "today",
        "2022-11-11",
        "2022-11-11",
        "day",
    ),
    ("NBC reported yesterday that diplomats were talking.", "yesterday", "2022-11-10", "2022-11-10", "day"),
    ("Zelensky said last night that Russia must leave.", "last night", "2022-11-10", "2022-11-11", "day"),
    (
        "General Milley said this week that talks were possible.",
        "this week",
        "2022-11-07",
        "2022-11-13",
        "week",
    ),
    ("Russia attacked a town near Pavlivka last week.", "last week", "2022-10-31", "2022-11-06", "week"),
    (
        "He spoke in his Thursday evening video address.",
        "Thursday evening",
        "2022-11-10",
        "2022-11-10",
        "day",
    ),
    (
        "Troops were driven back from the outskirts of Kyiv in March.",
        "in March",
        "2022-03-01",
        "2022-03-31",
        "month",
    ),
    (
        "The front has remained static since late July.",
        "since late July",
        "2022-07-21",
        "2022-11-11",
        "range",
    ),
    ("Putin proclaimed the region annexed a month ago.", "a month ago", "2022-10-11", "2022-10-11", "month"),
    ("Russia completed its withdrawal in the early hours.", "early hours", "2022-11-11", "2022-11-11", "day"),
    ("Russia has been calling for talks in recent days.", "recent days", "2022-11-04", "2022-11-11", "range"),
    ("Fighting has been heavy in recent weeks.", "recent weeks", "2022-10-14", "2022-11-11", "range"),
    ("Russia captured the two cities over the summer.", "summer", "2022-06-01", "2022-08-31", "season"),
    ("Diplomats expect a slow-down of fighting over winter.", "winter", "2022-12-01", "2023-02-28", "season"),
    ("Crimea was seized in 2014.", "in 2014", "2014-01-01", "2014-12-31", "year"),
    ("Areas occupied since 2014 would be returned.", "since 2014", "2014-01-01", "2022-11-11", "range"),
    ("The record was published on 2022-11-11.", "2022-11-11", "2022-11-11", "2022-11-11", "day"),
    ("The city fell on 11 November 2022.", "11 November 2022", "2022-11-11", "2022-11-11", "day"),
    ("The city fell on November 11, 2022.", "November 11, 2022", "2022-11-11", "2022-11-11", "day"),
    (
        "The city fell on Friday, November 11, 2022.",
        "Friday, November 11, 2022",
        "2022-11-11",
        "2022-11-11",
        "day",
    ),
    (
        "The treaty was signed on the 5th of March 2021.",
        "5th of March 2021",
        "2021-03-05",
        "2021-03-05",
        "day",
    ),
    ("The vote was held on 24/08/2021.", "24/08/2021", "2021-08-24", "2021-08-24", "day"),
    ("The offensive began on Nov. 3 and stalled.", "Nov. 3", "2022-11-03", "2022-11-03", "day"),
    ("The sessions ran on April 3-5.", "April 3-5", "2022-04-03", "2022-04-05", "range"),
    ("They met on 13 November last year.", "13 November last year", "2021-11-13", "2021-11-13", "day"),
    ("The armistice was signed on the 11th day of November.", "11th day", "2022-11-11", "2022-11-11", "day"),
    ("It happened on 11-Nov-2022.", "11-Nov-2022", "2022-11-11", "2022-11-11", "day"),
    ("It happened on 2022/11/10.", "2022/11/10", "2022-11-10", "2022-11-10", "day"),
    ("It happened on Nov 9th '22.", "Nov 9th '22", "2022-11-09", "2022-11-09", "day"),
    ("It happened on November the 9th.", "November the 9th", "2022-11-09", "2022-11-09", "day"),
    ("Results are due by the end of the year.", "end of the year", "2022-09-01", "2022-12-31", "range"),
    ("The talks ran from 3 to 5 March.", "3 to 5 March", "2022-03-03", "2022-03-05", "range"),
    ("From March to May fighting raged.", "March to May", "2022-03-01", "2022-05-31", "range"),
    ("Fighting erupted in the 1740s.", "1740s", "1740-01-01", "1749-12-31", "range"),
    ("Prices rose sharply in the early 1990s.", "early 1990s", "1990-01-01", "1993-12-31", "range"),
    (
        "Casualties have mounted over the past two weeks.",
        "past two weeks",
        "2022-10-28",
        "2022-11-11",
        "range",
    ),
    ("The summit will be held next month.", "next month", "2022-12-01", "2022-12-31", "month"),
    ("Shelling resumed earlier this week.", "earlier this week", "2022-11-07", "2022-11-11", "range"),
    ("They met just a few weeks ago.", "a few weeks ago", "2022-09-30", "2022-10-28", "range"),
    ("Lavrov said the talks would resume after Christmas.", "Christmas", "2022-12-25", "2022-12-25", "day"),
]


@pytest.mark.parametrize(("sentence", "expression", "start", "end", "precision"), DATES)
def test_times_resolve_against_the_publication_date(
    nlp: Any, sentence: str, expression: str, start: str, end: str, precision: str
) -> None:
    ref = only(nlp, sentence, expression)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)
    assert ref.type == "date"


def test_since_and_until_keep_their_modifier(nlp: Any) -> None:
    until = only(nlp, "Its status would not be discussed again until 2029.", "2029")
    assert (until.start, until.end, until.precision, until.modifier) == (
        "2029-01-01",
        "2029-12-31",
        "year",
        "until",
    )
    since = only(nlp, "The front has remained static since late July.", "July")
    assert since.modifier == "since" and since.approx


def test_a_weekday_is_the_last_such_day_unless_the_tense_points_ahead(nlp: Any) -> None:
    assert only(nlp, "Peskov spoke on Thursday.", "Thursday").start == "2022-11-10"
    assert only(nlp, "Peskov spoke on Friday.", "Friday").start == "2022-11-11"  # on or before
    assert only(nlp, "Peskov will speak on Monday.", "Monday").start == "2022-11-14"
    assert only(nlp, "The envoy arrives next Tuesday.", "Tuesday").start == "2022-11-15"
    assert only(nlp, "The envoy left last Friday.", "Friday").start == "2022-11-04"


def test_a_month_without_a_year_follows_the_tense(nlp: Any) -> None:
    assert only(nlp, "Troops withdrew in February.", "February").start == "2022-02-01"
    assert only(nlp, "Talks will resume in February.", "February").start == "2023-02-01"
    assert only(nlp, "Elections are due in December.", "December").start == "2022-12-01"


def test_durations_are_durations_not_dates(nlp: Any) -> None:
    lived = only(nlp, "We've lived in the occupied territories for eight months.", "eight months")
    assert (lived.type, lived.duration, lived.precision) == ("duration", "P8M", "range")
    assert (lived.start, lived.end, lived.approx) == ("2022-03-11", "2022-11-11", True)


def test_a_duration_that_does_not_run_to_now_keeps_only_its_length(nlp: Any) -> None:
    pledge = only(nlp, "Ukraine would pledge not to join NATO for at least seven years.", "seven years")
    assert (pledge.type, pledge.duration, pledge.modifier) == ("duration", "P7Y", "at_least")
    assert (pledge.start, pledge.end, pledge.precision) == (None, None, "year")
    visit = only(nlp, "The minister began a three-day visit to Kyiv.", "three-day")
    assert (visit.type, visit.duration, visit.start) == ("duration", "P3D", None)
    past = only(nlp, "She was in the Eastern Cape for one month in 2019.", "one month")
    assert past.start is None


def test_durations_counted_from_elsewhere_or_ahead_do_not_end_now(nlp: Any) -> None:
    for sentence, expression in [
        ("He was sentenced to 10 years' probation.", "10 years"),
        ("Results are expected in at least seven days.", "seven days"),
        ("The law required a vote after another five years.", "five years"),
    ]:
        assert only(nlp, sentence, expression).start is None, sentence
    assert (
        only(nlp, "Brazil made its first World Cup appearance in 28 years.", "28 years").start == "1994-11-11"
    )


def test_the_past_year_is_a_window_and_the_previous_year_is_unresolved(nlp: Any) -> None:
    window = only(nlp, "The rebels had suffered setbacks in the past year.", "past year")
    assert (window.start, window.end, window.type) == ("2021-11-11", "2022-11-11", "date")
    before = only(nlp, "The archbishop retired the previous year.", "previous year")
    assert (before.start, before.precision) == (None, "unknown")
    assert only(nlp, "They were answered this past Saturday night.", "Saturday").start == "2022-11-05"


def test_the_war_counts_from_its_start(nlp: Any) -> None:
    old = only(nlp, UKRAINE + "It is a clear shift in the nine-month-old war.", "nine-month-old")
    assert (old.type, old.duration, old.start, old.end) == ("duration", "P9M", "2022-02-24", "2022-11-11")
    since = only(nlp, UKRAINE + "It is the first quiet night since the war began.", "since the war began")
    assert (since.start, since.end, since.precision) == ("2022-02-24", "2022-11-11", "range")
    start = only(nlp, UKRAINE + "Putin has issued ultimatums since the start of the war.", "start of the war")
    assert start.start == "2022-02-24"
    early = only(nlp, UKRAINE + "Russia captured it during the early weeks of the war.", "early weeks")
    assert (early.start, early.end) == ("2022-02-24", "2022-03-24")


def test_without_a_known_war_its_start_stays_unknown(nlp: Any) -> None:
    since = only(nlp, "It is the first quiet night since the war began.", "since the war began")
    assert since.start is None and since.end == "2022-11-11"


@pytest.mark.parametrize(
    ("sentence", "expression", "kind", "start", "end"),
    [
        ("Kherson is now under their full control.", "now", "present_ref", "2022-11-11", "2022-11-11"),
        ("Locals recently fled the city.", "recently", "past_ref", None, "2022-11-11"),
        ("Zelensky has previously vowed never to negotiate.", "previously", "past_ref", None, "2022-11-11"),
        ("They do not expect an offensive any time soon.", "any time soon", "future_ref", "2022-11-11", None),
        ("Talks are unlikely in the near future.", "near future", "future_ref", "2022-11-11", None),
    ],
)
def test_vague_references_point_before_at_or_after_now(
    nlp: Any, sentence: str, expression: str, kind: str, start: str | None, end: str | None
) -> None:
    ref = only(nlp, sentence, expression)
    assert (ref.type, ref.start, ref.end, ref.precision) == (
        kind,
        start,
        end,
        "day" if kind == "present_ref" else "unknown",
    )


def test_nights(nlp: Any) -> None:
    fell = only(nlp, "The celebrations continued as night fell over the city.", "night")
    assert (fell.start, fell.end) == ("2022-11-11", "2022-11-12")
    before = only(
        nlp, "The guns had fallen silent for what was the first quiet night in months.", "quiet night"
    )
    assert (before.start, before.end, before.approx) == ("2022-11-10", "2022-11-11", True)
    shelling = only(nlp, "Police inspect the scene of night shelling in Mykolaiv.", "night")
    assert (shelling.start, shelling.end, shelling.precision) == (None, None, "unknown")
    assert only(nlp, "Missiles hit Kyiv overnight.", "overnight").start == "2022-11-10"


def test_today_inside_a_quote_is_the_day_its_speaker_spoke(nlp: Any) -> None:
    text = "President Zelensky, speaking last night, said: 'Today we liberated Kherson.'"
    quoted = only(nlp, text, "Today", published="2022-11-12")
    assert (quoted.start, quoted.end) == ("2022-11-11", "2022-11-11")
    outside = only(nlp, text, "last night", published="2022-11-12")
    assert outside.start == "2022-11-11"


def test_a_quote_that_carries_on_keeps_the_day_its_speaker_spoke(nlp: Any) -> None:
    text = "Zelensky, speaking last night, said the onus was on Russia.\n\n'Today we liberated Kherson,' he said."
    assert only(nlp, text, "Today", published="2022-11-12").start == "2022-11-11"
    other = "Zelensky, speaking last night, said the onus was on Russia.\n\n'Today we won,' Peskov said."
    assert only(nlp, other, "Today", published="2022-11-12").start == "2022-11-12"


def test_a_quote_without_a_speaking_date_keeps_the_publication_date(nlp: Any) -> None:
    text = "'Today we liberated Kherson,' Zelensky said."
    assert only(nlp, text, "Today").start == PUBLISHED


def test_without_a_publication_date_relative_times_stay_unresolved(nlp: Any) -> None:
    text = "NBC reported yesterday that the city fell on 11 November 2022, after eight months."
    found = {t.text: t for t in times(nlp, text, published=None)}
    assert (found["yesterday"].start, found["yesterday"].end) == (None, None)
    assert found["11 November 2022"].start == "2022-11-11"  # an absolute date needs no reference
    assert found["eight months"].duration == "P8M" and found["eight months"].start is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia may retreat across the river.",
        "Protesters march on the parliament.",
        "June Smith, a spokeswoman, declined to comment.",
        "More than 2000 troops were deployed.",
        "A 54-year-old woman was injured.",
        "The committee meets twice a year.",
        "It is far too soon to write them off.",
        "The Arab Spring changed the region.",
        "Schiff spoke to USA TODAY about the hack.",
        "The ship docked at Easter Island.",
        "The show airs on a Saturday night slot.",
        "Ukraine fired 63 rockets.",
        "A man died at about midnight.",
        "A 23-year-old marketing professional was hurt.",
    ],
)
def test_false_friends_are_not_times(nlp: Any, sentence: str) -> None:
    assert times(nlp, sentence) == []


def test_publication_day_reads_iso_dates_and_timestamps() -> None:
    assert str(publication_day("2022-11-11T08:30:00Z")) == "2022-11-11"
    assert publication_day("11 November 2022") is None
    assert publication_day(None) is None
