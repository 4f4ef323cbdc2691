"""A stance a state takes is a diplomatic event; the same verbs from anyone else are none.

Sentences written for this check. CASE 2021's Diplomatic Event covers "threats, call for
actions, praises and condemnations"; PLOVER codes them as DEMAND, REJECT, THREATEN.
"""

from __future__ import annotations

from typing import Any

import pytest

from event_texts import main_of

STANCES = [
    ("Pakistan rejected India's offer of talks on Tuesday.", "Government of Pakistan", "Government of India"),
    (
        "The United States urged Israel to halt its offensive in Gaza.",
        "Government of United States",
        "Government of Israel",
    ),
    (
        "Washington demanded that Moscow release the detained journalist.",
        "Government of United States",
        "Government of Russia",
    ),
    ("Russia warned Finland against joining NATO.", "Government of Russia", "Government of Finland"),
    ("The French foreign minister welcomed the ceasefire announcement.", "Government of France", None),
]
NO_STANCE = [
    "Voters rejected the tax plan in a referendum.",
    "The coach demanded more effort from his players.",
    "Ukraine had warned that Russia could be laying a trap for its forces.",
]


@pytest.mark.parametrize(("text", "actor1", "actor2"), STANCES)
def test_a_states_stance_is_diplomacy_with_both_parties(
    nlp: Any, text: str, actor1: str, actor2: str | None
) -> None:
    event = main_of(nlp, text)
    assert event is not None
    assert (event.sub_type, event.actor1, event.actor2) == ("Diplomacy", actor1, actor2)


@pytest.mark.parametrize("text", NO_STANCE)
def test_the_same_verbs_from_others_or_without_an_addressee_are_no_event(nlp: Any, text: str) -> None:
    assert main_of(nlp, text) is None


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1"),
    [
        ("Morocco suspended flights to Algeria on Monday.", "Diplomacy", "Government of Morocco"),
        (
            "Israel reimposed a blockade on the Gaza Strip after the rocket fire.",
            "Other",
            "Government of Israel",
        ),
    ],
)
def test_measures_a_state_takes_against_another_are_typed_as_acled_would(
    nlp: Any, text: str, sub_type: str, actor1: str
) -> None:
    event = main_of(
        nlp, text
    )  # cutting links is diplomacy; a blockade, like a curfew, a strategic development
    assert event is not None and (event.sub_type, event.actor1) == (sub_type, actor1)
