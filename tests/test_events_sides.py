"""A battle's other side: the article's other armed side, when its events name exactly two."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.events.sides import dyad, side_of, with_opponents
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Event, Record, Span
from newsledger.pipeline import run_stages


def record_of(nlp: Any, text: str) -> Record:
    article = Article(text=text, published="2022-11-11")
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def battle(actor1: str | None, actor2: str | None = None, sub_type: str = "Armed clash") -> Event:
    return Event(
        type="Battles", sub_type=sub_type, trigger="x", trigger_span=Span(0, 1), sentence_span=Span(0, 1),
        actor1=actor1, actor2=actor2,
    )  # fmt: skip


def test_a_unit_fights_on_its_countrys_side_and_governments_are_no_side() -> None:
    assert side_of("Military Forces of Ukraine (National Guard)") == "Military Forces of Ukraine"
    assert side_of("Government of Russia") is None
    assert side_of("Civilians (Ukraine)") is None


def test_the_dyad_needs_exactly_two_sides_named_twice() -> None:
    russia, ukraine = "Military Forces of Russia", "Military Forces of Ukraine"
    assert dyad([battle(russia, ukraine), battle(ukraine), battle(russia)]) == (russia, ukraine)
    assert dyad([battle(russia, ukraine), battle(ukraine)]) is None  # Russia once
    three = [battle(russia, ukraine), battle(ukraine, "Military Forces of Belarus"), battle(russia)]
    assert dyad([*three, battle("Military Forces of Belarus")]) is None


def test_only_battles_get_the_other_side() -> None:
    russia, ukraine = "Military Forces of Russia", "Military Forces of Ukraine"
    shelling = Event(
        type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack", trigger="x",
        trigger_span=Span(0, 1), sentence_span=Span(0, 1), actor1=russia,
    )  # fmt: skip
    events = with_opponents([battle(russia, ukraine), battle(ukraine, sub_type="Government regains territory"),
                             shelling])  # fmt: skip
    assert events[1].actor2 == russia
    assert events[2].actor2 is None  # the target of a shelling may be civilians


def test_a_battle_that_names_only_the_losing_side_was_won_by_the_other() -> None:
    russia, ukraine = "Military Forces of Russia", "Military Forces of Ukraine"
    retaken = battle(
        None, russia, sub_type="Government regains territory"
    )  # "areas retaken from Russian forces"
    events = with_opponents([battle(russia, ukraine), battle(ukraine), retaken, battle(None)])
    assert (events[2].actor1, events[2].actor2) == (ukraine, russia)
    assert events[3].actor1 is None and events[3].actor2 is None  # no side named: nothing to infer


def test_a_battle_in_an_article_of_two_sides_is_fought_against_the_other(nlp: Any) -> None:
    text = (
        "Russian forces attacked Ukrainian positions near Bakhmut on Monday. Ukrainian troops repelled "
        "Russian forces near Vuhledar. Ukrainian forces liberated the village of Snihurivka on Friday."
    )
    record = record_of(nlp, text)
    liberated = next(e for e in record.events if e.trigger.startswith("liberat"))
    assert liberated.actor1 == "Military Forces of Ukraine"
    assert liberated.actor2 == "Military Forces of Russia"
