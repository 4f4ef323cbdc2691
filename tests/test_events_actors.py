"""Actors of events: demonyms, metonyms and the subjects the parse hides, on real sentences."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.events.actors import _load, actor_table
from newsledger.events.people import Affiliation, affiliations
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Record
from newsledger.pipeline import run_stages

ROOT = Path(__file__).resolve().parents[1]


def record_of(nlp: Any, text: str, published: str = "2022-11-11") -> Record:
    article = Article(text=text, published=published)
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


def _build_actors() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_actors", ROOT / "scripts" / "build_actors.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_demonym_shared_by_several_countries_goes_to_the_most_populous() -> None:
    rows = [
        {"iso2": "MP", "name": "Northern Mariana Islands", "population": 53883, "demonyms": ["American"]},
        {
            "iso2": "US",
            "name": "United States",
            "population": 319259000,
            "demonyms": ["American", "Americans"],
        },
        {"iso2": "MQ", "name": "Martinique", "population": 386486, "demonyms": ["French", "Martinican"]},
        {"iso2": "FR", "name": "France", "population": 66078000, "demonyms": ["French"]},
    ]
    owned = {r["iso2"]: r["demonyms"] for r in _build_actors().shared_demonyms(rows)}
    assert owned == {"MP": [], "US": ["American", "Americans"], "MQ": ["Martinican"], "FR": ["French"]}
    assert all("population" not in r for r in _build_actors().shared_demonyms(rows))


def test_every_demonym_of_the_actor_list_names_one_country() -> None:
    claims = Counter(d.lower() for row in _load()["countries"] for d in row["demonyms"])
    assert [d for d, n in claims.items() if n > 1] == []
    assert actor_table().demonyms["american"] == "United States"
    assert actor_table().demonyms["indian"] == "India"


def test_american_diplomats_are_the_government_of_the_united_states(nlp: Any) -> None:
    record = record_of(nlp, "American diplomats expelled two Russian envoys from Washington on Monday.")
    assert any(e.actor1 == "Government of United States" for e in record.events)


ACTED = [
    (  # the parse hangs the subject on an earlier noun as an apposition
        "Having been forced to retreat from Izium and Balakliia, Russia's troops today shelled Lyman.",
        "shelled",
        "Military Forces of Russia",
    ),
    ("The town fell to Russian troops after a week of fighting.", "fell to", "Military Forces of Russia"),
    (
        "Ukraine continues advancing in the east, where it is now bearing down on the town of Svatove.",
        "bearing",
        "Military Forces of Ukraine",
    ),
    (
        "Rescuers searched a building damaged by a Russian missile attack in Odesa.",
        "attack",
        "Military Forces of Russia",
    ),
    (
        "Ukrainian artillery units fire at enemy positions near Bakhmut.",
        "artillery",
        "Military Forces of Ukraine",
    ),
    (
        "Ukrainian soldiers fire at Russian positions from a trench near Bakhmut.",
        "fire",
        "Military Forces of Ukraine",
    ),
]


@pytest.mark.parametrize(("sentence", "trigger", "actor1"), ACTED)
def test_actors_the_parse_hides_are_found(nlp: Any, sentence: str, trigger: str, actor1: str) -> None:
    events = [e for e in record_of(nlp, sentence).events if trigger in e.trigger]
    assert events, f"no event at {trigger!r}"
    assert events[0].actor1 == actor1


def test_several_unnamed_states_are_no_one_government(nlp: Any) -> None:
    text = "Four countries have signed a security pact with Ukraine, officials in Kyiv said."
    agreed = [e for e in record_of(nlp, text).events if e.sub_type == "Agreement"]
    assert agreed and agreed[0].actor1 is None  # not "Government of Ukraine", where the places lie


def test_the_subject_of_a_harm_done_in_an_attack_is_its_author(nlp: Any) -> None:
    text = (
        "Irish nationalist guerrillas wounded two British soldiers in a bomb attack on Thursday, police said."
    )
    attack = next(e for e in record_of(nlp, text).events if "attack" in e.trigger)
    assert attack.actor1 is not None and attack.actor1.startswith("Rebel Forces")
    assert attack.actor2 == "Military Forces of United Kingdom"  # not "Thursday"


def test_the_party_a_threat_is_made_against_sits_in_its_complement(nlp: Any) -> None:
    text = "Pakistan threatened on Tuesday to break off diplomatic relations with Congo over its ties with Israel."
    threat = next(e for e in record_of(nlp, text).events if e.trigger == "threatened")
    assert threat.actor1 == "Government of Pakistan"
    assert threat.actor2 is not None and "Congo" in threat.actor2  # not "Tuesday", not the relations
    assert (
        threat.actor2_span is not None and text[threat.actor2_span.start : threat.actor2_span.end] == "Congo"
    )


def test_a_person_the_article_titles_once_acts_for_that_country_wherever_named(nlp: Any) -> None:
    text = (
        "Russian President Vladimir Putin spoke on Monday. Putin's army shelled Kharkiv on Tuesday. "
        "Putin has been offered surrender terms by the West."
    )
    events = record_of(nlp, text).events
    shelled = next(e for e in events if e.trigger == "shelled")
    assert shelled.actor1 == "Military Forces of Russia"  # the army he owns
    offer = next(e for e in events if e.sub_type == "Agreement")
    assert offer.actor2 == "Government of Russia"  # the offer is made to him


def test_only_a_title_in_the_names_own_phrase_ties_a_person_to_a_country(nlp: Any) -> None:
    found = affiliations([nlp("Ukraine's Defence Minister Oleksii Reznikov met Vladimir Putin, the Russian "
                              "president. Ukraine said President Smith had lied.")])  # fmt: skip
    assert found["Reznikov"] == Affiliation("Ukraine", "government")
    assert found["Putin"] == Affiliation("Russia", "government")
    assert "Smith" not in found  # "Ukraine said" is no title of his


def test_a_verb_joined_into_a_complement_by_the_parse_keeps_the_main_subject(nlp: Any) -> None:
    text = (
        "Ukraine had warned that Russia could be laying a trap for its forces in Kherson, "
        "but pressed ahead rapidly with an attack overnight."
    )
    attack = next(e for e in record_of(nlp, text).events if e.trigger == "attack")
    assert attack.actor1 == "Military Forces of Ukraine"


def test_a_bare_kind_word_on_the_trigger_leaves_the_possessor_to_name_the_actor(nlp: Any) -> None:
    text = "Russia would also have to give up its military presence in the Transnistria region of Moldova."
    presence = next(e for e in record_of(nlp, text).events if "presence" in e.trigger)
    assert presence.actor1 == "Military Forces of Russia"  # not Moldova's, where the presence is


def test_a_headline_that_drops_were_suffers_its_verb(nlp: Any) -> None:
    text = "Three Russian tanks destroyed near Bakhmut"
    destroyed = next(e for e in record_of(nlp, text).events if "destroyed" in e.trigger)
    assert destroyed.actor1 is None
    assert destroyed.actor2 == "Military Forces of Russia"


def test_a_noun_a_participle_describes_suffers_it(nlp: Any) -> None:
    text = "Two Russian armoured vehicles destroyed near Svatove"
    destroyed = next(e for e in record_of(nlp, text).events if "destroyed" in e.trigger)
    assert destroyed.actor1 is None
    assert destroyed.actor2 == "Military Forces of Russia"


def test_the_by_phrase_of_a_participle_is_its_actor(nlp: Any) -> None:
    text = "Bridge over the Inhulets river destroyed by Ukrainian forces near Kherson"
    destroyed = next(e for e in record_of(nlp, text).events if "destroyed" in e.trigger)
    assert destroyed.actor1 == "Military Forces of Ukraine"


def test_a_relative_clause_without_that_keeps_its_subject(nlp: Any) -> None:
    text = "Mourners buried the journalist that militants killed in Mogadishu on Sunday."
    killed = next(e for e in record_of(nlp, text).events if "killed" in e.trigger)
    assert killed.actor1 is not None and killed.actor1.startswith("Unidentified Armed Group")


def test_a_civilian_building_hit_by_a_strike_makes_civilians_the_target(nlp: Any) -> None:
    text = "Rescuers work at a site of a residential building heavily damaged by a Russian missile attack in Mykolaiv"
    event = next(e for e in record_of(nlp, text).events if "attack" in e.trigger)
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_a_military_target_of_a_strike_is_no_civilian(nlp: Any) -> None:
    text = "An ammunition depot was heavily damaged by a Ukrainian missile attack near Melitopol."
    event = next(e for e in record_of(nlp, text).events if "attack" in e.trigger)
    assert event.actor2 != "Civilians (Ukraine)"


def test_the_subject_of_a_passive_offer_is_whom_it_is_offered(nlp: Any) -> None:
    from newsledger.events.roles import verb_patient

    doc = nlp("Kyiv has been offered new air defence systems by Germany.")
    offered = next(t for t in doc if t.text == "offered")
    patient = verb_patient(offered)
    assert patient is not None and patient.text == "Kyiv"


def test_each_actor_keeps_the_words_that_name_it(nlp: Any) -> None:
    text = (
        "Sudanese rebels shelled the southern regional capital Juba for the first time in a year on Sunday."
    )
    record = record_of(nlp, text)
    event = next(e for e in record.events if e.trigger == "shelled")
    assert event.actor1 == "Rebel Forces (Sudan)"
    assert event.actor1_span is not None
    assert text[event.actor1_span.start : event.actor1_span.end] == "Sudanese rebels"


def test_an_actor_the_text_does_not_name_has_no_span(nlp: Any) -> None:
    text = (
        "Russian forces attacked Ukrainian positions near Bakhmut on Monday. Ukrainian troops repelled "
        "Russian forces near Vuhledar. Ukrainian forces liberated the village of Snihurivka on Friday."
    )
    liberated = next(e for e in record_of(nlp, text).events if e.trigger.startswith("liberat"))
    assert liberated.actor2 == "Military Forces of Russia"  # the article's other side (events.sides)
    assert liberated.actor2_span is None


def test_the_media_that_comment_on_an_event_are_not_its_actor(nlp: Any) -> None:
    text = "Russian state media and pro-Kremlin war hawks defended the withdrawal from Kherson."
    event = next(e for e in record_of(nlp, text).events if "withdrawal" in e.trigger)
    named = text[event.actor1_span.start : event.actor1_span.end] if event.actor1_span else None
    assert named != "Russian state media"


def test_the_doer_of_a_purpose_clause_is_the_subject_it_serves(nlp: Any) -> None:
    text = "Crowds chanted victory slogans as Kyiv's soldiers arrived to take back the city of Kherson."
    event = next(e for e in record_of(nlp, text).events if e.trigger.startswith("take"))
    assert event.actor1 == "Military Forces of Ukraine"
    assert (
        event.actor1_span is not None
        and text[event.actor1_span.start : event.actor1_span.end] == "Kyiv's soldiers"
    )


def test_what_a_deployment_sends_is_the_actors_own_forces_not_a_party(nlp: Any) -> None:
    text = "The Russian army sent troops to Ukraine on Monday."
    sent = next(e for e in record_of(nlp, text).events if e.sub_type == "Change to group/activity")
    assert (sent.actor1, sent.actor2) == ("Military Forces of Russia", None)


def test_the_country_an_invasion_is_of_suffers_it(nlp: Any) -> None:
    text = "The threatened invasion of Taiwan would be costly for everyone."
    invasion = next(e for e in record_of(nlp, text).events if e.trigger == "invasion")
    assert (invasion.actor1, invasion.actor2) == (None, "Military Forces of Taiwan")
    assert invasion.certainty == "proposed"


def test_a_long_threatened_invasion_that_was_mounted_happened(nlp: Any) -> None:
    text = "Israel today mounted its long-threatened invasion of southern Lebanon."
    events = record_of(nlp, text).events
    assert [(e.sub_type, e.certainty, e.actor1) for e in events] == [
        ("Armed clash", "reported", "Military Forces of Israel")
    ]  # no threat of its own


def test_the_party_of_a_threat_may_sit_on_the_verb_of_its_complement(nlp: Any) -> None:
    text = "Iran threatened to cut off electricity to Armenia over unpaid bills."
    threat = next(e for e in record_of(nlp, text).events if e.trigger == "threatened")
    assert (threat.actor1, threat.actor2) == ("Government of Iran", "Government of Armenia")
