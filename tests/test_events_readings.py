"""Stricter nominal triggers and merged repeats, on real sentences: who takes part is no event."""

from __future__ import annotations

from typing import Any

import pytest

from newsledger.analysis import analyze
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Record
from newsledger.pipeline import run_stages


def record_of(nlp: Any, text: str, published: str = "2022-11-11") -> Record:
    article = Article(text=text, published=published)
    return run_stages(raw_from_bytes(text.encode(), "test:text", plain=True), analyze(nlp, article), ())


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("American diplomats were said to view the winter as a chance for quiet talks.", "diplomats"),
        ("Sappers and pyrotechnicians were going into the villages on Friday.", "Sappers"),
        ("Criminals must be prosecuted, the president said.", "Criminals"),
        ("In return, the leaders would avoid criminal charges and stay in power.", "criminal"),
        ("The trenches were covered by artillery and backed by reinforcements.", "artillery"),
        ("Engineers will rid the fields of thousands of unexploded landmines.", "landmines"),
        ("Guarantees would likely include a pact to come to Ukraine's defence if it were attacked.", "pact"),
        ("The general said a winter lull in fighting presents an opportunity for talks.", "fighting"),
        ("He sees no desire in the Kremlin to end the fighting.", "fighting"),
        ("Residents who lived in the occupied territories for eight months told of shortages.", "occupied"),
    ],
)
def test_who_takes_part_or_what_is_used_makes_no_event_alone(nlp: Any, sentence: str, word: str) -> None:
    assert [e.trigger for e in record_of(nlp, sentence).events if word in e.trigger] == []


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("Drones hit the power station overnight.", "Air/drone strike"),
        (
            "Russian aircraft including helicopter gunships killed 46 civilians in the village.",
            "Air/drone strike",
        ),
        (
            "A deadly explosion caused by a landmine killed 26 civilians in the district.",
            "Remote explosive/landmine/IED",
        ),
        ("Damaged hospital in Kupyansk", "Looting/property destruction"),
        ("Russian forces occupied the town of Kupiansk in February.", "Non-state actor overtakes territory"),
        ("Two tortured men were found in the village.", "Attack"),
        ("Police intercepted 20 smugglers on Sunday near the coast.", "Organized crime"),
        ("The two neighbours signed a pact on border security on Monday.", "Agreement"),
        (
            "Train carrying components of an artillery unit heading north towards Minsk",
            "Change to group/activity",
        ),
        ("Customs officers seized large quantities of weapons at the port.", "Disrupted weapons use"),
        ("Police arrested 15 opposition supporters ahead of the planned rally in Minsk.", "Arrests"),
        (
            "Fighters from the two factions exchanged heavy gunfire on the outskirts of Tripoli.",
            "Armed clash",
        ),
        ("Rioters torched police vehicles and looted shops in the suburbs.", "Violent demonstration"),
        ("Villagers beat to death two men suspected of witchcraft.", "Mob violence"),
        ("The grenades and ammunition were discovered near a school, police said.", "Disrupted weapons use"),
        (
            "Police fired tear gas at supporters who had gathered outside the commission.",
            "Protest with intervention",
        ),
        (
            "The army cleared rebel pockets from the town and restored state control.",
            "Government regains territory",
        ),
    ],
)
def test_weapons_and_agents_still_type_the_events_they_take_part_in(
    nlp: Any, sentence: str, sub_type: str
) -> None:
    assert sub_type in {e.sub_type for e in record_of(nlp, sentence).events}


def test_a_withdrawal_told_twice_in_a_sentence_is_one_event(nlp: Any) -> None:
    text = "If Russia completes its withdrawal from the region, it would be its biggest retreat this year."
    events = record_of(nlp, text).events
    assert len(events) == 1
    assert events[0].sub_type == "Non-violent transfer of territory"
    assert events[0].certainty == "conditional"


def test_a_weapon_its_own_clause_describes_is_that_clauses_event(nlp: Any) -> None:
    events = record_of(nlp, "S-300 missiles being transported by trucks near Belgorod").events
    assert [e.sub_type for e in events] == ["Change to group/activity"]


def test_a_capture_and_a_liberation_in_one_sentence_stay_two_events(nlp: Any) -> None:
    text = "Kherson was the first major city to fall to Russia's troops, before being liberated today."
    kinds = {e.sub_type: e.actor1 for e in record_of(nlp, text).events}
    assert kinds.get("Non-state actor overtakes territory") == "Military Forces of Russia"
    assert "Government regains territory" in kinds


def test_a_convoy_that_was_attacked_is_the_target_not_a_movement(nlp: Any) -> None:
    text = "Taliban fighters attacked a police convoy on the highway near Ghazni on Sunday."
    types = {e.sub_type for e in record_of(nlp, text).events}
    assert "Change to group/activity" not in types
    assert types & {"Armed clash", "Attack"}
