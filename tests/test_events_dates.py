"""Dates and sides of events on real sentences: the time attached to the event, background events."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Event, Record
from newsledger.pipeline import run_stages

DRIVEN = (
    "If Russia completes its withdrawal from an area that Putin proclaimed annexed a month ago, it would "
    "be its biggest retreat since its forces were driven back from the outskirts of Kyiv in March."
)


def record_of(nlp: Any, text: str, published: str = "2022-11-11") -> Record:
    article = Article(text=text, published=published)
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def at(record: Record, trigger: str) -> Event:
    found = [e for e in record.events if trigger in e.trigger]
    assert found, f"no event at {trigger!r} in {[e.trigger for e in record.events]}"
    return found[0]


def test_a_background_event_takes_the_time_of_its_own_clause(nlp: Any) -> None:
    driven = at(record_of(nlp, DRIVEN), "driven")
    assert (driven.date, driven.time_precision) == ("2022-03-01", 3)


def test_a_time_inside_another_clause_is_not_the_events(nlp: Any) -> None:
    withdrawal = at(record_of(nlp, DRIVEN), "withdrawal")
    assert withdrawal.date is None  # proposed, and "a month ago" dates the annexation


def test_a_side_driven_back_lost_the_ground_to_the_other(nlp: Any) -> None:
    driven = at(record_of(nlp, DRIVEN), "driven")
    assert driven.sub_type == "Government regains territory"
    assert (driven.actor1, driven.actor2) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_a_side_forced_to_retreat_lost_the_ground_and_the_date_is_unknown(nlp: Any) -> None:
    text = "Having been forced to retreat from Izium, Russia's troops today withdrew from the city of Lyman."
    record = record_of(nlp, text)
    retreat = at(record, "retreat")
    assert retreat.sub_type == "Government regains territory"
    assert (retreat.actor1, retreat.actor2) == ("Military Forces of Ukraine", "Military Forces of Russia")
    assert retreat.date is None  # told in the perfect, with no time of its own: not "today"
    assert at(record, "withdrew").date == "2022-11-11"


def test_the_shifted_past_of_reported_speech_is_no_background(nlp: Any) -> None:
    text = "Russia claimed it had completed the retreat across the Dnipro River without losses."
    assert at(record_of(nlp, text), "retreat").date == "2022-11-11"


def test_troops_forced_out_of_a_city_are_the_side_that_lost_it(nlp: Any) -> None:
    forced = at(
        record_of(nlp, "Moscow's troops were forced to withdraw from the city of Kherson."), "withdraw"
    )
    assert forced.sub_type == "Government regains territory"
    assert (forced.actor1, forced.actor2) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_a_night_is_one_day_the_evening_it_begins(nlp: Any) -> None:
    struck = at(
        record_of(nlp, "Russian missiles struck Kyiv last night, officials said.", "2022-10-10"), "struck"
    )
    assert (struck.date, struck.time_precision) == ("2022-10-09", 1)


def test_a_night_told_as_overnight_is_the_morning_it_ends(nlp: Any) -> None:
    text = "A railway bridge near Izium was blown up overnight, the regional governor said."
    blown = at(record_of(nlp, text, "2022-10-10"), "blown")
    assert (blown.date, blown.time_precision) == ("2022-10-10", 1)


def test_a_proposed_event_takes_no_date_from_the_clause_that_tells_of_it(nlp: Any) -> None:
    text = (
        "Western officials briefing journalists last week said they do not expect Ukraine to begin an "
        "offensive across the Dnipro any time soon."
    )
    offensive = at(record_of(nlp, text), "offensive")
    assert offensive.certainty == "proposed"
    assert offensive.date is None
