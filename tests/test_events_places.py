"""Where events happened, on real sentences: the finest nested place, no affiliations, no reference points."""

from __future__ import annotations

from typing import Any

from newsledger.analysis import analyze
from newsledger.events.build import place_for
from newsledger.facts import Facts
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Event, Place, Record, Span
from newsledger.pipeline import run_stages
from newsledger.stages.events import extract_events


def record_of(nlp: Any, text: str, published: str = "2022-11-11") -> Record:
    article = Article(text=text, published=published)
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def place_at(record: Record, trigger: str) -> str | None:
    found: list[Event] = [e for e in record.events if trigger in e.trigger]
    assert found, f"no event at {trigger!r}"
    place = found[0].place
    return None if place is None else record.places[place].text


def test_a_country_that_holds_another_attached_place_is_not_where(nlp: Any) -> None:
    text = (
        "Iraqi troops Saturday shelled the PUK positions around Irbil, one of the Kurdistan main cities, "
        "in northern Iraq, and captured the city."
    )
    assert place_at(record_of(nlp, text), "shelled") == "Irbil"


def test_a_place_naming_whose_forces_is_no_location(nlp: Any) -> None:
    text = "He was later captured by the Northern Alliance and handed over to U.S. forces."
    assert place_at(record_of(nlp, text), "captured") is None


def test_a_reference_point_outside_the_clause_is_not_where(nlp: Any) -> None:
    text = "Extremists attacked a family driving on a road south of the capital Algiers, near Medea."
    assert place_at(record_of(nlp, text), "attacked") == "Medea"


def test_a_country_acting_is_not_where(nlp: Any) -> None:
    text = "They reached Lysychansk and Severodonetsk, two cities that Russia spent months capturing over the summer."
    assert place_at(record_of(nlp, text), "capturing") != "Russia"


def test_what_appears_to_have_been_destroyed_suffers_it_and_is_where(nlp: Any) -> None:
    text = "The Antonovskiy Bridge, which is the main route out of Kherson, appears to have been destroyed overnight."
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    places = (
        _place(text, "Antonovskiy Bridge", feature="bridge"),
        _place(text, "Kherson", feature="city"),
    )
    destroyed = extract_events(analysis, Facts(places=places))[0]
    assert destroyed.actor1 is None  # the bridge destroyed nothing: it suffered it
    assert destroyed.place == 0


def _place(text: str, name: str, *, feature: str) -> Place:
    start = text.index(name)
    return Place(
        span=Span(start, start + len(name)), text=name, name=name, lat=46.6, lon=32.7,
        country_code="UA", feature=feature, role="literal",  # type: ignore[arg-type]
    )  # fmt: skip


def test_a_place_in_the_events_own_phrase_is_where_even_when_it_is_reported(nlp: Any) -> None:
    text = "Missile strike on an apartment block in Dnipro, reported five dead"
    assert place_at(record_of(nlp, text), "strike") == "Dnipro"


def test_the_source_of_a_report_is_still_not_where(nlp: Any) -> None:
    text = "Police in Kabul reported that a bomb killed three people in the market."
    assert place_at(record_of(nlp, text), "killed") != "Kabul"


def test_a_town_read_as_a_modifier_of_a_building_is_where(nlp: Any) -> None:
    text = "Kharkiv regional hospital was shelled overnight."
    assert place_at(record_of(nlp, text), "shelled") == "Kharkiv"


def test_a_headline_place_before_the_building_it_holds_is_where(nlp: Any) -> None:
    text = "Kupiansk central hospital damaged"
    assert place_at(record_of(nlp, text), "damaged") == "Kupiansk"


def test_a_country_before_a_persons_name_is_not_where(nlp: Any) -> None:
    text = "Paceman Lee captured three wickets and passed former Australia great Dennis Lillee for the most victims."
    assert place_at(record_of(nlp, text), "captured") is None


def test_a_place_in_a_clause_of_what_came_later_is_not_where(nlp: Any) -> None:
    text = "The activist was shot dead days before he planned to fly to a human rights conference in Geneva."
    assert place_at(record_of(nlp, text), "shot") is None


def test_a_place_in_a_clause_of_the_cause_is_where(nlp: Any) -> None:
    text = "Two soldiers died after their patrol was ambushed in Kunduz province on Monday."
    assert place_at(record_of(nlp, text), "ambushed") == "Kunduz province"


def test_an_unresolved_name_ranks_by_the_place_word_that_names_it(nlp: Any) -> None:
    text = (
        "The victims were among a group of Shiites who were walking through Adil neighborhood in western "
        "Baghdad late Friday when they were sprayed with gunfire by assailants in a moving car, said police Lt."
    )  # event_location dev: Adil is in no gazetteer, but its own word says it is finer than Baghdad
    analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
    record = record_of(nlp, text)
    start = text.index("sprayed")
    where = place_for(analysis, record.places, Span(start, start + len("sprayed")))
    assert where is not None and record.places[where].text == "Adil"


def test_an_ing_clause_hung_on_another_shares_its_one_place(nlp: Any) -> None:
    for text, trigger, where in [
        (
            "Members of a pro-government youth group briefly clashed with opposition activists in Azerbaijan "
            "Monday, accusing them of co-operating with Armenian security agents.",
            "accusing",
            "Azerbaijan",
        ),
        ("Gunmen stormed a wedding party in Kandahar on Sunday, killing five guests.", "killing", "Kandahar"),
    ]:
        analysis = analyze(nlp, Article(text=text, published="2022-11-11"))
        record = record_of(nlp, text)
        start = text.index(trigger)
        index = place_for(analysis, record.places, Span(start, start + len(trigger)))
        assert index is not None and record.places[index].text == where, text


def test_a_local_officials_jurisdiction_locates_what_the_official_reports(nlp: Any) -> None:
    text = (
        "Mines were laid before the withdrawal, as is the case now with Kherson.\n\nThe region's governor, "
        "Yaroslav Yanushevych, said Russian troops had taken away public equipment and damaged power lines."
    )
    record = record_of(nlp, text)
    looted = next(e for e in record.events if "taken away" in e.trigger)
    assert looted.place is not None
    assert record.places[looted.place].name == "Kherson Oblast"


def test_a_countrys_official_does_not_locate_what_he_reports(nlp: Any) -> None:
    text = "Ukraine's defence minister said Russian troops had taken away public equipment."
    assert place_at(record_of(nlp, text), "taken away") is None
